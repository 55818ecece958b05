"""Scenarios without editing the file (docs/methods.md §8 step 4 for a branch probability):
settings parsed, elements and fields resolved by id, name, display name or ``'A'->'B'``,
applied to a copy with the rest of a split rebalanced in proportion, and the scorecards
compared. The worked example's failure-demand what-if gives the same figures as §8."""

from __future__ import annotations

from pathlib import Path

import pytest

from customer_modeler.analysis.failure_demand.analysis import failure_demand_report
from customer_modeler.analysis.prepare import prepare_model
from customer_modeler.analysis.scenario import (
    ScenarioError,
    Setting,
    apply_scenario,
    check_settings,
    parse_setting,
    resolve_element,
    resolve_field,
    scorecard_delta,
)
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model import ProcessModel
from tests.analysis.factory import example_a

ORDER = Path(__file__).resolve().parents[2] / "resources" / "examples" / "order-journey.bpmn"
TOL = 1e-6


@pytest.fixture(scope="module")
def order() -> ProcessModel:
    return read_bpmn_file(ORDER).model


# -- parsing ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("T3.duration=5", Setting("T3", "duration", "5")),
    ("Ask a question.Duration (min) = 5.5", Setting("Ask a question", "Duration (min)", "5.5")),
    ("'G1'->'T3'.prob=0.1", Setting("'G1'->'T3'", "prob", "0.1")),
    ("'Mr. Smith'.cost=2", Setting("'Mr. Smith'", "cost", "2")),
])
def test_a_setting_splits_at_the_first_equals_and_the_last_dot_before_it(
        text: str, expected: Setting) -> None:
    assert parse_setting(text) == expected


@pytest.mark.parametrize("text", ["T3.duration", "duration=5", ".duration=5", "T3.=5"])
def test_a_setting_without_element_field_and_value_is_refused(text: str) -> None:
    with pytest.raises(ScenarioError, match="ELEMENT.FIELD=VALUE"):
        parse_setting(text)


# -- resolving ----------------------------------------------------------------------------------

def test_an_element_by_id_unique_name_any_case_and_flow_between_steps(
        order: ProcessModel) -> None:
    assert resolve_element(order, "T04").id == "T04"
    assert resolve_element(order, "Advise on products by phone").id == "T04"
    assert resolve_element(order, "'advise ON products by phone'").id == "T04"
    assert resolve_element(order, "Customer").id in order.lanes
    assert resolve_element(order, "'Decision'->'Buys elsewhere'").id == "F12"
    assert resolve_element(order, "G03 -> EAB").id == "F12"  # ids on either side
    assert resolve_element(order, "\"Decision\"->'Order channel'").id == "F13"


def test_an_ambiguous_name_lists_every_candidate_with_its_id(order: ProcessModel) -> None:
    with pytest.raises(ScenarioError) as refused:
        resolve_element(order, "IVR routing")
    message = str(refused.value)
    assert "'IVR routing' names 2 elements" in message
    assert "(id G02)" in message and "(id G06)" in message
    assert "after 'IVR menu (product information)'" in message  # tells them apart
    assert "after 'IVR menu (order status)'" in message


def test_an_unknown_element_or_missing_flow_is_named(order: ProcessModel) -> None:
    with pytest.raises(ScenarioError, match="no step, lane or flow is called 'Nothing'"):
        resolve_element(order, "Nothing")
    with pytest.raises(ScenarioError, match="no flow runs from 'Decision' to 'Order kept'"):
        resolve_element(order, "'Decision'->'Order kept'")


def test_a_field_by_key_display_name_or_label_with_unit() -> None:
    assert resolve_field("step", "fail_prob").name == "fail_prob"
    assert resolve_field("step", "failure probability").name == "fail_prob"
    assert resolve_field("step", "Duration (min)").name == "duration"
    assert resolve_field("flow", "Branch probability").name == "prob"


def test_an_unknown_field_names_the_accepted_ones() -> None:
    with pytest.raises(ScenarioError) as refused:
        resolve_field("flow", "duration")
    message = str(refused.value)
    assert "a flow has no field 'duration'" in message
    assert "Branch probability (prob)" in message and "Failure branch (failure)" in message


def test_a_value_out_of_range_is_refused_with_the_range(order: ProcessModel) -> None:
    with pytest.raises(ScenarioError, match="Branch probability must be between 0 and 1"):
        apply_scenario(order, ["F12.prob=1.5"])
    with pytest.raises(ScenarioError, match="must be a number"):
        apply_scenario(order, ["T04.duration=five"])


@pytest.mark.parametrize("setting", ["F12.prob=1.5", "T04.duration=five", "T04.colour=red",
                                     "Nobody.duration=5", "T04.duration"])
