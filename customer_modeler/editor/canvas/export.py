"""Editor layer: render a model to a PNG image (the diagram only: no grid, no selection).

Used by File ▸ Export ▸ PNG and by the headless ``customer-modeler convert IN OUT.png``
(:func:`export_png` starts Qt offscreen when no application is running, so it needs no
display). A fresh scene is built for each export, so the window's
selection handles, hover marks and grid never reach the image.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.model.document import ProcessModel

#: White space around the diagram in the image, in diagram units.
PADDING = 20.0
_APPLICATION: list[object] = []  # the headless application, kept for the process's life
#: Largest side of an exported image, in pixels (keeps memory bounded for huge models).
MAX_SIDE = 32000


def render_image(model: ProcessModel, scale: float = 1.0, transparent: bool = False) -> QImage:
    """Paint the whole diagram of ``model`` into an image ``scale`` times its size.

    Raises
    ------
    ValueError
        When the scale is not positive or the image would be too large.
    """
    if scale <= 0:
        raise ValueError("The scale must be greater than 0.")
    scene = ProcessScene(model)
    try:
        source = scene.diagram_rect().adjusted(-PADDING, -PADDING, PADDING, PADDING)
        if source.isEmpty():
            source = QRectF(0, 0, 100, 100)
        width, height = round(source.width() * scale), round(source.height() * scale)
        if max(width, height) > MAX_SIDE:
            raise ValueError(f"The image would be {width}×{height} pixels; choose a smaller scale.")
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        return image
    finally:
        scene.detach()
        scene.deleteLater()


def save_png(model: ProcessModel, path: str | Path, scale: float = 1.0, transparent: bool = False) -> None:
    """Write the diagram of ``model`` to ``path`` as PNG.

    Raises
    ------
    OSError
        When the file cannot be written.
    """
    image = render_image(model, scale, transparent)
    if not image.save(str(path), "PNG"):
        raise OSError(f"Cannot write {path}.")


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
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # Export never needs a screen; offscreen also works where there is none.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPLICATION.append(QApplication(["customer-modeler"]))
    save_png(model, path, scale, transparent)
