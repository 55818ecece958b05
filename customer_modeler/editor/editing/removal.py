"""Editor layer: the children of a delete edit that remove steps, their flows and flows.

Shared by both halves of the façade: deleting a selection and deleting a lane with
what it holds add the same removals to one :class:`MacroCommand`, flows first (a step
is removed only once no flow touches it).
"""

from __future__ import annotations

from customer_modeler.editor.editing import commands as cmd
from customer_modeler.model.document import ProcessModel


def remove_steps_and_flows(model: ProcessModel, parent: cmd.MacroCommand, steps: list[str],
                           flows: list[str],
                           gone: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
    """Add removals of ``steps`` (with their flows) and ``flows``, skipping ids in ``gone``.

    Returns the ids this added, so that later parts of the same edit skip them.
    """
    doomed_flows = dict.fromkeys(flows)
    for step_id in steps:
        doomed_flows.update(dict.fromkeys(f.id for f in model.flows_of(step_id)))
    removed: set[str] = set()
    for flow_id in doomed_flows:
        if flow_id not in gone:
            cmd.RemoveFlowCommand(model, flow_id, parent)
            removed.add(flow_id)
    for step_id in dict.fromkeys(steps):
        if step_id not in gone:
            cmd.RemoveStepCommand(model, step_id, parent)
            removed.add(step_id)
    return removed
