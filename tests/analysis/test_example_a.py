"""Worked example A (docs/methods.md §2.12): every row of the table to 1e-6, and the Monte
Carlo self-test with a fixed seed (tolerance 4 standard errors, §10)."""

from __future__ import annotations

import math

import pytest

from customer_modeler.analysis import KPI_KEYS, analyse, scorecard
from customer_modeler.analysis import monte_carlo
from customer_modeler.analysis.engine.censored import next_kept
from customer_modeler.analysis.engine.coverage import kpi_coverage
from customer_modeler.analysis.engine.failure_chain import effective_fail_prob, failure_summary
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.hitting import hit_probability, metric_to_go, visit_variance
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult, self_test
from customer_modeler.analysis.engine.paths import critical_path, most_likely_path
from customer_modeler.analysis.engine.queues import with_waits
from customer_modeler.analysis.streamline.rules import loops
from tests.analysis.factory import example_a

TOL = 1e-6


@pytest.fixture(scope="module")
def engine() -> Engine:
    return analyse(example_a())


@pytest.fixture(scope="module")
def card(engine: Engine) -> dict[str, object]:
    return scorecard(engine)


def test_example_a_has_no_issues(engine: Engine) -> None:
    assert engine.issues == []
    assert engine.solved and not engine.stopped


@pytest.mark.parametrize(("step", "visits"), [
    ("T1", 1.0), ("T2", 1.428571), ("T3", 0.428571), ("T4", 1.0), ("T5", 1.0), ("E", 1.0)])
def test_expected_visits(engine: Engine, step: str, visits: float) -> None:
    assert engine.visits[step] == pytest.approx(visits, abs=TOL)


def test_variance_of_calls(engine: Engine) -> None:
    variance = visit_variance(engine)["T3"]
    assert variance == pytest.approx(0.612245, abs=TOL)
    assert math.sqrt(variance) == pytest.approx(0.782461, abs=TOL)


def test_probability_of_calling_at_least_once(engine: Engine) -> None:
    assert hit_probability(engine, ["T3"]) == pytest.approx(0.3, abs=TOL)
    # N[S, T3] / N[T3, T3]
    assert engine.visits["T3"] / engine.returns["T3"] == pytest.approx(0.3, abs=TOL)


@pytest.mark.parametrize(("key", "expected"), [
    ("customer_time", 35.285714), ("lead_time", 2915.285714), ("touchpoints", 4.857143),
    ("contacts", 0.428571), ("inbound_contacts", 0.428571), ("handoffs", 1.857143),
    ("internal_handoffs", 0.0), ("transfers", 0.0), ("lov_switches", 0.3),
    ("lov_departments", 2), ("depts_met", 1.3), ("channel_switches", 0.428571),
    ("repeat_provisions", 0.557143), ("effort_index", 6.421429), ("cost", 11.571429),
    ("exp_failures", 0.170841), ("p_any_failure", 0.162902), ("wait_excess", 0.428571),
    ("cfc", 2), ("lead_time_given_success", 2915.285714),
    ("pe_design", 2.0),
])
def test_scorecard_row(card: dict[str, object], key: str, expected: float) -> None:
    assert card[key] == pytest.approx(expected, abs=TOL)


def test_margin_is_na_since_no_end_has_one(card: dict[str, object], engine: Engine) -> None:
    from customer_modeler.analysis.engine.scorecard import scorecard_coverage

    assert card["margin"] is None  # example A sets no margin: n/a, not 0
    coverage = scorecard_coverage(engine, card)
    assert coverage["margin"] == "margins set on ends: 0 of 1"
    assert coverage["customer_time"] == ("durations set on steps that take the "
                                         "customer's time: 5 of 5")


def test_integer_kpis_stay_integers(card: dict[str, object]) -> None:
    assert isinstance(card["cfc"], int) and isinstance(card["lov_departments"], int)


def test_scorecard_keys_are_exactly_those_of_the_spec(card: dict[str, object]) -> None:
    assert list(card) == [*KPI_KEYS, "p_outcome", "lead_time_given_success", "pe_design",
                          "pe_mc"]


