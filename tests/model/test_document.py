"""ProcessModel mutators: one event each, indexes kept, rules enforced."""

from __future__ import annotations

import pytest

from customer_modeler.model import Flow, Lane, ModelError, ProcessModel, Step
from customer_modeler.model.events import ElementAdded, ElementChanged, ElementMoved, ElementRemoved


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


def test_unsubscribed_listener_hears_nothing(model: ProcessModel) -> None:
    events: list[object] = []
    model.subscribe(events.append)
    model.unsubscribe(events.append)
    model.update_step("a", name="x")
    assert events == []
