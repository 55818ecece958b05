"""The engine's edge cases (docs/methods.md §2.13) with their issue codes, and the other codes
of §2.1, §2.2 and §4, on models built in code."""

from __future__ import annotations

import pytest

from customer_modeler.analysis import CODES, analyse, scorecard
from customer_modeler.analysis import monte_carlo
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.issues import Issue
from customer_modeler.analysis.engine.paths import critical_path
from tests.analysis.factory import (
    CF,
    case_and_block,
    case_implicit_parallel,
    case_loop_probability_one,
    case_no_end_event,
    case_split,
    case_trap,
    example_a,
    journey,
)
from customer_modeler.model import Step


def codes(engine: Engine) -> list[str]:
    return [issue.code for issue in engine.issues]


def issue(engine: Engine, code: str) -> Issue:
    found = [i for i in engine.issues if i.code == code]
    assert len(found) == 1, codes(engine)
    return found[0]


def weight(engine: Engine, source: str, target: str) -> float:
    return float(engine.graph.edges[source, target]["w"])


# -- AND block --------------------------------------------------------------------------
def test_and_block_visits_are_one_and_work_adds_up() -> None:
    engine = analyse(case_and_block())
    assert all(x == pytest.approx(1.0) for x in engine.visits.values())
    assert weight(engine, "B", "J") == weight(engine, "C", "J") == pytest.approx(0.5)
    card = scorecard(engine)
    assert card["lead_time"] == pytest.approx(40.0)  # total work, not elapsed time
    # with parallel branches the h-transform gives the work done, named as such; the
    # elapsed time of a successful journey needs Monte Carlo (none was run here)
    assert "lead_time_given_success" not in card
    assert card["expected_work_given_success"] == pytest.approx(40.0)
    assert card["lead_time_given_success_mc"] is None
    assert card["p_outcome"] == {"success": pytest.approx(1.0)}
    assert all(isinstance(card[k], float) for k in ("touchpoints", "depts_met",
                                                    "repeat_provisions"))
    assert card["wait_excess"] is None  # no step has a tolerance: n/a, not 0
    assert card["cost"] == pytest.approx(3.0)
    assert card["handoffs"] == pytest.approx(3.0)  # CUS→FUL 2, FUL→CUS 1
    assert card["cfc"] == 1


def test_and_block_critical_path() -> None:
    path = critical_path(analyse(case_and_block()))
    assert path is not None
    assert path.nodes[:6] == ("S", "A", "P", "C", "J", "D")
    assert path.value == pytest.approx(30.0)


def test_and_block_monte_carlo_elapsed_is_exactly_30() -> None:
    engine = analyse(case_and_block())
    result = monte_carlo(engine, runs=500, seed=3)
    assert result.method == "tokens"
    assert result.elapsed is not None
    assert result.elapsed.mean == 30.0 and result.elapsed.p95 == 30.0
    assert all(v == 1.0 for v in result.visits.values())


def test_and_model_reports_monte_carlo_fields_and_approximation() -> None:
    engine = analyse(case_and_block())
    assert "W-AND-APPROX" in codes(engine)
    card = scorecard(engine, monte_carlo(engine, runs=200, seed=1))
    assert card["lead_time_mc"] == pytest.approx(30.0)
    assert card["p_any_failure_mc"] is None  # no failure input anywhere: n/a, not 0
    assert card["lead_time_given_success_mc"] == pytest.approx(30.0)
    assert scorecard(engine)["lead_time_mc"] is None


# -- probabilities ----------------------------------------------------------------------
def test_missing_probability_is_filled() -> None:
    engine = analyse(case_split([0.5, 0.3, None]))
    assert weight(engine, "X", "T2") == pytest.approx(0.2)
    assert issue(engine, "W-PROB-FILL").elements == ("X-T2",)
    assert engine.visits["T2"] == pytest.approx(0.2)
    assert not engine.stopped


def test_probabilities_not_summing_to_one_are_normalised() -> None:
    engine = analyse(case_split([0.6, 0.6]))
    assert weight(engine, "X", "T0") == weight(engine, "X", "T1") == pytest.approx(0.5)
    found = issue(engine, "W-PROB-SUM")
    assert "1.2" in found.message and set(found.elements) == {"X-T0", "X-T1"}


@pytest.mark.parametrize("bad", [1.3, -0.1])
def test_probability_out_of_range_stops_everything(bad: float) -> None:
    engine = analyse(case_split([bad, None]))
    assert issue(engine, "E-PROB-RANGE").elements == ("X-T0",)
    assert engine.stopped and not engine.solved and engine.visits == {}
    with pytest.raises(ValueError):
        scorecard(engine)


def test_failure_probability_out_of_range_is_an_error() -> None:
    model = example_a()
    model.update_step("T3", fail_prob=1.5)
    assert "T3" in issue(analyse(model), "E-PROB-RANGE").elements


