"""Analysis 5, what-if models (docs/methods.md §7 and §10 item 9): worked example E (table,
economics −217,371.43, workload), the account-executive sample (−449,753.27, break-even
489.75, the tornado), the section's edge cases, the change list and the report shape."""

from __future__ import annotations

import json

import pytest

from customer_modeler.analysis.compare.analysis import prepare
from customer_modeler.analysis.what_if.economics import economics_inputs, net_delta
from customer_modeler.analysis.what_if.analysis import find_ae_lane, is_variant, what_if_report
from customer_modeler.model import Flow, Lane, ProcessModel, Step
from customer_modeler.samples import (
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)
from tests.analysis.factory import case_trap, example_a, journey

E_SCENARIO = {"accounts": 1000.0, "journeys_per_account_per_year": 6.0,
              "accounts_per_ae": 250.0, "ae_cost_per_year": 60000.0}


def example_e() -> ProcessModel:
    """Worked example E (§7): example A with a dedicated account executive."""
    model = example_a()
    model.name = "Example E"
    model.info.variant_of = "test journey"
    model.add_lane(Lane("AEX", "Account executive", "department"), 1)
    model.update_step("T3", name="AE answers question (direct line)", lane="AEX", wait=0.5,
                      cost=0.0, effort=2, emotion=2, fail_prob=0.05, data_in=("product",))
    model.remove_lane("CSV")
    model.add_step(Step("T0", "task", "AE check-in call (outbound)", lane="AEX", visible=True,
                        channel="phone", contact=True, initiated_by="company", duration=5,
                        cost=0.0, emotion=1))
    model.add_step(Step("T4a", "task", "AE takes order by phone", lane="AEX", visible=True,
                        channel="phone", duration=6, wait=0.5, cost=0.0, effort=1, emotion=1,
                        fail_prob=0.004))
    model.add_step(Step("G2", "exclusiveGateway", "Order channel", lane="CUS"))
    model.remove_flow("S-T1")
    model.remove_flow("G1-T4")
    for flow in (Flow("S-T0", "S", "T0"), Flow("T0-T1", "T0", "T1"),
                 Flow("G1-G2", "G1", "G2", prob=0.85), Flow("G2-T4a", "G2", "T4a", prob=0.6),
                 Flow("G2-T4", "G2", "T4", prob=0.4), Flow("T4a-T5", "T4a", "T5")):
        model.add_flow(flow)
    model.update_flow("G1-T3", prob=0.15)
    model.scenario = dict(E_SCENARIO)
    return model


def kpis(report: dict[str, object]) -> dict[str, object]:
    found = report["kpis"]
    assert isinstance(found, dict)
    return found


def table(report: dict[str, object], name: str, key: str) -> dict[str, dict[str, object]]:
    return {str(row[key]): row for row in report["tables"][name]}  # type: ignore[index]


@pytest.fixture(scope="module")
def example() -> dict[str, object]:
    return what_if_report(example_a(), example_e())


@pytest.fixture(scope="module")
def sample() -> dict[str, object]:
    return what_if_report(order_journey(), order_journey_account_executive())


# -- worked example E ------------------------------------------------------------------------

EXAMPLE_E = {
    "contacts": (0.428571, 1.776471, 1.347899),
    "inbound_contacts": (0.428571, 0.776471, 0.347899),
    "customer_time": (35.285714, 34.482353, -0.803361),
    "channel_switches": (0.428571, 0.776471, 0.347899),
    "repeat_provisions": (0.557143, 0.026471, -0.530672),
    "effort_index": (6.421429, 6.319118, -0.102311),
    "cost": (11.571429, 7.800000, -3.771429),
    "p_any_failure": (0.162902, 0.132576, -0.030326),
    "wait_excess": (0.428571, 0.0, -0.428571),
}


@pytest.mark.parametrize("kpi", sorted(EXAMPLE_E))
def test_example_e_table(example: dict[str, object], kpi: str) -> None:
    row = table(example, "scorecard", "kpi")[kpi]
    base, variant, delta = EXAMPLE_E[kpi]
    assert row["baseline"] == pytest.approx(base, abs=1e-6)
    assert row["variant"] == pytest.approx(variant, abs=1e-6)
    assert row["delta"] == pytest.approx(delta, abs=1e-6)


def test_example_e_questions() -> None:
    base, variant = prepare(example_a()), prepare(example_e())
    assert base.engine.visits["T3"] == pytest.approx(0.428571, abs=1e-6)
    assert variant.engine.visits["T3"] == pytest.approx(0.176471, abs=1e-6)


