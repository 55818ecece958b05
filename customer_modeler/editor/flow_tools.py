"""Editor layer: gestures on flows — connect two steps, drag a bend point.

:class:`ConnectTool` starts on a step's connection handle; while dragging, the step
under the cursor is outlined green when the rules allow the flow and red (with the
reason in the status bar) when they do not. :class:`BendPointTool` drags a bend
point of the selected flow, or a segment's middle handle to add one.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from customer_modeler.editor import style
from customer_modeler.editor.interactions import GestureController, Tool, outline
from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.routing import snap
from customer_modeler.model.errors import ConnectionRefused
from customer_modeler.model.rules import check_connect


class ConnectTool(Tool):
    """Drag from a connection handle to another step to add a flow."""

    @classmethod
    def start(cls, controller: GestureController, event: QGraphicsSceneMouseEvent) -> Tool | None:
        pos = event.scenePos()
        for item in controller.scene.items(pos.x() - 12, pos.y() - 12, 24, 24,
                                           Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                           Qt.SortOrder.DescendingOrder):
            if isinstance(item, StepItem) and item.hits_handle(pos):
                return cls(controller, item)
        return None

    def __init__(self, controller: GestureController, source: StepItem) -> None:
        super().__init__(controller)
        self.source = source
        start = source.handle_scene_pos()
        self.line = QGraphicsLineItem(QLineF(start, start))
        self.line.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
        self.line.setZValue(900)
        self.scene.addItem(self.line)
        self.target: StepItem | None = None
        self.reason = ""

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self.line.setLine(QLineF(self.source.handle_scene_pos(), pos))
        target = self.scene.step_item_at(pos)
        if target is self.source:
            target = None
        if target is self.target:
            return
        outline(self.target, None)
        self.target, self.reason = target, ""
        if target is None:
            return
        try:
            check_connect(self.editor.model, self.source.step_id, target.step_id)
        except ConnectionRefused as refusal:
            self.reason = str(refusal)
            self.controller.message.emit(self.reason)
        outline(target, style.REFUSE if self.reason else style.ACCEPT)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.mouse_move(event)
        target = self.target
        self.cancel()
        if target is None:
            return
        try:
            flow_id = self.editor.connect(self.source.step_id, target.step_id)
        except ConnectionRefused as refusal:
            self.controller.refuse(str(refusal), event.scenePos())
            return
        self.scene.select_ids([flow_id])

    def cancel(self) -> None:
        outline(self.target, None)
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class BendPointTool(Tool):
    """Drag a bend point (or a segment's middle, which adds one) of the selected flow."""

    @classmethod
    def start(cls, controller: GestureController, event: QGraphicsSceneMouseEvent) -> Tool | None:
        pos = event.scenePos()
        for item in controller.scene.selectedItems():
            if isinstance(item, FlowItem):
                handle = item.handle_at(pos)
                if handle is not None:
                    return cls(controller, item, *handle)
        return None

    def __init__(self, controller: GestureController, item: FlowItem, kind: str, index: int) -> None:
        super().__init__(controller)
        self.item = item
        self.points = [QPointF(p) for p in item.points]
        if kind == "mid":
            index += 1
            self.points.insert(index, (self.points[index - 1] + self.points[index]) / 2)
        self.index = index
        self.moved = False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        grid = self.editor.grid
        pos = event.scenePos()
        self.points[self.index] = QPointF(snap(pos.x(), grid), snap(pos.y(), grid))
        self.moved = True
        self.item.preview(self.points)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.moved:
            return
        points = tuple((p.x(), p.y()) for p in self.points)
        self.editor.set_waypoints(self.item.flow_id, points)

    def cancel(self) -> None:
        flow = self.editor.model.flows.get(self.item.flow_id)
        if flow is not None:
            self.item.sync(flow, self.scene.flow_points(flow))
