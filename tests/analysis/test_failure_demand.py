"""Analysis 6, communication problems and failure demand (docs/methods.md §8): worked example
A and the Order journey reference values (§10 item 10), sensitivities checked by finite
differences on re-analysed models, the what-ifs, the edge cases of §8, the report shape,
and a run on the 10,000-step generated model."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from customer_modeler.analysis import analyse, scorecard
from customer_modeler.analysis.failure_demand.analysis import (
    TABLES,
    failure_demand_report,
)
from customer_modeler.model import ProcessModel
from customer_modeler.samples import (
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)
from tests.analysis.factory import CF, case_trap, example_a, generated_model, journey
from tests.analysis.reports import Report, codes, one

TOL = 1e-6
REF = 1e-4
CFS = (("CUS", "customer"), ("FUL", "department"), ("ITS", "system"))
CALL = dict(visible=True, channel="phone", duration=8, cost=6.0, contact_reason="info",
            avoidable=True)
WEB = dict(visible=True, channel="web", duration=5)


def flow_ids(model: ProcessModel) -> dict[tuple[str, str], str]:
    return {(f.source, f.target): f.id for f in model.flows.values()}


def contacts_with(model: ProcessModel, probs: Mapping[tuple[str, str], float],
                  key: str = "contacts") -> float:
    """A scorecard value of a copy of the model with some branch probabilities changed."""
    variant = model.copy()
    ids = flow_ids(variant)
    for pair, p in probs.items():
        variant.update_flow(ids[pair], prob=p)
    value = scorecard(analyse(variant))[key]
    assert isinstance(value, float)
    return value


def finite_difference(model: ProcessModel, branch: tuple[str, str],
                      alternative: tuple[str, str], key: str = "contacts",
                      delta: float = 1e-4) -> float:
    """Central difference of a KPI when probability moves from the alternative to the
    branch, on re-analysed models (independent of the report's own check)."""
    engine = analyse(model)
    p = engine.graph.edges[branch]["w"]
    q = engine.graph.edges[alternative]["w"]
    high = contacts_with(model, {branch: p + delta, alternative: q - delta}, key)
    low = contacts_with(model, {branch: p - delta, alternative: q + delta}, key)
    return (high - low) / (2 * delta)


def sensitivity(report: Report, gateway: str, target: str,
                metric: str = "contacts") -> dict[str, Any]:
    return one(report, "sensitivities", gateway=gateway, branch_to=target, metric=metric)


# -- worked example A ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def report_a() -> Report:
    model = example_a()
    ids = flow_ids(model)
    return failure_demand_report(model, what_if={ids[("G1", "T3")]: 0.1,
                                                 ids[("G1", "T4")]: 0.9}, journeys=6000)


def test_example_a_failure_demand_ratio_and_root_cause(report_a: Report) -> None:
    assert report_a["kpis"]["fdr"] == pytest.approx(1.0)
    reason = one(report_a, "reasons")
    assert (reason["reason"], reason["steps"], reason["avoidable"]) == ("product info", "T3",
                                                                        True)
    cause = one(report_a, "root_causes")
    assert cause["step"] == "T2"  # the nearest web step upstream of the call
    assert cause["contacts"] == pytest.approx(0.428571, abs=TOL)
    assert one(report_a, "contacts", step="T3")["caused_by"] == "T2"


def test_example_a_sensitivity(report_a: Report) -> None:
    row = sensitivity(report_a, "G1", "T3")
    assert row["alternative"] == "T4"
    assert row["per_unit"] == pytest.approx(2.040816, abs=TOL)  # 1/(1 − p)²
    assert row["per_point"] == pytest.approx(0.020408, abs=TOL)
    assert row["finite_difference"] == pytest.approx(2.040816, abs=1e-5)
    assert finite_difference(example_a(), ("G1", "T3"), ("G1", "T4")) == \
        pytest.approx(2.040816, abs=1e-5)
    assert row["near_unstable"] is False and row["refused"] is None


@pytest.mark.parametrize(("metric", "key"), [("cost", "cost"),
                                             ("customer_minutes", "customer_time")])
def test_example_a_sensitivity_of_cost_and_minutes(report_a: Report, metric: str,
                                                   key: str) -> None:
    row = sensitivity(report_a, "G1", "T3", metric)
    expected = finite_difference(example_a(), ("G1", "T3"), ("G1", "T4"), key)
    assert row["per_unit"] == pytest.approx(expected, rel=1e-5)
    assert row["finite_difference"] == pytest.approx(expected, rel=1e-5)


def test_example_a_what_if(report_a: Report) -> None:
    kpis = {r["kpi"]: r for r in report_a["tables"]["what_if"]}
    calls = kpis["contacts"]
    assert (calls["before"], calls["after"]) == pytest.approx((0.428571, 0.111111), abs=TOL)
    assert calls["delta"] == pytest.approx(-0.317460, abs=TOL)
    assert kpis["customer_time"]["delta"] == pytest.approx(-5.396825, abs=TOL)
    assert kpis["cost"]["delta"] == pytest.approx(-1.904762, abs=TOL)
    assert calls["delta_per_year"] == pytest.approx(-1904.76, abs=0.01)
    assert kpis["cost"]["delta_per_year"] == pytest.approx(-11428.57, abs=0.01)
    steps = {r["step"]: r for r in report_a["tables"]["what_if_steps"]}
    assert steps["T3"]["delta_customer_minutes"] == pytest.approx(-3.809524, abs=TOL)  # calls
    assert steps["T2"]["delta_customer_minutes"] == pytest.approx(-1.587302, abs=TOL)  # re-reading
    assert report_a["kpis"]["what_if_delta_contacts"] == pytest.approx(-0.317460, abs=TOL)
    assert report_a["kpis"]["what_if_delta_cost_per_year"] == pytest.approx(-11428.57, abs=0.01)


def test_example_a_annual_figures(report_a: Report) -> None:
    assert report_a["kpis"]["journeys_per_year"] == 6000
    assert one(report_a, "reasons")["annual_contacts"] == pytest.approx(6000 * 0.428571, abs=0.01)
    assert sensitivity(report_a, "G1", "T3")["per_point_per_year"] == \
        pytest.approx(0.020408 * 6000, abs=0.01)


# -- the Order journey (current) ----------------------------------------------------------

@pytest.fixture(scope="module")
def current() -> Report:
    return failure_demand_report(order_journey())


def test_sample_reasons(current: Report) -> None:
    table = current["tables"]["reasons"]
    assert [r["reason"] for r in table] == ["product_information", "place_order",
                                           "misrouted_call", "order_status", "return"]
    expected = {"product_information": (0.65, True, 4.16), "place_order": (0.21875, False, 1.75),
                "misrouted_call": (0.20625, True, 0.33), "order_status": (0.175, True, 0.84),
                "return": (0.0525, False, 0.294)}
    for row in table:
        contacts, avoidable, cost = expected[row["reason"]]
        assert row["contacts"] == pytest.approx(contacts, abs=REF)
        assert row["avoidable"] is avoidable
        assert row["cost"] == pytest.approx(cost, abs=REF)
    assert one(current, "reasons", reason="misrouted_call")["steps"] == "T03 T11"
    assert table[-1]["cumulative_share"] == pytest.approx(1.0)


def test_sample_failure_demand_ratio(current: Report) -> None:
    kpis = current["kpis"]
    assert kpis["fdr"] == pytest.approx(0.791747, abs=REF)
    assert kpis["avoidable_contacts"] == pytest.approx(1.03125, abs=REF)
    assert kpis["inbound_contacts"] == pytest.approx(1.3025, abs=REF)


def test_sample_sensitivities(current: Report) -> None:
    question = sensitivity(current, "G01", "T02")
    assert question["alternative"] == "T05"
    assert question["per_unit"] == pytest.approx(1.25, abs=REF)
    loop = sensitivity(current, "G03", "T02")
    assert loop["alternative"] == "G04"
    assert loop["per_unit"] == pytest.approx(1.865625, abs=REF)
    for row in (question, loop):
        assert row["finite_difference"] == pytest.approx(row["per_unit"], abs=1e-5)
    model = order_journey()
    assert finite_difference(model, ("G01", "T02"), ("G01", "T05")) == \
        pytest.approx(1.25, abs=1e-5)
    assert finite_difference(model, ("G03", "T02"), ("G03", "G04")) == \
        pytest.approx(1.865625, abs=1e-5)


def test_sample_what_if_better_product_pages() -> None:
    model = order_journey()
    ids = flow_ids(model)
    report = failure_demand_report(model, what_if={
        ids[("G01", "T02")]: 0.20, ids[("G01", "T05")]: 0.80,
        ids[("G03", "T02")]: 0.10, ids[("G03", "G04")]: 0.80})
    kpis = {r["kpi"]: r for r in report["tables"]["what_if"]}
    for key, before, after in (("contacts", 1.3025, 0.886667),
                               ("customer_time", 79.31, 71.568889),
                               ("cost", 18.788625, 16.677333),
                               ("effort_index", 12.477375, 9.805111),
                               ("margin", 29.54, 30.008889)):
        assert (kpis[key]["before"], kpis[key]["after"]) == pytest.approx((before, after),
                                                                          abs=REF), key
    assert kpis["contacts"]["delta_per_year"] is None  # the current model has no scenario
    assert "W-PROB-SUM" not in codes(report)


def test_sample_root_causes_split_ties(current: Report) -> None:
    causes = {r["step"]: r["contacts"] for r in current["tables"]["root_causes"]}
    # T04 and T03 are four flows from both web pages (T01, T05): split equally
    assert causes["T01"] == pytest.approx((0.65 + 0.1625) / 2, abs=REF)
    assert causes["T05"] == pytest.approx((0.65 + 0.1625) / 2, abs=REF)
    assert causes["T09"] == pytest.approx(0.175 + 0.04375, abs=REF)  # the confirmation e-mail


def test_sample_funnel(current: Report) -> None:
    assert current["kpis"]["conversion"] == pytest.approx(0.77, abs=REF)
    assert current["kpis"]["p_abandon"] == pytest.approx(0.125, abs=REF)
    leave = one(current, "funnel")
    assert (leave["step"], leave["end"]) == ("T05", "EAB")
    assert leave["leaves"] == pytest.approx(0.125, abs=REF)
    assert current["tables"]["web_loops"] == []  # the loop runs through the IVR and calls


def test_sample_highlights(current: Report) -> None:
    kinds = {(h["element"], h["kind"]): h for h in current["highlights"]}
    assert kinds[("T04", "failure_demand")]["severity"] == "error"
    assert kinds[("T07", "value_demand")]["severity"] == "info"
    assert kinds[("T09", "root_cause")]["badge"] == "→ 0.22 contacts/journey"
    ids = flow_ids(order_journey())
    assert kinds[(ids[("G01", "T02")], "avoidable_branch")]["badge"] == "0.40/journey"
    assert ("T02", "failure_demand") not in kinds  # the IVR is no contact


def test_user_picked_alternative() -> None:
    model = order_journey()
    ids = flow_ids(model)
    report = failure_demand_report(model, alternatives={ids[("G02", "T03")]: ids[("G02", "T04")]})
    row = sensitivity(report, "G02", "T03")
    assert row["alternative"] == "T04"
    assert row["per_unit"] == pytest.approx(0.65, abs=REF)  # x_G02 · one extra contact
    with pytest.raises(ValueError):
        failure_demand_report(model, alternatives={ids[("G02", "T03")]: ids[("G01", "T05")]})


def test_journeys_per_year_come_from_the_scenario() -> None:
    report = failure_demand_report(order_journey_account_executive())
    assert report["kpis"]["journeys_per_year"] == pytest.approx(10_000)  # 2000 × 5
    assert report["kpis"]["annual_failure_demand_contacts"] == pytest.approx(
        10_000 * report["kpis"]["avoidable_contacts"])


# -- edge cases of §8 ---------------------------------------------------------------------

def test_a_contact_without_reason_is_unspecified_and_not_avoidable() -> None:
    model = example_a()
    model.update_step("T3", contact_reason=None)
    report = failure_demand_report(model)
    row = one(report, "reasons")
    assert (row["reason"], row["avoidable"]) == ("unspecified", False)
    assert report["kpis"]["fdr"] == 0.0 and report["tables"]["sensitivities"] == []


def test_an_avoidable_contact_without_information_step_is_unattributed() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=3)),
                         ("C", "task", "FUL", CALL), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "C"), ("C", "E")])
    report = failure_demand_report(model)
    assert one(report, "root_causes")["step"] == "unattributed"
    assert report["kpis"]["unattributed_contacts"] == pytest.approx(1.0)
    assert [h for h in report["highlights"] if h["kind"] == "root_cause"] == []


