"""Editor layer: lane names pinned to the left edge of the view once the headers scroll away.

Long journeys are wider than the screen; without this, scrolling right hides which
lane is which. Painted over the view only (never part of the scene or an export),
one small band per lane, so the cost follows the number of lanes, not of steps.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from customer_modeler.editor import style

BAND = 26.0


def paint_sticky_headers(view: QGraphicsView, painter: QPainter) -> bool:
    """Paint the pinned names when lane headers are off screen; True when something was painted."""
    scene = view.scene()
    bands = scene.band_items() if hasattr(scene, "band_items") else []
    left = view.mapToScene(0, 0).x()
    shown = [item for item in bands
             if item.horizontal and item.pos().x() + item.header_width() < left]
    if not shown:
        return False
    painter.save()
    painter.resetTransform()
    painter.setFont(style.label_font(8.5, bold=True))
    for item in shown:
        top = view.mapFromScene(item.pos()).y()
        bottom = view.mapFromScene(item.pos().x(), item.pos().y() + item.height).y()
        if bottom < 0 or top > view.viewport().height():
            continue
        band = QRectF(0, top, BAND, bottom - top)
        _, header, accent = style.LANE_COLOURS.get(item.role, style.LANE_COLOURS["department"])
        fill = QColor(header)
        fill.setAlpha(235)
        painter.fillRect(band, fill)
        painter.setPen(QPen(accent, 3))
        painter.drawLine(band.topLeft(), band.bottomLeft())
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.drawLine(band.topRight(), band.bottomRight())
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.save()
        painter.translate(band.center())
        painter.rotate(-90)
        painter.setPen(style.INK)
        text = QRectF(-band.height() / 2 + 4, -band.width() / 2, band.height() - 8, band.width())
        elided = painter.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideRight,
                                                  int(text.width()))
        painter.drawText(text, int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.restore()
    painter.restore()
    return True
