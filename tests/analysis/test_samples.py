"""The built-in samples against docs/methods.md §9.4: scorecards and expected visits to 1e-4
(relative above 100), the company view of the current journey, and the Monte Carlo
self-test with a fixed seed (20,000 runs, 4 standard errors)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from customer_modeler.analysis import analyse, company_view, scorecard
from customer_modeler.analysis import monte_carlo
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult
from customer_modeler.analysis.engine.paths import most_likely_path
from customer_modeler.model import ProcessModel
from customer_modeler.samples import (
    competitor_online_first,
    order_journey,
    order_journey_account_executive,
)

SAMPLES: dict[str, Callable[[], ProcessModel]] = {
    "current": order_journey,
    "ae": order_journey_account_executive,
    "competitor": competitor_online_first,
}

#: §9.4 scorecards: key -> (current, AE what-if, competitor).
SCORECARDS: dict[str, tuple[float, float, float]] = {
    "customer_time": (79.310000, 68.756000, 47.863043),
    "lead_time": (3071.810000, 3139.288609, 2330.944565),
    "lead_time_given_success": (2981.05, 2969.4417, 2224.1252),
    "touchpoints": (7.973750, 6.996957, 6.370652),
    "contacts": (1.302500, 1.520783, 0.292391),
    "inbound_contacts": (1.302500, 1.020783, 0.292391),
    "handoffs": (5.490000, 4.796000, 3.596739),
    "internal_handoffs": (2.335000, 1.755130, 0.960870),
    "transfers": (0.206250, 0, 0),
    "lov_switches": (1.155750, 1.004721, 0.337154),
    "lov_departments": (3, 3, 2),
    "depts_met": (1.888079, 1.885668, 1.253178),
    "channel_switches": (1.043750, 0.967826, 0.292391),
    "repeat_provisions": (1.502250, 0.043837, 0.018957),
    "effort_index": (12.477375, 7.418788, 5.948609),
    "cost": (18.788625, 12.116126, 12.621739),
    "exp_failures": (0.524832, 0.227197, 0.184417),
    "p_any_failure": (0.395677, 0.205188, 0.169395),
    "wait_excess": (3.081250, 0, 0),
    "margin": (29.540000, 33.892174, 30.858696),
    "cfc": (17, 15, 10),
    "pe_design": (2.0, 2.0, 2.0),
}
OUTCOMES = {
    "current": {"success": 0.77, "return": 0.105, "abandon": 0.125},
    "ae": {"success": 0.87, "return": 0.075652, "abandon": 0.054348},
    "competitor": {"success": 0.831522, "return": 0.092391, "abandon": 0.076087},
}
VISITS = {
    "current": dict(T01=1, T02=0.65, T03=0.1625, T04=0.65, T05=1.25, T06=0.65625, T07=0.21875,
                    T08=0.875, T09=0.875, T10=0.175, T11=0.04375, T12=0.175, T13=0.875,
                    T14=0.875, T15=0.875, T16=0.105, T17=0.0525, T18=0.0525, T19=0.0525,
                    T20=0.105, T21=0.105),
    "ae": dict(T00=0.5, T01=1, T04=0.286957, T05=1.086957, T06=0.378261, T07=0.567391,
               T08=0.945652, T09=0.945652, T12=0.113478, T13=0.945652, T14=0.945652,
               T15=0.945652, T16=0.075652, T17=0.022696, T19=0.052957, T20=0.075652,
               T21=0.075652),
    "competitor": dict(T01=1, T04=0.236957, T05=1.086957, T06=0.923913, T08=0.923913,
                       T09=0.923913, T10=0.110870, T12=0.055435, T13=0.923913, T14=0.923913,
                       T15=0.923913, T17=0.092391, T20=0.092391, T21=0.092391),
}
#: PE_mc of §4/§9.4 (approximate reference values, 20,000 runs).
PE_MC = {"current": 0.86, "ae": 1.50, "competitor": 1.57}
RUNS = 20_000


def close(expected: float) -> object:
    """1e-4 absolute, or relative when the value is above 100 (§9.4)."""
    return pytest.approx(expected, abs=1e-4, rel=1e-4 if abs(expected) > 100 else 0)


@pytest.fixture(scope="module")
def engines() -> dict[str, Engine]:
    return {name: analyse(build()) for name, build in SAMPLES.items()}


@pytest.fixture(scope="module")
def cards(engines: dict[str, Engine]) -> dict[str, dict[str, object]]:
    return {name: scorecard(engine) for name, engine in engines.items()}


@pytest.fixture(scope="module")
def simulations(engines: dict[str, Engine]) -> dict[str, MonteCarloResult]:
    return {name: monte_carlo(engine, runs=RUNS, seed=9) for name, engine in engines.items()}


def test_samples_have_no_issues(engines: dict[str, Engine]) -> None:
    assert {name: engine.issues for name, engine in engines.items()} == {n: [] for n in SAMPLES}


@pytest.mark.parametrize("key", sorted(SCORECARDS))
@pytest.mark.parametrize("column", range(3), ids=list(SAMPLES))
def test_scorecard(cards: dict[str, dict[str, object]], key: str, column: int) -> None:
    name = list(SAMPLES)[column]
    assert cards[name][key] == close(SCORECARDS[key][column])


@pytest.mark.parametrize(("name", "probability"), [
    ("current", 0.22176), ("ae", 0.169044), ("competitor", 0.533205)])
def test_most_likely_path_probability(engines: dict[str, Engine], name: str,
                                      probability: float) -> None:
    path = most_likely_path(engines[name])
    assert path is not None and path.value == close(probability)
    assert path.nodes[0] == "S0" and path.nodes[-1] == "EOK"


@pytest.mark.parametrize("name", list(SAMPLES))
def test_outcome_probabilities(cards: dict[str, dict[str, object]], name: str) -> None:
    outcomes = cards[name]["p_outcome"]
    assert isinstance(outcomes, dict)
    assert outcomes == {k: close(v) for k, v in OUTCOMES[name].items()}


@pytest.mark.parametrize("name", list(SAMPLES))
def test_expected_visits(engines: dict[str, Engine], name: str) -> None:
    tasks = {n: x for n, x in engines[name].visits.items() if n.startswith("T")}
    assert tasks == {n: close(x) for n, x in VISITS[name].items()}


def test_company_view_of_the_current_journey(engines: dict[str, Engine]) -> None:
    view = company_view(engines["current"])
    assert view["handoffs"] == close(3.155)
    assert view["transfers"] == 0 and view["lov_switches"] == 0
    assert view["internal_handoffs"] == 0
    assert view["customer_time"] == close(79.31)  # only lane-based measures change


def test_monte_carlo_self_test_on_the_current_journey(
        simulations: dict[str, MonteCarloResult]) -> None:
    result = simulations["current"]
    assert result.completed == RUNS and result.elapsed and result.p_any_failure
    assert abs(result.elapsed.mean - 3071.81) <= 4 * result.elapsed.se
    p = 0.395677
    assert abs(result.p_any_failure.mean - p) <= 4 * math.sqrt(p * (1 - p) / RUNS)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_monte_carlo_visits_agree_with_the_engine(
        engines: dict[str, Engine], simulations: dict[str, MonteCarloResult], name: str) -> None:
    result = simulations[name]
    assert result.visits_se is not None
    for node, x in engines[name].visits.items():
        assert abs(result.visits[node] - x) <= 4 * result.visits_se[node] + 1e-12, node


@pytest.mark.parametrize("name", list(SAMPLES))
def test_peak_end_by_monte_carlo(engines: dict[str, Engine],
                                 simulations: dict[str, MonteCarloResult], name: str) -> None:
    result = simulations[name]
    assert result.pe is not None
    assert abs(result.pe.mean - PE_MC[name]) <= 4 * result.pe.se
    assert scorecard(engines[name], result)["pe_mc"] == result.pe.mean