def test_caused_by_names_the_root_cause() -> None:
    model = example_a()
    model.update_step("T3", caused_by="T1")
    report = failure_demand_report(model)
    assert one(report, "root_causes")["step"] == "T1"


def test_an_alternative_into_a_trap_is_refused() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", WEB), ("X", "xor", "CUS"),
                         ("C", "task", "FUL", CALL), ("T", "task", "CUS"), ("U", "task", "CUS"),
                         ("E", "end", "CUS")],
                    [("S", "A"), ("A", "X"), ("X", "C", 0.5), ("X", "E", 0.5), ("X", "T", 0.0),
                     ("C", "E"), ("T", "U"), ("U", "T")])
    ids = flow_ids(model)
    report = failure_demand_report(model, alternatives={ids[("X", "C")]: ids[("X", "T")]})
    row = sensitivity(report, "X", "C")
    assert row["per_unit"] is None and "trap" in row["refused"]
    assert "W-SENSITIVITY-REFUSED" in codes(report)
    default = sensitivity(failure_demand_report(model), "X", "C")
    assert default["alternative"] == "E" and default["per_unit"] == pytest.approx(1.0)


def test_a_near_unstable_loop_is_flagged() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", WEB), ("X", "xor", "CUS"),
                         ("C", "task", "FUL", CALL), ("B", "task", "CUS"), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "X"), ("X", "C", 0.95), ("X", "B", 0.05), ("C", "A"),
                     ("B", "E")])
    report = failure_demand_report(model)
    row = sensitivity(report, "X", "C")
    assert row["per_unit"] == pytest.approx(400.0) and row["near_unstable"]
    assert row["finite_difference"] == pytest.approx(400.0, rel=1e-3)
    assert "W-NEAR-UNSTABLE" in codes(report)


