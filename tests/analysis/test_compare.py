"""Analysis 3, compare with a competitor (docs/methods.md §5 and §10 item 7): worked example C,
the GED examples, the samples (similarity 0.6, the ours-only and theirs-only sets, the
phase table), the section's edge cases and the common report shape."""

from __future__ import annotations

import json
import math

import pytest

from customer_modeler.analysis.compare.analysis import Side, compare_report, prepare
from customer_modeler.analysis.compare.matching import match_steps, visible_tasks
from customer_modeler.model import Flow, ProcessModel, Step
from customer_modeler.samples import (
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)
from tests.analysis.factory import (
    FlowRow,
    StepRow,
    case_trap,
    example_a,
    generated_model,
    journey,
)

REPORT_KEYS = {"name", "title", "kpis", "tables", "highlights", "issues"}


def example_c() -> ProcessModel:
    """Competitor C of §5: example A with T2 emotion 0, the question branch at 0.1, and
    the question answered in live chat."""
    model = example_a()
    model.update_step("T2", emotion=0)
    model.update_flow("G1-T3", prob=0.1)
    model.update_flow("G1-T4", prob=0.9)
    model.update_step("T3", name="Answer product question in live chat", channel="chat",
                      duration=5, wait=1, tolerance=3, cost=2.5, emotion=1, fail_prob=0.10,
                      severity=5, detection=6, data_in=("product",))
    return model


def without_question(model: ProcessModel) -> ProcessModel:
    """The model with T3 and its flows deleted."""
    for flow in list(model.flows_of("T3")):
        model.remove_flow(flow.id)
    model.remove_step("T3")
    return model


def rows_by(report: dict[str, object], table: str, key: str) -> dict[str, dict[str, object]]:
    tables = report["tables"]
    assert isinstance(tables, dict)
    return {str(row[key]): row for row in tables[table]}


def kpis(report: dict[str, object]) -> dict[str, object]:
    found = report["kpis"]
    assert isinstance(found, dict)
    return found


@pytest.fixture(scope="module")
def example() -> dict[str, object]:
    return compare_report(example_a(), example_c())


@pytest.fixture(scope="module")
def samples() -> dict[str, object]:
    # no GED search: 19 + 11 visible tasks would use up the whole step budget
    return compare_report(order_journey(), competitor_online_first(), ged_step_limit=0)


# -- worked example C ------------------------------------------------------------------------

EXAMPLE_C = {
    "customer_time": (35.285714, 29.222222, -6.063492),
    "contacts": (0.428571, 0.111111, -0.317460),
    "touchpoints": (4.857143, 4.222222, -0.634921),
    "handoffs": (1.857143, 1.222222, -0.634921),
    "channel_switches": (0.428571, 0.111111, -0.317460),
    "repeat_provisions": (0.557143, 0.011111, -0.546032),
    "effort_index": (6.421429, 4.450000, -1.971429),
    "cost": (11.571429, 9.277778, -2.293651),
    "p_any_failure": (0.162902, 0.136619, -0.026283),
    "wait_excess": (0.428571, 0.0, -0.428571),
}


@pytest.mark.parametrize("kpi", sorted(EXAMPLE_C))
def test_example_c_deltas(example: dict[str, object], kpi: str) -> None:
    row = rows_by(example, "scorecard", "kpi")[kpi]
    ours, theirs, delta = EXAMPLE_C[kpi]
    assert row["ours"] == pytest.approx(ours, abs=1e-6)
    assert row["theirs"] == pytest.approx(theirs, abs=1e-6)
    assert row["delta"] == pytest.approx(delta, abs=1e-6)
    assert row["better"] == "theirs"


def test_example_c_evaluate_phase_differs_and_the_others_are_equal(
        example: dict[str, object]) -> None:
    phases = rows_by(example, "phases", "phase")
    assert phases["evaluate"]["ours_customer_time"] == pytest.approx(12.285714, abs=1e-6)
    assert phases["evaluate"]["theirs_customer_time"] == pytest.approx(6.222222, abs=1e-6)
    assert phases["evaluate"]["better"] == "theirs"
    for phase in ("research", "order", "receive"):
        assert phases[phase]["ours_customer_time"] == pytest.approx(
            phases[phase]["theirs_customer_time"], abs=1e-9)
        assert phases[phase]["better"] == "equal"


def test_example_c_node_similarity(example: dict[str, object]) -> None:
    matched = rows_by(example, "matched", "ours")
    assert {k: row["weight"] for k, row in matched.items()} == {
        "T1": 1.0, "T2": 1.0, "T3": 0.5, "T4": 1.0, "T5": 1.0}
    assert kpis(example)["node_similarity"] == pytest.approx(0.9, abs=1e-12)


