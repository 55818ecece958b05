"""Model layer: which edits BPMN allows, checked before a command is built.

``check_connect`` raises :class:`ConnectionRefused` with a sentence for the user;
``can_connect`` is the boolean form for hover feedback.
"""

from __future__ import annotations

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.errors import ConnectionRefused


def check_connect(model: ProcessModel, source_id: str, target_id: str) -> None:
    """Raise :class:`ConnectionRefused` unless a sequence flow source → target is allowed."""
    source = model.steps.get(source_id)
    target = model.steps.get(target_id)
    if source is None or target is None:
        raise ConnectionRefused("Connect two steps.")
    if source_id == target_id:
        raise ConnectionRefused("A step cannot flow into itself.")
    if source.type == "end":
        raise ConnectionRefused(f"'{source.name or source.id}' is an end: nothing follows it.")
    if target.type == "start":
        raise ConnectionRefused(f"'{target.name or target.id}' is a start: nothing leads into it.")
    if source.container != target.container:
        raise ConnectionRefused("Sequence flows cannot cross a sub-process boundary.")
    if any(flow.target == target_id for flow in model.outgoing(source_id) if not flow.message):
        raise ConnectionRefused("These steps are already connected.")


def can_connect(model: ProcessModel, source_id: str, target_id: str) -> bool:
    try:
        check_connect(model, source_id, target_id)
    except ConnectionRefused:
        return False
    return True
