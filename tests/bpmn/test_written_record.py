"""A save rewrites only the steps and flows that changed since their XML was last written
(``customer_modeler.bpmn.written``); what it writes must be byte for byte what a save that
rewrites everything writes.

Each check keeps two copies of one document: one saved as the editor saves (the record
kept from save to save, and from reading a file of ours), one whose record is dropped
before every save, so that everything is compared and written again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Flow, ProcessModel, Rect, Step
from tests.bpmn.kept_trees import keep_every_tree
from tests.bpmn.model_strategies import random_models
from tests.bpmn.roundtrip_check import delete_then_undo
from tests.conftest import SHARED

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.bpmn"))
CORPUS = sorted((SHARED / "interop").rglob("*.bpmn")) if (SHARED / "interop").is_dir() else []


@pytest.fixture(autouse=True)
def _files_keep_their_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """The record belongs to a kept tree: here every file keeps its tree."""
    keep_every_tree(monkeypatch)


def _written_in_full(model: ProcessModel) -> bytes:
    model.origin.written.clear()  # type: ignore[union-attr]
    return write_bpmn(model)


def _as_our_file(data: bytes) -> bytes:
    """What saving a model read from ``data`` as a new document of ours writes."""
    model, _ = read_bpmn(data)
    model.origin = None
    return write_bpmn(model)


def _two_reads(data: bytes) -> tuple[ProcessModel, ProcessModel]:
    (kept, _), (full, _) = read_bpmn(data, for_editing=True), read_bpmn(data, for_editing=True)
    return kept, full


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_a_bundled_example_is_recorded_as_read_and_saved_unchanged(path: Path) -> None:
    data = path.read_bytes()
    kept, full = _two_reads(data)
    assert kept.origin.written.signatures.keys() == set(kept.steps) | set(kept.flows)  # type: ignore[union-attr]
    assert write_bpmn(kept) == _written_in_full(full)


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_a_corpus_model_saved_as_ours_saves_again_as_a_full_save_does(path: Path) -> None:
    # given a model of another tool, saved as a file of ours, and read back
    ours = _as_our_file(path.read_bytes())
    kept, full = _two_reads(ours)
    _, warnings = read_bpmn(ours)
    # then, read without warnings (but that it has no customer lane), it is recorded as written …
    recorded = kept.origin.written.signatures  # type: ignore[union-attr]
    as_read = all(warning.code == "W-NO-CUSTOMER-LANE" for warning in warnings)
    assert bool(recorded) == (as_read and bool(kept.steps))
    # … and its first save and a save after an edit write what saves in full write
    assert write_bpmn(kept) == _written_in_full(full)
    for model in (kept, full):
        first = next(iter(model.steps.values()))
        model.update_step(first.id, name=first.name + " (edited)")
    assert write_bpmn(kept) == _written_in_full(full)


def test_a_file_of_another_version_is_not_recorded() -> None:
    data = EXAMPLES[0].read_bytes().replace(b'exporterVersion="', b'exporterVersion="0.0.0-')
    model, warnings = read_bpmn(data, for_editing=True)
    assert not warnings
    assert model.origin.written.signatures == {}  # type: ignore[union-attr]


def test_a_file_read_only_to_be_read_is_not_recorded() -> None:
    model, warnings = read_bpmn(EXAMPLES[0].read_bytes())
    assert not warnings and model.steps
    assert model.origin.written.signatures == {}  # type: ignore[union-attr]


# -- edits, saved one after another ---------------------------------------------------------
def _rename(model: ProcessModel, step: Step, n: int) -> None:
    model.update_step(step.id, name=f"{step.name} {n}")


def _move(model: ProcessModel, step: Step, n: int) -> None:
    if step.bounds is not None:
        model.update_step(step.id, bounds=step.bounds.moved(7.5 * n, 0))


def _set_values(model: ProcessModel, step: Step, n: int) -> None:
    model.update_step(step.id, duration=float(n), channel="phone", systems=("CRM",))


def _set_extra(model: ProcessModel, step: Step, n: int) -> None:
    model.update_step(step.id, extra={**step.extra, "future": f"v{n}"})


def _clear_values(model: ProcessModel, step: Step, n: int) -> None:
    model.update_step(step.id, duration=None, channel=None, systems=(), extra={})


def _make_default(model: ProcessModel, step: Step, n: int) -> None:
    outgoing = model.outgoing(step.id)
    for index, flow in enumerate(outgoing):
        model.update_flow(flow.id, is_default=index == n % max(len(outgoing), 1))


def _undefault(model: ProcessModel, step: Step, n: int) -> None:
    for flow in model.outgoing(step.id):
        model.update_flow(flow.id, is_default=False)


def _reroute(model: ProcessModel, step: Step, n: int) -> None:
    for flow in model.outgoing(step.id):
        model.update_flow(flow.id, waypoints=((0.0, float(n)), (50.0, float(n)), (50.0, 90.0)),
                          name=f"route {n}", condition=f"x > {n}")


def _reconnect(model: ProcessModel, step: Step, n: int) -> None:
    targets = [s for s in model.steps if s != step.id]
    for flow in model.incoming(step.id)[:1]:
        model.update_flow(flow.id, target=targets[n % len(targets)])


def _delete_flows(model: ProcessModel, step: Step, n: int) -> None:
    for flow in model.outgoing(step.id):
        model.remove_flow(flow.id)


def _delete_and_undo(model: ProcessModel, step: Step, n: int) -> None:
    delete_then_undo(model, step.id)


#: id of a model -> what ``_delete`` took out of it, latest last, for ``_undo_delete``
_DELETED: dict[int, list[tuple[Step, int, list[tuple[Flow, int]]]]] = {}


def _delete(model: ProcessModel, step: Step, n: int) -> None:
    """As the editor deletes a step: its flows first, then the step, remembering each index."""
    flows = [(flow, model.remove_flow(flow.id)) for flow in model.flows_of(step.id)]
    _DELETED.setdefault(id(model), []).append((step, model.remove_step(step.id), flows))


def _undo_delete(model: ProcessModel, step: Step, n: int) -> None:
    """As undo does: the very same objects back at their indexes, the latest deletion first."""
    if not _DELETED.get(id(model)):
        return
    deleted, index, flows = _DELETED[id(model)].pop()
    model.add_step(deleted, index)
    for flow, flow_index in reversed(flows):
        model.add_flow(flow, flow_index)


def _add(model: ProcessModel, step: Step, n: int) -> None:
    new_id = f"Added_{n}"
    if new_id in model.steps:
        return
    model.add_step(Step(new_id, "userTask", f"added {n}", lane=step.lane,
                        bounds=Rect(40.0 * n, 20.0, 120.0, 80.0), duration=2.0))
    model.add_flow(Flow(f"AddedFlow_{n}", new_id, step.id, waypoints=((0.0, 0.0), (40.0, 40.0)), is_default=True))


EDITS = (_rename, _move, _set_values, _set_extra, _clear_values, _make_default, _undefault,
         _reroute, _reconnect, _delete_flows, _delete_and_undo, _delete, _undo_delete, _undo_delete, _add)


@settings(max_examples=80, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(random_models(), st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 99), st.booleans()),
                                 min_size=1, max_size=12))
def test_saves_after_edits_write_what_saves_in_full_write(model: ProcessModel, edits) -> None:
    # given a file of ours, read twice
    kept, full = _two_reads(write_bpmn(model))
    assert kept.origin.written.signatures  # type: ignore[union-attr]
    _DELETED.clear()
    # when the same edits are made to both, saving after some of them
    for n, (edit, pick, save_now) in enumerate(edits):
        steps = sorted(kept.steps)
        if not steps:
            break
        step_id = steps[pick % len(steps)]
        for copy in (kept, full):
            edit(copy, copy.steps[step_id], n)
        if save_now:
            # then each save writes what a save of everything writes
            assert write_bpmn(kept) == _written_in_full(full), f"after {edit.__name__}"
    assert write_bpmn(kept) == _written_in_full(full)


def test_a_step_deleted_saved_and_undone_comes_back_with_every_reference() -> None:
    # given the bundled example, read twice, and a step with flows in and out
    kept, full = _two_reads(EXAMPLES[0].read_bytes())
    step_id = next(s for s in kept.steps if kept.incoming(s) and kept.outgoing(s))
    neighbours = {f.source for f in kept.incoming(step_id)} | {f.target for f in kept.outgoing(step_id)}
    # when it is deleted, saved, brought back by undo and saved again
    for copy in (kept, full):
        _delete(copy, copy.steps[step_id], 0)
    assert write_bpmn(kept) == _written_in_full(full)
    for copy in (kept, full):
        _undo_delete(copy, copy.steps[next(iter(copy.steps))], 0)
    saved = write_bpmn(kept)
    # then the file is what a full save writes, and its neighbours name its flows again
    assert saved == _written_in_full(full)
    again, _ = read_bpmn(saved)
    doc = again.origin
    for flow in kept.flows_of(step_id):
        for end, ref in ((flow.source, "outgoing"), (flow.target, "incoming")):
            refs = [r.text for r in doc.elements[end] if r.tag.endswith(ref)]  # type: ignore[union-attr]
            assert flow.id in refs, f"{end} lost its {ref} {flow.id}"
    assert neighbours


def test_a_default_flow_set_after_a_save_is_saved() -> None:
    kept, full = _two_reads(EXAMPLES[0].read_bytes())
    gateway = next(s.id for s in kept.steps.values() if s.kind == "exclusiveGateway")
    assert write_bpmn(kept) == _written_in_full(full)
    for copy in (kept, full):
        _undefault(copy, copy.steps[gateway], 0)
    assert write_bpmn(kept) == _written_in_full(full)
    for copy in (kept, full):
        _make_default(copy, copy.steps[gateway], 1)
    saved = write_bpmn(kept)
    assert saved == _written_in_full(full)
    again, _ = read_bpmn(saved)
    assert [f.is_default for f in again.outgoing(gateway)] == [f.is_default for f in kept.outgoing(gateway)]
    assert any(f.is_default for f in again.outgoing(gateway))
