"""Editor layer: :class:`LaneItem` paints a swimlane and its header.

The header shows the name, the role and, for company lanes that hold a step the
customer sees, the "faces the customer" eye. The customer lane (on top) has its own
warm colour and a heavier line under it: the line of interaction. Only the header
answers clicks, so a press on the lane body starts a rubber band.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.items.marks import draw_eye
from customer_modeler.model.elements import Lane


class LaneItem(QGraphicsItem):
    """One lane: body, header band and border."""

    def __init__(self, lane: Lane, faces_customer: bool, depth: int = 0,
                 header_width: float = style.LANE_HEADER_WIDTH) -> None:
        super().__init__()
        self.lane_id = lane.id
        self.header_w = header_width
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-100 + depth)
        self.width = self.height = 0.0
        self.drop_target = False
        self.sync(lane, faces_customer)

    def sync(self, lane: Lane, faces_customer: bool) -> None:
        self.prepareGeometryChange()
        bounds = lane.bounds
        if bounds is not None:
            self.setPos(bounds.x, bounds.y)
            self.width, self.height = bounds.width, bounds.height
        self.name, self.role = lane.name, lane.role
        self.faces_customer = faces_customer and lane.role != "customer"
        self.update()

    def header_width(self) -> float:
        return min(self.header_w, self.width / 3)

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.header_width(), self.height)

    def header_scene_rect(self) -> QRectF:
        return self.mapRectToScene(self.header_rect())

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.width + 2, self.height + 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        body, header, accent = style.LANE_COLOURS.get(self.role, style.LANE_COLOURS["department"])
        rect = QRectF(0, 0, self.width, self.height)
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.setBrush(QBrush(body))
        painter.drawRect(rect)
        head = self.header_rect()
        painter.setBrush(QBrush(header))
        painter.drawRect(head)
        painter.fillRect(QRectF(0, 0, 5, self.height), accent)
        if self.role == "customer":
            painter.setPen(QPen(accent, 2.5))
            painter.drawLine(QPointF(0, self.height), QPointF(self.width, self.height))
        elif self.role == "system":
            painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(0, 0), QPointF(self.width, 0))
        self._paint_header_text(painter, head, accent)
        if self.drop_target or self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect((head if self.isSelected() and not self.drop_target else rect)
                             .adjusted(1, 1, -1, -1))

    def _paint_header_text(self, painter: QPainter, head: QRectF, accent) -> None:  # noqa: ANN001
        text = head.adjusted(12, 8, -6, -8)
        painter.setPen(style.INK)
        painter.setFont(style.label_font(10 if head.width() >= 120 else 9, bold=True))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(text, int(flags), self.name)
        painter.drawText(text, int(flags), self.name)
        painter.setFont(style.label_font(8))
        painter.setPen(accent)
        role_top = min(used.bottom() + 3, text.bottom() - 14)
        painter.drawText(QRectF(text.left(), role_top, text.width(), 16),
                         int(Qt.AlignmentFlag.AlignLeft), style.ROLE_TITLES.get(self.role, self.role))
        if self.faces_customer and self.height >= 70:
            bottom = text.bottom()
            draw_eye(painter, QPointF(text.left() + 7, bottom - 6), 13)
            painter.setPen(style.EYE)
            painter.setFont(style.label_font(7.5))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(text.left() + 17, bottom - 28, text.width() - 17, 30),
                             int(flags), "faces the customer")