def test_the_reason_of_a_call_through_an_ivr_belongs_to_the_agent_step() -> None:
    ivr = dict(visible=True, channel="ivr", duration=1, contact=True,
               contact_reason="menu", avoidable=True)
    model = journey(CFS, [("S", "start", "CUS"), ("A", "task", "CUS", WEB),
                          ("I", "task", "ITS", ivr), ("C", "task", "FUL", CALL),
                          ("E", "end", "CUS")],
                    [("S", "A"), ("A", "I"), ("I", "C"), ("C", "E")])
    report = failure_demand_report(model)
    assert [r["step"] for r in report["tables"]["contacts"]] == ["C"]
    assert one(report, "reasons")["reason"] == "info"
    assert one(report, "root_causes")["step"] == "A"  # through the IVR, not to it


def test_an_outbound_avoidable_contact_is_left_out_of_the_ratio() -> None:
    model = example_a()
    model.update_step("T3", initiated_by="company")
    report = failure_demand_report(model)
    assert "W-OUTBOUND-AVOIDABLE" in codes(report)
    # no contact the customer starts is left: the ratio is 0 of 0, n/a
    assert report["kpis"]["fdr"] is None and report["kpis"]["avoidable_contacts"] == 0.0
    row = one(report, "reasons")
    assert row["avoidable"] is True and row["inbound"] is False


