"""Analysis 4, systems seen from the customer's side (docs/methods.md §6a, §10 item 8): the
footprint of the automated answering system, the diff by element id with its
customer-visible / backstage classification, and the before/after comparison."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from customer_modeler.analysis import analyse, scorecard
from customer_modeler.analysis.systems.analysis import diff_models, systems_report
from customer_modeler.model import ProcessModel, Rect
from customer_modeler.samples import order_journey, order_journey_account_executive
from tests.analysis.factory import example_a
from tests.analysis.test_fail_points import assert_report_shape, flow_id

TOL = 1e-6
Report = dict[str, Any]


@pytest.fixture(scope="module")
def current() -> ProcessModel:
    return order_journey()


@pytest.fixture(scope="module")
def report(current: ProcessModel) -> Report:
    return systems_report(current)


def footprint(report: Report, system: str) -> dict[str, Any]:
    (row,) = [r for r in report["tables"]["footprint"] if r["system"] == system]
    return row


def test_report_has_the_common_shape(report: Report) -> None:
    assert_report_shape(report, "systems")
    assert report["tables"]["pools"] == []  # the sample has no resource pools
    assert "scorecard" not in report["tables"]  # not needed without queues or a change


def test_pbx_footprint(report: Report) -> None:
    row = footprint(report, "PBX")
    assert row["users"] == "T02 T04 T07 T10 T12 T18 T19"
    assert row["touches"] == pytest.approx(1.97375, abs=TOL)
    assert row["P_touch"] == pytest.approx(0.70312, abs=TOL)
    assert row["visible_touches"] == pytest.approx(1.97375, abs=TOL)
    assert row["failures"] == pytest.approx(0.0197375, abs=TOL)
    # customer minutes: phone and IVR steps, hold time included
    assert row["customer_minutes"] == pytest.approx(
        0.65 * 1.5 + 0.65 * 13 + 0.21875 * 15 + 0.175 * 1.5 + 0.175 * 14 + 0.0525 * 1.5
        + 0.0525 * 15, abs=TOL)


def test_invisible_users_surface(report: Report) -> None:
    assert footprint(report, "WMS")["surfaces_at"] == "T14"  # T13 is backstage
    assert footprint(report, "PAY")["surfaces_at"] == "T09"  # T08 is backstage
    assert footprint(report, "PBX")["surfaces_at"] == ""


def test_unknown_and_unused_systems_are_listed() -> None:
    model = example_a()
    model.update_step("T1", systems=("GHOST",))
    rows = {r["system"]: r for r in systems_report(model)["tables"]["footprint"]}
    assert rows["GHOST"]["touches"] == 1.0 and rows["GHOST"]["fail_prob"] == 0.0
    assert rows["PAY"]["P_touch"] == pytest.approx(1.0, abs=TOL)


# -- diff by id -----------------------------------------------------------------------------
def test_prob_change_on_a_split_with_a_visible_target_is_customer_visible(
        current: ProcessModel) -> None:
    changed = current.copy()
    flow = flow_id(current, "G01", "T02")
    changed.update_flow(flow, prob=0.30)
    rows, by_key, _ = diff_models(current, changed)
    assert not by_key
    assert rows == [{"element": flow, "changed_element": flow, "element_type": "flow",
                     "change": "changed", "attribute": "prob", "old": 0.40, "new": 0.30,
                     "customer_visible": True}]


def test_cost_change_on_a_backstage_step_is_backstage(current: ProcessModel) -> None:
    changed = current.copy()
    changed.update_step("T08", cost=0.35)
    (row,) = diff_models(current, changed).rows
    assert (row["element"], row["attribute"], row["old"], row["new"]) == ("T08", "cost", 0.2,
                                                                          0.35)
    assert row["customer_visible"] is False


def test_prob_change_reaching_only_backstage_steps_is_backstage() -> None:
    model = order_journey()
    changed = model.copy()
    model.update_step("T09", visible=False)
    changed.update_step("T09", visible=False)
    # T08→T09 has no split; a prob change on a flow into a backstage step stays backstage
    changed.update_flow(flow_id(model, "T08", "T09"), prob=1.0)
    (row,) = diff_models(model, changed).rows
    assert row["customer_visible"] is False


def test_layout_changes_are_ignored(current: ProcessModel) -> None:
    changed = current.copy()
    step = changed.steps["T05"]
    assert step.bounds is not None
    changed.update_step("T05", bounds=replace(step.bounds, x=step.bounds.x + 40))
    first = next(iter(changed.flows))
    changed.update_flow(first, waypoints=((0.0, 0.0), (10.0, 10.0)))
    changed.update_lane("CUS", bounds=Rect(0, 0, 10, 10))
    assert diff_models(current, changed).rows == []


def test_added_removed_and_customer_lane_changes(current: ProcessModel) -> None:
    changed = current.copy()
    changed.remove_flow(flow_id(current, "T16", "G08"))  # into the customer's own decision
    changed.remove_flow(flow_id(current, "T07", "T08"))  # into a backstage step
    changed.update_lane("CUS", name="Client")
    changed.update_step("T13", extra={"note": "x"})
    rows = {(r["element"], r["change"], r["attribute"]): r["customer_visible"]
            for r in diff_models(current, changed).rows}
    assert rows == {("CUS", "changed", "name"): True,
                    ("T13", "changed", "extra.note"): False,
                    (flow_id(current, "T16", "G08"), "removed", ""): True,
                    (flow_id(current, "T07", "T08"), "removed", ""): False}


def test_account_executive_variant_diff(current: ProcessModel) -> None:
    rows, by_key, _ = diff_models(current, order_journey_account_executive())
    assert not by_key
    removed = [r["element"] for r in rows if r["element_type"] == "step"
               and r["change"] == "removed"]
    added = [r["element"] for r in rows if r["element_type"] == "step" and r["change"] == "added"]
    assert sorted(removed) == ["G02", "G06", "T02", "T03", "T10", "T11", "T18"]
    assert sorted(added) == ["G00", "T00"]
    t04 = {r["attribute"]: (r["old"], r["new"]) for r in rows if r["element"] == "T04"}
    assert t04["wait"] == (5, 1) and t04["systems"] == ("PBX CRM", "CRM")


def test_models_without_shared_ids_fall_back_to_keys() -> None:
    ours = example_a()
    theirs = ProcessModel("renamed")
    renames = {n: f"x{n}" for n in ours.steps}
    for lane in ours.lanes.values():
        theirs.add_lane(replace(lane))
    theirs.systems = dict(ours.systems)
    for step in ours.steps.values():
        theirs.add_step(replace(step, id=renames[step.id], name=f"step {step.id}"))
    for flow in ours.flows.values():
        theirs.add_flow(replace(flow, id=f"f{flow.id}", source=renames[flow.source],
                                target=renames[flow.target]))
    theirs.update_step("xT3", cost=9.0)
    rows, by_key, _ = diff_models(ours, theirs)
    assert by_key
    changed = {(r["element"], r["attribute"]) for r in rows if r["change"] == "changed"}
    assert ("T3", "cost") in changed and ("T3", "name") in changed
    # steps without a key (events, the gateway) are unmatched: removed and added
    assert {r["element"] for r in rows if r["change"] == "removed"} >= {"S", "G1", "E"}
    assert not any(r["attribute"] in ("source", "target") for r in rows)


# -- before and after ----------------------------------------------------------------------
def test_change_impact_report(current: ProcessModel) -> None:
    changed = current.copy()
    changed.update_flow(flow_id(current, "G01", "T02"), prob=0.30)
    changed.update_flow(flow_id(current, "G01", "T05"), prob=0.70)
    changed.update_step("T08", cost=0.35)
    result = systems_report(current, changed=changed)
    assert_report_shape(result, "systems")
    kpis = result["kpis"]
    assert (kpis["changes_changed"], kpis["changes_customer_visible"],
            kpis["changes_backstage"]) == (3, 2, 1)
    scores = {r["kpi"]: r for r in result["tables"]["scorecard"]}
    assert scores["customer_time"]["current"] == pytest.approx(79.31, abs=TOL)
    assert scores["cost"]["delta"] < 0 and scores["touchpoints"]["delta"] < 0
    touch = {r["element"]: r for r in result["tables"]["touchpoints"]}
    assert touch["T02"]["x_current"] == pytest.approx(0.65, abs=TOL)
    assert touch["T02"]["delta"] < 0 and touch["T05"]["delta"] == pytest.approx(0, abs=TOL)
    marks = {(h["element"], h["kind"]): h["severity"] for h in result["highlights"]}
    assert marks[("T08", "changed")] == "info"
    assert marks[(flow_id(current, "G01", "T02"), "changed")] == "warning"


def test_precomputed_engines_and_scorecards_give_the_same_report(
        current: ProcessModel) -> None:
    changed = current.copy()
    changed.update_step("T04", fail_prob=0.2)
    engine, other = analyse(current), analyse(changed)
    fast = systems_report(current, changed=changed, engine=engine, changed_engine=other,
                          card=scorecard(engine), changed_card=scorecard(other))
    assert fast == systems_report(current, changed=changed)


def test_changed_model_with_an_error_keeps_the_change_list(current: ProcessModel) -> None:
    changed = current.copy()
    changed.update_flow(flow_id(current, "G01", "T02"), prob=1.4)
    result = systems_report(current, changed=changed)
    assert "changed" not in result["tables"]["scorecard"][0]  # the current side only
    assert "touchpoints" not in result["tables"]
    assert len(result["tables"]["changes"]) == 1
    (issue,) = [i for i in result["issues"] if i["code"] == "E-PROB-RANGE"]
    assert issue["message"].startswith("(changed model) ")