def test_example_e_economics(example: dict[str, object]) -> None:
    k = kpis(example)
    assert k["journeys_per_year"] == 6000 and k["headcount"] == 4
    assert k["net_delta_per_year"] == pytest.approx(-217371.43, abs=0.01)
    assert k["net_delta_per_account"] == pytest.approx(-217.37, abs=0.01)
    rows = table(example, "economics", "item")
    assert rows["fixed_cost_per_year"]["variant"] == pytest.approx(240000)
    assert rows["variable_cost_per_year"]["baseline"] == pytest.approx(69428.57, abs=0.01)
    assert rows["variable_cost_per_year"]["variant"] == pytest.approx(46800.00, abs=0.01)
    assert rows["net_per_year"]["delta"] == pytest.approx(-217371.43, abs=0.01)


def test_example_e_workload_is_limited_by_the_span(example: dict[str, object]) -> None:
    load = table(example, "workload", "lane")["AEX"]
    assert load["minutes_per_journey"] == pytest.approx(10.011765, abs=1e-6)
    assert load["hours_per_year"] == pytest.approx(1001.18, abs=0.01)
    assert load["utilisation"] == pytest.approx(1001.18 / 6400, abs=1e-5)  # 15.6 %
    assert load["flag"] == "span limits, not workload"


def test_no_margin_breaks_even_when_p_kept_does_not_change(example: dict[str, object]) -> None:
    row = table(example, "break_even", "parameter")["margin_per_kept_order"]
    assert row["break_even"] is None and "no margin breaks even" in str(row["note"])
    assert kpis(example)["break_even_margin_per_kept_order"] is None


def test_example_e_is_slightly_better_for_the_customer(example: dict[str, object]) -> None:
    verdict = table(example, "verdict", "kpi")
    assert verdict["effort_index"]["change"] == "better"
    assert verdict["p_any_failure"]["change"] == "better"
    assert verdict["contacts"]["change"] == "worse"


# -- the account-executive sample ------------------------------------------------------------

def test_sample_per_journey_figures(sample: dict[str, object]) -> None:
    rows = table(sample, "economics", "item")
    expected = {"p_kept": (0.77, 0.87), "margin_per_journey": (29.54, 33.892174),
                "variable_cost_per_journey": (18.788625, 12.116126),
                "contribution_per_journey": (10.751375, 21.776048)}
    for item, (base, variant) in expected.items():
        assert rows[item]["baseline"] == pytest.approx(base, abs=1e-6)
        assert rows[item]["variant"] == pytest.approx(variant, abs=1e-6)
    outcomes = table(sample, "scorecard", "kpi")
    assert outcomes["p_return"]["variant"] == pytest.approx(0.075652, abs=1e-6)
    assert outcomes["p_abandon"]["variant"] == pytest.approx(0.054348, abs=1e-6)


def test_sample_economics_and_break_even(sample: dict[str, object]) -> None:
    k = kpis(sample)
    assert k["journeys_per_year"] == 10000 and k["headcount"] == 8
    assert k["delta_contribution_per_journey"] == pytest.approx(11.024673, abs=1e-6)
    assert table(sample, "economics", "item")["contribution_per_year"]["delta"] == \
        pytest.approx(110246.73, abs=0.01)
    assert k["net_delta_per_year"] == pytest.approx(-449753.27, abs=0.01)
    assert k["break_even_margin_per_kept_order"] == pytest.approx(489.75, abs=0.005)
    assert k["break_even_accounts_per_ae"] == 2000  # one AE for every account
    assert k["required_churn_reduction"] is None  # no retention figures in the scenario


TORNADO = {
    "accounts_per_ae": (200, 300, -589753.27, -379753.27),
    "ae_cost_per_year": (56000, 84000, -337753.27, -561753.27),
    "journeys_per_account_per_year": (4, 6, -471802.62, -427703.93),
    "margin_per_kept_order": (32, 48, -457753.27, -441753.27),
}


def test_sample_tornado(sample: dict[str, object]) -> None:
    rows = sample["tables"]["tornado"]  # type: ignore[index]
    assert [r["parameter"] for r in rows] == [  # sorted by swing
        "ae_cost_per_year", "accounts_per_ae", "journeys_per_account_per_year",
        "margin_per_kept_order"]
    for row in rows:
        low, high, at_low, at_high = TORNADO[row["parameter"]]
        assert (row["low"], row["high"]) == (pytest.approx(low), pytest.approx(high))
        assert row["net_at_low"] == pytest.approx(at_low, abs=0.01)
        assert row["net_at_high"] == pytest.approx(at_high, abs=0.01)
        assert row["swing"] == pytest.approx(abs(at_high - at_low), abs=0.02)


def test_sample_probabilistic_sensitivity(sample: dict[str, object]) -> None:
    k = kpis(sample)
    assert k["p_benefit"] == 0.0
    assert k["net_p5"] < k["net_delta_per_year"] < k["net_p95"] < 0  # type: ignore[operator]
    again = what_if_report(order_journey(), order_journey_account_executive())
    assert kpis(again)["net_p5"] == k["net_p5"]  # seeded


