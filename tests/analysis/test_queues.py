"""Queues at resource pools (docs/methods.md §2.9) and the queue-aware IVR model of §6b:
Erlang C, staffing, worked example D (every row of its table, §10 item 8) and the edge
cases (E-UNSTABLE, W-ZERO-HANDLE, W-NO-ARRIVALS, W-NO-CONVERGE)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis.engine.queues import (
    abandonment_fixed_point,
    erlang_c,
    mean_wait,
    min_stable_servers,
    p_wait_longer,
    queue_model,
    servers_needed,
)
from customer_modeler.analysis.systems.analysis import systems_report
from customer_modeler.model import ProcessModel, Resource
from tests.analysis.factory import FlowRow, StepRow, journey

TOL = 1e-6
LANES = (("CUS", "customer"), ("SAL", "department"), ("CSV", "department"),
         ("ITS", "system"))
FAILURE = {"failure": True}


def _agents() -> list[StepRow]:
    phone = dict(visible=True, channel="phone", tolerance=1, resource="CC")
    return [("AW", "task", "SAL", dict(phone, duration=2, cost=1.6, emotion=-2)),
            ("AR", "task", "CSV", dict(phone, duration=6, cost=4.8, emotion=1))]


def _finish(model: ProcessModel, servers: int = 11, rate: float | None = 1.5) -> ProcessModel:
    model.resources = {"CC": Resource("CC", "Contact centre", capacity=servers)}
    model.scenario = {} if rate is None else {"arrival_rate_per_min": rate}
    return model


def example_d_current(servers: int = 11, rate: float | None = 1.5) -> ProcessModel:
    """IVR "menu by department"; XOR: AR 0.70, AW 0.25 (misroute) then AR, abandon 0.05."""
    steps: list[StepRow] = [
        ("S", "start", "CUS"),
        ("IVR", "task", "ITS", dict(visible=True, channel="ivr", duration=1.0, cost=0.05,
                                    emotion=-1)),
        ("G", "xor", "ITS"), *_agents(),
        ("EOK", "end", "CUS"), ("EAB", "end", "CUS", dict(outcome="abandon"))]
    flows: list[FlowRow] = [("S", "IVR"), ("IVR", "G"), ("G", "AR", 0.70),
                            ("G", "AW", 0.25, FAILURE), ("G", "EAB", 0.05), ("AW", "AR"),
                            ("AR", "EOK")]
    return _finish(journey(LANES, steps, flows), servers, rate)


def example_d_redesigned() -> ProcessModel:
    """Speech IVR; XOR: self-service 0.30, AR 0.63, AW 0.04 then AR, abandon 0.03."""
    steps: list[StepRow] = [
        ("S", "start", "CUS"),
        ("IVR", "task", "ITS", dict(visible=True, channel="ivr", duration=0.75, cost=0.08,
                                    emotion=0)),
        ("G", "xor", "ITS"), *_agents(),
        ("SS", "task", "ITS", dict(visible=True, channel="ivr", duration=1.0, cost=0.05,
                                   emotion=1)),
        ("EOK", "end", "CUS"), ("ESS", "end", "CUS"),
        ("EAB", "end", "CUS", dict(outcome="abandon"))]
    flows: list[FlowRow] = [("S", "IVR"), ("IVR", "G"), ("G", "SS", 0.30), ("G", "AR", 0.63),
                            ("G", "AW", 0.04, FAILURE), ("G", "EAB", 0.03), ("AW", "AR"),
                            ("AR", "EOK"), ("SS", "ESS")]
    return _finish(journey(LANES, steps, flows))


def textbook_erlang_c(c: int, a: float) -> float:
    top = a ** c / math.factorial(c) * c / (c - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


@pytest.mark.parametrize(("c", "a"), [(1, 0.5), (2, 1.5), (11, 9.3), (11, 6.15), (30, 27.2)])
def test_erlang_c_matches_the_textbook_form(c: int, a: float) -> None:
    assert erlang_c(c, a) == pytest.approx(textbook_erlang_c(c, a), rel=1e-12)


def test_erlang_c_refuses_an_unstable_queue() -> None:
    with pytest.raises(ValueError):
        erlang_c(3, 3.0)


def test_queue_formulas() -> None:
    p = erlang_c(11, 9.3)
    assert mean_wait(11, 9.3, 5.166667) == pytest.approx(p * 5.166667 / 1.7, rel=1e-12)
    assert p_wait_longer(11, 9.3, 31 / 6, 1.0) == pytest.approx(p * math.exp(-1.7 * 6 / 31))
    assert min_stable_servers(9.3) == 10 and min_stable_servers(9.0) == 10
    assert servers_needed(0.0, 0.0) == 1


# -- worked example D -------------------------------------------------------------------
@pytest.fixture(scope="module")
def report_d() -> dict[str, Any]:
    return systems_report(example_d_current(), changed=example_d_redesigned())


def pool_row(model: ProcessModel) -> Mapping[str, Any]:
    (pool,) = queue_model(model).pools
    return pool.row()


@pytest.mark.parametrize(("column", "current", "redesigned"), [
    ("arrivals_per_journey", 1.20, 0.71), ("minutes_per_journey", 6.20, 4.10),
    ("A", 9.30, 6.15), ("h", 5.166667, 5.774648), ("rho", 0.845455, 0.559091),
    ("P_W", 0.498943, 0.057214), ("W_q", 1.516396, 0.068122),
    ("P_wait_gt_tol", 0.359049, 0.024703), ("c_needed", 13, 9),
])
def test_example_d_pool_table(column: str, current: float, redesigned: float) -> None:
    assert pool_row(example_d_current())[column] == pytest.approx(current, abs=TOL)
    assert pool_row(example_d_redesigned())[column] == pytest.approx(redesigned, abs=TOL)


@pytest.mark.parametrize(("kpi", "current", "redesigned"), [
    ("customer_time", 9.019675, 5.198366), ("contacts", 1.20, 0.71),
    ("transfers", 0.25, 0.04), ("first_time_right", 0.736842, 0.940299),
    ("cost", 5.01, 3.375), ("effort_index", 5.85, 4.77), ("wait_excess", 0.619675, 0.0),
    ("p_outcome.abandon", 0.05, 0.03),
])
def test_example_d_scorecards(report_d: dict[str, Any], kpi: str, current: float,
                              redesigned: float) -> None:
    (row,) = [r for r in report_d["tables"]["scorecard"] if r["kpi"] == kpi]
    assert row["current"] == pytest.approx(current, abs=TOL)
    assert row["changed"] == pytest.approx(redesigned, abs=TOL)
    assert row["delta"] == pytest.approx(redesigned - current, abs=TOL)


def test_example_d_self_service_share() -> None:
    assert analyse(example_d_current()).visits.get("SS", 0.0) == 0.0
    assert analyse(example_d_redesigned()).visits["ESS"] == pytest.approx(0.30, abs=TOL)


def test_example_d_report(report_d: dict[str, Any]) -> None:
    assert report_d["kpis"]["first_time_right"] == pytest.approx(0.736842, abs=TOL)
    assert report_d["kpis"]["pools"] == 1 and report_d["kpis"]["unstable_pools"] == 0
    marks = {(h["element"], h["kind"]): h for h in report_d["highlights"]}
    assert marks[("AR", "pool_load")]["severity"] == "warning"  # ρ 0.85: amber
    assert marks[("AR", "pool_load")]["badge"] == "ρ 0.85"
    assert marks[("AR", "wait_point")]["badge"] == "W"  # W_q 1.52 > tol 1
    assert marks[("G-AW", "failure_flow")]["severity"] == "error"
    changes = {(r["element"], r["attribute"]): r for r in report_d["tables"]["changes"]}
    assert changes[("SS", "")]["change"] == "added"
    assert changes[("IVR", "duration")]["customer_visible"] is True
    assert report_d["issues"] == []


def test_queue_waits_replace_the_modelled_waits() -> None:
    model = example_d_current()
    model.update_step("AR", wait=30.0)  # a modelled wait is replaced, not added to
    engine = analyse(model)
    queue = queue_model(model, engine)
    assert queue.waits == pytest.approx({"AW": 1.516396, "AR": 1.516396}, abs=TOL)
    assert queue.engine.steps["AR"].wait == pytest.approx(1.516396, abs=TOL)
    assert queue.engine.chain is engine.chain  # visits do not depend on waits
    assert engine.steps["AR"].wait == 30.0  # the input engine is left alone


# -- edge cases ---------------------------------------------------------------------------
def test_unstable_pool() -> None:
    queue = queue_model(example_d_current(servers=9))
    (pool,) = queue.pools
    assert not pool.stable and pool.rho == pytest.approx(9.3 / 9, abs=TOL)
    assert pool.min_stable == 10 and pool.w_q is None and pool.p_wait is None
    (issue,) = queue.issues
    assert issue.code == "E-UNSTABLE" and issue.elements == ("CC", "AW", "AR")
    assert queue.waits == {}
    report = systems_report(example_d_current(servers=9))
    (row,) = report["tables"]["pools"]
    assert (row["stable"], row["c_min_stable"], row["c_needed"]) == (False, 10, 13)
    assert {h["severity"] for h in report["highlights"] if h["kind"] == "pool_load"} == {"error"}


def test_pool_without_steps_is_ignored() -> None:
    model = example_d_current()
    model.resources["IDLE"] = Resource("IDLE", "Nobody calls", capacity=3)
    assert [p.resource for p in queue_model(model).pools] == ["CC"]


def test_pooled_step_without_duration() -> None:
    model = example_d_current()
    model.update_step("AW", duration=0)
    queue = queue_model(model)
    assert [i.code for i in queue.issues] == ["W-ZERO-HANDLE"]
    # one step reads as well as several: the steps are named last
    assert queue.issues[0].message.startswith("steps that use ") and queue.issues[0].message.endswith("(duration 0): 'AW'")
    assert queue.pools[0].load == pytest.approx(1.5 * 0.95 * 6, abs=TOL)


def test_model_without_arrival_rate_keeps_the_modelled_waits() -> None:
    model = example_d_current(rate=None)
    model.update_step("AR", wait=2.0)
    queue = queue_model(model)
    assert [i.code for i in queue.issues] == ["W-NO-ARRIVALS"]
    assert queue.pools == [] and queue.waits == {}
    assert queue.engine.steps["AR"].wait == 2.0
    assert queue_model(model, arrival_rate=1.5).waits["AR"] == pytest.approx(1.516396, abs=TOL)


def _abandon(p: float) -> dict[str, float]:
    return {"G-EAB": p, "G-AR": 0.75 - p}


def test_abandonment_that_depends_on_the_wait_settles() -> None:
    result = abandonment_fixed_point(example_d_current(),
                                     lambda w: _abandon(min(0.5, 0.05 + 0.05 * w["CC"])))
    (pool,) = result.pools
    assert pool.w_q is not None and result.issues == []
    p = min(0.5, 0.05 + 0.05 * pool.w_q)
    assert result.engine.visits["EAB"] == pytest.approx(p, abs=1e-5)


def test_abandonment_that_never_settles() -> None:
    result = abandonment_fixed_point(example_d_current(),
                                     lambda w: _abandon(0.5 if w["CC"] > 0.5 else 0.0))
    assert [i.code for i in result.issues] == ["W-NO-CONVERGE"]
