"""Editor layer: the diagram as a PNG image, an SVG or PDF file, or printed pages.

Used by File ▸ Export, File ▸ Print, Edit ▸ Copy as Image and the headless
``customer-modeler convert IN OUT.png|OUT.pdf`` (:func:`ensure_application` starts Qt
offscreen when no application runs, so no display is needed). Every export draws a
fresh scene of the model: the window's selection, handles, hover marks and grid never
reach it, and its colours are the light ones whatever the desktop's theme. Analysis
highlights come along only when the caller passes them: an ``overlay`` that adds them to
the fresh scene (the window's highlight layer knows how), or :class:`Highlight` marks
for the SVG. The SVG
is written from the notation description (:mod:`customer_modeler.notation.svg`) with
the scene's routes and the window's fitted, placed labels.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from customer_modeler.editor import style
from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Rect
from customer_modeler.notation.diagram_view import DiagramView, Highlight, PlacedLabel
from customer_modeler.notation.svg import diagram_svg

#: White space around the diagram in the image, in diagram units.
PADDING = 20.0
_APPLICATION: list[object] = []  # the headless application, kept for the process's life
#: Largest side of an exported image, in pixels (keeps memory bounded for huge models).
MAX_SIDE = 32000
#: Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %.
UNITS_PER_INCH = 96.0
#: Margin of PDF and printed pages, in millimetres.
PAGE_MARGIN_MM = 10.0
#: Adds what the window draws over the diagram (analysis highlights) to an export's fresh scene.
Overlay = Callable[[ProcessScene], None]


def ensure_application() -> None:
    """Start a headless Qt application when none runs (export never needs a screen)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPLICATION.append(QApplication(["customer-modeler"]))


def export_scene(model: ProcessModel, overlay: Overlay | None = None) -> ProcessScene:
    """A fresh scene of ``model`` (nothing selected, no grid), with the ``overlay`` when given.

    The caller drops it with :func:`drop_scene`.
    """
    scene = ProcessScene(model)
    scene.full_detail = True  # read zoomed in: names and symbols at any scale
    if overlay is not None:
        overlay(scene)
    return scene


def drop_scene(scene: ProcessScene) -> None:
    scene.detach()
    scene.deleteLater()


def diagram_source(scene: ProcessScene, exact: bool = True) -> QRectF:
    """The part of the scene an export shows: the diagram and a little white around it
    (``exact=False``: from the scene's last measure, as the export dialog sizes it)."""
    source = scene.diagram_rect(exact=exact).adjusted(-PADDING, -PADDING, PADDING, PADDING)
    return source if not source.isEmpty() else QRectF(0, 0, 100, 100)


@dataclass(frozen=True)
class PngLimits:
    """The sizes a PNG of a diagram can take: its size in diagram units and the largest
    scale at which the image keeps within :data:`MAX_SIDE` pixels a side. A long journey
    fits only well below 1 × (a 1,000-step one at 0.2 ×), so the export dialog shows the
    pixels and offers no scale beyond ``largest``."""

    width: float
    height: float
    #: the largest side of a PNG, in pixels
    most: int = MAX_SIDE

    def pixels(self, scale: float) -> tuple[int, int]:
        """The width and height of the image at ``scale``."""
        return round(self.width * scale), round(self.height * scale)

    @property
    def largest(self) -> float:
        """The largest scale that fits, to two significant digits, rounded down: the scale
        a person is told always fits."""
        shift = 10 ** self.decimals
        return math.floor(self._fitting * shift) / shift

    @property
    def decimals(self) -> int:
        """The decimals that show the largest scale to two significant digits (at least two)."""
        return max(2, 1 - math.floor(math.log10(self._fitting)))

    @property
    def _fitting(self) -> float:
        return self.most / max(self.width, self.height, 1.0)


def png_limits(source: QRectF) -> PngLimits:
    """The limits of a PNG of ``source`` (see :func:`diagram_source`)."""
    return PngLimits(source.width(), source.height())


