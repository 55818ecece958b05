"""Analysis 1, streamline and consolidate (docs/methods.md §3): worked example A, the Order
journey reference values (§10 item 5), the company view, the report shape, the edge
cases of §3, and a run on the 10,000-step generated model."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from customer_modeler.analysis import analyse, company_view, scorecard
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.badges import badge_words
from customer_modeler.analysis.streamline.analysis import TABLES, streamline_report
from customer_modeler.analysis.streamline.evidence import evidence_words
from customer_modeler.analysis.streamline.views import LANE_KPIS
from customer_modeler.model import ProcessModel
from customer_modeler.samples import (
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)
from tests.analysis.factory import (
    CF,
    case_and_block,
    case_split,
    case_trap,
    example_a,
    generated_model,
    journey,
)
from tests.analysis.reports import Report, codes, one, rows

TOL = 1e-6
REF = 1e-4  # §9.4 reference values are given to about 6 significant digits

SAMPLES: dict[str, Callable[[], ProcessModel]] = {
    "current": order_journey,
    "ae": order_journey_account_executive,
    "competitor": competitor_online_first,
    "example A": example_a,
}


@pytest.fixture(scope="module")
def report_a() -> Report:
    return streamline_report(example_a())


@pytest.fixture(scope="module")
def current() -> Report:
    return streamline_report(order_journey())


# -- worked example A ---------------------------------------------------------------------

def test_example_a_handoff_matrix(report_a: Report) -> None:
    matrix = {(r["from_lane"], r["to_lane"]): r["handoffs"]
              for r in report_a["tables"]["handoffs"]}
    assert matrix == pytest.approx({("CUS", "CSV"): 0.428571, ("CSV", "CUS"): 0.428571,
                                    ("CUS", "FUL"): 1.0}, abs=TOL)
    assert {r["kind"] for r in report_a["tables"]["handoffs"]} == {"interaction"}
    kpis = report_a["kpis"]
    assert kpis["internal_handoffs"] == pytest.approx(0.0, abs=TOL)
    assert kpis["company_handoffs"] == pytest.approx(1.857143, abs=TOL)
    assert kpis["company_interaction_handoffs"] == pytest.approx(1.857143, abs=TOL)


def test_example_a_has_no_transfer_chains_and_no_crowded_phase(report_a: Report) -> None:
    assert report_a["tables"]["transfer_chains"] == []
    assert report_a["tables"]["phases"] == []


def test_example_a_repeated_data(report_a: Report) -> None:
    name = one(report_a, "repeated_data", item="name")
    product = one(report_a, "repeated_data", item="product")
    assert name["repeat_provisions"] == pytest.approx(0.428571, abs=TOL)
    assert name["steps"] == "T3 T4" and name["flagged"]
    assert product["repeat_provisions"] == pytest.approx(0.128571, abs=TOL)
    assert product["steps"] == "T3" and product["flagged"]
    assert not one(report_a, "repeated_data", item="address")["flagged"]


def test_example_a_loop(report_a: Report) -> None:
    loop = one(report_a, "loops")
    assert set(loop["steps"].split()) == {"T2", "G1", "T3"}
    assert loop["excess_visits"] == pytest.approx(0.557143, abs=TOL)
    # 0.428571·5 + 0.128571·12
    assert loop["customer_minutes"] == pytest.approx(3.685714, abs=TOL)
    assert loop["avoidable_contacts"] == "T3"  # the link to Analysis 6
    cycles = report_a["tables"]["loop_cycles"]
    assert [set(c["cycle"].split()) for c in cycles] == [{"T2", "G1", "T3"}]


def test_example_a_complexity(report_a: Report) -> None:
    assert report_a["kpis"]["c7_cfc"] == 2
    assert report_a["kpis"]["c7_customer_decisions"] == 1


def test_example_a_non_value_adding_call() -> None:
    model = example_a()
    model.update_step("T3", value="NVA")
    report = streamline_report(model)
    assert report["kpis"]["c5_nva_customer_minutes"] == pytest.approx(5.142857, abs=TOL)
    assert report["kpis"]["c5_nva_share"] == pytest.approx(5.142857 / 35.285714, abs=TOL)
    assert round(report["kpis"]["c5_nva_share"], 3) == 0.146
    assert one(report, "candidates", rule="C5")["elements"] == "T3"


# -- the Order journey (current), §3 reference values -------------------------------------

def test_sample_handoffs(current: Report) -> None:
    kpis = current["kpis"]
    assert kpis["handoffs"] == pytest.approx(5.49, abs=REF)
    assert kpis["internal_handoffs"] == pytest.approx(2.335, abs=REF)
    assert kpis["company_handoffs"] == pytest.approx(3.155, abs=REF)
    assert kpis["interaction_handoffs"] == pytest.approx(3.155, abs=REF)
    total = sum(r["handoffs"] for r in current["tables"]["handoffs"])
    internal = sum(r["handoffs"] for r in current["tables"]["handoffs"] if r["kind"] == "internal")
    assert (total, internal) == pytest.approx((5.49, 2.335), abs=REF)


def test_sample_transfer_chains(current: Report) -> None:
    chains = {(r["from_step"], r["to_step"]): r for r in current["tables"]["transfer_chains"]}
    assert set(chains) == {("T03", "T04"), ("T11", "T12")}
    first = chains[("T03", "T04")]
    assert (first["from_lane"], first["to_lane"]) == ("CSV", "SAL")
    assert first["transitions"] == pytest.approx(0.1625, abs=REF)
    assert first["customer_minutes"] == pytest.approx(0.975, abs=REF)
    assert first["cost"] == pytest.approx(0.26, abs=REF)
    assert chains[("T11", "T12")]["transitions"] == pytest.approx(0.04375, abs=REF)
    assert (chains[("T11", "T12")]["from_lane"], chains[("T11", "T12")]["to_lane"]) == \
        ("SAL", "CSV")


def test_sample_phases_with_several_departments(current: Report) -> None:
    phases: dict[str, set[str]] = {}
    for row in current["tables"]["phases"]:
        phases.setdefault(row["phase"], set()).add(row["department"])
    assert phases == {"research": {"CSV", "SAL"}, "revise": {"SAL", "CSV"},
                      "return": {"CSV", "FUL"}}
    assert one(current, "phases", phase="research", department="SAL")["contacts"] == \
        pytest.approx(0.65, abs=REF)
    assert current["kpis"]["c2_phases"] == 3


def test_sample_repeated_data_per_item(current: Report) -> None:
    repeat = {r["item"]: r["repeat_provisions"] for r in current["tables"]["repeated_data"]}
    assert repeat["name"] == pytest.approx(1.0275, abs=REF)
    assert repeat["address"] == pytest.approx(0.28, abs=REF)
    assert repeat["need"] == pytest.approx(0.13, abs=REF)
    assert repeat["order_no"] == pytest.approx(0.06475, abs=REF)
    assert sum(repeat.values()) == pytest.approx(1.50225, abs=REF)
    assert current["kpis"]["c3_repeat_provisions"] == pytest.approx(1.50225, abs=REF)
    flagged = {r["item"] for r in current["tables"]["repeated_data"] if r["flagged"]}
    assert flagged == {"name", "address", "need"}  # order_no is below 0.1


def test_sample_loop(current: Report) -> None:
    loop = one(current, "loops")
    assert set(loop["steps"].split()) == {"T02", "G02", "T03", "T04", "T05", "G03"}
    assert loop["excess_visits"] == pytest.approx(0.519559, abs=REF)
    assert set(loop["avoidable_contacts"].split()) == {"T03", "T04"}


def test_sample_non_value_adding_steps(current: Report) -> None:
    kpis = current["kpis"]
    assert kpis["c5_nva_customer_minutes"] == pytest.approx(7.89125, abs=REF)
    assert kpis["c5_nva_cost"] == pytest.approx(2.39175, abs=REF)
    assert kpis["c5_nva_share"] == pytest.approx(0.0995, abs=1e-4)
    assert kpis["c7_cfc"] == 17


def test_candidates_are_ranked_by_customer_minutes_then_cost(current: Report) -> None:
    found = current["tables"]["candidates"]
    assert [c["rank"] for c in found] == list(range(1, len(found) + 1))
    keys = [(-c["customer_minutes"], -c["cost"]) for c in found]
    assert keys == sorted(keys)
    assert {c["rule"] for c in found} == {"C1", "C2", "C3", "C4", "C5"}
    transfer = one(current, "candidates", rule="C1", elements="T03 T04")
    assert transfer["customer_minutes"] == pytest.approx(0.975, abs=REF)


# -- views --------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLES)
def test_company_view_matches_the_engine_company_view(sample: str) -> None:
    engine = analyse(SAMPLES[sample]())
    report = streamline_report(engine)
    expected = company_view(engine)
    for key in LANE_KPIS:
        assert report["kpis"][f"company_{key}"] == pytest.approx(expected[key], abs=1e-9), key
        assert one(report, "views", kpi=key)["company"] == pytest.approx(expected[key], abs=1e-9)


def test_views_table_sets_both_views_side_by_side(current: Report) -> None:
    transfers = one(current, "views", kpi="transfers")
    assert transfers["departments"] == pytest.approx(0.20625, abs=REF)
    assert transfers["company"] == 0.0
    assert one(current, "views", kpi="lov_switches")["company"] == 0.0
    cost = one(current, "views", kpi="cost")
    assert cost["departments"] == cost["company"] and cost["difference"] == 0.0


def test_a_given_scorecard_gives_the_same_report() -> None:
    engine = analyse(order_journey())
    assert streamline_report(engine, card=scorecard(engine)) == streamline_report(engine)


# -- report shape and highlights ----------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLES)
def test_report_shape(sample: str) -> None:
    report = streamline_report(SAMPLES[sample]())
    assert set(report) == {"name", "title", "kpis", "tables", "highlights", "issues"}
    assert report["name"] == "streamline"
    assert list(report["tables"]) == list(TABLES)
    for name, table in report["tables"].items():
        for row in table:
            assert list(row) == list(table[0]), name
            assert all(v is None or isinstance(v, (str, int, float, bool)) for k, v in row.items()
                       if k != "evidence_params")
    assert all(v is None or isinstance(v, (int, float)) for v in report["kpis"].values())
    for mark in report["highlights"]:
        assert set(mark) == {"element", "kind", "severity", "badge", "badge_code", "badge_params"}
        assert mark["severity"] in ("info", "warning", "error")
        assert badge_words(mark["badge_code"], mark["badge_params"]) == mark["badge"]
    for row in report["tables"]["candidates"]:
        assert evidence_words(row["evidence_code"], row["evidence_params"]) == row["evidence"]
    json.dumps(report)


def marks(report: Report, kind: str) -> dict[str, str]:
    return {h["element"]: h["badge"] for h in report["highlights"] if h["kind"] == kind}


def test_example_a_highlights(report_a: Report) -> None:
    assert marks(report_a, "loop") == dict.fromkeys(("T2", "G1", "T3"), "↻ +0.56 visits")
    assert marks(report_a, "repeat_data") == {"T3": "repeat data: name, product",
                                              "T4": "repeat data: name"}
    assert marks(report_a, "customer_time_share")["T1"] == "28% of customer time"
    assert marks(report_a, "traversals")["G1-T3"] == "0.43"
    assert set(marks(report_a, "handoff")) == {"G1-T3", "T3-T2", "T4-T5"}


def test_sample_highlights(current: Report) -> None:
    transfer = marks(current, "transfer")
    assert set(transfer.values()) == {"⇄"} and len(transfer) == 2
    assert set(marks(current, "nva")) == {"T02", "T03", "T10", "T11", "T12", "T16", "T17",
                                          "T18", "T19", "T20"}


def test_step_table_sorting(current: Report) -> None:
    table = current["tables"]["steps"]
    assert table[0]["step"] == "T05"  # 20 min × 1.25 visits
    assert sum(r["customer_minutes"] for r in table) == pytest.approx(79.31, abs=REF)
    assert sum(r["customer_minutes_share"] for r in table) == pytest.approx(1.0)
    by_cost = streamline_report(order_journey(), sort_by="cost")["tables"]["steps"]
    assert [r["cost"] for r in by_cost] == sorted((r["cost"] for r in by_cost), reverse=True)
    with pytest.raises(ValueError):
        streamline_report(order_journey(), sort_by="colour")


# -- edge cases of §3 ---------------------------------------------------------------------

def test_every_branch_of_a_parallel_split_is_a_handoff() -> None:
    report = streamline_report(case_and_block())
    matrix = {(r["from_lane"], r["to_lane"]): r["handoffs"] for r in report["tables"]["handoffs"]}
    assert matrix == pytest.approx({("CUS", "FUL"): 2.0, ("FUL", "CUS"): 1.0})


def test_gateways_and_events_in_other_lanes_are_not_handoffs() -> None:
    model = journey(CF, [("S", "start", "FUL"), ("A", "task", "CUS"), ("X", "xor", "FUL"),
                         ("B", "task", "CUS"), ("E", "end", "FUL")],
                    [("S", "A"), ("A", "X"), ("X", "B", 0.5), ("X", "E", 0.5), ("B", "E")])
    report = streamline_report(model)
    assert report["tables"]["handoffs"] == [] and report["kpis"]["handoffs"] == 0.0


def test_an_empty_lane_is_ignored() -> None:
    model = example_a()
    from customer_modeler.model import Lane
    model.add_lane(Lane("ITS", "IT", "system"))
    report = streamline_report(model)
    lanes = {r["from_lane"] for r in report["tables"]["handoffs"]} | \
        {r["to_lane"] for r in report["tables"]["handoffs"]}
    assert "ITS" not in lanes
    assert report["kpis"]["handoffs"] == pytest.approx(1.857143, abs=TOL)


def test_a_step_without_lane_forms_its_own_lane() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("B", "task", None),
                         ("E", "end", "CUS")], [("S", "A"), ("A", "B"), ("B", "E")])
    report = streamline_report(model)
    assert "W-NO-LANE" in codes(report)
    assert one(report, "handoffs", from_lane="CUS")["to_lane"] == ""


def test_data_items_compare_trimmed_and_case_insensitive() -> None:
    model = journey(CF, [("S", "start", "CUS"),
                         ("A", "task", "CUS", dict(data_in=(" Name",))),
                         ("B", "task", "FUL", dict(data_in=("NAME ", "name"))),
                         ("E", "end", "CUS")], [("S", "A"), ("A", "B"), ("B", "E")])
    report = streamline_report(model)
    name = one(report, "repeated_data", item="name")
    assert name["repeat_provisions"] == pytest.approx(1.0) and name["steps"] == "A B"


def test_phase_other_is_left_out_of_c2() -> None:
    lanes = (("CUS", "customer"), ("D1", "department"), ("D2", "department"))
    steps: list[Any] = [("S", "start", "CUS")]
    for k, lane in enumerate(("D1", "D2")):
        steps.append((f"T{k}", "task", lane, dict(visible=True, channel="phone", contact=True,
                                                  duration=2.0)))
    steps.append(("E", "end", "CUS"))
    model = journey(lanes, steps, [("S", "T0"), ("T0", "T1"), ("T1", "E")])
    assert streamline_report(model)["tables"]["phases"] == []
    for k in range(2):
        model.update_step(f"T{k}", phase="order")
    report = streamline_report(model)
    assert {r["department"] for r in report["tables"]["phases"]} == {"D1", "D2"}
    assert one(report, "candidates", rule="C2")["elements"] == "T0 T1"


def test_a_candidate_that_addresses_nothing_is_not_ranked() -> None:
    # two departments in one phase, visible but no contact and no minute: "one point of
    # contact" would merge nothing, so the phase is listed under C2 but not ranked
    lanes = (("CUS", "customer"), ("D1", "department"), ("D2", "department"))
    steps: list[Any] = [("S", "start", "CUS"), ("W", "task", "CUS", dict(duration=3.0))]
    for k, lane in enumerate(("D1", "D2")):
        steps.append((f"T{k}", "task", lane, dict(visible=True, channel="phone",
                                                  contact=False, phase="order",
                                                  duration=4.0)))
    steps.append(("E", "end", "CUS"))
    model = journey(lanes, steps, [("S", "W"), ("W", "T0"), ("T0", "T1"), ("T1", "E")])
    report = streamline_report(model)
    assert {r["department"] for r in report["tables"]["phases"]} == {"D1", "D2"}
    assert sum(r["contacts"] for r in report["tables"]["phases"]) == 0
    assert rows(report, "candidates", rule="C2") == []
    # a C5 step with no customer minute and no cost is not ranked either
    model.update_step("W", value="NVA", duration=0.0)
    report = streamline_report(model)
    assert [r["step"] for r in report["tables"]["nva"]] == ["W"]
    assert rows(report, "candidates", rule="C5") == []
    assert report["kpis"]["candidates"] == 0


def test_back_office_merge() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"),
                         ("B", "task", "FUL", dict(duration=5)),
                         ("C", "task", "FUL", dict(duration=5, wait=60)),
                         ("E", "end", "CUS")], [("S", "A"), ("A", "B"), ("B", "C"), ("C", "E")])
    report = streamline_report(model)
    merge = one(report, "merges")
    assert (merge["first"], merge["second"], merge["lane"]) == ("B", "C", "FUL")
    assert merge["k"] == pytest.approx(1.0) and merge["wait_minutes"] == pytest.approx(60.0)


def test_no_merge_when_the_second_step_has_another_predecessor() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("X", "xor", "CUS"),
                         ("B", "task", "FUL"), ("C", "task", "FUL", dict(wait=60)),
                         ("E", "end", "CUS")],
                    [("S", "A"), ("A", "X"), ("X", "B", 0.5), ("X", "C", 0.5), ("B", "C"),
                     ("C", "E")])
    assert streamline_report(model)["tables"]["merges"] == []


@pytest.mark.parametrize("build", [case_trap, lambda: case_split([1.3, -0.3])])
def test_a_model_that_fails_validation_gets_no_candidates(build: Callable[[],
                                                                          ProcessModel]) -> None:
    report = streamline_report(build())
    assert report["kpis"] == {} and report["highlights"] == []
    assert all(table == [] for table in report["tables"].values())
    assert any(code.startswith("E-") for code in codes(report))


def test_an_engine_without_customer_lane_gets_no_candidates() -> None:
    model = journey((("D1", "department"),), [("S", "start", "D1"), ("A", "task", "D1"),
                                              ("E", "end", "D1")], [("S", "A"), ("A", "E")])
    report = streamline_report(model)
    assert "E-NO-CUSTOMER-LANE" in codes(report) and report["tables"]["steps"] == []


# -- scale --------------------------------------------------------------------------------

def test_the_ten_thousand_step_model_completes() -> None:
    engine: Engine = analyse(generated_model(10_000))
    report = streamline_report(engine)
    assert len(report["tables"]["steps"]) == 7000
    assert len(report["tables"]["loops"]) == 1000
    assert report["kpis"]["handoffs"] == pytest.approx(
        sum(r["handoffs"] for r in report["tables"]["handoffs"]))
