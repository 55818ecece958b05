"""Analysis 2, fail points and poor-experience risk (docs/methods.md §4, §10 item 6): worked
example A, the current Order journey, and the §4 edge cases."""

from __future__ import annotations

import math
from typing import Any

import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis import monte_carlo
from customer_modeler.analysis.fail_points.analysis import fail_points_report, occurrence
from customer_modeler.model import ProcessModel, Resource
from customer_modeler.samples import order_journey
from tests.analysis.factory import CF, case_and_block, example_a, journey
from tests.analysis.reports import Report, codes

TOL = 1e-6


def assert_report_shape(report: Report, name: str) -> None:
    """The common report shape: flat tables with one key set per table, scalar cells."""
    assert report["name"] == name and report["title"]
    assert set(report) == {"name", "title", "kpis", "tables", "highlights", "issues"}
    assert all(v is None or isinstance(v, (int, float)) for v in report["kpis"].values())
    for rows in report["tables"].values():
        for row in rows:
            assert list(row) == list(rows[0])
            assert all(v is None or isinstance(v, (bool, int, float, str)) for v in row.values())
    for mark in report["highlights"]:
        assert set(mark) == {"element", "kind", "severity", "badge", "badge_code", "badge_params"}
        assert mark["severity"] in ("info", "warning", "error")
    assert all(set(issue) == {"code", "elements", "message"} for issue in report["issues"])


def row_of(report: Report, element: str, table: str = "fail_points") -> dict[str, Any]:
    (row,) = [r for r in report["tables"][table] if r["element"] == element]
    return row


def flow_id(model: ProcessModel, source: str, target: str) -> str:
    (found,) = [f.id for f in model.flows.values() if (f.source, f.target) == (source, target)]
    return found


@pytest.fixture(scope="module")
def report_a() -> Report:
    return fail_points_report(example_a())


@pytest.fixture(scope="module")
def sample() -> ProcessModel:
    return order_journey()


@pytest.fixture(scope="module")
def report_sample(sample: ProcessModel) -> Report:
    return fail_points_report(sample)


# -- worked example A -------------------------------------------------------------------
def test_example_a_report_has_the_common_shape(report_a: Report) -> None:
    assert_report_shape(report_a, "fail_points")
    assert report_a["issues"] == []


def test_example_a_default_sort_is_by_expected_impact(report_a: Report) -> None:
    assert [r["element"] for r in report_a["tables"]["fail_points"]] == ["T5", "T3", "T4"]
    assert [r["rank"] for r in report_a["tables"]["fail_points"]] == [1, 2, 3]


def test_example_a_rpn_order() -> None:
    report = fail_points_report(example_a(), sort="RPN")
    assert [r["element"] for r in report["tables"]["fail_points"]] == ["T5", "T4", "T3"]
    assert {r["element"]: r["rank_EI"] for r in report["tables"]["fail_points"]} == {
        "T5": 1, "T3": 2, "T4": 3}


def test_unknown_sort_is_refused() -> None:
    with pytest.raises(ValueError, match="sort"):
        fail_points_report(example_a(), sort="S")


@pytest.mark.parametrize(("element", "p_eff", "f", "per_1000", "s", "o", "d", "rpn", "ei"), [
    ("T5", 0.12, 0.12, 120.0, 8, 10, 9, 720, 0.96),
    ("T3", 0.10, 0.042857, 42.857143, 5, 8, 6, 240, 0.214286),
    ("T4", 0.007984, 0.007984, 7.984, 6, 6, 8, 288, 0.047904),
])
def test_example_a_fail_point_rows(report_a: Report, element: str, p_eff: float, f: float,
                                   per_1000: float, s: int, o: int, d: int, rpn: int,
                                   ei: float) -> None:
    row = row_of(report_a, element)
    assert row["p_eff"] == pytest.approx(p_eff, abs=TOL)
    assert row["F"] == pytest.approx(f, abs=TOL)
    assert row["per_1000"] == pytest.approx(per_1000, abs=1e-3)
    assert (row["S"], row["O"], row["D"], row["RPN"]) == (s, o, d, rpn)
    assert row["EI"] == pytest.approx(ei, abs=TOL)
    assert row["recovery_modelled"] == "no, only a probability"
    assert row["unrated"] == ""
    assert row["moment_of_truth"] is (element == "T5")


def test_example_a_p_eff_of_t4_combines_step_and_system(report_a: Report) -> None:
    assert row_of(report_a, "T4")["p_eff"] == pytest.approx(1 - 0.996 * 0.996, abs=1e-12)