def test_example_c_graph_edit_distance(example: dict[str, object]) -> None:
    assert kpis(example)["ged"] == pytest.approx(0.5, abs=1e-12)
    assert kpis(example)["ged_similarity"] == pytest.approx(0.975, abs=1e-12)
    ged = rows_by(example, "similarity", "measure")["graph_edit_distance"]
    assert ged["status"] == "exact" and ged["note"] == "nodes and edges compared: 20"


def test_a_graph_edit_distance_over_one_node_reads_right() -> None:
    """One visible step against none: the note once read "over 1 nodes and edges"."""
    lanes = (("CUS", "customer"), ("SAL", "department"))
    ours = journey(lanes, [("S", "start", "CUS"), ("A", "task", "CUS", dict(visible=True)),
                           ("E", "end", "CUS")], [("S", "A"), ("A", "E")])
    theirs = journey(lanes, [("S", "start", "CUS"), ("B", "task", "SAL", dict(visible=False)),
                             ("E", "end", "CUS")], [("S", "B"), ("B", "E")])
    ged = rows_by(compare_report(ours, theirs), "similarity", "measure")["graph_edit_distance"]
    assert ged["note"] == "nodes and edges compared: 1"


def test_variant_without_the_question_step() -> None:
    report = compare_report(example_a(), without_question(example_c()))
    assert kpis(report)["ged"] == pytest.approx(3.0, abs=1e-12)
    assert kpis(report)["ged_similarity"] == pytest.approx(0.823529, abs=1e-6)
    assert rows_by(report, "similarity", "measure")["ged_similarity"]["status"] == "exact"
    assert [row["element"] for row in report["tables"]["ours_only"]] == ["T3"]  # type: ignore[index]


def test_the_worse_matched_step_is_marked_on_our_diagram(example: dict[str, object]) -> None:
    assert example["highlights"] == [
        {"element": "T3", "kind": "worse", "severity": "error",
         "badge": "▼ vs 'Answer product question in live chat'", "badge_code": "compare.worse",
         "badge_params": {"theirs": "'Answer product question in live chat'"}}]  # by name
    t3 = rows_by(example, "matched", "ours")["T3"]
    assert t3["d_customer_time"] == pytest.approx(-6.0)  # 8 + 4 on the phone, 5 + 1 in chat
    assert t3["d_effort"] == pytest.approx(-1.0) and t3["verdict"] == "worse"


# -- samples ---------------------------------------------------------------------------------

def test_samples_similarity_and_sets(samples: dict[str, object]) -> None:
    assert kpis(samples)["node_similarity"] == pytest.approx(0.6, abs=1e-12)
    matched = rows_by(samples, "matched", "ours")
    assert list(matched) == ["T01", "T04", "T05", "T06", "T09", "T12", "T14", "T15", "T17",
                             "T21"]
    assert all(row["theirs"] == key for key, row in matched.items())
    assert {k for k, row in matched.items() if row["weight"] == 0.5} == {"T04", "T12"}
    assert list(rows_by(samples, "ours_only", "element")) == [
        "T02", "T03", "T07", "T10", "T11", "T16", "T18", "T19", "T20"]
    assert list(rows_by(samples, "theirs_only", "element")) == ["T10"]


SAMPLE_PHASES = {
    "research": (25.4, 13.421739), "evaluate": (25.0, 13.043), "order": (9.84375, 5.543),
    "revise": (2.975, 0.610), "receive": (13.125, 13.859), "return": (2.96625, 1.386),
}


@pytest.mark.parametrize("phase", sorted(SAMPLE_PHASES))
def test_samples_customer_minutes_by_phase(samples: dict[str, object], phase: str) -> None:
    row = rows_by(samples, "phases", "phase")[phase]
    current, competitor = SAMPLE_PHASES[phase]
    assert row["ours_customer_time"] == pytest.approx(current, abs=1e-3)
    assert row["theirs_customer_time"] == pytest.approx(competitor, abs=1e-3)


def test_samples_highlights_mark_both_diagrams(samples: dict[str, object]) -> None:
    highlights = samples["highlights"]
    assert isinstance(highlights, list)
    by_kind: dict[str, set[str]] = {}
    for h in highlights:
        by_kind.setdefault(h["kind"], set()).add(h["element"])
    assert by_kind["ours_only"] == {"T02", "T03", "T07", "T10", "T11", "T16", "T18", "T19",
                                    "T20"}
    assert by_kind["theirs_only"] == {"T10"}
    assert "T12" in by_kind["worse"]  # phone with an 8-minute wait against a chat


