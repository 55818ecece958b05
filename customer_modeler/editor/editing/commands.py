"""Editor layer: the undo commands, one per kind of edit; they change the model only.

Every command is all or nothing: ``apply`` (redo) and ``revert`` (undo) either finish
or put back what they had changed and raise. Model mutators return what an undo needs
(the removed index, the old field values) and the commands keep it as each change is
made, never beforehand. Composite edits (delete with flows, delete a lane with its
steps) are a :class:`MacroCommand` holding these as children, so the whole edit is one
undo step; a child that fails makes the macro take back the children that already ran.
Changes that depend on what earlier children did (the gap a deleted lane leaves) are a
:class:`FollowUpCommand`, computed when it runs. The scene follows through the model's
events; a command's changes are one group of them (``ProcessModel.changes_together``), so
the scene draws a flow once its steps and its waypoints are both where the edit puts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Step

#: A change of fields: (element kind "lane" | "step" | "flow" | "pool", element id, {field: new value}).
Change = tuple[str, str, dict[str, Any]]
#: Does one thing and returns the function that takes it back.
Action = Callable[[], Callable[[], object]]

NUDGE_MERGE_ID = 0x4E55


def all_or_nothing(actions: Iterable[Action]) -> None:
    """Run ``actions`` in order; when one raises, take back those that ran (newest first)
    and let the error go on, so the model is as it was before."""
    taken: list[Callable[[], object]] = []
    try:
        for action in actions:
            taken.append(action())
    except BaseException:
        for take_back in reversed(taken):
            take_back()
        raise


class EditCommand(QUndoCommand):
    """Base of every command: subclasses implement ``apply`` and ``revert``.

    The façade applies a command itself before handing it to the ``QUndoStack`` (whose
    ``push`` calls ``redo``), so that an edit that fails never reaches the stack:
    :meth:`apply_before_push` makes the next ``redo`` a no-op. ``parent`` (a
    :class:`MacroCommand`) adopts the command as a child.
    """

    def __init__(self, text: str = "", parent: MacroCommand | None = None) -> None:
        super().__init__(text)
        self._applied_before_push = False
        if parent is not None:
            parent.add(self)

    def apply_before_push(self) -> None:
        with self._together():
            self.apply()
        self._applied_before_push = True

    def redo(self) -> None:
        if self._applied_before_push:
            self._applied_before_push = False
            return
        with self._together():
            self.apply()

    def undo(self) -> None:
        with self._together():
            self.revert()

    def edited_model(self) -> ProcessModel | None:
        """The model the command changes."""
        model = getattr(self, "model", None)
        return model if isinstance(model, ProcessModel) else None

    def _together(self) -> AbstractContextManager[None]:
        model = self.edited_model()
        return model.changes_together() if model is not None else nullcontext()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class MacroCommand(EditCommand):
    """A named group of commands that is one undo step (redo in order, undo in reverse).

    Children are kept as Python references: a Qt-parented ``QUndoCommand`` subclass may
    lose its Python half and crash when the stack calls it.
    """

    def __init__(self, text: str = "", parent: MacroCommand | None = None) -> None:
        super().__init__(text, parent)
        self.commands: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.commands.append(command)

    def edited_model(self) -> ProcessModel | None:
        """The model the children change."""
        for command in self.commands:
            model = command.edited_model() if isinstance(command, EditCommand) else None
            if model is not None:
                return model
        return None

    def apply(self) -> None:
        all_or_nothing(_redo_action(command) for command in self.commands)

    def revert(self) -> None:
        all_or_nothing(_undo_action(command) for command in reversed(self.commands))


def _redo_action(command: QUndoCommand) -> Action:
    def action() -> Callable[[], object]:
        command.redo()
        return command.undo
    return action


def _undo_action(command: QUndoCommand) -> Action:
    def action() -> Callable[[], object]:
        command.undo()
        return command.redo
    return action

def _update(model: ProcessModel, kind: str, element_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    if kind == "lane":
        return model.update_lane(element_id, **fields)
    if kind == "step":
        return model.update_step(element_id, **fields)
    if kind == "pool":
        return model.update_pool(element_id, **fields)
    return model.update_flow(element_id, **fields)


class AddLaneCommand(EditCommand):
    """Insert a lane at ``index`` (None: at the bottom)."""

    def __init__(self, model: ProcessModel, lane: Lane, index: int | None = None,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoText", "Add lane '{name}'").format(name=lane.name), parent)
        self.model, self.lane, self.index = model, lane, index

    def apply(self) -> None:
        self.index = self.model.add_lane(self.lane, self.index)

    def revert(self) -> None:
        self.model.remove_lane(self.lane.id)


class RemoveLaneCommand(EditCommand):
    """Remove an empty lane (its steps are removed by sibling commands first)."""

    def __init__(self, model: ProcessModel, lane_id: str, parent: MacroCommand | None = None) -> None:
        self.lane = model.lanes[lane_id]
        super().__init__(QCoreApplication.translate("UndoText", "Delete lane '{name}'").format(name=self.lane.name), parent)
        self.model, self.index = model, 0

    def apply(self) -> None:
        self.index = self.model.remove_lane(self.lane.id)

    def revert(self) -> None:
        self.model.add_lane(self.lane, self.index)


class MoveLaneCommand(EditCommand):
    """Move a lane to another place in the top-to-bottom order."""

    def __init__(self, model: ProcessModel, lane_id: str, new_index: int,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoText", "Move lane '{name}'").format(
            name=model.lanes[lane_id].name), parent)
        self.model, self.lane_id, self.new_index = model, lane_id, new_index
        self.old_index = 0

    def apply(self) -> None:
        self.old_index = self.model.move_lane(self.lane_id, self.new_index)

    def revert(self) -> None:
        self.model.move_lane(self.lane_id, self.old_index)


class AddStepCommand(EditCommand):
    """Add a step (its lane is ``step.lane``)."""

    def __init__(self, model: ProcessModel, step: Step, parent: MacroCommand | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoText", "Add step '{name}'").format(name=step.name or step.id), parent)
        self.model, self.step = model, step

    def apply(self) -> None:
        self.model.add_step(self.step)

    def revert(self) -> None:
        self.model.remove_step(self.step.id)


class RemoveStepCommand(EditCommand):
    """Remove a step that no flow touches any more; undo puts it back at its index."""

    def __init__(self, model: ProcessModel, step_id: str, parent: MacroCommand | None = None) -> None:
        self.step = model.steps[step_id]
        super().__init__(QCoreApplication.translate("UndoText", "Delete step '{name}'").format(
            name=self.step.name or step_id), parent)
        self.model, self.index = model, 0

    def apply(self) -> None:
        self.index = self.model.remove_step(self.step.id)

    def revert(self) -> None:
        self.model.add_step(self.step, self.index)


class AddFlowCommand(EditCommand):
    """Add a flow between two existing steps."""

    def __init__(self, model: ProcessModel, flow: Flow, parent: MacroCommand | None = None) -> None:
        # A paste builds the flow before the steps it joins are in the model.
        source, target = (model.steps.get(end) for end in (flow.source, flow.target))
        text = QCoreApplication.translate("UndoText", "Connect '{source}' to '{target}'").format(
            source=source.name or source.id if source else flow.source,
            target=target.name or target.id if target else flow.target)
        super().__init__(text, parent)
        self.model, self.flow = model, flow

    def apply(self) -> None:
        self.model.add_flow(self.flow)

    def revert(self) -> None:
        self.model.remove_flow(self.flow.id)


class RemoveFlowCommand(EditCommand):
    """Remove a flow; undo puts it back at its index."""

    def __init__(self, model: ProcessModel, flow_id: str, parent: MacroCommand | None = None) -> None:
        self.flow = model.flows[flow_id]
        super().__init__(QCoreApplication.translate("UndoText", "Delete flow '{name}'").format(
            name=self.flow.name or flow_id), parent)
        self.model, self.index = model, 0

    def apply(self) -> None:
        self.index = self.model.remove_flow(self.flow.id)

    def revert(self) -> None:
        self.model.add_flow(self.flow, self.index)


class UpdateElementsCommand(EditCommand):
    """Set fields of one or more lanes, steps and flows; undo restores the old values.

    Each change keeps the old values the model hands back as it is made, so a list that
    touches one element twice (widen a lane, then move it) undoes in the right order.
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

    def apply(self) -> None:
        old: list[dict[str, Any]] = []

        def change(kind: str, element_id: str, fields: dict[str, Any]) -> Action:
            def action() -> Callable[[], object]:
                old.append(_update(self.model, kind, element_id, fields))
                before = old[-1]
                return lambda: _update(self.model, kind, element_id, before)
            return action

        all_or_nothing(change(*c) for c in self.changes)
        self.old = old

    def revert(self) -> None:
        def restore(kind: str, element_id: str, before: dict[str, Any]) -> Action:
            def action() -> Callable[[], object]:
                after = _update(self.model, kind, element_id, before)
                return lambda: _update(self.model, kind, element_id, after)
            return action

        all_or_nothing(restore(kind, element_id, before) for (kind, element_id, _), before
                       in zip(reversed(self.changes), reversed(self.old)))

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