# -- PNG ----------------------------------------------------------------------------------------
def render_image(model: ProcessModel, scale: float = 1.0, transparent: bool = False,
                 overlay: Overlay | None = None) -> QImage:
    """Paint the whole diagram of ``model`` into an image ``scale`` times its size.

    The image records its resolution (96 dpi times ``scale``), so it prints at the
    diagram's size.

    Raises
    ------
    ValueError
        When the scale is not positive or the image would be too large.
    """
    if scale <= 0:
        raise ValueError(QCoreApplication.translate("Export", "The scale must be greater than 0."))
    scene = export_scene(model, overlay)
    try:
        source = diagram_source(scene)
        limits = png_limits(source)
        width, height = limits.pixels(scale)
        if max(width, height) > MAX_SIDE:
            raise ValueError(QCoreApplication.translate(
                "Export", "The image would be {width}×{height} pixels, more than {most} a side; "
                "choose a scale of at most {scale}.").format(
                width=width, height=height, most=MAX_SIDE, scale=f"{limits.largest:g}"))
        return _paint_image(scene, source, scale, transparent)
    finally:
        drop_scene(scene)


def render_fitting_image(model: ProcessModel, scale: float) -> tuple[QImage, float]:
    """The whole diagram of ``model`` as an image ``scale`` times its size or, for a
    journey too long for that, at the largest scale that fits (Copy as Image has no
    dialog to offer the scales): the image and the scale it was painted at."""
    scene = export_scene(model)
    try:
        source = diagram_source(scene)
        fitting = min(scale, png_limits(source).largest)
        return _paint_image(scene, source, fitting, False), fitting
    finally:
        drop_scene(scene)


