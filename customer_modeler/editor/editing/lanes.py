"""Editor layer: the lane half of the editing façade (add, delete, resize, reorder, roles).

Reached as ``DiagramEditor.lanes``. Each method builds one undo step; the geometry
every lane edit implies (space opened or closed below, steps moving with their lane)
comes from :mod:`customer_modeler.editor.geometry.lane_layout`.
"""

from __future__ import annotations

from typing import Protocol

from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing.errors import EditRefused, check_editable
from customer_modeler.editor.editing.removal import remove_steps_and_flows
from customer_modeler.editor.geometry.lane_layout import (
    DEFAULT_LANE_HEIGHT,
    ancestors,
    close_gap,
    descendants,
    min_lane_height,
    new_lane_bounds,
    restack,
    shift_below,
    siblings,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import LANE_ROLES, Lane
from customer_modeler.model.lanes import customer_lane_on_top


class EditingHost(Protocol):
    """What lane edits need of the façade: the model, and a way to make one undo step."""

    model: ProcessModel

    def push(self, command: cmd.EditCommand) -> None: ...


class LaneEditing:
    """Lane edits of the editing façade; every method is one undo step."""

    def __init__(self, editor: EditingHost) -> None:
        self.editor = editor

    @property
    def model(self) -> ProcessModel:
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
        parent = cmd.MacroCommand(f"Delete lane '{self.model.lanes[lane_id].name or lane_id}'")
        self.remove_into(parent, lane_id)
        self.editor.push(parent)

    def remove_into(self, parent: cmd.MacroCommand, lane_id: str,
                    gone: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
        """Add to ``parent`` the children that delete a lane and close its space.

        Ids in ``gone`` are already removed by earlier children; returns the ids added.
        The space is closed by a follow-up computed once the removals have run, so it
        sees the model without the lane's steps and flows and with the lane where the
        earlier children of the same edit left it.
        """
        model = self.model
        lane = model.lanes[lane_id]
        inner = descendants(model, lane_id)
        steps = [s.id for i in inner for s in model.steps_in_lane(i)]
        for step_id in steps:
            check_editable(model.steps[step_id])
        removed = remove_steps_and_flows(model, parent, steps, [], gone)
        for inner_id in reversed(inner):
            cmd.RemoveLaneCommand(model, inner_id, parent)
        grow = {*ancestors(model, lane_id), *_pool(lane)}
        cmd.FollowUpCommand(model, lambda: close_gap(model, lane, grow), "Close the gap", parent)
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