@pytest.mark.parametrize(("key", "expected"), [
    ("p_any_failure", 0.162902), ("exp_failures", 0.170841), ("p_mot_failure", 0.12),
    ("wait_excess", 0.428571), ("p_wait_point", 0.3), ("avg_expected_emotion", 0.246366),
    ("pe_design", 2.0), ("fail_points", 3), ("wait_points", 1), ("pain_points", 1),
])
def test_example_a_kpis(report_a: Report, key: str, expected: float) -> None:
    assert report_a["kpis"][key] == pytest.approx(expected, abs=TOL)


def test_example_a_wait_point(report_a: Report) -> None:
    (row,) = report_a["tables"]["wait_points"]
    assert row["element"] == "T3"
    assert row["excess"] == pytest.approx(0.428571, abs=TOL)
    assert row["p_meet"] == pytest.approx(0.3, abs=TOL)
    assert row["P_wait_gt_tol"] is None


def test_example_a_expected_emotions_and_pain_point(report_a: Report) -> None:
    expected = {r["element"]: r["expected_emotion"] for r in report_a["tables"]["emotion"]}
    assert expected == pytest.approx({"T1": 0.0, "T2": -1.0, "T3": 0.6, "T4": 0.968064,
                                      "T5": 1.4}, abs=TOL)
    assert [r["element"] for r in report_a["tables"]["emotion"] if r["pain_point"]] == ["T2"]


def test_example_a_emotion_curve_follows_the_most_likely_path(report_a: Report) -> None:
    curve = report_a["tables"]["emotion_curve"]
    assert [(r["position"], r["element"], r["emotion"]) for r in curve] == [
        (1, "T1", 0), (2, "T2", -1), (3, "T4", 1), (4, "T5", 2)]
    assert [r["expected_emotion"] for r in curve] == pytest.approx([0, -1, 0.968064, 1.4],
                                                                   abs=TOL)
    assert [(r["fail_point"], r["moment_of_truth"]) for r in curve] == [
        (False, False), (False, False), (True, False), (True, True)]


def test_example_a_highlights(report_a: Report) -> None:
    marks = {(h["element"], h["kind"]): (h["severity"], h["badge"])
             for h in report_a["highlights"]}
    assert marks[("T5", "fail_point")] == ("error", "F")  # EI terciles: red, amber, yellow
    assert marks[("T3", "fail_point")] == ("warning", "F")
    assert marks[("T4", "fail_point")] == ("info", "F")
    assert marks[("T3", "wait_point")] == ("warning", "W")
    assert marks[("T5", "moment_of_truth")][1] == "★"
    assert ("T2", "pain_point") in marks
    assert [r["band"] for r in report_a["tables"]["fail_points"]] == ["red", "amber", "yellow"]


def test_engine_input_and_pe_mc_from_monte_carlo() -> None:
    engine = analyse(example_a())
    mc = monte_carlo(engine, runs=2_000, seed=3)
    report = fail_points_report(engine, mc=mc)
    assert mc.pe is not None
    assert report["kpis"]["pe_mc"] == mc.pe.mean
    assert report["kpis"]["p_any_failure"] == pytest.approx(0.162902, abs=TOL)


# -- sample: Order journey (current) ----------------------------------------------------
def test_sample_misroute_flow_ranks_first_by_ei(sample: ProcessModel,
                                                report_sample: Report) -> None:
    first = report_sample["tables"]["fail_points"][0]
    assert first["element"] == flow_id(sample, "G02", "T03")
    assert first["kind"] == "flow"
    assert first["EI"] == pytest.approx(0.65, abs=TOL)
    assert first["F"] == pytest.approx(0.1625, abs=TOL)
    assert (first["S"], first["O"], first["D"], first["RPN"]) == (4, 10, 10, 400)
    assert first["recovery_modelled"] == "yes"


@pytest.mark.parametrize(("source", "element", "f", "o", "rpn", "ei"), [
    (None, "T14", 0.052063, 9, 648, 0.4165),
    (None, "T04", 0.072008, 9, 270, 0.36),
    (None, "T13", 0.037520, 8, 336, 0.26264),
    ("G06", "T11", 0.04375, 8, 320, 0.175),
    (None, "T06", 0.026666, 8, 384, 0.16),
])
def test_sample_top_rows(sample: ProcessModel, report_sample: Report, source: str | None,
                         element: str, f: float, o: int, rpn: int, ei: float) -> None:
    ident = element if source is None else flow_id(sample, source, element)
    row = row_of(report_sample, ident)
    assert row["F"] == pytest.approx(f, abs=TOL)
    assert (row["O"], row["RPN"]) == (o, rpn)
    assert row["EI"] == pytest.approx(ei, abs=1e-4)
    order = [r["element"] for r in report_sample["tables"]["fail_points"][:6]]
    assert order.index(ident) == ["G02", "T14", "T04", "T13", "G06", "T06"].index(
        source or element)


