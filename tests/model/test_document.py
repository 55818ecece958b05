"""ProcessModel mutators: one event each, indexes kept, rules enforced."""

from __future__ import annotations

import pytest

from customer_modeler.model import Flow, Lane, ModelError, ProcessModel, Step
from customer_modeler.model.events import (
    ChangesEnded,
    ElementAdded,
    ElementChanged,
    ElementMoved,
    ElementRemoved,
)


@pytest.fixture()
def model() -> ProcessModel:
    model = ProcessModel("m")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    model.add_lane(Lane("SAL", "Sales"))
    model.add_step(Step("a", "startEvent", lane="CUS"))
    model.add_step(Step("b", "task", lane="SAL"))
    model.add_flow(Flow("f", "a", "b"))
    return model


def test_each_mutator_emits_one_event(model: ProcessModel) -> None:
    events: list[object] = []
    model.subscribe(events.append)
    model.add_step(Step("c", lane="SAL"))
    model.update_step("c", name="C", lane="CUS")
    model.move_lane("SAL", 0)
    model.remove_step("c")
    assert [type(e) for e in events] == [ElementAdded, ElementChanged, ElementMoved, ElementRemoved]
    assert events[1].changes == {"name": ("", "C"), "lane": ("SAL", "CUS")}


def test_removal_returns_the_index_for_undo(model: ProcessModel) -> None:
    index = model.remove_flow("f")
    model.add_flow(Flow("f", "a", "b"), index)
    assert index == 0 and list(model.flows) == ["f"] and model.outgoing("a")[0].id == "f"


def test_indexes_follow_edits(model: ProcessModel) -> None:
    model.update_step("b", lane="CUS")
    model.update_flow("f", source="b", target="a")
    assert [s.id for s in model.steps_in_lane("CUS")] == ["a", "b"]
    assert model.steps_in_lane("SAL") == []
    assert [f.id for f in model.outgoing("b")] == ["f"] and model.outgoing("a") == []


def test_rules_are_enforced(model: ProcessModel) -> None:
    with pytest.raises(ModelError):
        model.add_lane(Lane("CUS2", "Clients", "customer"))
    with pytest.raises(ModelError):
        model.update_lane("SAL", role="customer")
    with pytest.raises(ModelError):
        model.remove_step("a")  # still has a flow
    with pytest.raises(ModelError):
        model.remove_lane("SAL")  # still holds a step
    with pytest.raises(ModelError):
        model.add_step(Step("a"))  # duplicate id
    with pytest.raises(ModelError):
        model.add_flow(Flow("g", "a", "nowhere"))
    with pytest.raises(ModelError):
        model.update_step("a", id="z")


def test_changes_made_together_end_with_one_event_after_the_outermost_group(model: ProcessModel) -> None:
    events: list[object] = []
    model.subscribe(events.append)
    with model.changes_together():
        model.update_step("b", name="B")
        with model.changes_together():  # a child command of a macro
            model.update_flow("f", name="yes")
        assert model.changing
    assert not model.changing
    assert [type(e) for e in events] == [ElementChanged, ElementChanged, ChangesEnded]


def test_a_group_that_fails_still_ends(model: ProcessModel) -> None:
    events: list[object] = []
    model.subscribe(events.append)
    with pytest.raises(ModelError), model.changes_together():
        model.update_step("b", name="B")
        model.update_step("a", id="z")  # refused
    assert not model.changing
    assert [type(e) for e in events] == [ElementChanged, ChangesEnded]


def test_unsubscribed_listener_hears_nothing(model: ProcessModel) -> None:
    events: list[object] = []
    model.subscribe(events.append)
    model.unsubscribe(events.append)
    model.update_step("a", name="x")
    assert events == []


def test_a_copy_lends_its_copies_of_steps_and_flows_from_the_record_it_is_given() -> None:
    from benchmarks.generate import generate_model

    # given a model copied once with a record of its copies
    original = generate_model(50)
    kept: dict = {}
    first = original.copy(kept)
    assert len(kept) == len(original.steps) + len(original.flows)
    # when a step changes (its entry dropped, as a snapshot's record does) and one is added
    changed = next(iter(original.steps))
    original.update_step(changed, name="renamed")
    del kept[id(original.steps[changed])]
    added = Step("S_new", "task", "added", next(iter(original.lanes)))
    original.add_step(added)
    second = original.copy(kept)
    # then the copy shares every other step and every flow with the first, makes those two
    # afresh and records them, and is equal to the model
    for name in ("steps", "flows"):
        mine, earlier, now = getattr(original, name), getattr(first, name), getattr(second, name)
        assert list(now) == list(mine) and list(now.values()) == list(mine.values())
        fresh = {key for key in mine if key not in earlier or now[key] is not earlier[key]}
        assert fresh == ({changed, "S_new"} if name == "steps" else set())
    assert second.steps[changed].name == "renamed" and first.steps[changed].name != "renamed"
    assert kept[id(added)] == (added, second.steps["S_new"]) and second.steps["S_new"] is not added
    assert second.steps_in_lane(added.lane) == original.steps_in_lane(added.lane)