# -- reachability and traps -------------------------------------------------------------
def test_trap_is_reported_with_its_probability() -> None:
    engine = analyse(case_trap())
    found = issue(engine, "E-TRAP")
    assert set(found.elements) == {"B", "C"}
    assert engine.p_trapped == pytest.approx(0.5)
    assert "0.5" in found.message
    assert engine.stopped and engine.visits == {}


def test_unreachable_step_is_excluded_and_changes_nothing() -> None:
    model = example_a()
    model.add_step(Step("D", "task", "Isolated", lane="CSV", duration=99, cost=99))
    engine, reference = analyse(model), analyse(example_a())
    assert issue(engine, "W-UNREACHABLE").elements == ("D",)
    assert "D" not in engine.visits
    assert scorecard(engine) == scorecard(reference)


def test_no_end_event_gives_an_implicit_end() -> None:
    engine = analyse(case_no_end_event())
    assert issue(engine, "W-IMPLICIT-END").elements == ("B",)
    assert engine.visits["B"] == pytest.approx(1.0)
    assert scorecard(engine)["p_outcome"] == {"success": pytest.approx(1.0)}


def test_loop_with_probability_one() -> None:
    engine = analyse(case_loop_probability_one())
    assert issue(engine, "W-DEAD-BRANCH").elements == ("A-E",)
    assert weight(engine, "A", "E") == 0.0
    assert set(issue(engine, "E-TRAP").elements) == {"S", "A"}
    assert engine.p_trapped == pytest.approx(1.0)
    assert issue(engine, "W-UNREACHABLE").elements == ("E",)


def test_implicit_parallel_is_treated_as_and() -> None:
    engine = analyse(case_implicit_parallel())
    assert issue(engine, "W-IMPLICIT-AND").elements == ("A",)
    assert weight(engine, "A", "B") == weight(engine, "A", "C") == 1.0
    assert engine.visits["B"] == engine.visits["C"] == pytest.approx(1.0)
    assert engine.visits["J"] == pytest.approx(1.0)
    result = monte_carlo(engine, runs=100, seed=1)
    assert result.elapsed is not None and result.elapsed.mean == pytest.approx(5.0)


# -- starts, ends, lanes ----------------------------------------------------------------
def test_no_start_event_uses_steps_without_incoming_flows() -> None:
    engine = analyse(journey(CF, [("A", "task", "CUS"), ("E", "end", "CUS")], [("A", "E")]))
    assert issue(engine, "W-IMPLICIT-START").elements == ("A",)
    assert engine.visits["E"] == pytest.approx(1.0)


def test_no_start_at_all() -> None:
    engine = analyse(journey(CF, [("A", "task", "CUS"), ("B", "task", "CUS")],
                             [("A", "B"), ("B", "A")]))
    assert "E-NO-START" in codes(engine) and not engine.solved


def test_no_end_at_all() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"),
                                  ("B", "task", "CUS")], [("S", "A"), ("A", "B"), ("B", "A")]))
    assert "E-NO-END" in codes(engine) and not engine.solved


def test_no_customer_lane_keeps_visits_and_the_customer_neutral_scorecard() -> None:
    model = journey((("D", "department"),), [("S", "start", "D"),
                                             ("A", "task", "D", dict(duration=3, cost=2)),
                                             ("E", "end", "D")], [("S", "A"), ("A", "E")])
    engine = analyse(model)
    assert "E-NO-CUSTOMER-LANE" in codes(engine)
    assert engine.visits["A"] == pytest.approx(1.0) and engine.stopped  # the analyses stop
    card = scorecard(engine)  # the figures that need no customer are still given
    assert card["lead_time"] == pytest.approx(3.0) and card["cost"] == pytest.approx(2.0)
    assert card["customer_time"] is None and card["contacts"] is None
    assert card["effort_index"] is None and card["handoffs"] == 0.0


def test_parallel_loop_that_never_settles_is_singular() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"),
                                  ("P", "and", "CUS"), ("E", "end", "CUS")],
                             [("S", "A"), ("A", "P"), ("P", "A"), ("P", "E")]))
    assert "E-SINGULAR" in codes(engine) and not engine.solved


def test_start_shares_weight_the_starts() -> None:
    engine = analyse(journey(CF, [("S1", "start", "CUS", dict(share=0.25)),
                                  ("S2", "start", "CUS"), ("A", "task", "CUS"),
                                  ("B", "task", "CUS"), ("E", "end", "CUS")],
                             [("S1", "A"), ("S2", "B"), ("A", "E"), ("B", "E")]))
    assert engine.starts == pytest.approx({"S1": 0.25, "S2": 0.75})
    assert engine.visits["B"] == pytest.approx(0.75)