def test_sample_p_eff_of_delivery_and_advice(report_sample: Report) -> None:
    assert row_of(report_sample, "T14")["p_eff"] == pytest.approx(0.0595, abs=TOL)
    assert row_of(report_sample, "T04")["p_eff"] == pytest.approx(0.110782, abs=TOL)


def test_sample_invisible_fail_points_surface(report_sample: Report) -> None:
    assert row_of(report_sample, "T13")["surfaces_at"] == "T14"
    assert row_of(report_sample, "T08")["surfaces_at"] == "T09"
    pairs = {(r["element"], r["surfaces_at"]) for r in report_sample["tables"]["surfacing"]}
    assert pairs == {("T13", "T14"), ("T08", "T09")}
    marks = {(h["element"], h["kind"]): h["badge"] for h in report_sample["highlights"]}
    assert marks[("T13", "surfaces_at")] == "→ 'Deliver order'"  # T14, by name


def test_sample_journey_risk_and_waits(report_sample: Report) -> None:
    kpis = report_sample["kpis"]
    assert kpis["p_any_failure"] == pytest.approx(0.395677, abs=TOL)
    assert kpis["exp_failures"] == pytest.approx(0.524832, abs=TOL)
    assert kpis["wait_excess"] == pytest.approx(3.08125, abs=TOL)
    assert kpis["pe_design"] == 2.0
    excess = {r["element"]: r["excess"] for r in report_sample["tables"]["wait_points"]}
    assert excess == pytest.approx({"T04": 1.3, "T12": 0.875, "T07": 0.4375, "T19": 0.2625,
                                    "T03": 0.1625, "T11": 0.04375}, abs=TOL)
    assert [r["element"] for r in report_sample["tables"]["wait_points"]][:2] == ["T04", "T12"]


def test_sample_failure_flows_are_drawn_red(sample: ProcessModel,
                                            report_sample: Report) -> None:
    red = {h["element"] for h in report_sample["highlights"] if h["kind"] == "failure_flow"}
    assert red == {flow_id(sample, "G02", "T03"), flow_id(sample, "G06", "T11")}
    assert "W-FAIL-DOUBLE" not in codes(report_sample)  # the IVR steps set no fail_prob


@pytest.mark.parametrize(("per_1000", "rank"), [
    (100, 10), (99.9, 9), (50, 9), (20, 8), (10, 7), (5, 6), (2, 5), (1, 4), (0.5, 3),
    (0.1, 2), (0.099, 1), (0, 1)])
def test_occurrence_table(per_1000: float, rank: int) -> None:
    assert occurrence(per_1000) == rank


# -- edge cases ---------------------------------------------------------------------------
def chain(attrs: dict[str, Any]) -> ProcessModel:
    """S→A→X(xor)→{B (0.8), C (0.2, failure)}→E, with ``attrs`` on A."""
    return journey(CF, [
        ("S", "start", "CUS"), ("A", "task", "FUL", attrs), ("X", "xor", "FUL"),
        ("B", "task", "CUS", dict(emotion=1)), ("C", "task", "CUS"), ("E", "end", "CUS")],
        [("S", "A"), ("A", "X"), ("X", "B", 0.8), ("X", "C", 0.2, {"failure": True}), ("B", "E"),
         ("C", "E")], systems={"SYS": 0.1})


@pytest.mark.parametrize("value", [1.3, -0.1])
def test_fail_prob_out_of_range_stops_the_analysis(value: float) -> None:
    report = fail_points_report(chain(dict(fail_prob=value)))
    assert "E-PROB-RANGE" in codes(report)
    assert report["tables"] == {} and report["kpis"] == {}


def test_certain_failure_is_flagged() -> None:
    report = fail_points_report(chain(dict(fail_prob=1.0)))
    assert "W-CERTAIN-FAIL" in codes(report)
    assert row_of(report, "A")["p_eff"] == 1.0


def test_unrated_severity_and_detection_default_to_5() -> None:
    report = fail_points_report(chain(dict(fail_prob=0.1)))
    row = row_of(report, "A")
    assert (row["S"], row["D"], row["unrated"]) == (5.0, 5.0, "S D")
    assert row_of(report, "X-C")["unrated"] == "S D"


def test_failure_on_a_gateway_is_ignored() -> None:
    model = chain({})
    model.update_step("X", fail_prob=0.3)
    report = fail_points_report(model)
    assert "W-FAIL-NONTASK" in codes(report)
    assert [r["element"] for r in report["tables"]["fail_points"]] == ["X-C"]


def test_unknown_system_never_fails() -> None:
    report = fail_points_report(chain(dict(systems=("NOPE", "SYS"))))
    assert "W-UNKNOWN-SYSTEM" in codes(report)
    assert row_of(report, "A")["p_eff"] == pytest.approx(0.1, abs=1e-12)