def test_a_copy_is_equal_and_shares_nothing_that_changes() -> None:
    # given a generated journey and the bundled example, each copied
    from pathlib import Path

    from benchmarks.generate import generate_model
    from customer_modeler.bpmn.reader import read_bpmn_file

    examples = Path(__file__).resolve().parents[2] / "resources" / "examples"
    for original in (generate_model(200), read_bpmn_file(examples / "order-journey.bpmn").model):
        twin = original.copy()
        # then every element is equal but its own object, with its own extra attributes
        for name in ("pools", "lanes", "steps", "flows", "artifacts", "systems", "resources"):
            mine, theirs = getattr(original, name), getattr(twin, name)
            assert list(mine) == list(theirs) and list(mine.values()) == list(theirs.values())
            assert all(mine[key] is not theirs[key] for key in mine)
        assert all(s.extra is not twin.steps[k].extra for k, s in original.steps.items())
        assert (twin.info, twin.scenario, twin.name, twin.process_id) == (
            original.info, original.scenario, original.name, original.process_id)
        # and the copy's lookups answer alike, and an edit of the copy leaves the original
        for step_id in original.steps:
            assert twin.outgoing(step_id) == original.outgoing(step_id)
            assert twin.incoming(step_id) == original.incoming(step_id)
        for lane_id in original.lanes:
            assert twin.steps_in_lane(lane_id) == original.steps_in_lane(lane_id)
        step_id = next(iter(twin.steps))
        flow = twin.outgoing(step_id)[0]
        twin.remove_flow(flow.id)
        twin.update_step(step_id, name="changed in the copy")
        assert original.outgoing(step_id)[0].id == flow.id
        assert original.steps[step_id].name != "changed in the copy"


def test_a_models_copies_share_what_no_edit_changed_or_removed() -> None:
    from benchmarks.generate import generate_model
    from customer_modeler.model.copies import ModelCopies

    # given a model and its copies, copied once
    model = generate_model(30)
    copies = ModelCopies(model)
    first = copies.copy()
    step, other = list(model.steps)[:2]
    flow = next(f for f in model.flows.values() if other not in (f.source, f.target))
    # when a step is renamed, a flow's probability changes and another step goes
    model.update_step(step, name="renamed")
    model.update_flow(flow.id, prob=0.5)
    for gone in model.flows_of(other):
        model.remove_flow(gone.id)
    model.remove_step(other)
    second = copies.copy()
    # then the next copy is equal to the model, makes those afresh and shares the rest
    assert list(second.steps.values()) == list(model.steps.values())
    assert list(second.flows.values()) == list(model.flows.values())
    assert second.steps[step] is not first.steps[step] and first.steps[step].name != "renamed"
    assert second.flows[flow.id].prob == 0.5 and first.flows[flow.id] is not second.flows[flow.id]
    shared = [key for key in model.steps if key != step]
    assert shared and all(second.steps[key] is first.steps[key] for key in shared)
    assert id(model.steps[step]) in copies.kept and other not in second.steps


def test_a_saved_state_is_the_model_as_it_was_though_it_copied_only_what_changed() -> None:
    from dataclasses import asdict

    from benchmarks.generate import generate_model
    from customer_modeler.model.copies import ModelCopies, SavedState

    def contents(m: ProcessModel) -> tuple:
        return ([asdict(s) for s in m.steps.values()], [asdict(f) for f in m.flows.values()],
                {k: [s.id for s in m.steps_in_lane(k)] for k in m.lanes},
                {k: [f.id for f in m.outgoing(k)] for k in m.steps})

    # given a model and its state now, which keeps the model's own steps and flows
    model = generate_model(30)
    as_it_was = contents(model)
    copies = ModelCopies(model)
    state = SavedState(copies)
    assert all(state._frame.steps[key] is step for key, step in model.steps.items())
    # when a step is renamed and moved to another lane, a flow changes, another step goes
    # (with its flows), comes back by undo and then changes, and a step is added
    step, other, third = list(model.steps)[1:4]
    lane = next(key for key in model.lanes if key != model.steps[step].lane)
    model.update_step(step, name="renamed", lane=lane)
    model.update_step(step, name="renamed again")
    flow = next(f for f in model.flows.values() if other not in (f.source, f.target))
    model.update_flow(flow.id, prob=0.5)
    gone_step = model.steps[other]
    gone_flows = [model.flows[f.id] for f in model.flows_of(other)]
    for gone in gone_flows:
        model.remove_flow(gone.id)
    model.remove_step(other)
    model.add_step(gone_step)
    for gone in gone_flows:
        model.add_flow(gone)
    model.update_step(other, name="back and changed")
    model.add_step(Step(id="NEW", kind="task", name="New", lane=lane))
    copy = copies.copy()
    # then the state's model is the model as it was, in order, with its lookups
    before = state.model()
    assert contents(before) == as_it_was
    # it shares no element with the live model, and what no edit changed with its copies
    live = {id(e) for e in [*model.steps.values(), *model.flows.values()]}
    assert not live & {id(e) for e in [*before.steps.values(), *before.flows.values()]}
    assert before.steps[third] is copy.steps[third]
    # and once released, it follows the model no more
    state.release()
    model.update_step(third, name="after the release")
    assert state._frame.steps[third] is model.steps[third]
