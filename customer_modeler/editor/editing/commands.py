"""Editor layer: the undo commands, one per kind of edit; they change the model only.

A command's ``redo`` calls model mutators and keeps what they return (the removed
index, the old field values) so that ``undo`` can put everything back exactly. The
scene follows through the model's events. Composite edits (delete with flows, delete
a lane with its steps) are a :class:`MacroCommand` holding these as children, so the
whole edit is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Step

#: A change of fields: (element kind "lane" | "step" | "flow" | "pool", element id, {field: new value}).
Change = tuple[str, str, dict[str, Any]]

NUDGE_MERGE_ID = 0x4E55


class MacroCommand(QUndoCommand):
    """A named group of commands that is one undo step (redo in order, undo in reverse).

    Children are kept as Python references: a Qt-parented ``QUndoCommand`` subclass may
    lose its Python half and crash when the stack calls it.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.commands: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.commands.append(command)

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class _Command(QUndoCommand):
    """Base of our commands: ``parent`` (a :class:`MacroCommand`) adopts the command."""

    def __init__(self, text: str, parent: MacroCommand | None = None) -> None:
        super().__init__(text)
        if parent is not None:
            parent.add(self)


def _update(model: ProcessModel, kind: str, element_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    if kind == "lane":
        return model.update_lane(element_id, **fields)
    if kind == "step":
        return model.update_step(element_id, **fields)
    if kind == "pool":
        return model.update_pool(element_id, **fields)
    return model.update_flow(element_id, **fields)


class AddLaneCommand(_Command):
    """Insert a lane at ``index`` (None: at the bottom)."""

    def __init__(self, model: ProcessModel, lane: Lane, index: int | None = None,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(f"Add lane '{lane.name}'", parent)
        self.model, self.lane, self.index = model, lane, index

    def redo(self) -> None:
        self.index = self.model.add_lane(self.lane, self.index)

    def undo(self) -> None:
        self.model.remove_lane(self.lane.id)


class RemoveLaneCommand(_Command):
    """Remove an empty lane (its steps are removed by sibling commands first)."""

    def __init__(self, model: ProcessModel, lane_id: str, parent: MacroCommand | None = None) -> None:
        self.lane = model.lanes[lane_id]
        super().__init__(f"Delete lane '{self.lane.name}'", parent)
        self.model, self.index = model, 0

    def redo(self) -> None:
        self.index = self.model.remove_lane(self.lane.id)

    def undo(self) -> None:
        self.model.add_lane(self.lane, self.index)


class MoveLaneCommand(_Command):
    """Move a lane to another place in the top-to-bottom order."""

    def __init__(self, model: ProcessModel, lane_id: str, new_index: int,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(f"Move lane '{model.lanes[lane_id].name}'", parent)
        self.model, self.lane_id, self.new_index = model, lane_id, new_index
        self.old_index = model.lane_index(lane_id)

    def redo(self) -> None:
        self.old_index = self.model.move_lane(self.lane_id, self.new_index)

    def undo(self) -> None:
        self.model.move_lane(self.lane_id, self.old_index)


class AddStepCommand(_Command):
    """Add a step (its lane is ``step.lane``)."""

    def __init__(self, model: ProcessModel, step: Step, parent: MacroCommand | None = None) -> None:
        super().__init__(f"Add step '{step.name or step.id}'", parent)
        self.model, self.step = model, step

    def redo(self) -> None:
        self.model.add_step(self.step)

    def undo(self) -> None:
        self.model.remove_step(self.step.id)


class RemoveStepCommand(_Command):
    """Remove a step that no flow touches any more; undo puts it back at its index."""

    def __init__(self, model: ProcessModel, step_id: str, parent: MacroCommand | None = None) -> None:
        self.step = model.steps[step_id]
        super().__init__(f"Delete step '{self.step.name or step_id}'", parent)
        self.model, self.index = model, 0

    def redo(self) -> None:
        self.index = self.model.remove_step(self.step.id)

    def undo(self) -> None:
        self.model.add_step(self.step, self.index)


class AddFlowCommand(_Command):
    """Add a flow between two existing steps."""

    def __init__(self, model: ProcessModel, flow: Flow, parent: MacroCommand | None = None) -> None:
        source = model.steps[flow.source]
        target = model.steps[flow.target]
        text = f"Connect '{source.name or source.id}' to '{target.name or target.id}'"
        super().__init__(text, parent)
        self.model, self.flow = model, flow

    def redo(self) -> None:
        self.model.add_flow(self.flow)

    def undo(self) -> None:
        self.model.remove_flow(self.flow.id)


class RemoveFlowCommand(_Command):
    """Remove a flow; undo puts it back at its index."""

    def __init__(self, model: ProcessModel, flow_id: str, parent: MacroCommand | None = None) -> None:
        self.flow = model.flows[flow_id]
        super().__init__(f"Delete flow '{self.flow.name or flow_id}'", parent)
        self.model, self.index = model, 0

    def redo(self) -> None:
        self.index = self.model.remove_flow(self.flow.id)

    def undo(self) -> None:
        self.model.add_flow(self.flow, self.index)


class UpdateElementsCommand(_Command):
    """Set fields of one or more lanes, steps and flows; undo restores the old values.

    ``merge_id`` (when not -1) lets consecutive commands over the same elements merge
    into one undo step, as arrow-key nudges do.
    """

    def __init__(self, model: ProcessModel, changes: list[Change], text: str,
                 parent: MacroCommand | None = None, merge_id: int = -1) -> None:
        super().__init__(text, parent)
        self.model = model
        self.changes = [(kind, element_id, dict(fields)) for kind, element_id, fields in changes]
        self.old: list[dict[str, Any]] = []
        self.merge_id = merge_id

    def redo(self) -> None:
        self.old = [_update(self.model, kind, element_id, fields)
                    for kind, element_id, fields in self.changes]

    def undo(self) -> None:
        for (kind, element_id, _), old in zip(reversed(self.changes), reversed(self.old)):
            _update(self.model, kind, element_id, old)

    def id(self) -> int:  # noqa: A003 - Qt override
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateElementsCommand) or other.merge_id != self.merge_id:
            return False
        if {c[:2] for c in other.changes} != {c[:2] for c in self.changes}:
            return False
        # Keep our old values (the state before the first nudge) and take the newest values.
        newest = {c[:2]: c[2] for c in other.changes}
        older = {c[:2]: old for c, old in zip(other.changes, other.old)}
        merged_old = []
        for (kind, element_id, fields), old in zip(self.changes, self.old):
            fields.update(newest[(kind, element_id)])
            merged_old.append({**older[(kind, element_id)], **old})
        self.old = merged_old
        return True


def update_step_command(model: ProcessModel, step_id: str, fields: dict[str, Any], text: str,
                        parent: MacroCommand | None = None) -> UpdateElementsCommand:
    """An :class:`UpdateElementsCommand` for one step."""
    return UpdateElementsCommand(model, [("step", step_id, fields)], text, parent)
