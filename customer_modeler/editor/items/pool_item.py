"""Editor layer: :class:`PoolItem` paints a BPMN pool (participant) with its name band.

The band is on the left of a horizontal pool and on top of a vertical one, as wide as
the file draws it. A pool the file gives no shape (and no lanes) is not drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.items.marks import draw_rotated_name


class PoolItem(QGraphicsItem):
    """A pool's outline and the band carrying its name (read-only)."""

    def __init__(self, pool_id: str, name: str, rect: QRectF, horizontal: bool = True) -> None:
        super().__init__()
        self.pool_id, self.name = pool_id, name
        self.horizontal = horizontal
        self.band = style.POOL_BAND_WIDTH
        self.rect = QRectF(rect)
        self.setZValue(-200)
        self.setVisible(not rect.isEmpty())

    def set_rect(self, rect: QRectF, band: float | None = None) -> None:
        """Show the pool over ``rect`` with a name band ``band`` wide (None keeps the band)."""
        band = self.band if band is None else band
        if rect != self.rect or band != self.band:
            self.prepareGeometryChange()
            self.rect, self.band = QRectF(rect), band
        self.setVisible(not rect.isEmpty())

    def band_rect(self) -> QRectF:
        r = self.rect
        if self.horizontal:
            return QRectF(r.left(), r.top(), self.band, r.height())
        return QRectF(r.left(), r.top(), r.width(), self.band)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(style.LANE_BORDER, 1.2))
        painter.setBrush(QBrush(style.PAPER))
        painter.drawRect(self.rect)
        band = self.band_rect()
        painter.setBrush(QBrush(style.POOL_BAND_FILL))
        painter.drawRect(band)
        font = style.label_font(9.5, bold=True)
        if self.horizontal:
            draw_rotated_name(painter, band, self.name, font)
            return
        painter.setPen(style.INK)
        painter.setFont(font)
        elided = painter.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight,
                                                  int(band.width() - 8))
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), elided)
