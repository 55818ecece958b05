"""Editor layer: make a lane or pool of a colleague's file the customer, as one undo step.

A lane takes the customer role (the previous customer lane, if any, becomes a department)
and may move to the top of its lane group, as the customer lane belongs on top. A pool
becomes one customer lane holding its steps, the way the reader shows a pool named for
the customer: the pool and its own lanes go, a lane with the pool's id, name and shape
takes their place. The file then marks it with our role attribute, so the choice lasts.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing.lanes import reorder_commands
from customer_modeler.editor.geometry.lane_layout import siblings
from customer_modeler.model.customer import CustomerCandidate
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Pool


class EditingHost(Protocol):
    """What the choice needs of the façade: the model, and a way to make one undo step."""

    model: ProcessModel

    def push(self, command: cmd.EditCommand) -> None: ...


class AddPoolCommand(cmd.EditCommand):
    """Put a pool back at ``index`` (the undo of :class:`RemovePoolCommand`)."""

    def __init__(self, model: ProcessModel, pool: Pool, index: int | None,
                 parent: cmd.MacroCommand | None = None) -> None:
        super().__init__("", parent)
        self.model, self.pool, self.index = model, pool, index

    def apply(self) -> None:
        self.index = self.model.add_pool(self.pool, self.index)

    def revert(self) -> None:
        self.model.remove_pool(self.pool.id)


class RemovePoolCommand(cmd.EditCommand):
    """Remove a pool whose lanes sibling commands removed first."""

    def __init__(self, model: ProcessModel, pool_id: str,
                 parent: cmd.MacroCommand | None = None) -> None:
        super().__init__("", parent)
        self.model, self.pool, self.index = model, model.pools[pool_id], 0

    def apply(self) -> None:
        self.index = self.model.remove_pool(self.pool.id)

    def revert(self) -> None:
        self.model.add_pool(self.pool, self.index)


def can_move_to_top(model: ProcessModel, candidate: CustomerCandidate) -> bool:
    """Whether the chosen lane stands below another lane of its group (a pool never does)."""
    lane = model.lanes.get(candidate.element_id)
    if lane is None or lane.from_pool is not None or not lane.horizontal:
        return False
    return siblings(model, lane)[0].id != lane.id


def mark_customer(editor: EditingHost, candidate: CustomerCandidate, to_top: bool = False) -> None:
    """Make ``candidate`` the customer (one undo step); ``to_top`` also moves a lane on top."""
    model = editor.model
    name = candidate.name or (QCoreApplication.translate("CustomerChoice", "unnamed lane")
                              if candidate.kind == "lane" else
                              QCoreApplication.translate("CustomerChoice", "unnamed pool"))
    parent = cmd.MacroCommand(QCoreApplication.translate(
        "UndoText", "Mark '{name}' as the customer").format(name=name))
    previous = model.customer_lane
    if previous is not None and previous.id != candidate.element_id:
        cmd.UpdateElementsCommand(model, [("lane", previous.id, {"role": "department", "role_set": True})],
                                  "", parent)
    if candidate.element_id in model.pools:
        _pool_becomes_lane(model, candidate.element_id, parent)
    else:
        lane_id = candidate.element_id
        cmd.UpdateElementsCommand(model, [("lane", lane_id, {"role": "customer", "role_set": True})],
                                  "", parent)
        if to_top and can_move_to_top(model, candidate):
            reorder_commands(model, lane_id, 0, parent)
    editor.push(parent)


def _pool_becomes_lane(model: ProcessModel, pool_id: str, parent: cmd.MacroCommand) -> None:
    """Children of ``parent`` that turn a pool into the customer lane, steps included.

    The steps leave the pool's lanes first (a lane goes only when empty), the lanes and
    the pool go, and the new lane, first in the lane order as the customer lane is on
    top, takes the steps.
    """
    pool = model.pools[pool_id]
    lanes = [lane.id for lane in model.lanes.values() if lane.pool == pool_id]
    steps = [step.id for step in model.steps.values()
             if step.container is None and (step.lane in lanes or (
                 step.lane is None and pool.process_id is not None
                 and step.process == pool.process_id))]
    if lanes:
        cmd.UpdateElementsCommand(model, [("step", s, {"lane": None}) for s in steps], "", parent)
        for lane_id in sorted(lanes, key=model.lane_index, reverse=True):
            cmd.RemoveLaneCommand(model, lane_id, parent)
    RemovePoolCommand(model, pool_id, parent)
    cmd.AddLaneCommand(model, Lane(pool.id, pool.name, "customer", bounds=pool.bounds,
                                   horizontal=pool.horizontal, role_set=True, from_pool=pool.id),
                       0, parent)
    if steps:
        cmd.UpdateElementsCommand(model, [("step", s, {"lane": pool_id}) for s in steps], "", parent)