def _paint_image(scene: ProcessScene, source: QRectF, scale: float, transparent: bool) -> QImage:
    width, height = png_limits(source).pixels(scale)
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    with style.light_colours():
        scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    # after painting: Qt sizes fonts by the image's resolution, the scene's at 96 dpi
    dots_per_metre = round(UNITS_PER_INCH * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def scale_for_dpi(dpi: float) -> float:
    """The image scale that gives ``dpi`` dots per inch of diagram (96 dpi is 1 ×)."""
    return dpi / UNITS_PER_INCH


def save_png(model: ProcessModel, path: str | Path, scale: float = 1.0, transparent: bool = False,
             overlay: Overlay | None = None) -> None:
    """Write the diagram of ``model`` to ``path`` as PNG.

    Raises
    ------
    OSError
        When the file cannot be written.
    """
    image = render_image(model, scale, transparent, overlay)
    if not image.save(str(path), "PNG"):
        raise OSError(QCoreApplication.translate("Export", "Cannot write {path}.").format(path=path))


def export_png(model: ProcessModel, path: str | Path, scale: float = 1.0,
               transparent: bool = False) -> None:
    """Write the diagram of ``model`` to ``path`` as PNG, with or without a running app.

    Parameters
    ----------
    model
        A laid-out model (lanes and steps with bounds).
    path
        The image file to write.
    scale
        Pixels per diagram unit (2.0 for a sharper image).
    transparent
        Leave the background transparent instead of white.

    Raises
    ------
    ValueError
        When the scale is not positive or the image would be too large.
    OSError
        When the file cannot be written.
    """
    ensure_application()
    save_png(model, path, scale, transparent)


# -- SVG ----------------------------------------------------------------------------------------
def scene_view(scene: ProcessScene, highlights: Iterable[Highlight] = ()) -> DiagramView:
    """The scene's decisions as a :class:`DiagramView`: routes, headers, and the labels as fitted and placed."""
    from customer_modeler.editor.geometry.label_fit import wrap_words
    from customer_modeler.editor.items import text_metrics
    from customer_modeler.editor.items.flow_item import LABEL_WIDTH

    labels: dict[str, PlacedLabel] = {}
    for step_id, item in scene.step_items.items():
        if item.isVisible() and item.fitted.lines:
            box = item.mapRectToScene(item.text_rect())
            labels[step_id] = PlacedLabel(_rect(box), item.fitted.lines, item.fitted.size)
    for flow_id, item in scene.flow_items.items():
        if item.isVisible() and item.label and len(item.points) >= 2:
            box = item._label_rect()  # noqa: SLF001 - where the item writes its label
            in_file_box = item.label_lines()
            if in_file_box is not None:
                labels[flow_id] = PlacedLabel(_rect(box), *in_file_box)
                continue
            lines = wrap_words(item.label, LABEL_WIDTH, 8.0, text_metrics.measure) or [item.label]
            labels[flow_id] = PlacedLabel(_rect(box), tuple(lines), 8.0)
    return DiagramView(
        hidden=frozenset(scene.off_page),
        expanded=frozenset(scene.expanded),
        routes={flow_id: tuple((p.x(), p.y()) for p in item.points) for flow_id, item in scene.flow_items.items()},
        header_width=scene.header_width,
        lane_bands={lane_id: item.band for lane_id, item in scene.lane_items.items() if item.band is not None},
        vertical_headers={lane_id: item.header_h for lane_id, item in scene.lane_items.items()
                          if not item.horizontal},
        pool_bands={pool_id: item.band for pool_id, item in scene.pool_items.items()},
        labels=labels, highlights=tuple(highlights))


def svg_document(model: ProcessModel, transparent: bool = False, highlights: Iterable[Highlight] = ()) -> str:
    """The diagram as SVG text, drawn from the notation with the window's routes and labels."""
    scene = export_scene(model)
    try:
        view = scene_view(scene, highlights)
    finally:
        drop_scene(scene)
    return diagram_svg(model, view, background=None if transparent else "#ffffff")


def save_svg(model: ProcessModel, path: str | Path, transparent: bool = False,
             highlights: Iterable[Highlight] = ()) -> None:
    """Write the diagram as SVG (UTF-8), replacing ``path`` only once it is complete."""
    from customer_modeler.bpmn.writer import write_atomically

    write_atomically(Path(path), svg_document(model, transparent, highlights).encode("utf-8"))


# -- PDF and printing -------------------------------------------------------------------------------
def page_layout(source: QRectF) -> QPageLayout:
    """A4, turned to the diagram's shape, with narrow margins."""
    orientation = (QPageLayout.Orientation.Landscape if source.width() >= source.height()
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def tile_grid(source: QRectF, page_width: float, page_height: float, device_per_unit: float) -> tuple[int, int]:
    """(columns, rows) of pages that hold the diagram at its own size (100 %)."""
    columns = max(1, math.ceil(source.width() * device_per_unit / page_width - 1e-6))
    rows = max(1, math.ceil(source.height() * device_per_unit / page_height - 1e-6))
    return columns, rows


def paint_pages(device: Any, scene: ProcessScene, source: QRectF, tiled: bool = False) -> int:
    """Paint ``source`` of ``scene`` on the pages of ``device`` in the light colours (see :func:`_paint_pages`)."""
    with style.light_colours():
        return _paint_pages(device, scene, source, tiled)


def _paint_pages(device: Any, scene: ProcessScene, source: QRectF, tiled: bool = False) -> int:
    """Paint ``source`` of ``scene`` on the pages of ``device`` (a PDF writer or a printer).

    Fitted: one page, the diagram scaled to fit. Tiled: the diagram at its size (96
    diagram units to the inch) on as many pages as it needs, left to right, top to
    bottom. Returns the number of pages.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Export", "Cannot paint on the page."))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        page = device.pageLayout().paintRectPixels(device.resolution())
        width, height = float(page.width()), float(page.height())
        if not tiled:
            scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
            return 1
        per_unit = device.resolution() / UNITS_PER_INCH
        columns, rows = tile_grid(source, width, height, per_unit)
        for index in range(columns * rows):
            row, column = divmod(index, columns)
            if index:
                device.newPage()
            part = QRectF(source.x() + column * width / per_unit, source.y() + row * height / per_unit,
                          width / per_unit, height / per_unit).intersected(source)
            scene.render(painter, QRectF(0, 0, part.width() * per_unit, part.height() * per_unit), part,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        return columns * rows
    finally:
        painter.end()


def save_pdf(model: ProcessModel, path: str | Path, tiled: bool = False,
             overlay: Overlay | None = None) -> int:
    """Write the diagram as a vector PDF (one page fitted, or tiled at its size); the page count.

    Raises
    ------
    OSError
        When the file cannot be written.
    """
    scene = export_scene(model, overlay)
    try:
        source = diagram_source(scene)
        writer = QPdfWriter(str(path))
        writer.setTitle(model.name or QCoreApplication.translate("Export", "Customer process"))
        writer.setCreator("Customer Process Modeler")
        writer.setResolution(round(UNITS_PER_INCH))  # fonts keep their size; the PDF stays vector
        writer.setPageLayout(page_layout(source))
        pages = paint_pages(writer, scene, source, tiled)
        del writer  # closes the file
    finally:
        drop_scene(scene)
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(QCoreApplication.translate("Export", "Cannot write {path}.").format(path=path))
    return pages


def export_file(model: ProcessModel, path: str | Path, *, scale: float = 1.0, transparent: bool = False,
                tiled: bool = False) -> None:
    """PNG or PDF by the file's extension, with or without a running app (the command line)."""
    ensure_application()
    if Path(path).suffix.lower() == ".pdf":
        save_pdf(model, path, tiled)
    else:
        save_png(model, path, scale, transparent)


def _rect(box: QRectF) -> Rect:
    return Rect(box.x(), box.y(), box.width(), box.height())
