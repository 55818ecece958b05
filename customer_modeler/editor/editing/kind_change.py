"""Editor layer: change a step into another palette kind (right-click ▸ Change Kind).

The step keeps its id, lane, flows and attributes; it takes the new kind's BPMN
element, its size (centred where the old shape was) and what the kind implies (a
touchpoint's channel, whether the customer sees it). The notation of the old element
family (an event's trigger, a task's loop marker) does not carry over to another
family. The step's flows are re-routed to the new outline; all of it is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing.errors import EditRefused, check_editable
from customer_modeler.editor.geometry.lane_layout import flow_changes
from customer_modeler.editor.step_kinds import STEP_KINDS, StepKind
from customer_modeler.model.elements import Notation, Rect


def family(bpmn_kind: str) -> str:
    """task, event or gateway: what decides the shape and the notation a step may carry."""
    if bpmn_kind.endswith("Gateway"):
        return "gateway"
    if bpmn_kind.endswith("Event"):
        return "event"
    return "task"


def kind_of_step(step: Any) -> str | None:
    """The palette kind a step is now, when one matches exactly (the menu checks it)."""
    for kind in STEP_KINDS.values():
        if kind.bpmn_kind == step.kind and kind.channel == step.channel \
                and (kind.visible is None or kind.visible == step.visible):
            return kind.key
    return None


def change_kind(editor: Any, step_id: str, kind_key: str) -> None:
    """Turn step ``step_id`` into the palette kind ``kind_key`` as one undoable edit.

    Raises
    ------
    EditRefused
        When the step is read-only (another tool's element) or already of that kind.
    """
    model = editor.model
    step = model.steps[step_id]
    check_editable(step)
    kind: StepKind = STEP_KINDS[kind_key]
    if kind_of_step(step) == kind_key:
        raise EditRefused(QCoreApplication.translate("EditRefused", "'{name}' is already a {kind}.").format(
            name=step.name or step.id, kind=kind.label.lower()))
    fields: dict[str, Any] = {"kind": kind.bpmn_kind}
    if kind.visible is not None:
        fields["visible"] = kind.visible
    if kind.channel is not None:
        fields["channel"] = kind.channel
    if family(kind.bpmn_kind) != family(step.kind):
        fields["notation"] = Notation()
        if not step.name or step.name == _default_name(step.kind):
            fields["name"] = kind.default_name
    changes: list[cmd.Change] = []
    if step.bounds is not None:
        cx, cy = step.bounds.center
        width, height = kind.size
        bounds = Rect(cx - width / 2, cy - height / 2, width, height)
        if bounds != step.bounds:
            fields["bounds"] = bounds
            changes.extend(flow_changes(model, {step_id: (0.0, 0.0)}, {step_id: bounds}))
    changes.insert(0, ("step", step_id, fields))
    text = QCoreApplication.translate("UndoText", "Change '{name}' to {kind}").format(
        name=step.name or step.id, kind=kind.label.lower())
    editor.push(cmd.UpdateElementsCommand(model, changes, text))


def _default_name(bpmn_kind: str) -> str | None:
    """The name a palette kind of this element gives a new step ("Start", "End")."""
    return next((k.name for k in STEP_KINDS.values() if k.bpmn_kind == bpmn_kind), None)
