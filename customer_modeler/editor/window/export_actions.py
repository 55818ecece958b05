"""Editor layer: File ▸ Export (PNG, SVG, PDF), File ▸ Print and Edit ▸ Copy as Image.

Every export shows the diagram only, in the light colours, with the analysis
highlights only when the user ticks them (see :mod:`customer_modeler.editor.canvas.export`).
The file dialog starts in the folder of the last export (remembered between sessions)
with the document's name, and the extension is added when the user types none. The
dialogs are attributes (``ask_options``, ``ask_path``, ``show_preview``) so tests
can answer them. The export code, its dialog and the analysis' highlights are imported
when an export runs: the window builds this controller at its start, before its first
paint, and the highlights module brings in the analysis engine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from customer_modeler.editor.window.busy import busy_cursor

if TYPE_CHECKING:
    from customer_modeler.editor.analysis_ui.jobs import Ghost, Mark
    from customer_modeler.editor.canvas.export import Overlay
    from customer_modeler.editor.panels.dialogs import ExportOptions
    from customer_modeler.notation.diagram_view import Highlight

FILTERS = {"PNG": "PNG images (*.png)", "SVG": "SVG drawings (*.svg)", "PDF": "PDF documents (*.pdf)"}
LAST_FOLDER = "export/last_folder"
# The scale Copy as Image paints at when the diagram fits (sharp on a high-density screen).
COPY_SCALE = 2.0
#: Why File ▸ Print is greyed out when Qt's print support cannot load.
PRINT_MISSING = QT_TRANSLATE_NOOP("Export", "Printing needs Qt's print support (the QtPrintSupport module of PySide6 "
                                  "and the system's CUPS library, libcups2 on Debian and Ubuntu).")


class ExportHost(Protocol):
    """What the export commands use of the main window."""

    editor: Any
    files: Any
    analysis: Any
    scene: Any

    def statusBar(self) -> Any: ...


def print_support() -> Any | None:
    """Qt's print-support module, or None when it (or a library it needs) cannot load."""
    try:
        from PySide6 import QtPrintSupport
    except ImportError:
        return None
    return QtPrintSupport


