"""Editor layer: gestures on flows — connect two steps, drag a bend point.

:class:`ConnectTool` starts on a step's connection handle; while dragging, the step
under the cursor is outlined green when the rules allow the flow and red (with the
reason in the status bar) when they do not. :class:`BendPointTool` drags a bend
point of the selected flow, or a segment's middle to move the segment, keeping the
route orthogonal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from customer_modeler.editor import style
from customer_modeler.editor.geometry.bends import drag_bend, drag_segment
from customer_modeler.editor.tools.base import Controller, Tool, outline
from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.geometry.routing import snap
from customer_modeler.model.errors import ConnectionRefused
from customer_modeler.model.rules import check_connect


class ConnectTool(Tool):
    """Drag from a connection handle to another step to add a flow.

    With the connect tool (Insert ▸ Connect, or C) the gesture also works in two clicks:
    the step the flow starts at, then the step it goes to; the line follows the mouse
    in between. When a step was selected the tool starts there, and clicking that step
    again is the first of the two clicks, not a click beside the target. A refused
    target leaves the tool waiting for another one.
    """

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        pos = event.scenePos()
        for item in controller.scene.items(pos.x() - 12, pos.y() - 12, 24, 24,
                                           Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                           Qt.SortOrder.DescendingOrder):
            if isinstance(item, StepItem) and item.hits_handle(pos):
                return cls(controller, item)
        return None

    @classmethod
    def start_anywhere(cls, controller: Controller,
                       event: QGraphicsSceneMouseEvent) -> Tool | None:
        """The connect tool's first click: on any step a flow may leave."""
        item = controller.scene.step_item_at(event.scenePos())
        if item is not None and cls.can_start(item):
            return cls(controller, item, sticky=True)
        controller.message.emit(QCoreApplication.translate(
            "Tools", "Click the step the flow starts at (an end event has none)."))
        return None

    @staticmethod
    def can_start(item: StepItem) -> bool:
        return not item.read_only and item.step_type != "end"

    def __init__(self, controller: Controller, source: StepItem, sticky: bool = False) -> None:
        super().__init__(controller)
        self.source = source
        self.sticky = sticky
        start = source.handle_scene_pos()
        self.line = QGraphicsLineItem(QLineF(start, start))
        self.line.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
        self.line.setZValue(900)
        self.scene.addItem(self.line)
        self.target: StepItem | None = None
        self.reason = ""

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.sticky:
            return False
        self.mouse_move(event)
        if self.scene.step_item_at(event.scenePos()) is self.source:
            return True  # the start clicked again (it was selected when C was pressed): wait on
        if self.target is None:  # a click beside any step: give up
            self.cancel()
            self.controller.tool = None
            self.controller.arm_connect(False)
        return True

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

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.mouse_move(event)
        target = self.target
        if target is None:
            if self.sticky and self.line.scene() is not None:
                return True  # the first click of two: wait for the target
            self.cancel()
            return False
        try:
            flow_id = self.editor.connect(self.source.step_id, target.step_id)
        except ConnectionRefused as refusal:
            self.controller.refuse(str(refusal), event.scenePos())
            if self.sticky:
                return True
            self.cancel()
            return False
        self.cancel()
        self.scene.select_ids([flow_id])
        if self.sticky:
            self.controller.arm_connect(False)
        return False

    def cancel(self) -> None:
        outline(self.target, None)
        self.target = None
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class BendPointTool(Tool):
    """Drag a bend point, or a segment's middle, of the selected flow; the route stays orthogonal.

    Neighbouring bends follow a dragged bend point, a dragged segment moves sideways as a
    whole, and an end point slides along its step's border (or gets a dog-leg); see
    :mod:`customer_modeler.editor.geometry.bends`.
    """

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        pos = event.scenePos()
        # The flows whose route passes near the press, not the whole selection: after
        # Select All every press would ask each of a large model's flows.
        reach = style.BEND_HANDLE
        near = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        for item in controller.scene.items(near, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, FlowItem):
                handle = item.handle_at(pos)
                if handle is not None:
                    return cls(controller, item, *handle)
        return None

    def __init__(self, controller: Controller, item: FlowItem, kind: str, index: int) -> None:
        super().__init__(controller)
        self.item = item
        self.kind, self.index = kind, index
        self.start_points = [(p.x(), p.y()) for p in item.points]
        self.points = list(self.start_points)
        model = self.editor.model
        flow = model.flows[item.flow_id]
        ends = (model.steps.get(flow.source), model.steps.get(flow.target))
        self.ends = tuple(step.bounds if step is not None else None for step in ends)
        self.moved = False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        grid = self.editor.grid
        pos = event.scenePos()
        target = (snap(pos.x(), grid), snap(pos.y(), grid))
        drag = drag_bend if self.kind == "bend" else drag_segment
        self.points = drag(self.start_points, self.index, target, *self.ends)
        self.moved = True
        self.item.preview([QPointF(*p) for p in self.points])

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.moved:
            self.editor.set_waypoints(self.item.flow_id, tuple(self.points))
        return False

    def cancel(self) -> None:
        flow = self.editor.model.flows.get(self.item.flow_id)
        if flow is not None:
            self.item.sync(flow, self.scene.flow_points(flow))