def test_sample_workload(sample: dict[str, object]) -> None:
    load = table(sample, "workload", "lane")["SAL"]
    assert load["minutes_per_journey"] == pytest.approx(11.666957, abs=1e-6)
    assert load["hours_per_ae"] == pytest.approx(243.06, abs=0.005)
    assert load["capacity_hours_per_ae"] == 1600


def test_sample_is_much_better_for_the_customer(sample: dict[str, object]) -> None:
    verdict = table(sample, "verdict", "kpi")
    expected = {"effort_index": (12.477, 7.419), "transfers": (0.206, 0.0),
                "p_any_failure": (0.396, 0.205), "wait_excess": (3.08, 0.0)}
    for kpi, (base, variant) in expected.items():
        assert verdict[kpi]["baseline"] == pytest.approx(base, abs=5e-3)
        assert verdict[kpi]["variant"] == pytest.approx(variant, abs=5e-3)
        assert verdict[kpi]["change"] == "better"
    assert table(sample, "scorecard", "kpi")["repeat_provisions"]["variant"] == \
        pytest.approx(0.04, abs=5e-3)


def test_sample_change_list_and_highlights(sample: dict[str, object]) -> None:
    changes = sample["tables"]["changes"]  # type: ignore[index]
    steps = {(r["element"], r["change"]) for r in changes if r["kind"] == "step"}
    assert {("T00", "added"), ("G00", "added"), ("T02", "removed"), ("G06", "removed"),
            ("T04", "changed")} <= steps
    assert ("T05", "changed") not in steps  # unchanged steps keep their attributes
    name = [r for r in changes if r["element"] == "T04" and r["attribute"] == "name"][0]
    assert (name["baseline"], name["variant"]) == (
        "Advise on products by phone", "AE advises on products (direct line)")
    kinds = {(h["element"], h["kind"]) for h in sample["highlights"]}  # type: ignore[union-attr]
    assert {("T00", "added"), ("T03", "removed"), ("T04", "changed"), ("SAL", "lov_before"),
            ("SAL", "lov_after")} <= kinds
    lanes = table(sample, "lov_lanes", "lane")
    assert lanes["CSV"]["variant_contacts"] == 0.0
    assert lanes["SAL"]["variant_contacts"] == pytest.approx(1.520783, abs=1e-6)


# -- edge cases ------------------------------------------------------------------------------

@pytest.mark.parametrize("missing", ["accounts", "journeys_per_account_per_year"])
def test_no_accounts_or_journeys_means_no_economics(missing: str) -> None:
    scenario = dict(order_journey_account_executive().scenario, **{missing: 0.0})
    report = what_if_report(order_journey(), order_journey_account_executive(),
                            scenario=scenario)
    assert kpis(report)["net_delta_per_year"] is None
    assert report["tables"]["economics"] == [] and report["tables"]["tornado"] == []  # type: ignore[index]
    assert table(report, "scorecard", "kpi")["cost"]["variant"] == pytest.approx(12.116126)
    assert table(report, "workload", "lane")["SAL"]["hours_per_ae"] is None


def test_a_variant_with_errors_is_refused() -> None:
    report = what_if_report(example_a(), case_trap())
    assert report["tables"] == {} and kpis(report) == {}
    assert any(i["code"] == "E-TRAP" and i["message"].startswith("variant:")  # type: ignore[index]
               for i in report["issues"])  # type: ignore[union-attr]


def test_unreachable_steps_only_warn() -> None:
    variant = example_e()
    variant.add_step(Step("X", "task", "Forgotten", lane="AEX", duration=3))
    report = what_if_report(example_a(), variant)
    assert "W-UNREACHABLE" in {i["code"] for i in report["issues"]}  # type: ignore[index,union-attr]
    assert kpis(report)["net_delta_per_year"] == pytest.approx(-217371.43, abs=0.01)


def test_baseline_fixed_costs_count_when_set() -> None:
    baseline = example_a()
    baseline.update_lane("CSV", fixed_cost_per_year=50000.0)
    report = what_if_report(baseline, example_e())
    assert kpis(report)["net_delta_per_year"] == pytest.approx(-217371.43 + 50000, abs=0.01)


def test_double_cost_warning() -> None:
    variant = example_e()
    variant.update_step("T4a", cost=4.0)  # 4 CU for 6 minutes of a salaried AE
    report = what_if_report(example_a(), variant)
    warned = [i for i in report["issues"] if i["code"] == "W-DOUBLE-COST"]  # type: ignore[index,union-attr]
    assert [w["elements"] for w in warned] == [["T4a"]]  # type: ignore[index]
    # one step reads as well as several: the steps are named last
    assert warned[0]["message"].endswith("(labour counted twice?): 'AE takes order by phone'")  # type: ignore[index]
    quiet = what_if_report(example_a(), example_e())
    assert not [i for i in quiet["issues"] if i["code"] == "W-DOUBLE-COST"]  # type: ignore[index,union-attr]


