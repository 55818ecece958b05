"""A file read with its diagram left for later, then that diagram read, gives the model
and the warnings of the file read whole; before, the model already holds everything an
analysis reads (``analyze --json`` has a second process read the diagram meanwhile)."""

from __future__ import annotations

from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import ReadResult, read_bpmn, read_diagram
from customer_modeler.model import ProcessModel
from tests.bpmn.test_corpus import CORPUS, KEEP_FIXTURES, _ids

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.bpmn"))
FILES = EXAMPLES + KEEP_FIXTURES + CORPUS
#: What only the diagram (and what is read beside its shapes) gives a step or a flow.
STEP_DIAGRAM_FIELDS = ("bounds", "label_bounds", "notation")
FLOW_DIAGRAM_FIELDS = ("waypoints", "label_bounds", "message_visible", "is_default")


def _state(model: ProcessModel) -> dict[str, object]:
    """Everything the model holds, to compare two readings of one file."""
    return {"steps": model.steps, "flows": model.flows, "lanes": model.lanes,
            "pools": model.pools, "artifacts": model.artifacts, "name": model.name,
            "process": model.process_id, "systems": model.systems,
            "resources": model.resources, "scenario": model.scenario, "info": model.info,
            "visibility_inferred": model.visibility_inferred}


def _without_diagram(result: ReadResult) -> list[tuple[object, ...]]:
    """The steps and flows as they are without their diagram fields."""
    steps = [tuple(getattr(step, name) for name in step.__slots__
                   if name not in STEP_DIAGRAM_FIELDS) for step in result.model.steps.values()]
    flows = [tuple(getattr(flow, name) for name in flow.__slots__
                   if name not in FLOW_DIAGRAM_FIELDS) for flow in result.model.flows.values()]
    return steps + flows


@pytest.mark.parametrize("path", FILES, ids=_ids(FILES))
def test_reading_the_diagram_later_gives_the_whole_reading(path: Path) -> None:
    data = path.read_bytes()
    whole = read_bpmn(data)
    # given the file read up to its diagram
    later = read_bpmn(data, diagram_later=True)
    # then the model has no geometry yet, and everything else an analysis reads
    assert all(step.bounds is None for step in later.model.steps.values())
    assert all(not flow.waypoints for flow in later.model.flows.values())
    assert _without_diagram(later) == _without_diagram(whole)
    assert later.model.visibility_inferred == whole.model.visibility_inferred
    # when the diagram is read (twice: the second time does nothing)
    read_diagram(later)
    read_diagram(later)
    # then model and warnings are those of the whole reading, in the same order
    assert _state(later.model) == _state(whole.model)
    assert later.warnings == whole.warnings


def test_a_file_read_for_editing_is_read_whole() -> None:
    with pytest.raises(ValueError):
        read_bpmn(EXAMPLES[0].read_bytes(), for_editing=True, diagram_later=True)
