"""Every BPMN file of the shared interop corpus opens, round-trips and stays valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Flow, ProcessModel, Rect, Step
from tests.bpmn.roundtrip_check import delete_then_undo, foreign_content, kept_structure, model_differences
from tests.conftest import SHARED, shared_path

CORPUS = sorted((SHARED / "interop").rglob("*.bpmn")) if (SHARED / "interop").is_dir() else []
KEEP_FIXTURES = sorted((Path(__file__).parent / "fixtures_keep").glob("*.bpmn"))


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(SHARED / "interop")) if p.is_relative_to(SHARED) else p.name
            for p in paths]


def test_corpus_is_there() -> None:
    folder = shared_path("interop")
    assert len(list(folder.rglob("*.bpmn"))) >= 200


@pytest.mark.parametrize("path", CORPUS, ids=_ids(CORPUS))
def test_corpus_file_round_trips(path: Path, schema_errors) -> None:
    # given a real export of another tool
    original = path.read_bytes()
    # when it is read, written and read again
    model, warnings = read_bpmn(original)
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    # then the model, the foreign content and the schema validity are kept
    assert model.steps, "every corpus file has flow nodes"
    fresh, _ = read_bpmn(original)
    assert model_differences(fresh, again) == []
    assert foreign_content(original) == foreign_content(written)
    errors_in = schema_errors(original)
    errors_out = schema_errors(written)
    assert errors_out <= errors_in, f"new schema errors: {errors_out - errors_in}"
    for warning in warnings:
        assert warning.code.startswith("W-") and warning.message


@pytest.mark.parametrize("path", CORPUS, ids=_ids(CORPUS))
def test_edited_corpus_file_stays_valid(path: Path, schema_errors) -> None:
    # given a real export, and edits of the kinds the editor makes
    original = path.read_bytes()
    model, _ = read_bpmn(original)
    top = [s for s in model.steps.values() if s.container is None and s.type != "end"]
    lane = next((l for l in model.lanes.values() if l.from_pool is None), None)
    new = Step("cpm_test_step", "task", "Added step", lane=lane.id if lane else None,
               bounds=Rect(10, 10, 120, 80), duration=3.0, channel="web")
    model.add_step(new)
    source = next((s for s in top if s.lane == new.lane), None)
    if source is not None:
        model.add_flow(Flow("cpm_test_flow", source.id, new.id, prob=0.5,
                            waypoints=((0.0, 0.0), (10.0, 10.0))))
    victim = next((s for s in model.steps.values() if s.editable and s.type == "task"
                   and s.id != new.id and s.container is None), None)
    if victim is not None:
        for flow in model.flows_of(victim.id):
            model.remove_flow(flow.id)
        model.remove_step(victim.id)
    # when it is written, then it reads back the same and gains no schema errors
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    assert model_differences(model, again) == []
    assert schema_errors(written) <= schema_errors(original)


def _victim(model: ProcessModel, data: bytes) -> str:
    """The step to delete: one carrying extension elements or foreign attributes if any."""
    from lxml import etree

    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    decorated = {e.getparent().get("id") for e in root.iter("{*}extensionElements")}
    decorated |= {e.get("id") for e in root.iter() if isinstance(e.tag, str)
                  and any(k.startswith("{") and "omg.org" not in k for k in e.attrib)}
    containers = {s.container for s in model.steps.values()}
    steps = [s for s in model.steps.values() if s.id not in containers]  # removable alone
    return next((s.id for s in steps if s.id in decorated), steps[len(steps) // 2].id)


@pytest.mark.parametrize("path", CORPUS + KEEP_FIXTURES, ids=_ids(CORPUS + KEEP_FIXTURES))
def test_saves_keep_everything_through_delete_and_undo(path: Path) -> None:
    # given a file of another tool (or one of our fixtures for each known loss)
    original = path.read_bytes()
    expected = kept_structure(original)
    model, _ = read_bpmn(original)
    # when it is saved, and reopened
    first = write_bpmn(model)
    reopened, _ = read_bpmn(first)
    # then every node, flow, lane reference and extension element is still there
    assert kept_structure(first) == expected
    assert foreign_content(first) == foreign_content(original)
    assert model_differences(model, reopened) == []
    # and the same after delete → undo → save, and after delete → save → undo → save
    victim = _victim(model, original)
    delete_then_undo(model, victim)
    assert kept_structure(write_bpmn(model)) == expected
    flows = [(f, model.remove_flow(f.id)) for f in model.flows_of(victim)]
    step = model.steps[victim]
    index = model.remove_step(victim)
    deleted = write_bpmn(model)
    assert f'id="{victim}"' not in deleted.decode("utf-8", "replace")
    model.add_step(step, index)
    for flow, flow_index in reversed(flows):
        model.add_flow(flow, flow_index)
    restored = write_bpmn(model)
    assert kept_structure(restored) == expected
    assert foreign_content(restored) == foreign_content(original)
    assert model_differences(model, read_bpmn(restored).model) == []