def test_metric_to_go(engine: Engine) -> None:
    calls = metric_to_go(engine, {"T3": 1.0})
    assert calls["S"] == pytest.approx(0.428571, abs=TOL)  # τ at the start = x(T3)
    assert calls["T3"] == pytest.approx(1.428571, abs=TOL)  # itself, then 0.3/0.7 more
    assert calls["T4"] == 0.0


def test_outcomes_and_no_monte_carlo_fields_without_and(card: dict[str, object]) -> None:
    assert card["p_outcome"] == pytest.approx({"success": 1.0})
    assert card["pe_mc"] is None
    assert "lead_time_mc" not in card and "p_any_failure_mc" not in card


def test_lov_censored_chain(engine: Engine) -> None:
    lov = next_kept(engine, ["T3", "T5"])
    assert lov["T3"] == pytest.approx({"T3": 0.3, "T5": 0.7})
    assert engine.visits["T3"] * lov["T3"]["T5"] == pytest.approx(0.3, abs=TOL)


def test_next_activity_skips_gateways(engine: Engine) -> None:
    tasks = ["T1", "T2", "T3", "T4", "T5"]
    k_act = next_kept(engine, tasks)
    assert k_act["T2"] == pytest.approx({"T3": 0.3, "T4": 0.7})
    assert k_act["T3"] == pytest.approx({"T2": 1.0})
    assert k_act["T5"] == {}


def test_most_likely_path(engine: Engine) -> None:
    path = most_likely_path(engine)
    assert path is not None
    assert path.nodes == ("S", "T1", "T2", "G1", "T4", "T5", "E")
    assert path.value == pytest.approx(0.7, abs=TOL)


def test_what_several_analyses_ask_is_worked_out_once_per_engine() -> None:
    engine = analyse(example_a())
    first = kpi_coverage(engine)
    first.clear()  # a caller's answer is its own
    assert kpi_coverage(engine) == kpi_coverage(analyse(example_a())) != {}
    assert most_likely_path(engine) is most_likely_path(engine)
    assert failure_summary(engine) is failure_summary(engine)
    assert failure_summary(engine) == failure_summary(engine, effective_fail_prob(engine))
    assert loops(engine) == loops(engine) and loops(engine) is not loops(engine)
    waited = with_waits(engine, {"T3": 99.0})  # a copy whose steps differ answers anew
    assert waited.derived == {}
    assert most_likely_path(waited) == most_likely_path(engine)
    assert most_likely_path(waited) is not most_likely_path(engine)


def test_critical_path_needs_an_acyclic_model(engine: Engine) -> None:
    assert critical_path(engine) is None


RUNS = 20_000


@pytest.fixture(scope="module")
def simulated(engine: Engine) -> MonteCarloResult:
    return monte_carlo(engine, runs=RUNS, seed=20240601)


def test_monte_carlo_mean_calls(engine: Engine, simulated: MonteCarloResult) -> None:
    se = math.sqrt(visit_variance(engine)["T3"] / RUNS)
    assert abs(simulated.visits["T3"] - 0.428571) <= 4 * se
    assert self_test(engine, simulated) == []


def test_monte_carlo_p_any_failure(simulated: MonteCarloResult) -> None:
    assert simulated.p_any_failure is not None
    p = 0.162902
    assert abs(simulated.p_any_failure.mean - p) <= 4 * math.sqrt(p * (1 - p) / RUNS)


def test_monte_carlo_lead_time(simulated: MonteCarloResult) -> None:
    assert simulated.completed == RUNS and simulated.issues == [] and simulated.elapsed
    assert abs(simulated.elapsed.mean - 2915.285714) <= 4 * simulated.elapsed.se


def test_monte_carlo_peak_end(simulated: MonteCarloResult) -> None:
    assert simulated.pe is not None
    exact = 0.88 * (2 - 2.5 * (1 - (0.7 / 0.73) * 0.992016)) - 0.36  # §4: 1.292746
    assert exact == pytest.approx(1.292746, abs=1e-5)
    assert abs(simulated.pe.mean - exact) <= 4 * simulated.pe.se
