"""The benchmark generator: large models over 8 lanes with the customer lane on top, a
branch and a loop per 10 steps, our attributes on every task and full DI, analysable."""

from __future__ import annotations

from customer_modeler.analysis import analyse, scorecard
from tests.analysis.factory import generated_model


def test_generated_model_shape() -> None:
    model = generated_model(200)
    lanes = list(model.lanes.values())
    assert len(lanes) == 8 and lanes[0].role == "customer"
    assert {lane.role for lane in lanes} == {"customer", "department", "partner", "system"}
    assert 200 <= len(model.steps) <= 210
    tasks = [s for s in model.steps.values() if s.type == "task"]
    assert all(s.channel and s.duration is not None and s.key and s.phase for s in tasks)
    assert sum(1 for s in model.steps.values() if s.type == "xor") == 3 * 20
    assert all(s.bounds is not None for s in model.steps.values())
    assert all(len(f.waypoints) >= 2 for f in model.flows.values())
    assert all(lane.bounds is not None for lane in lanes)


def test_generated_model_is_analysable_without_issues() -> None:
    engine = analyse(generated_model(500))
    assert engine.issues == []
    card = scorecard(engine)
    assert card["cfc"] == 50 * 4
    assert 0 < card["p_any_failure"] < 1


def test_same_size_same_model() -> None:
    first, second = generated_model(100), generated_model(100)
    assert [s.duration for s in first.steps.values()] == [s.duration for s in second.steps.values()]