class ExportController:
    """The export, print and copy-as-image commands of one window."""

    def __init__(self, window: ExportHost) -> None:
        self.window = window
        self.ask_options: Callable[[str, bool], ExportOptions | None] = self._dialog_options
        self.ask_path: Callable[[str, str], str | None] = self._dialog_path
        #: Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).
        self.show_preview: Callable[[Any, Callable[[Any], None]], None] = self._dialog_preview

    # -- commands -------------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        """Ask for the options and the file, then write the diagram as ``fmt`` (PNG, SVG or PDF)."""
        from customer_modeler.editor.canvas import export

        options = self.ask_options(fmt, self.has_highlights())
        if options is None:
            return None
        chosen = self.ask_path(QCoreApplication.translate("ExportDialog", "Export as {format}").format(format=fmt), fmt)
        if not chosen:
            return None
        path = with_extension(Path(chosen), fmt)
        model = self.window.editor.model
        pairs = self.highlights() if options.highlights else []
        overlay = mark_overlay(pairs) if pairs else None
        try:
            with busy_cursor():
                if fmt == "PNG":
                    export.save_png(model, path, options.scale, options.transparent, overlay)
                elif fmt == "SVG":
                    export.save_svg(model, path, options.transparent, svg_marks(pairs))
                else:
                    export.save_pdf(model, path, options.tiled, overlay)
        except (OSError, ValueError) as error:
            self.window.files.show_error(QCoreApplication.translate("Export", "Cannot export"), f"{path.name}: {error}")
            return None
        self.window.files.settings.setValue(LAST_FOLDER, str(path.parent))
        self.window.statusBar().showMessage(QCoreApplication.translate("Export", "Exported {name}").format(
            name=path.name), 4000)
        return path

    def print_diagram(self) -> bool:
        """File ▸ Print: a preview of the pages (one page fitted), printed from the preview."""
        from customer_modeler.editor.canvas import export

        support = print_support()
        if support is None:
            self.window.files.show_error(QCoreApplication.translate("Export", "Cannot print"),
                                         QCoreApplication.translate("Export", PRINT_MISSING))
            return False
        printer = support.QPrinter(support.QPrinter.PrinterMode.ScreenResolution)  # fonts at the diagram's size
        model = self.window.editor.model
        pairs = self.highlights()
        scene = export.export_scene(model, mark_overlay(pairs) if pairs else None)
        source = export.diagram_source(scene)
        printer.setPageLayout(export.page_layout(source))
        printer.setDocName(model.name or QCoreApplication.translate("Export", "Customer process"))
        try:
            self.show_preview(printer, lambda device: export.paint_pages(device, scene, source))
        finally:
            export.drop_scene(scene)
        return True

    def copy_as_image(self) -> None:
        """Edit ▸ Copy as Image: the whole diagram on the clipboard as a PNG picture and as SVG.

        The picture is at 2 × for sharpness; a journey too long for that (over about 100
        steps) is copied at the largest scale a picture holds, and the status bar says so.
        """
        from customer_modeler.editor.canvas import export

        model = self.window.editor.model
        mime = QMimeData()
        with busy_cursor():
            image, scale = export.render_fitting_image(model, COPY_SCALE)
            svg = export.svg_document(model).encode("utf-8")
        mime.setImageData(image)
        mime.setData("image/svg+xml", QByteArray(svg))
        QGuiApplication.clipboard().setMimeData(mime)
        if scale < COPY_SCALE:
            said = QCoreApplication.translate(
                "Export", "Copied the diagram as a picture at {scale} × ({width} × {height} pixels), "
                "the most a picture holds; the SVG copy is full size").format(
                scale=f"{scale:g}", width=image.width(), height=image.height())
            self.window.statusBar().showMessage(said, 10000)  # longer to read
        else:
            said = QCoreApplication.translate("Export", "Copied the diagram as a picture")
            self.window.statusBar().showMessage(said, 4000)

    # -- highlights -----------------------------------------------------------------------
    def has_highlights(self) -> bool:
        layer = getattr(self.window.analysis, "layer", None)
        return layer is not None and bool(layer.live_items())

    def highlights(self) -> list[tuple[Mark, Ghost | None]]:
        """(mark, ghost) of each highlight on the diagram now."""
        from customer_modeler.editor.analysis_ui.jobs import Mark

        layer = getattr(self.window.analysis, "layer", None)
        if layer is None:
            return []
        return [(Mark(item.element, item.severity, list(item.badges), list(item.kinds)),
                 item.ghost) for item in layer.live_items()]

    # -- dialogs --------------------------------------------------------------------------
    def start_path(self, fmt: str) -> str:
        """Where the file dialog starts: the last export's folder and the document's name."""
        files = self.window.files
        folder = files.settings.value(LAST_FOLDER, "") or (str(files.path.parent) if files.path else "")
        stem = files.path.stem if files.path else (self.window.editor.model.name or "diagram")
        name = f"{stem}.{fmt.lower()}"
        return str(Path(folder) / name) if folder else name

    def _dialog_options(self, fmt: str, has_highlights: bool) -> ExportOptions | None:
        from customer_modeler.editor.canvas import export
        from customer_modeler.editor.panels.dialogs import ExportOptionsDialog

        limits = export.png_limits(export.diagram_source(self.window.scene, exact=False)) \
            if fmt == "PNG" else None
        dialog = ExportOptionsDialog(fmt, has_highlights, self.window, limits)  # type: ignore[arg-type]
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.export_options()

    def _dialog_path(self, title: str, fmt: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, self.start_path(fmt),  # type: ignore[arg-type]
                                              FILTERS[fmt])
        return path or None

    def _dialog_preview(self, printer: Any, paint: Callable[[Any], None]) -> None:
        support = print_support()
        assert support is not None
        preview = support.QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(QCoreApplication.translate("Export", "Print Preview"))
        preview.paintRequested.connect(paint)
        preview.exec()


def mark_overlay(pairs: list[tuple[Mark, Ghost | None]]) -> Overlay:
    """Draws the highlights ``pairs`` on an export's fresh scene, as the window draws them
    (their badges placed in the same order, clear of one another)."""
    from customer_modeler.editor.analysis_ui.highlights import MarkItem
    from customer_modeler.notation.badge_places import BadgePlaces, in_placing_order

    def overlay(scene: Any) -> None:
        places = BadgePlaces()
        ghosts = [(mark, ghost) for mark, ghost in pairs if ghost is not None]
        marks = [mark for mark, ghost in pairs if ghost is None]
        for mark, ghost in ghosts:  # first, as the window adds them
            scene.addItem(MarkItem(mark, None, ghost, places))
        for mark in in_placing_order(marks, lambda mark: mark.element in scene.flow_items):
            target = scene.item_of(mark.element)
            if target is not None and target.isVisible():
                MarkItem(mark, target, None, places)
    return overlay


def svg_marks(pairs: list[tuple[Mark, Ghost | None]]) -> tuple[Highlight, ...]:
    """The highlights for the SVG writer (removed steps' ghosts are not drawn there)."""
    from customer_modeler.notation.diagram_view import Highlight

    return tuple(Highlight(mark.element, mark.severity, mark.badge, tuple(mark.badges))
                 for mark, ghost in pairs if ghost is None)


def with_extension(path: Path, fmt: str) -> Path:
    """``path`` ending in the format's extension (added when the user typed another or none)."""
    suffix = f".{fmt.lower()}"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