def test_retention_term_and_required_churn_reduction() -> None:
    scenario = dict(order_journey_account_executive().scenario, churn_base=0.20,
                    churn_variant=0.10, annual_margin_per_account=500.0)
    report = what_if_report(order_journey(), order_journey_account_executive(),
                            scenario=scenario)
    k = kpis(report)
    assert k["net_delta_per_year"] == pytest.approx(-449753.27 + 2000 * 0.1 * 500, abs=0.01)
    assert k["required_churn_reduction"] == pytest.approx(449753.27 / (2000 * 500), abs=1e-8)
    assert {"churn_base", "churn_variant", "annual_margin_per_account"} <= {
        r["parameter"] for r in report["tables"]["tornado"]}  # type: ignore[index]


def test_scenario_ranges_replace_the_default_spread() -> None:
    scenario = dict(order_journey_account_executive().scenario, ae_cost_per_year_min=65000.0,
                    ae_cost_per_year_max=90000.0, accounts_min=1500.0, accounts_max=2500.0)
    report = what_if_report(order_journey(), order_journey_account_executive(),
                            scenario=scenario)
    rows = table(report, "tornado", "parameter")
    assert (rows["ae_cost_per_year"]["low"], rows["ae_cost_per_year"]["high"]) == (65000, 90000)
    assert rows["ae_cost_per_year"]["net_at_low"] == pytest.approx(-449753.27 + 8 * 5000,
                                                                    abs=0.01)
    assert "accounts" in rows  # only with a range of its own


def test_net_delta_accepts_overrides() -> None:
    inputs = economics_inputs(E_SCENARIO, (-11.571429, -7.8), (1.0, 1.0), 0.0, (0.0, 0.0))
    assert inputs is not None
    assert net_delta(inputs) == pytest.approx(-217371.43, abs=0.01)
    assert net_delta(inputs, accounts_per_ae=1000.0) == pytest.approx(
        6000 * 3.771429 - 60000, abs=0.01)
    assert economics_inputs({"accounts": 10.0}, (0, 0), (1, 1), 0, (0, 0)) is None


# -- variants, lanes, fallback matching, shape -----------------------------------------------

def test_is_variant() -> None:
    current = order_journey()
    assert is_variant(current, order_journey_account_executive())
    assert not is_variant(current, competitor_online_first())  # shares ids, other company
    copy = current.copy()
    assert is_variant(current, copy)  # same company, shared ids
    assert not is_variant(example_a(), copy)


def test_find_ae_lane() -> None:
    assert find_ae_lane(order_journey_account_executive()) == "SAL"
    assert find_ae_lane(example_e()) == "AEX"
    assert find_ae_lane(order_journey()) is None


def test_without_shared_ids_tasks_are_paired_by_key() -> None:
    lanes = (("CUS", "customer"), ("CSV", "department"))
    steps = [("S", "start", "CUS"), ("A", "task", "CUS", dict(key="BROWSE", duration=3)),
             ("E", "end", "CUS")]
    renamed = [("S2", "start", "CUS"), ("B", "task", "CUS", dict(key="BROWSE", duration=4)),
               ("N", "task", "CSV", dict(key="NEW")), ("E2", "end", "CUS")]
    report = what_if_report(journey(lanes, steps, [("S", "A"), ("A", "E")]),
                            journey(lanes, renamed, [("S2", "B"), ("B", "N"), ("N", "E2")]))
    rows = [(r["baseline_element"], r["element"], r["change"], r["attribute"])
            for r in report["tables"]["changes"]]  # type: ignore[index]
    assert rows == [("", "N", "added", ""), ("A", "B", "changed", "name"),
                    ("A", "B", "changed", "duration")]


def test_report_shape(sample: dict[str, object], example: dict[str, object]) -> None:
    for report in (sample, example):
        assert set(report) == {"name", "title", "kpis", "tables", "highlights", "issues"}
        assert report["name"] == "what_if"
        json.dumps(report, allow_nan=False)
        for name, rows in report["tables"].items():  # type: ignore[union-attr]
            for row in rows:
                assert set(row) == set(rows[0]), name
                assert all(v is None or isinstance(v, (str, int, float, bool))
                           for v in row.values())
        for h in report["highlights"]:  # type: ignore[union-attr]
            assert set(h) == {"element", "kind", "severity", "badge", "badge_code", "badge_params"}
    assert set(sample["tables"]) == {  # type: ignore[arg-type]
        "scorecard", "economics", "break_even", "tornado", "workload", "verdict", "changes",
        "lov_lanes"}