def test_web_loops() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", WEB),
                         ("B", "task", "CUS", WEB), ("X", "xor", "CUS"), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "B"), ("B", "X"), ("X", "A", 0.3), ("X", "E", 0.7)])
    report = failure_demand_report(model)
    loop = one(report, "web_loops")
    assert set(loop["steps"].split()) == {"A", "B", "X"} and loop["web_only"]
    assert report["kpis"]["web_loops"] == 1


def test_a_model_that_fails_validation_gets_an_empty_report() -> None:
    report = failure_demand_report(case_trap())
    assert report["kpis"] == {} and "E-TRAP" in codes(report)
    assert all(table == [] for table in report["tables"].values())


def test_a_what_if_needs_the_model_and_known_flows() -> None:
    engine = analyse(example_a())
    with pytest.raises(ValueError):
        failure_demand_report(engine, what_if={"G1-T3": 0.1})
    with pytest.raises(ValueError):
        failure_demand_report(example_a(), what_if={"nope": 0.1})
    assert failure_demand_report(engine)["kpis"]["fdr"] == pytest.approx(1.0)


def test_a_what_if_reports_its_own_issues() -> None:
    report = failure_demand_report(example_a(), what_if={"G1-T3": 0.1})  # sums to 0.8
    assert "W-PROB-SUM" in codes(report)


# -- shape and scale ----------------------------------------------------------------------

SAMPLES: dict[str, Callable[[], ProcessModel]] = {
    "current": order_journey, "ae": order_journey_account_executive,
    "competitor": competitor_online_first, "example A": example_a,
}


@pytest.mark.parametrize("sample", SAMPLES)
def test_report_shape(sample: str) -> None:
    report = failure_demand_report(SAMPLES[sample]())
    assert set(report) == {"name", "title", "kpis", "tables", "highlights", "issues"}
    assert report["name"] == "failure_demand" and list(report["tables"]) == list(TABLES)
    for name, table in report["tables"].items():
        for row in table:
            assert list(row) == list(table[0]), name
            assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())
    assert all(v is None or isinstance(v, (int, float)) for v in report["kpis"].values())
    for mark in report["highlights"]:
        assert set(mark) == {"element", "kind", "severity", "badge", "badge_code", "badge_params"}
    json.dumps(report)


def test_the_ten_thousand_step_model_completes() -> None:
    engine = analyse(generated_model(10_000))
    report = failure_demand_report(engine)
    assert report["kpis"]["contacts"] > 0 and report["kpis"]["fdr"] == 0.0
    assert report["tables"]["reasons"][0]["reason"] == "unspecified"
