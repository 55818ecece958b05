"""Where a journey starts when a file has start events in several pools or lanes."""

from __future__ import annotations

import pytest

from customer_modeler.analysis import analyse, scorecard
from customer_modeler.model import Flow, Lane, ProcessModel, Step


def two_starts(customer_start: bool) -> ProcessModel:
    model = ProcessModel("starts")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    model.add_lane(Lane("OPS", "Operations"))
    model.add_step(Step("S_ops", "startEvent", lane="OPS"))
    model.add_step(Step("T_ops", "task", lane="OPS", duration=5.0))
    model.add_step(Step("E_ops", "endEvent", lane="OPS"))
    model.add_step(Step("S_cus", "startEvent", lane="CUS" if customer_start else "OPS"))
    model.add_step(Step("T_cus", "task", lane="CUS", duration=10.0))
    model.add_step(Step("E_cus", "endEvent", lane="CUS"))
    for flow_id, a, b in (("f1", "S_ops", "T_ops"), ("f2", "T_ops", "E_ops"),
                          ("f3", "S_cus", "T_cus"), ("f4", "T_cus", "E_cus")):
        model.add_flow(Flow(flow_id, a, b))
    return model


def test_a_start_in_the_customer_lane_begins_the_journey_alone() -> None:
    engine = analyse(two_starts(customer_start=True))
    assert engine.starts == {"S_cus": 1.0}
    assert scorecard(engine)["customer_time"] == pytest.approx(10.0)


def test_without_a_customer_start_every_start_counts() -> None:
    engine = analyse(two_starts(customer_start=False))
    assert engine.starts == {"S_ops": 0.5, "S_cus": 0.5}
