"""Editor layer: gestures on steps — move (with lane change, guides and grid snap) and create.

:class:`MoveStepsTool` lets the selected step items follow the mouse, re-routes their
flows on screen only, and on release asks the façade for one "Move" edit; the lane
each step lands in becomes its lane in that same edit. :class:`CreateStepTool` is the
click after a palette click.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsView

from customer_modeler.editor.editing.facade import EditRefused
from customer_modeler.editor.preferences import store as preferences
from customer_modeler.editor.tools.base import Controller, Tool
from customer_modeler.editor.tools.snap_guides import SNAP_PIXELS, GuideOverlay, Snap, SnapLines
from customer_modeler.editor.items.group_bounds import DRAG_SLACK, keep_in_group
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.geometry.lane_layout import routes_after_move
from customer_modeler.editor.geometry.routing import snap
from customer_modeler.model.elements import Rect
from customer_modeler.model.lanes import lane_at

#: Distance in screen pixels before a press becomes a drag.
DRAG_THRESHOLD = 4


def toggles(event: QGraphicsSceneMouseEvent) -> bool:
    mods = event.modifiers()
    return bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))


def _around_view(view: QGraphicsView) -> tuple[float, float, float, float]:
    """The diagram on screen and a screen's width and height around it: the steps a dragged
    step may line up with (on a long journey, not the thousands far out of sight)."""
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    near = seen.adjusted(-seen.width(), -seen.height(), seen.width(), seen.height())
    return (near.left(), near.top(), near.right(), near.bottom())


class MoveStepsTool(Tool):
    """Drag the selected steps; one undo step on release."""

    @classmethod
    def start(cls, controller: Controller, event: QGraphicsSceneMouseEvent) -> Tool | None:
        item = controller.scene.step_item_at(event.scenePos())
        if item is None:
            return None
        return cls(controller, event, item)

    def __init__(self, controller: Controller, event: QGraphicsSceneMouseEvent,
                 item: StepItem) -> None:
        super().__init__(controller)
        self.item, self.origin = item, event.scenePos()
        self.screen_origin = event.screenPos()
        self.moved = False
        self.was_selected = item.isSelected()
        if toggles(event):
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.scene.select_items([item])  # one announcement, not "none" then "this one"
        self.items = [i for i in controller.step_items_selected() if not i.read_only]
        self.start_pos = {i.step_id: i.pos() for i in self.items}
        self.lane_item = None
        self.snap_lines = self._snap_lines()
        self.guides = GuideOverlay(self.scene)

    def _snap_lines(self) -> SnapLines:
        """The edges and centres of the steps around the view that stay where they are."""
        moving = {i.step_id for i in self.items}
        return SnapLines([rect for step_id, rect in self.editor.model.steps_in_area(
            _around_view(self.controller.view)) if step_id not in moving])

    def _delta(self, event: QGraphicsSceneMouseEvent) -> QPointF:
        """The mouse offset, adjusted so the pressed step lines up with another step's edge
        or centre when one is near (guides show which), else its centre lands on the grid.
        Alt held (or Preferences) turns the lining up off."""
        raw = event.scenePos() - self.origin
        grid = self.editor.grid
        start = self.start_pos.get(self.item.step_id, self.item.pos())
        cx = start.x() + self.item.width / 2 + raw.x()
        cy = start.y() + self.item.height / 2 + raw.y()
        dx, dy = snap(cx, grid) - cx + raw.x(), snap(cy, grid) - cy + raw.y()
        lined_up = Snap(None, None, ())
        free = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier) or not preferences.current().snap_to_steps
        if not free:
            dragged = Rect(start.x() + raw.x(), start.y() + raw.y(), self.item.width, self.item.height)
            lined_up = self.snap_lines.snap(dragged, SNAP_PIXELS / self.controller.view.zoom())
        self.guides.show(lined_up.guides)
        return QPointF(raw.x() + lined_up.dx if lined_up.dx is not None else dx,
                       raw.y() + lined_up.dy if lined_up.dy is not None else dy)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.items or self.item not in self.items:
            return
        if not self.moved:
            distance = (event.screenPos() - self.screen_origin).manhattanLength()
            if distance < DRAG_THRESHOLD:
                return
            self.moved = True
            self._take_in_steps_not_drawn_yet()
        delta = self._delta(event)
        for item in self.items:
            item.setPos(self.start_pos[item.step_id] + delta)
            keep_in_group(item, DRAG_SLACK)  # found through its parent (see group_bounds)
        self._preview_flows()
        self._show_target_lane()

    def _take_in_steps_not_drawn_yet(self) -> None:
        """A drag after Select All in a large model just opened moves the selected steps
        whose items were not made yet too: made now, at the drag's start, not at the press
        (a click would have waited for them)."""
        if not self.scene.pending_selection:
            return
        self.scene.make_selected_items()
        self.items = [i for i in self.controller.step_items_selected() if not i.read_only]
        self.start_pos = {i.step_id: i.pos() for i in self.items}
        self.snap_lines = self._snap_lines()

    def _new_bounds(self) -> dict[str, Rect]:
        return {i.step_id: Rect(i.pos().x(), i.pos().y(), i.width, i.height) for i in self.items}

    def _preview_flows(self) -> None:
        """Re-route, on screen only, the flows that touch a moving step (as the move will)."""
        model, bounds = self.editor.model, self._new_bounds()
        for flow_id, points in routes_after_move(model, bounds, bounds).items():
            item = self.scene.flow_items.get(flow_id)
            if item is not None and points is not None:
                item.preview(points)

    def _show_target_lane(self) -> None:
        node = self.item.mapRectToScene(self.item.node_rect()).center()
        lane = lane_at(self.editor.model, node.x(), node.y())
        target = self.scene.lane_items.get(lane.id) if lane is not None else None
        if target is not self.lane_item:
            if self.lane_item is not None:
                self.lane_item.set_drop_target(False)
            if target is not None:
                target.set_drop_target(True)
            self.lane_item = target

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.guides.clear()
        if self.lane_item is not None:
            self.lane_item.set_drop_target(False)
        if not self.moved:
            if not toggles(event) and self.was_selected:
                self.scene.select_items([self.item])
            return
        try:
            # The steps land where the drag showed them: the pressed one is on the grid or
            # lined up with a guide (_delta), the others keep their places beside it.
            self.editor.move_steps(self._new_bounds(), snap_to_grid=False)
        except EditRefused as refusal:
            self.cancel()
            self.controller.refuse(str(refusal), event.scenePos())

    def cancel(self) -> None:
        """Put the items (and their flows) back where the model has them."""
        self.guides.clear()
        if self.lane_item is not None:
            self.lane_item.set_drop_target(False)
        model = self.editor.model
        for item in self.items:
            item.setPos(self.start_pos[item.step_id])
            for flow in model.flows_of(item.step_id):
                flow_item = self.scene.flow_items.get(flow.id)
                if flow_item is not None:
                    flow_item.sync(flow, self.scene.flow_points(flow))


class CreateStepTool(Tool):
    """The click that places the step kind armed from the palette."""

    def __init__(self, controller: Controller, event: QGraphicsSceneMouseEvent) -> None:
        super().__init__(controller)
        self.kind = controller.armed_kind

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        step_id = self.controller.drop_kind(self.kind, event.scenePos())
        if step_id is not None and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.controller.arm(None)
