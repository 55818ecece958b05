"""Editor layer: the lane half of the editing façade (add, delete, resize, reorder, roles).

Reached as ``DiagramEditor.lanes``. Each method builds one undo step; the geometry
every lane edit implies (space opened or closed below, steps moving with their lane)
comes from :mod:`customer_modeler.editor.geometry.lane_layout`.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.core_texts import choice_text
from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing.errors import EditRefused, check_editable
from customer_modeler.editor.editing.removal import remove_steps_and_flows
from customer_modeler.editor.geometry.lane_layout import (
    DEFAULT_LANE_HEIGHT,
    close_gap,
    descendants,
    min_lane_height,
    new_lane_bounds,
    restack,
    shift_below,
    siblings,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import LANE_ROLES, Lane, Rect
from customer_modeler.model.lanes import customer_lane_on_top
from customer_modeler.model.nesting import lane_ancestors


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

    def add(self, name: str = "", role: str = "department", pool: str | None = None) -> str:
        """Append a lane at the bottom of ``pool`` (default: the pool of the last lane)."""
        model = self.model
        name = name or QCoreApplication.translate("UndoText", "New lane")
        if pool is None and model.lanes:
            pool = list(model.lanes.values())[-1].pool
        bounds = new_lane_bounds(model, pool, DEFAULT_LANE_HEIGHT)
        lane = Lane(id=model.new_id("Lane"), name=name, role=role, pool=pool, bounds=bounds,
                    role_set=role != "department")
        parent = cmd.MacroCommand(QCoreApplication.translate("UndoText", "Add lane '{name}'").format(name=name))
        changes = shift_below(model, bounds.y, bounds.height, grow={pool} if pool else set())
        if changes:
            cmd.UpdateElementsCommand(model, changes, QCoreApplication.translate("UndoText", "Make room"), parent)
        cmd.AddLaneCommand(model, lane, None, parent)
        self.editor.push(parent)
        return lane.id

    def remove(self, lane_id: str) -> None:
        """Delete a lane with its steps, their flows and nested lanes (one undo step)."""
        parent = cmd.MacroCommand(QCoreApplication.translate("UndoText", "Delete lane '{name}'").format(
            name=self.model.lanes[lane_id].name or lane_id))
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
        grow = {*lane_ancestors(model, lane_id), *_pool(lane)}
        cmd.FollowUpCommand(model, lambda: close_gap(model, lane, grow),
                            QCoreApplication.translate("UndoText", "Close the gap"), parent)
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
        text = (QCoreApplication.translate("UndoText", "Mark '{name}' as customer lane").format(name=lane.name)
                if role == "customer" else QCoreApplication.translate("UndoText", "Set role of '{name}' to {role}").format(
                    name=lane.name, role=choice_text(role)))
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
        grow = {lane_id, *lane_ancestors(model, lane_id), *_pool(lane)}
        inside = set(descendants(model, lane_id)) - {lane_id}
        changes = shift_below(model, lane.bounds.y + lane.bounds.height, dy, grow, skip_lanes=inside)
        self.editor.push(cmd.UpdateElementsCommand(
            model, changes, QCoreApplication.translate("UndoText", "Resize lane '{name}'").format(name=lane.name)))

    def resize_pool(self, pool_id: str, right: float | None = None,
                    bottom: float | None = None) -> None:
        """Move a pool's right and/or bottom edge (one undo step).

        The lanes reaching the right edge follow it; the lowest lane takes up the change
        of height. Neither edge comes closer to a step than the room steps keep.
        """
        model = self.model
        pool = model.pools[pool_id]
        b = pool.bounds
        if b is None or not pool.horizontal:
            return  # vertical pools of other tools are shown as drawn
        changes: list[cmd.Change] = []
        if bottom is not None and abs(bottom - (b.y + b.height)) >= 0.5:
            changes = self._pool_height_changes(pool_id, bottom)
        if right is not None:
            changes = _with_right_edge(model, pool_id, changes, right)
        if changes:
            self.editor.push(cmd.UpdateElementsCommand(
                model, changes, QCoreApplication.translate("UndoText", "Resize pool '{name}'").format(name=pool.name)))

    def _pool_height_changes(self, pool_id: str, bottom: float) -> list[cmd.Change]:
        model = self.model
        b = model.pools[pool_id].bounds
        assert b is not None
        lowest = _lowest_lane(model, pool_id)
        if lowest is None or lowest.bounds is None:
            content = [s.bounds.y + s.bounds.height for s in model.steps.values()
                       if s.bounds is not None and s.lane is None and _inside(s.bounds, b)]
            height = max(round(bottom - b.y), MIN_POOL_SIZE, *(c + POOL_ROOM - b.y for c in content))
            return [("pool", pool_id, {"bounds": Rect(b.x, b.y, b.width, height)})]
        lane_bottom = lowest.bounds.y + lowest.bounds.height
        height = max(round(lowest.bounds.height + bottom - lane_bottom),
                     min_lane_height(model, lowest.id))
        dy = height - lowest.bounds.height
        if abs(dy) < 0.5:
            return []
        grow = {lowest.id, *lane_ancestors(model, lowest.id), pool_id}
        inside = set(descendants(model, lowest.id)) - {lowest.id}
        return shift_below(model, lane_bottom, dy, grow, skip_lanes=inside)

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
            raise EditRefused(QCoreApplication.translate(
                "EditRefused", "Lanes drawn vertically by another tool are shown as drawn; they cannot be reordered here."))
        order = siblings(model, lane)
        new_index = max(0, min(new_index, len(order) - 1))
        if order.index(lane) == new_index:
            return
        customer = model.customer_lane
        if customer is not None and customer_lane_on_top(model) and customer in order:
            stays_on_top = (lane.id == customer.id and new_index == 0) or (
                lane.id != customer.id and new_index > 0)
            if not stays_on_top:
                raise EditRefused(QCoreApplication.translate("EditRefused", "The customer lane stays on top."))
        parent = cmd.MacroCommand(QCoreApplication.translate("UndoText", "Move lane '{name}'").format(name=lane.name))
        reorder_commands(model, lane_id, new_index, parent)
        self.editor.push(parent)

    def move_customer_to_top(self) -> None:
        """Put the customer lane on top of its pool (for files from other tools)."""
        customer = self.model.customer_lane
        if customer is not None and customer.from_pool is None:
            self.reorder(customer.id, 0)

    def sibling_index(self, lane_id: str) -> int:
        lane = self.model.lanes[lane_id]
        return siblings(self.model, lane).index(lane)


def reorder_commands(model: ProcessModel, lane_id: str, new_index: int, parent: cmd.MacroCommand) -> None:
    """Children of ``parent`` that move a lane to ``new_index`` among its siblings, its
    steps and the lanes it passes restacked with it (no checks: the caller's)."""
    changes = restack(model, lane_id, new_index)
    target = siblings(model, model.lanes[lane_id])[new_index]
    cmd.MoveLaneCommand(model, lane_id, model.lane_index(target.id), parent)
    if changes:
        cmd.UpdateElementsCommand(model, changes, QCoreApplication.translate("UndoText", "Restack lanes"), parent)


def _pool(lane: Lane) -> set[str]:
    return {lane.pool} if lane.pool else set()


#: Smallest width or height of a pool, and the room kept between a step and its edge.
MIN_POOL_SIZE, POOL_ROOM = 60.0, 20.0


def _inside(rect: Rect, outer: Rect) -> bool:
    cx, cy = rect.center
    return outer.contains(cx, cy)


def _lowest_lane(model: ProcessModel, pool_id: str) -> Lane | None:
    """The innermost lane at the bottom of the pool (the one a taller pool gives room to)."""
    candidates = [lane for lane in model.lanes.values()
                  if lane.pool == pool_id and lane.bounds is not None and lane.horizontal]
    if not candidates:
        return None
    return max(candidates, key=lambda lane: (lane.bounds.y + lane.bounds.height,  # type: ignore[union-attr]
                                             len(lane_ancestors(model, lane.id))))


def _with_right_edge(model: ProcessModel, pool_id: str, changes: list[cmd.Change],
                     right: float) -> list[cmd.Change]:
    """``changes`` with the pool's right edge, and that of the lanes reaching it, at ``right``."""
    pool = model.pools[pool_id]
    b = pool.bounds
    assert b is not None
    content = [s.bounds.x + s.bounds.width for s in model.steps.values()
               if s.bounds is not None and _inside(s.bounds, b)]
    right = max(round(right), b.x + MIN_POOL_SIZE, *(c + POOL_ROOM for c in content))
    old_right = b.x + b.width
    if abs(right - old_right) < 0.5:
        return changes
    planned = {(kind, element_id): fields for kind, element_id, fields in changes}
    shapes = [("pool", pool_id, b)] + [
        ("lane", lane.id, lane.bounds) for lane in model.lanes.values()
        if lane.pool == pool_id and lane.bounds is not None
        and abs(lane.bounds.x + lane.bounds.width - old_right) < 1.0]
    for kind, element_id, bounds in shapes:
        fields = planned.get((kind, element_id))
        current = fields["bounds"] if fields is not None and "bounds" in fields else bounds
        widened = Rect(current.x, current.y, right - current.x, current.height)
        if fields is None:
            changes = [*changes, (kind, element_id, {"bounds": widened})]
        else:
            fields["bounds"] = widened
    return changes
