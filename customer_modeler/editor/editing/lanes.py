"""Editor layer: the lane half of the editing façade (add, delete, resize, reorder, roles).

Reached as ``DiagramEditor.lanes``. Each method builds one undo step; the geometry
every lane edit implies (space opened or closed below, steps moving with their lane)
comes from :mod:`customer_modeler.editor.geometry.lane_layout`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.geometry.lane_layout import (
    DEFAULT_LANE_HEIGHT,
    ancestors,
    descendants,
    min_lane_height,
    new_lane_bounds,
    restack,
    shift_below,
    siblings,
)
from customer_modeler.model.elements import LANE_ROLES, Lane
from customer_modeler.model.lanes import customer_lane_on_top

if TYPE_CHECKING:
    from customer_modeler.editor.editing.facade import DiagramEditor


class LaneEditing:
    """Lane edits of a :class:`DiagramEditor`; every method is one undo step."""

    def __init__(self, editor: DiagramEditor) -> None:
        self.editor = editor

    @property
    def model(self):  # noqa: ANN201 - the editor's ProcessModel
        return self.editor.model

    def add(self, name: str = "New lane", role: str = "department", pool: str | None = None) -> str:
        """Append a lane at the bottom of ``pool`` (default: the pool of the last lane)."""
        model = self.model
        if pool is None and model.lanes:
            pool = list(model.lanes.values())[-1].pool
        bounds = new_lane_bounds(model, pool, DEFAULT_LANE_HEIGHT)
        lane = Lane(id=model.new_id("Lane"), name=name, role=role, pool=pool, bounds=bounds,
                    role_set=role != "department")
        parent = cmd.MacroCommand(f"Add lane '{name}'")
        changes = shift_below(model, bounds.y, bounds.height, grow={pool} if pool else set())
        if changes:
            cmd.UpdateElementsCommand(model, changes, "Make room", parent)
        cmd.AddLaneCommand(model, lane, None, parent)
        self.editor.push(parent)
        return lane.id

    def remove(self, lane_id: str) -> None:
        """Delete a lane with its steps, their flows and nested lanes (one undo step)."""
        parent = cmd.MacroCommand()
        self.remove_into(parent, lane_id)
        parent.setText(f"Delete lane '{self.model.lanes[lane_id].name or lane_id}'")
        self.editor.push(parent)

    def remove_into(self, parent: cmd.MacroCommand, lane_id: str,
                    gone: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
        """Add to ``parent`` the children that delete a lane and close its space.

        Ids in ``gone`` are already removed by earlier children; returns the ids added.
        """
        model = self.model
        lane = model.lanes[lane_id]
        inner = descendants(model, lane_id)
        steps = [s.id for i in inner for s in model.steps_in_lane(i) if s.id in model.steps]
        for step_id in steps:
            self.editor._check_editable(model.steps[step_id])
        doomed = {*steps, *(f.id for s in steps for f in model.flows_of(s)), *gone}
        removed = self.editor._remove_steps_and_flows(parent, steps, [], gone)
        for doomed in reversed(inner):
            cmd.RemoveLaneCommand(model, doomed, parent)
        if lane.bounds is not None:
            # Computed now, applied after the removals: lanes and steps below move up.
            below = lane.bounds.y + lane.bounds.height
            changes = [c for c in shift_below(model, below, -lane.bounds.height,
                                              grow={*ancestors(model, lane_id), *_pool(lane)},
                                              skip_lanes=set(inner))
                       if c[1] not in doomed]
            if changes:
                cmd.UpdateElementsCommand(model, changes, "Close the gap", parent)
        return removed | set(inner)

    def set_role(self, lane_id: str, role: str) -> None:
        """Change a lane's role; making it the customer lane demotes the previous one."""
        if role not in LANE_ROLES:
            raise ValueError(f"unknown role {role}")
        model = self.model
        lane = model.lanes[lane_id]
        if lane.role == role:
            return
        changes: list[cmd.Change] = []
        previous = model.customer_lane
        if role == "customer" and previous is not None:
            changes.append(("lane", previous.id, {"role": "department", "role_set": True}))
        changes.append(("lane", lane_id, {"role": role, "role_set": True}))
        text = (f"Mark '{lane.name}' as customer lane" if role == "customer"
                else f"Set role of '{lane.name}' to {role}")
        self.editor.push(cmd.UpdateElementsCommand(model, changes, text))

    def resize(self, lane_id: str, height: float) -> None:
        """Change a lane's height; lanes below move, enclosing lanes grow or shrink."""
        model = self.model
        lane = model.lanes[lane_id]
        if lane.bounds is None or not lane.horizontal:
            return  # vertical lanes of other tools are shown as drawn
        height = max(round(height), min_lane_height(model, lane_id))
        dy = height - lane.bounds.height
        if abs(dy) < 0.5:
            return
        grow = {lane_id, *ancestors(model, lane_id), *_pool(lane)}
        inside = set(descendants(model, lane_id)) - {lane_id}
        changes = shift_below(model, lane.bounds.y + lane.bounds.height, dy, grow, skip_lanes=inside)
        self.editor.push(cmd.UpdateElementsCommand(model, changes, f"Resize lane '{lane.name}'"))

    def reorder(self, lane_id: str, new_index: int) -> None:
        """Move a lane among its siblings; its steps move with it (one undo step).

        Raises
        ------
        EditRefused
            When the customer lane would leave the top in a model that has it on top.
        """
        from customer_modeler.editor.editing.facade import EditRefused

        model = self.model
        lane = model.lanes[lane_id]
        if not lane.horizontal:
            raise EditRefused("Lanes drawn vertically by another tool are shown as drawn; "
                              "they cannot be reordered here.")
        order = siblings(model, lane)
        new_index = max(0, min(new_index, len(order) - 1))
        if order.index(lane) == new_index:
            return
        customer = model.customer_lane
        if customer is not None and customer_lane_on_top(model) and customer in order:
            stays_on_top = (lane.id == customer.id and new_index == 0) or (
                lane.id != customer.id and new_index > 0)
            if not stays_on_top:
                raise EditRefused("The customer lane stays on top.")
        parent = cmd.MacroCommand(f"Move lane '{lane.name}'")
        changes = restack(model, lane_id, new_index)
        target = order[new_index]
        cmd.MoveLaneCommand(model, lane_id, model.lane_index(target.id), parent)
        if changes:
            cmd.UpdateElementsCommand(model, changes, "Restack lanes", parent)
        self.editor.push(parent)

    def move_customer_to_top(self) -> None:
        """Put the customer lane on top of its pool (for files from other tools)."""
        customer = self.model.customer_lane
        if customer is not None and customer.from_pool is None:
            self.reorder(customer.id, 0)

    def sibling_index(self, lane_id: str) -> int:
        lane = self.model.lanes[lane_id]
        return siblings(self.model, lane).index(lane)


def _pool(lane: Lane) -> set[str]:
    return {lane.pool} if lane.pool else set()
