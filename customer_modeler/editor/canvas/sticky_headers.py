"""Editor layer: lane names pinned to the left edge of the view once the headers scroll away.

Long journeys are wider than the screen; without this, scrolling right hides which
lane is which. A lane's name is pinned as soon as its header's name area is cut by the
left edge of the view — not only once the whole header is gone, which left a sliver of
header and no name — so a pinned band only ever covers a name that is cut anyway.
Painted over the view only (never part of the scene or an export), one small band per
lane, so the cost follows the number of lanes, not of steps.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from customer_modeler.editor import style

BAND = 26.0
#: Where a header's name starts, from the header's left edge (as LaneItem paints it).
NAME_INSET = 12.0


def pinned_bands(view: QGraphicsView) -> list:
    """The horizontal lane bands whose header name is cut by the left edge of ``view``."""
    scene = view.scene()
    bands = scene.band_items() if hasattr(scene, "band_items") else []
    left = view.mapToScene(0, 0).x()
    return [item for item in bands
            if item.horizontal and item.header_scene_rect().left() + _inset(item) < left]


def _inset(item) -> float:  # noqa: ANN001
    # A pool-like name band centres its rotated name: only its left edge may go.
    return 0.0 if item.band is not None else NAME_INSET


def paint_sticky_headers(view: QGraphicsView, painter: QPainter) -> list[str]:
    """Paint the pinned names of the lanes whose header name is cut; returns those names."""
    shown = pinned_bands(view)
    if not shown:
        return []
    painted: list[str] = []
    painter.save()
    painter.resetTransform()
    painter.setFont(style.label_font(8.5, bold=True))
    for item in shown:
        top = view.mapFromScene(item.pos()).y()
        bottom = view.mapFromScene(item.pos().x(), item.pos().y() + item.height).y()
        if bottom < 0 or top > view.viewport().height():
            continue
        painted.append(item.name)
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
    return painted
