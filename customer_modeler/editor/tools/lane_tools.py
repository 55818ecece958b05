"""Editor layer: gestures on lanes and pools — reorder a lane by dragging its header, resize a
lane by its bottom edge, a pool by its right or bottom edge.

While dragging a header a blue line shows where the lane will go; on release the
façade restacks the lanes (steps move with their lane) as one undo step. Dragging a
lane's bottom edge shows the new edge; the release resizes the lane.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from customer_modeler.editor import style
from customer_modeler.editor.editing.facade import EditRefused
from customer_modeler.editor.tools.base import Controller, Tool
from customer_modeler.editor.items.lane_item import LaneItem
from customer_modeler.editor.geometry.lane_layout import siblings
from customer_modeler.editor.tools.step_tools import DRAG_THRESHOLD, toggles


def _indicator(scene, pen: QPen) -> QGraphicsLineItem:  # noqa: ANN001
    line = QGraphicsLineItem()
    line.setPen(pen)
    line.setZValue(950)
    scene.addItem(line)
    return line


def lane_edge_at(controller: Controller, pos: QPointF) -> str | None:
    """The lane whose bottom edge is under ``pos`` (one check per lane, lanes are few)."""
    grip = style.LANE_EDGE_GRIP / max(controller.view.zoom(), 0.1)
    found = None
    for lane in controller.editor.model.lanes.values():
        b = lane.bounds
        if b is None or not lane.horizontal:
            continue
        if b.x <= pos.x() <= b.x + b.width and abs(pos.y() - (b.y + b.height)) <= grip:
            found = lane.id  # the last (innermost, lowest) lane wins
    return found


class LaneResizeTool(Tool):
    """Drag a lane's bottom edge to change its height."""

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        lane_id = lane_edge_at(controller, event.scenePos())
        return cls(controller, lane_id) if lane_id is not None else None

    def __init__(self, controller: Controller, lane_id: str) -> None:
        super().__init__(controller)
        self.lane_id = lane_id
        self.bounds = self.editor.model.lanes[lane_id].bounds
        self.line = _indicator(self.scene, QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        self.height = self.bounds.height

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        self.height = max(40.0, event.scenePos().y() - self.bounds.y)
        y = self.bounds.y + self.height
        self.line.setLine(QLineF(self.bounds.x, y, self.bounds.x + self.bounds.width, y))

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        self.editor.lanes.resize(self.lane_id, self.height)

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


def pool_edge_at(controller: Controller, pos: QPointF) -> tuple[str, bool, bool] | None:
    """The pool whose right or bottom edge is under ``pos``: (pool id, right edge, bottom edge)."""
    grip = style.LANE_EDGE_GRIP / max(controller.view.zoom(), 0.1)
    x, y = pos.x(), pos.y()
    for pool in controller.editor.model.pools.values():
        b = pool.bounds
        if b is None or not pool.horizontal:
            continue
        right, bottom = b.x + b.width, b.y + b.height
        on_right = abs(x - right) <= grip and b.y - grip <= y <= bottom + grip
        on_bottom = abs(y - bottom) <= grip and b.x - grip <= x <= right + grip
        if on_right or on_bottom:
            return pool.id, on_right, on_bottom
    return None


class PoolResizeTool(Tool):
    """Drag a pool's right edge (or its bottom, or the corner) to make it wider or taller.

    The dashed outline shows the new size; the release resizes the pool and the lanes
    along the dragged edges as one undo step.
    """

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        found = pool_edge_at(controller, event.scenePos())
        return cls(controller, *found) if found is not None else None

    def __init__(self, controller: Controller, pool_id: str, right: bool, bottom: bool) -> None:
        super().__init__(controller)
        self.pool_id, self.right, self.bottom = pool_id, right, bottom
        self.bounds = self.editor.model.pools[pool_id].bounds
        self.outline = QGraphicsRectItem()
        self.outline.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        self.outline.setZValue(950)
        self.scene.addItem(self.outline)
        self.edge = (self.bounds.x + self.bounds.width, self.bounds.y + self.bounds.height)
        self.moved = False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos, b = event.scenePos(), self.bounds
        right = max(pos.x(), b.x + 60) if self.right else self.edge[0]
        bottom = max(pos.y(), b.y + 60) if self.bottom else self.edge[1]
        self.edge, self.moved = (right, bottom), True
        self.outline.setRect(QRectF(b.x, b.y, right - b.x, bottom - b.y))

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cancel()
        if self.moved:
            self.editor.lanes.resize_pool(self.pool_id, right=self.edge[0] if self.right else None,
                                          bottom=self.edge[1] if self.bottom else None)

    def cancel(self) -> None:
        if self.outline.scene() is not None:
            self.scene.removeItem(self.outline)


class LaneReorderTool(Tool):
    """Press on a lane header selects the lane; dragging it reorders the lanes."""

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        for item in controller.scene.items(event.scenePos()):
            if isinstance(item, LaneItem):
                return cls(controller, event, item)
        return None

    def __init__(self, controller: Controller, event: QGraphicsSceneMouseEvent,
                 item: LaneItem) -> None:
        super().__init__(controller)
        self.item = item
        self.screen_origin = event.screenPos()
        self.origin = event.scenePos()
        if toggles(event):
            item.setSelected(not item.isSelected())
        else:
            self.scene.select_items([item])  # one announcement, not "none" then "this one"
        model = self.editor.model
        self.order = siblings(model, model.lanes[item.lane_id])
        self.line: QGraphicsLineItem | None = None
        self.ghost: QGraphicsRectItem | None = None
        self.index = self.order.index(model.lanes[item.lane_id])

    def _target_index(self, y: float) -> int:
        """Among the other siblings, how many have their middle above ``y``."""
        others = [lane for lane in self.order if lane.id != self.item.lane_id and lane.bounds]
        return sum(1 for lane in others if lane.bounds.y + lane.bounds.height / 2 < y)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.line is None:
            if (event.screenPos() - self.screen_origin).manhattanLength() < DRAG_THRESHOLD:
                return
            self._start_drag()
        pos = event.scenePos()
        self.index = self._target_index(pos.y())
        others = [lane.bounds for lane in self.order if lane.id != self.item.lane_id]
        if self.index < len(others):
            y = others[self.index].y
        else:
            y = others[-1].y + others[-1].height if others else self.item.pos().y()
        left = self.item.pos().x()
        self.line.setLine(QLineF(left, y, left + self.item.width, y))
        head = self.item.header_rect()
        self.ghost.setRect(QRectF(left, pos.y() - head.height() / 2, head.width(), head.height()))

    def _start_drag(self) -> None:
        self.line = _indicator(self.scene, QPen(style.SELECTION, 3))
        self.ghost = QGraphicsRectItem()
        self.ghost.setBrush(QBrush(QColor(30, 136, 229, 50)))
        self.ghost.setPen(QPen(style.SELECTION, 1, Qt.PenStyle.DashLine))
        self.ghost.setZValue(940)
        self.scene.addItem(self.ghost)
        self.item.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        dragged = self.line is not None
        self.cancel()
        if not dragged:
            return
        try:
            self.editor.lanes.reorder(self.item.lane_id, self.index)
        except EditRefused as refusal:
            self.controller.refuse(str(refusal), event.scenePos())

    def cancel(self) -> None:
        for extra in (self.line, self.ghost):
            if extra is not None and extra.scene() is not None:
                self.scene.removeItem(extra)
        self.item.unsetCursor()