def test_ged_without_search_is_the_matching_upper_bound(samples: dict[str, object]) -> None:
    ged = rows_by(samples, "similarity", "measure")["graph_edit_distance"]
    assert ged["status"] == "upper bound"
    assert kpis(samples)["ged"] == pytest.approx(36.0)  # the edit path the matching implies
    assert kpis(samples)["ged_similarity"] == pytest.approx(1 - 36 / 69)


def test_ged_is_skipped_beyond_thirty_visible_tasks() -> None:
    report = compare_report(order_journey(), order_journey_account_executive())
    assert kpis(report)["ged"] is None and kpis(report)["ged_similarity"] is None
    assert rows_by(report, "similarity", "measure")["ged_similarity"]["status"] == "skipped"


def test_ged_step_limit_labels_an_upper_bound() -> None:
    report = compare_report(order_journey(), competitor_online_first(), ged_step_limit=100)
    row = rows_by(report, "similarity", "measure")["graph_edit_distance"]
    assert row["status"] == "upper bound"
    assert 0 < float(row["value"]) <= 36.0  # type: ignore[arg-type]


# -- edge cases ------------------------------------------------------------------------------

LANES = (("CUS", "customer"), ("CSV", "department"))


def _ivr_model(menus: int) -> ProcessModel:
    """A chain of ``menus`` IVR menus (one key) before a phone call."""
    steps: list[StepRow] = [("S", "start", "CUS")]
    flows: list[FlowRow] = []
    previous = "S"
    for k in range(menus):
        steps.append((f"M{k}", "task", "CSV", dict(visible=True, channel="ivr", key="IVR",
                                                    duration=1)))
        flows.append((previous, f"M{k}"))
        previous = f"M{k}"
    steps += [("C", "task", "CSV", dict(visible=True, channel="phone", key="CALL")),
              ("E", "end", "CUS")]
    flows += [(previous, "C"), ("C", "E")]
    return journey(LANES, steps, flows)


def test_a_key_on_several_nodes_matches_one_to_one() -> None:
    report = compare_report(_ivr_model(3), _ivr_model(1))
    matched = rows_by(report, "matched", "ours")
    assert set(matched) == {"M0", "C"}  # the same id wins among equal keys
    assert list(rows_by(report, "ours_only", "element")) == ["M1", "M2"]
    assert kpis(report)["node_similarity"] == pytest.approx(2 * 2 / 6)


def test_different_numbers_of_starts_and_ends_are_fine() -> None:
    two_ends = example_a()
    two_ends.update_flow("G1-T3", prob=0.2)
    two_ends.update_flow("G1-T4", prob=0.7)
    two_ends.add_step(Step("E2", "endEvent", "Gives up", lane="CUS", outcome="abandon"))
    two_ends.add_flow(Flow("G1-E2", "G1", "E2", prob=0.1))
    report = compare_report(example_a(), two_ends)
    assert not report["issues"]
    assert kpis(report)["node_similarity"] == pytest.approx(1.0)
    assert rows_by(report, "scorecard", "kpi")["p_abandon"]["theirs"] == pytest.approx(0.1 / 0.8)


@pytest.mark.parametrize("trapped", ["ours", "theirs"])
def test_a_trap_refuses_that_side(trapped: str) -> None:
    models = [example_a(), case_trap()] if trapped == "theirs" else [case_trap(), example_a()]
    report = compare_report(*models)
    assert report["tables"] == {} and report["highlights"] == []
    assert kpis(report)["node_similarity"] is None
    codes = [(i["code"], i["message"].split(":")[0]) for i in report["issues"]]  # type: ignore[union-attr]
    assert ("E-TRAP", trapped) in codes


def _start_to_end() -> ProcessModel:
    return journey(LANES, [("S", "start", "CUS"), ("E", "end", "CUS")], [("S", "E")])


def test_both_models_without_visible_steps_have_no_similarity() -> None:
    report = compare_report(_start_to_end(), _start_to_end())
    assert kpis(report)["node_similarity"] is None and kpis(report)["ged"] is None
    similarity = rows_by(report, "similarity", "measure")
    assert similarity["node_matching"]["status"] == "n/a"
    assert similarity["ged_similarity"]["status"] == "skipped"
    empty = match_steps(prepare(_start_to_end()).engine, prepare(_start_to_end()).engine, [], [])
    assert empty.similarity is None and empty.pairs == ()


