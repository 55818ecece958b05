"""Editor layer: :class:`StepItem` paints one step (task, event or gateway).

Front-stage steps (the customer sees them) are solid with an eye mark; back-stage
steps are dimmed. Read-only kinds from other tools (sub-processes, boundary events)
are drawn dashed with their label. An expanded sub-process lies under its content and
its flows, its name in the top left corner; a collapsed one carries the "+" marker.
The connection handle shows on hover or selection.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.items.marks import draw_eye
from customer_modeler.editor.step_kinds import default_size
from customer_modeler.model.elements import Step

SUB_PROCESS_KINDS = frozenset({"subProcess", "adHocSubProcess", "transaction", "callActivity"})
_GATEWAY_MARK = {"exclusiveGateway": "x", "parallelGateway": "+", "inclusiveGateway": "o",
                 "eventBasedGateway": "e", "complexGateway": "*"}


class StepItem(QGraphicsItem):
    """The shape of one step; ``sync`` copies what it paints from the model."""

    def __init__(self, step: Step, visible: bool, solid: bool = False) -> None:
        super().__init__()
        self.step_id = step.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.hovered = False
        self.highlight: QColor | None = None
        self.width = self.height = 0.0
        self.expanded = False
        self.sync(step, visible, solid)

    def sync(self, step: Step, visible: bool, solid: bool = False) -> None:
        """Take position, size, label and look from the model.

        ``visible``: the customer sees the step (eye mark); ``solid``: drawn undimmed
        anyway (events and gateways of the customer lane).
        """
        self.prepareGeometryChange()
        if step.bounds is not None:
            self.setPos(step.bounds.x, step.bounds.y)
            self.width, self.height = step.bounds.width, step.bounds.height
        else:
            self.width, self.height = default_size(step.kind)
        self.kind, self.type, self.name = step.kind, step.type, step.name
        self.channel = step.channel if step.channel not in (None, "none") else None
        self.front_stage = visible
        self.solid = solid or visible
        self.read_only = not step.editable or step.container is not None
        self.update()

    def set_nesting(self, expanded: bool, depth: int) -> None:
        """Draw as an expanded sub-process (under flows and content) at nesting ``depth``."""
        self.expanded = expanded and self.kind in SUB_PROCESS_KINDS
        base = 3.0 if self.expanded else (11.0 if self.kind == "boundaryEvent" else 10.0)
        self.setZValue(base + depth * 0.01)
        self.update()

    # -- geometry -------------------------------------------------------------------------
    def node_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def handle_center(self) -> QPointF:
        """Where the connection handle sits, in item coordinates (right of the shape)."""
        return QPointF(self.width + style.HANDLE_RADIUS + 5, self.height / 2)

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self.handle_center())

    def handle_active(self) -> bool:
        return (self.hovered or self.isSelected()) and not self.read_only and self.type != "end"

    def hits_handle(self, scene_pos: QPointF) -> bool:
        if not self.handle_active():
            return False
        delta = self.mapFromScene(scene_pos) - self.handle_center()
        return delta.x() ** 2 + delta.y() ** 2 <= (style.HANDLE_RADIUS + 3) ** 2

    def label_rect(self) -> QRectF:
        """Events and gateways carry their label below the shape."""
        return QRectF(-45, self.height + 3, self.width + 90, 40)

    def boundingRect(self) -> QRectF:
        rect = self.node_rect().adjusted(-4, -4, 4, 4)
        rect = rect.united(QRectF(self.handle_center(), self.handle_center()).adjusted(-9, -9, 9, 9))
        if self.type != "task":
            rect = rect.united(self.label_rect())
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        rect = self.node_rect()
        if self.type in ("start", "end", "event"):
            path.addEllipse(rect)
        elif self.type in ("xor", "and", "or") or self.kind.endswith("Gateway"):
            path.addPolygon(_diamond(rect))
            path.closeSubpath()
        else:
            path.addRoundedRect(rect, 10, 10)
        return path

    # -- painting -------------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = False
        self.update()

    def set_highlight(self, colour: QColor | None) -> None:
        """Outline the step in ``colour`` (connect feedback); None clears it."""
        self.highlight = colour
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen())
        painter.setBrush(QBrush(self._fill()))
        rect = self.node_rect()
        if self.type in ("start", "end", "event"):
            self._paint_event(painter, rect)
        elif self.kind.endswith("Gateway"):
            self._paint_gateway(painter, rect)
        else:
            self._paint_task(painter, rect)
        if self.highlight is not None:
            painter.setPen(QPen(self.highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.shape())
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        if self.handle_active():
            self._paint_handle(painter)

    def _pen(self) -> QPen:
        if self.read_only:
            return QPen(style.MUTED_INK, 1.2, Qt.PenStyle.DashLine)
        if self.solid:
            return QPen(style.INK, 1.8)
        return QPen(style.BACKSTAGE_BORDER, 1.2)

    def _fill(self) -> QColor:
        if self.read_only:
            return style.READ_ONLY_FILL
        return style.VISIBLE_FILL if self.solid else style.BACKSTAGE_FILL

    def _text_colour(self) -> QColor:
        return style.INK if self.solid and not self.read_only else style.MUTED_INK

    def _paint_task(self, painter: QPainter, rect: QRectF) -> None:
        painter.drawRoundedRect(rect, 10, 10)
        if self.kind == "callActivity":
            painter.setPen(QPen(painter.pen().color(), 3.5))
            painter.drawRoundedRect(rect, 10, 10)
        if self.expanded:
            painter.setPen(self._text_colour())
            painter.setFont(style.label_font(8.5, bold=True))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(rect.adjusted(8, 5, -8, -5), int(flags), self.name)
            return
        if self.kind in SUB_PROCESS_KINDS:
            marker = QRectF(rect.center().x() - 6, rect.bottom() - 15, 12, 12)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(marker)
            painter.drawLine(marker.center() - QPointF(4, 0), marker.center() + QPointF(4, 0))
            painter.drawLine(marker.center() - QPointF(0, 4), marker.center() + QPointF(0, 4))
        if self.front_stage and not self.read_only:
            draw_eye(painter, QPointF(rect.right() - 13, rect.top() + 11))
        painter.setPen(self._text_colour())
        painter.setFont(style.label_font(9))
        text_rect = rect.adjusted(7, 16, -7, -14 if self.channel else -6)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), self.name)
        if self.channel:
            painter.setFont(style.label_font(7))
            painter.setPen(style.MUTED_INK)
            painter.drawText(rect.adjusted(8, 0, -8, -3),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             self.channel.upper())

    def _paint_event(self, painter: QPainter, rect: QRectF) -> None:
        if self.type == "end":
            painter.setPen(QPen(painter.pen().color(), 3.5))
        painter.drawEllipse(rect)
        if self.type == "event":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(3, 3, -3, -3))
        if self.front_stage and not self.read_only and self.type != "event":
            draw_eye(painter, QPointF(rect.right() + 4, rect.top()), 11)
        self._paint_label_below(painter)

    def _paint_gateway(self, painter: QPainter, rect: QRectF) -> None:
        painter.drawPolygon(_diamond(rect))
        mark = _GATEWAY_MARK.get(self.kind, "")
        c, r = rect.center(), rect.width() * 0.18
        painter.setPen(QPen(self._pen().color(), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if mark == "x":
            painter.drawLine(c + QPointF(-r, -r), c + QPointF(r, r))
            painter.drawLine(c + QPointF(-r, r), c + QPointF(r, -r))
        elif mark in ("+", "*"):
            painter.drawLine(c + QPointF(-r * 1.3, 0), c + QPointF(r * 1.3, 0))
            painter.drawLine(c + QPointF(0, -r * 1.3), c + QPointF(0, r * 1.3))
        elif mark in ("o", "e"):
            painter.drawEllipse(c, r * 1.2, r * 1.2)
        self._paint_label_below(painter)

    def _paint_label_below(self, painter: QPainter) -> None:
        if not self.name:
            return
        painter.setPen(self._text_colour())
        painter.setFont(style.label_font(8.5))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self.label_rect(), int(flags), self.name)

    def _paint_handle(self, painter: QPainter) -> None:
        c, r = self.handle_center(), style.HANDLE_RADIUS
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(c, r, r)
        painter.drawLine(c + QPointF(-3.5, 0), c + QPointF(3.5, 0))
        painter.drawLine(c + QPointF(1, -2.5), c + QPointF(3.5, 0))
        painter.drawLine(c + QPointF(1, 2.5), c + QPointF(3.5, 0))


def _diamond(rect: QRectF) -> QPolygonF:
    c = rect.center()
    return QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                      QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())])