# -- failures -----------------------------------------------------------------------------
def test_failure_warnings() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", dict(systems=("NOPE",))),
                         ("X", "xor", "CUS", dict(fail_prob=0.2)),
                         ("B", "task", "CUS", dict(fail_prob=1.0)), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "X"), ("X", "B"), ("B", "E")])
    engine = analyse(model)
    assert issue(engine, "W-UNKNOWN-SYSTEM").elements == ("A",)
    assert issue(engine, "W-FAIL-NONTASK").elements == ("X",)
    assert issue(engine, "W-CERTAIN-FAIL").elements == ("B",)
    card = scorecard(engine)
    assert card["exp_failures"] == pytest.approx(1.0)
    assert card["p_any_failure"] == pytest.approx(1.0)


def test_failure_flows_count_as_failures() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"), ("X", "xor", "CUS"),
                                  ("A", "task", "FUL"), ("B", "task", "FUL"),
                                  ("E", "end", "CUS")],
                             [("S", "X"), ("X", "A", 0.25, dict(failure=True)), ("X", "B", 0.75),
                              ("A", "E"), ("B", "E")]))
    card = scorecard(engine)
    assert card["exp_failures"] == pytest.approx(0.25)
    assert card["p_any_failure"] == pytest.approx(0.25)


# -- OR gateways, events, messages, sub-processes -----------------------------------------
def inclusive_block() -> Engine:
    return analyse(journey(CF, [
        ("S", "start", "CUS"), ("O", "or", "CUS"), ("A", "task", "FUL", dict(duration=3)),
        ("B", "task", "FUL", dict(duration=5)), ("J", "or", "CUS"),
        ("T", "task", "CUS", dict(duration=1)), ("E", "end", "CUS"),
    ], [("S", "O"), ("O", "A", 0.5), ("O", "B", 0.4), ("A", "J"), ("B", "J"), ("J", "T"),
        ("T", "E")]))


def test_inclusive_join_fires_as_often_as_its_split() -> None:
    engine = inclusive_block()
    either = 1 - 0.5 * 0.6
    assert engine.visits["A"] == pytest.approx(0.5 / either)
    assert engine.visits["B"] == pytest.approx(0.4 / either)
    assert engine.visits["J"] == pytest.approx(1.0)
    assert engine.graph.nodes["J"]["or_split"] == "O"
    assert scorecard(engine)["cfc"] == 3


def test_inclusive_block_monte_carlo_agrees() -> None:
    engine = inclusive_block()
    result = monte_carlo(engine, runs=4000, seed=11)
    assert result.visits_se is not None
    for node in ("A", "B", "J", "T"):
        assert abs(result.visits[node] - engine.visits[node]) <= 4 * result.visits_se[node] + 1e-12


def test_inclusive_join_without_split_is_unstructured() -> None:
    engine = analyse(journey(CF, [("S1", "start", "CUS"), ("S2", "start", "CUS"),
                                  ("J", "or", "CUS"), ("E", "end", "CUS")],
                             [("S1", "J"), ("S2", "J"), ("J", "E")]))
    assert issue(engine, "W-OR-UNSTRUCTURED").elements == ("J",)


def test_intermediate_events_pass_through_without_metrics() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"), ("V", "event", "CUS",
                                                          dict(duration=99, cost=9)),
                                  ("A", "task", "CUS", dict(duration=2)), ("E", "end", "CUS")],
                             [("S", "V"), ("V", "A"), ("A", "E")]))
    card = scorecard(engine)
    # the event's cost is ignored, and no task has a cost: n/a rather than 0
    assert engine.visits["V"] == 1.0 and card["lead_time"] == 2.0 and card["cost"] is None


def test_message_flows_hand_the_journey_over() -> None:
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", dict(channel="web")),
                         ("B", "task", "FUL", dict(visible=True, channel="phone")),
                         ("E", "end", "FUL")],
                    [("S", "A"), ("A", "B", None, dict(message=True)), ("B", "E")])
    card = scorecard(analyse(model))
    assert card["handoffs"] == pytest.approx(1.0) and card["contacts"] == pytest.approx(1.0)


def test_message_flows_between_other_pools_are_not_the_journey() -> None:
    model = journey((("CUS", "customer"), ("ORG", "department"), ("SUP", "partner")), [
        ("S", "start", "CUS"), ("A", "task", "ORG"), ("B", "task", "SUP"), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "E"), ("A", "B", None, dict(message=True))])
    engine = analyse(model)
    assert ("A", "B") not in engine.graph.edges and "W-IMPLICIT-AND" not in codes(engine)
    assert engine.visits["E"] == pytest.approx(1.0)


def test_sub_process_contents_are_not_analysed() -> None:
    model = example_a()
    model.add_step(Step("IN", "task", "inside", lane="CUS", container="SUB", cost=50))
    engine = analyse(model)
    assert "IN" not in engine.graph and scorecard(engine) == scorecard(analyse(example_a()))


def test_every_reported_code_is_registered() -> None:
    for build in (case_and_block, case_trap, case_loop_probability_one, case_no_end_event,
                  case_implicit_parallel):
        assert all(code in CODES for code in codes(analyse(build())))