class FollowUpCommand(UpdateElementsCommand):
    """Changes that follow from what the earlier children of a macro did.

    ``compute`` runs when the command is first applied, against the model the earlier
    children left (the space a deleted lane leaves is closed once its steps and flows
    are gone); a redo repeats the same changes.
    """

    def __init__(self, model: ProcessModel, compute: Callable[[], list[Change]], text: str,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(model, [], text, parent)
        self.compute: Callable[[], list[Change]] | None = compute

    def apply(self) -> None:
        if self.compute is not None:
            self.changes = [(kind, element_id, dict(fields))
                            for kind, element_id, fields in self.compute()]
        super().apply()
        self.compute = None


def update_step_command(model: ProcessModel, step_id: str, fields: dict[str, Any], text: str,
                        parent: MacroCommand | None = None) -> UpdateElementsCommand:
    """An :class:`UpdateElementsCommand` for one step."""
    return UpdateElementsCommand(model, [("step", step_id, fields)], text, parent)


class SetModelDataCommand(EditCommand):
    """Replace the model's systems, resources, scenario or info (docs/methods.md §1.4);
    undo puts back the very value the model held before."""

    def __init__(self, model: ProcessModel, field_name: str, value: Any, text: str,
                 parent: MacroCommand | None = None) -> None:
        super().__init__(text, parent)
        self.model, self.field_name, self.value = model, field_name, value
        self.old: Any = None

    def apply(self) -> None:
        self.old = self.model.set_model_data(self.field_name, self.value)

    def revert(self) -> None:
        self.model.set_model_data(self.field_name, self.old)
