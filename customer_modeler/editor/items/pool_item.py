"""Editor layer: :class:`PoolItem` paints a BPMN pool (participant) with its name band."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style


class PoolItem(QGraphicsItem):
    """A pool's outline and the vertical band carrying its name (read-only)."""

    def __init__(self, pool_id: str, name: str, rect: QRectF) -> None:
        super().__init__()
        self.pool_id, self.name = pool_id, name
        self.rect = QRectF(rect)
        self.setZValue(-200)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(QPen(style.LANE_BORDER, 1.2))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(self.rect)
        band = QRectF(self.rect.left(), self.rect.top(), style.POOL_BAND_WIDTH, self.rect.height())
        painter.setBrush(QBrush(QColor("#f0f3f7")))
        painter.drawRect(band)
        painter.save()
        painter.translate(band.center())
        painter.rotate(-90)
        painter.setPen(style.INK)
        painter.setFont(style.label_font(9.5, bold=True))
        text = QRectF(-band.height() / 2, -band.width() / 2, band.height(), band.width())
        painter.drawText(text, int(Qt.AlignmentFlag.AlignCenter), self.name)
        painter.restore()