def test_failing_step_before_a_gateway_with_a_failure_flow_counts_twice() -> None:
    report = fail_points_report(chain(dict(fail_prob=0.1)))
    (issue,) = [i for i in report["issues"] if i["code"] == "W-FAIL-DOUBLE"]
    assert issue["elements"] == ["A", "X-C"]
    assert {r["element"] for r in report["tables"]["fail_points"]} == {"A", "X-C"}
    assert report["kpis"]["exp_failures"] == pytest.approx(0.1 + 0.2, abs=TOL)
    # both modes absorb: P(≥1) = 0.1 + 0.9·0.2
    assert report["kpis"]["p_any_failure"] == pytest.approx(0.28, abs=TOL)


def test_invisible_failure_flow_surfaces_beyond_its_target() -> None:
    # X→C is a misroute into a backstage step C; the customer notices at D, after C
    model = journey(CF, [
        ("S", "start", "CUS"), ("X", "xor", "CUS"), ("B", "task", "CUS"),
        ("C", "task", "FUL"), ("D", "task", "CUS"), ("E", "end", "CUS")],
        [("S", "X"), ("X", "B", 0.9), ("X", "C", 0.1, {"failure": True}), ("B", "E"),
         ("C", "D"), ("D", "E")])
    report = fail_points_report(model)
    row = row_of(report, "X-C")
    assert row["visible"] is False
    assert (row["surfaces_at"], row["surface_hops"]) == ("D", 2)
    assert report["tables"]["surfacing"] == [{"element": "X-C", "surfaces_at": "D", "hops": 2}]


def test_failure_that_never_surfaces() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"),
                         ("B", "task", "FUL", dict(fail_prob=0.1)), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "B"), ("B", "E")])
    row = row_of(fail_points_report(model), "B")
    assert (row["surfaces_at"], row["surface_hops"]) == ("", None)


def test_loops_fail_on_every_execution() -> None:
    report = fail_points_report(example_a())
    assert row_of(report, "T3")["F"] == pytest.approx(0.428571 * 0.1, abs=TOL)


def test_parallel_branches_report_the_monte_carlo_probability() -> None:
    model = case_and_block()
    model.update_step("B", fail_prob=0.1)
    model.update_step("C", fail_prob=0.2)
    engine = analyse(model)
    mc = monte_carlo(engine, runs=4_000, seed=5)
    report = fail_points_report(engine, mc=mc)
    assert "W-AND-APPROX" in codes(report)
    assert mc.p_any_failure is not None
    assert report["kpis"]["p_any_failure_mc"] == mc.p_any_failure.mean
    assert mc.p_any_failure.mean == pytest.approx(1 - 0.9 * 0.8, abs=4 * mc.p_any_failure.se)


def test_without_emotions_there_is_no_curve() -> None:
    report = fail_points_report(journey(CF, [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(fail_prob=0.1)), ("E", "end", "CUS")],
        [("S", "A"), ("A", "E")]))
    assert report["tables"]["emotion_curve"] == [] and report["tables"]["emotion"] == []
    assert report["kpis"]["pe_design"] is None
    assert report["kpis"]["avg_expected_emotion"] is None


def test_most_likely_path_without_visible_steps_has_no_peak_end() -> None:
    report = fail_points_report(journey(CF, [
        ("S", "start", "CUS"), ("X", "xor", "CUS"), ("A", "task", "FUL", dict(emotion=2)),
        ("B", "task", "CUS", dict(emotion=-1)), ("E", "end", "CUS")],
        [("S", "X"), ("X", "A", 0.9), ("X", "B", 0.1), ("A", "E"), ("B", "E")]))
    assert report["kpis"]["pe_design"] is None
    assert report["tables"]["emotion_curve"] == []
    assert report["kpis"]["avg_expected_emotion"] == -1.0  # only B is visible


def test_wait_points_use_the_queue_model_when_there_is_one() -> None:
    model = journey(CF, [
        ("S", "start", "CUS"), ("A", "task", "FUL", dict(visible=True, channel="phone",
                                                         duration=6, wait=0, tolerance=1,
                                                         resource="POOL")),
        ("E", "end", "CUS")], [("S", "A"), ("A", "E")])
    model.resources = {"POOL": Resource("POOL", "Agents", capacity=2)}
    model.scenario = {"arrival_rate_per_min": 0.25}  # A = 1.5 Erlangs on 2 agents
    (row,) = fail_points_report(model)["tables"]["wait_points"]
    # P_W = 0.642857, W_q = P_W·6/0.5, P(wait > 1) = P_W·exp(−0.5/6)
    assert row["wait"] == pytest.approx(0.642857 * 12, abs=1e-5)
    assert row["P_wait_gt_tol"] == pytest.approx(0.642857 * math.exp(-0.5 / 6), abs=1e-5)
