"""Unusable analysis inputs are E-BAD-INPUT naming element, field, value and range
(docs/methods.md §2.2), read from a real file, and the plausibility warnings of §2.13."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from customer_modeler.analysis import analyse, scorecard
from customer_modeler.bpmn.namespaces import cpm
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Flow, Resource, Step
from tests.analysis.factory import example_a, journey


def read_with(element_id: str, attribute: str, text: str) -> tuple[list[str], list[str]]:
    """Example A written to BPMN with one cpm: attribute replaced by ``text``, read back and
    analysed: (reader warning codes, the E-BAD-INPUT messages)."""
    root = etree.fromstring(write_bpmn(example_a()))
    element = root.xpath("//*[@id=$id]", id=element_id)[0]
    element.set(cpm(attribute), text)
    model, warnings = read_bpmn(etree.tostring(root))
    engine = analyse(model)
    bad = [i for i in engine.issues if i.code == "E-BAD-INPUT"]
    assert all(i.elements == (element_id,) for i in bad)
    assert not engine.solved and engine.stopped
    return [w.code for w in warnings], [i.message for i in bad]


@pytest.mark.parametrize(("element", "attribute", "text", "expected"), [
    ("G1-T3", "prob", "1.3", "the flow from 'G1' to 'T3': Branch probability '1.3' cannot be "
                             "used; accepted is a number from 0 to 1"),
    ("T3", "fail_prob", "15", "'T3': Failure probability '15' cannot be used; accepted is a "
                              "number from 0 to 1"),
    ("T1", "duration", "-5", "'T1': Duration '-5' cannot be used; accepted is a number of at "
                             "least 0 min"),
    ("T5", "wait", "-1", "'T5': Wait '-1' cannot be used; accepted is a number of at least 0 min"),
    ("T5", "wait", "two days", "'T5': Wait 'two days' cannot be used; accepted is a number of "
                               "at least 0 min"),
    ("T4", "severity", "42", "'T4': Severity '42' cannot be used; accepted is a number from 1 "
                             "to 10"),
    ("T2", "emotion", "9", "'T2': Emotion '9' cannot be used; accepted is a whole number from "
                           "-3 to 3"),
])
def test_an_unusable_input_in_the_file_stops_the_analysis_and_says_what_and_where(
        element: str, attribute: str, text: str, expected: str) -> None:
    warnings, messages = read_with(element, attribute, text)
    assert "W-BAD-ATTRIBUTE" in warnings  # the reader still keeps the text for writing back
    assert messages == [expected]


def test_an_unnamed_step_is_named_by_its_kind_and_neighbours() -> None:
    model = example_a()
    model.update_step("G1", name="")
    model.steps["G1"].extra["severity"] = "42"
    messages = [i.message for i in analyse(model).issues if i.code == "E-BAD-INPUT"]
    assert messages == ["the exclusive gateway between 'T2' and 'T3': Severity '42' cannot "
                        "be used; accepted is a number from 1 to 10"]


def test_a_value_set_since_replaces_the_unusable_one() -> None:
    model = example_a()
    model.steps["T1"].extra["duration"] = "-5"
    model.update_step("T1", duration=7)
    engine = analyse(model)
    assert engine.solved and "E-BAD-INPUT" not in [i.code for i in engine.issues]


def test_model_level_inputs_out_of_range_are_named() -> None:
    model = example_a()
    model.systems["PAY"].name = "Payment service"
    model.systems["PAY"].fail_prob = 15.0
    model.resources["AG"] = Resource("AG", "Agents", capacity=-2)
    model.scenario["arrival_rate_per_min"] = -1.0
    messages = [i.message for i in analyse(model).issues if i.code == "E-BAD-INPUT"]
    assert messages == [
        "system 'Payment service': Failure probability per use 15 cannot be used; accepted is "
        "a number from 0 to 1",
        "resource pool 'Agents': Servers -2 cannot be used; accepted is a whole number of at "
        "least 1",
        "Scenario: Arrival rate -1 cannot be used; accepted is a number of at least 0 "
        "journeys per min",
    ]


def test_a_loop_that_runs_ten_thousand_times_is_reported() -> None:
    model = journey((("CUS", "customer"), ("CSV", "department")), [
        ("S", "start", "CUS"), ("A", "task", "CSV", dict(channel="phone", visible=True)),
        ("G", "xor", "CSV"), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "G"), ("G", "A", 0.9999), ("G", "E", 0.0001)])
    engine = analyse(model)
    assert engine.visits["A"] == pytest.approx(10_000)
    found = {i.code: i for i in engine.issues}
    assert found["W-LIKELY-LOOP"].elements == ("A",)
    assert "repeats with probability 0.9999" in found["W-LIKELY-LOOP"].message
    assert "rounds: about 10000;" in found["W-LIKELY-LOOP"].message
    assert found["W-MANY-CONTACTS"].elements == ("A",)
    assert found["W-MANY-CONTACTS"].message.startswith("10000 contacts per journey")


def test_a_loop_below_the_limit_gives_no_warning() -> None:
    model = journey((("CUS", "customer"), ("CSV", "department")), [
        ("S", "start", "CUS"), ("A", "task", "CSV"), ("G", "xor", "CSV"), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "G"), ("G", "A", 0.98), ("G", "E", 0.02)])
    assert "W-LIKELY-LOOP" not in [i.code for i in analyse(model).issues]


def test_a_message_sent_inside_a_sub_process_hands_the_journey_over() -> None:
    model = journey((("CUS", "customer"), ("ORG", "department")), [
        ("S", "start", "CUS"), ("ASK", "task", "CUS"), ("WAIT", "task", "CUS"),
        ("E", "end", "CUS"), ("OS", "start", "ORG"), ("SUB", "task", "ORG"), ("OE", "end", "ORG"),
    ], [("S", "ASK"), ("ASK", "WAIT"), ("WAIT", "E"), ("OS", "SUB"), ("SUB", "OE")])
    model.update_step("SUB", kind="subProcess")
    model.add_step(Step("IN", "receiveTask", "Receive", lane=None, container="SUB"))
    model.add_step(Step("OUT", "sendTask", "Answer", lane=None, container="SUB"))
    model.add_flow(Flow("m1", "ASK", "IN", message=True))
    model.add_flow(Flow("m2", "OUT", "WAIT", message=True))
    engine = analyse(model)
    assert ("ASK", "SUB") in engine.graph.edges and ("SUB", "WAIT") in engine.graph.edges
    assert engine.visits["SUB"] == pytest.approx(1.0)
    unreachable = [i.elements for i in engine.issues if i.code == "W-UNREACHABLE"]
    assert unreachable == [("OS",)]  # only the company's own start: the journey starts outside


def test_monte_carlo_says_when_it_is_capped_or_skipped() -> None:
    from customer_modeler.analysis.engine.monte_carlo import affordable_runs, budget_issues

    short = analyse(example_a())
    assert budget_issues(short, 10_000, affordable_runs(short, 10_000)) == []
    capped = budget_issues(short, 10_000, 2_500)
    assert [i.code for i in capped] == ["W-MC-CAPPED"]
    assert "ran 2,500 of the 10,000 journeys" in capped[0].message
    model = journey((("CUS", "customer"),), [
        ("S", "start", "CUS"), ("A", "task", "CUS"), ("G", "xor", "CUS"), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "G"), ("G", "A", 0.9999), ("G", "E", 0.0001)])
    long = analyse(model)
    assert affordable_runs(long, 10_000) == 0
    skipped = budget_issues(long, 10_000, 0)
    assert [i.code for i in skipped] == ["W-MC-SKIPPED"]
    assert "20,002 step executions" in skipped[0].message  # S, E once; A and G 10,000 times


def test_a_reply_into_the_sub_process_that_asked_is_no_second_visit() -> None:
    model = journey((("CUS", "customer"), ("ORG", "department")), [
        ("S", "start", "CUS"), ("PAY", "task", "CUS"), ("E", "end", "CUS"),
        ("OS", "start", "ORG"), ("TAKE", "task", "ORG"), ("OE", "end", "ORG"),
    ], [("S", "PAY"), ("PAY", "E"), ("OS", "TAKE"), ("TAKE", "OE")])
    model.update_step("PAY", kind="subProcess")
    model.add_step(Step("SEND", "sendTask", "Send card", lane=None, container="PAY"))
    model.add_step(Step("GET", "receiveTask", "Get result", lane=None, container="PAY"))
    model.add_flow(Flow("in", "SEND", "GET", container="PAY"))
    model.add_flow(Flow("m1", "SEND", "TAKE", message=True))
    model.add_flow(Flow("m2", "TAKE", "GET", message=True))
    engine = analyse(model)
    assert ("PAY", "TAKE") in engine.graph.edges and ("TAKE", "PAY") not in engine.graph.edges
    assert engine.visits["PAY"] == pytest.approx(1.0) and engine.visits["TAKE"] == 1.0


def test_a_kpi_without_inputs_is_na_with_its_coverage() -> None:
    from customer_modeler.analysis.report.scorecard_report import analysis_report

    model = journey((("CUS", "customer"), ("CSV", "department")), [
        ("S", "start", "CUS"),
        ("A", "task", "CSV", dict(channel="phone", visible=True, duration=4, cost=2.5)),
        ("B", "task", "CSV", dict(channel="email", visible=True, cost=1.0)),
        ("C", "task", "CSV", dict(channel="phone", visible=True)), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "B"), ("B", "C"), ("C", "E")])
    report = analysis_report(model, runs=0)
    kpis, coverage = report["kpis"], report["coverage"]
    assert isinstance(kpis, dict) and isinstance(coverage, dict)
    # the customer lane holds no task, but A and C are phone calls: customer time
    assert kpis["customer_time"] == pytest.approx(4.0)
    assert coverage["customer_time"] == ("durations set on steps that take the "
                                         "customer's time: 1 of 2")
    assert kpis["cost"] == pytest.approx(3.5) and coverage["cost"] == "costs set on steps: 2 of 3"
    for key, words in (("exp_failures", "failure probabilities set on steps: 0 of 3"),
                       ("p_any_failure", "failure probabilities set on steps: 0 of 3"),
                       ("wait_excess", "tolerances set on steps: 0 of 3"),
                       ("margin", "margins set on ends: 0 of 1"),
                       ("pe_design", "emotions set on steps the customer sees: 0 of 3")):
        assert kpis[key] is None and coverage[key] == words, key
    assert kpis["contacts"] == pytest.approx(2.0)  # structural KPIs stay numbers
    text = json.dumps(report)
    assert '"margin": null' in text


def test_an_empty_customer_lane_has_no_customer_time() -> None:
    model = journey((("CUS", "customer"), ("CSV", "department")), [
        ("S", "start", "CSV"), ("A", "task", "CSV", dict(duration=4)), ("E", "end", "CSV"),
    ], [("S", "A"), ("A", "E")])
    card = scorecard(analyse(model))
    assert card["customer_time"] is None and card["lead_time"] == pytest.approx(4.0)


def test_the_prepared_report_says_monte_carlo_was_skipped() -> None:
    from customer_modeler.analysis.prepare import prepare_model

    model = journey((("CUS", "customer"),), [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=1)), ("G", "xor", "CUS"),
        ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "G"), ("G", "A", 0.9999), ("G", "E", 0.0001)])
    prepared = prepare_model(model)
    assert prepared.mc is None and prepared.runs == 0 and prepared.card is not None
    assert [i.code for i in prepared.issues if i.code.startswith("W-MC")] == ["W-MC-SKIPPED"]
    assert prepared.card["pe_mc"] is None