def test_the_check_refuses_in_the_words_of_applying(order: ProcessModel, setting: str) -> None:
    with pytest.raises(ScenarioError) as applied:
        apply_scenario(order, [setting])
    with pytest.raises(ScenarioError) as checked:
        check_settings(order, [setting])
    assert str(checked.value) == str(applied.value)


def test_the_check_passes_what_applying_takes_and_changes_nothing(order: ProcessModel) -> None:
    settings = ["F12.prob=0.3", Setting("T04", "Duration (min)", "5")]
    check_settings(order, settings)
    assert order.flows["F12"].prob == 0.1 and order.steps["T04"].duration == 8
    assert [c.why for c in apply_scenario(order, settings).changes] == ["set", "rebalanced",
                                                                       "rebalanced", "set"]


# -- applying -----------------------------------------------------------------------------------

def test_three_branches_take_the_difference_in_proportion(order: ProcessModel) -> None:
    # Decision: 0.2 back to the IVR, 0.1 buys elsewhere, 0.7 on to ordering
    scenario = apply_scenario(order, ["'Decision'->'Buys elsewhere'.prob=0.3"])
    probs = {f: scenario.model.flows[f].prob for f in ("F11", "F12", "F13")}
    assert probs["F12"] == 0.3
    assert probs["F11"] == pytest.approx(0.2 - 0.2 * 2 / 9, abs=1e-12)  # 0.155556
    assert probs["F13"] == pytest.approx(0.7 - 0.2 * 7 / 9, abs=1e-12)  # 0.544444
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-12)
    assert probs["F11"] / probs["F13"] == pytest.approx(0.2 / 0.7)
    assert [(c.element_id, c.why) for c in scenario.changes] == [
        ("F12", "set"), ("F11", "rebalanced"), ("F13", "rebalanced")]
    assert (order.flows["F11"].prob, order.flows["F12"].prob, order.flows["F13"].prob) == (
        0.2, 0.1, 0.7)  # the model itself is untouched


def test_branches_set_in_the_same_scenario_keep_their_values(order: ProcessModel) -> None:
    scenario = apply_scenario(order, ["F12.prob=0.3", "F11.prob=0.1"])
    flows = scenario.model.flows
    assert (flows["F12"].prob, flows["F11"].prob) == (0.3, 0.1)
    assert flows["F13"].prob == pytest.approx(0.6, abs=1e-12)


def test_other_fields_change_only_themselves(order: ProcessModel) -> None:
    scenario = apply_scenario(order, ["Advise on products by phone.Duration (min)=5",
                                      "T04.Moment of truth=true"])
    step = scenario.model.steps["T04"]
    assert (step.duration, step.moment_of_truth) == (5.0, True)
    assert [(c.label, c.before, c.after, c.unit) for c in scenario.changes] == [
        ("Duration", 8.0, 5.0, "min"), ("Moment of truth", order.steps["T04"].moment_of_truth,
                                        True, "")]
    assert order.steps["T04"].duration == 8.0


def test_worked_example_a_failure_demand_what_if_as_a_scenario() -> None:
    # "better product page": the call branch 0.3 → 0.1, its alternative takes 0.2
    model = example_a()
    scenario = apply_scenario(model, ["'G1'->'T3'.Branch probability=0.1"])
    assert scenario.model.flows["G1-T4"].prob == pytest.approx(0.9, abs=1e-12)
    rows = {r["kpi"]: r for r in scorecard_delta(prepare_model(model).card,
                                                  prepare_model(scenario.model).card)}
    assert (rows["contacts"]["before"], rows["contacts"]["after"]) == pytest.approx(
        (0.428571, 0.111111), abs=TOL)
    assert rows["customer_time"]["delta"] == pytest.approx(-5.396825, abs=TOL)
    # the same figures as the failure-demand analysis's own what-if
    spec = {r["kpi"]: r for r in failure_demand_report(
        model, what_if={"G1-T3": 0.1, "G1-T4": 0.9})["tables"]["what_if"]}
    for key in ("contacts", "customer_time", "cost", "effort_index"):
        assert rows[key]["delta"] == pytest.approx(spec[key]["delta"], abs=1e-9), key


def test_no_delta_without_both_scorecards() -> None:
    assert scorecard_delta(None, {"contacts": 1.0}) == []
    rows = scorecard_delta({"contacts": 1.0, "p_outcome": {"success": 0.5}},
                           {"contacts": 0.5, "p_outcome": {"success": 0.75}})
    assert rows == [{"kpi": "contacts", "before": 1.0, "after": 0.5, "delta": -0.5},
                    {"kpi": "p_outcome_success", "before": 0.5, "after": 0.75, "delta": 0.25}]