def test_unknown_competitor_costs_are_not_available() -> None:
    theirs = example_c()
    for step in theirs.steps.values():
        theirs.update_step(step.id, cost=None)
    row = rows_by(compare_report(example_a(), theirs), "scorecard", "kpi")["cost"]
    assert row["theirs"] is None and row["delta"] is None and row["better"] is None
    assert row["coverage_theirs"] == 0.0 and row["coverage_ours"] == 1.0


def test_partial_coverage_is_reported() -> None:
    theirs = example_c()
    theirs.update_step("T5", cost=None)  # the delivery, visited once of 4.2 task visits
    row = rows_by(compare_report(example_a(), theirs), "scorecard", "kpi")["cost"]
    assert row["theirs"] == pytest.approx(2.5 / 9 + 2.0)
    assert row["coverage_theirs"] == pytest.approx(1 - 1 / (1 + 10 / 9 + 1 / 9 + 1 + 1))


def test_a_phase_used_on_one_side_shows_zero_on_the_other() -> None:
    theirs = example_a()
    theirs.update_step("T5", phase="return")
    phases = rows_by(compare_report(example_a(), theirs), "phases", "phase")
    assert list(phases) == ["research", "evaluate", "order", "receive", "return"]
    assert phases["receive"]["theirs_customer_time"] == 0.0
    assert phases["receive"]["theirs_emotion"] is None
    assert phases["return"]["ours_customer_time"] == 0.0
    assert phases["return"]["theirs_customer_time"] == pytest.approx(5.0)


def test_different_time_units_are_refused() -> None:
    theirs = example_c()
    theirs.info.time_unit = "h"
    report = compare_report(example_a(), theirs)
    assert [i["code"] for i in report["issues"]] == ["E-UNITS"]  # type: ignore[union-attr]
    assert report["tables"] == {}


# -- report shape and scale ------------------------------------------------------------------

def _check_shape(report: dict[str, object]) -> None:
    assert set(report) == REPORT_KEYS
    json.dumps(report, allow_nan=False)
    tables = report["tables"]
    assert isinstance(tables, dict)
    for name, rows in tables.items():
        for row in rows:
            assert set(row) == set(rows[0]), name
            assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())
    for h in report["highlights"]:  # type: ignore[attr-defined]
        assert set(h) == {"element", "kind", "severity", "badge", "badge_code", "badge_params"}
        assert h["severity"] in ("info", "warning", "error")
    for value in kpis(report).values():
        assert value is None or (isinstance(value, (int, float)) and math.isfinite(value))


def test_report_shape(example: dict[str, object], samples: dict[str, object]) -> None:
    _check_shape(example)
    _check_shape(samples)
    assert samples["name"] == "compare"
    assert samples["title"] == "Order journey (current) versus Competitor (online-first)"
    assert set(samples["tables"]) == {  # type: ignore[arg-type]
        "scorecard", "phases", "matched", "ours_only", "theirs_only", "similarity", "emotion"}


def test_emotion_curves_follow_each_most_likely_path(example: dict[str, object]) -> None:
    curve = [(r["side"], r["element"], r["emotion"]) for r in example["tables"]["emotion"]]  # type: ignore[index]
    assert curve == [("ours", "T1", 0), ("ours", "T2", -1), ("ours", "T4", 1), ("ours", "T5", 2),
                     ("theirs", "T1", 0), ("theirs", "T2", 0), ("theirs", "T4", 1),
                     ("theirs", "T5", 2)]


def test_prepared_sides_are_reused() -> None:
    ours, theirs = prepare(example_a()), prepare(example_c())
    assert isinstance(ours, Side) and ours.card is not None
    first = compare_report(ours, theirs)
    assert compare_report(ours, theirs)["kpis"] == first["kpis"]
    assert ours.visible == visible_tasks(ours.engine) == ["T1", "T2", "T3", "T4", "T5"]


def test_large_model_against_a_variant_with_changed_probabilities() -> None:
    model = generated_model(1000)
    variant = model.copy()
    for flow in list(variant.flows.values()):
        if flow.prob == 0.7:
            variant.update_flow(flow.id, prob=0.6)
        elif flow.prob == 0.3:
            variant.update_flow(flow.id, prob=0.4)
    report = compare_report(model, variant)
    assert kpis(report)["node_similarity"] == pytest.approx(1.0)
    assert kpis(report)["ours_only"] == 0 and kpis(report)["ged"] is None
    _check_shape(report)
