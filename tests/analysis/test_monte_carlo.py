"""Monte Carlo (docs/methods.md §2.8): seeded and reproducible, both simulators agree with the
engine within 4 standard errors (at most 20,000 runs), the runaway guard, distributions."""

from __future__ import annotations

import math

import numpy as np
import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis import monte_carlo
from customer_modeler.analysis.engine.monte_carlo import affordable_runs, describe
from customer_modeler.analysis.engine.simulation import EXP, FIXED, LOGNORM, TRI, parse_dist
from tests.analysis.factory import CF, example_a, journey


def test_same_seed_same_result_and_different_seed_differs() -> None:
    engine = analyse(example_a())
    first, again = monte_carlo(engine, 2000, seed=5), monte_carlo(engine, 2000, seed=5)
    other = monte_carlo(engine, 2000, seed=6)
    assert first.visits == again.visits and first.elapsed == again.elapsed
    assert first.visits != other.visits


@pytest.mark.parametrize("method", ["walk", "tokens"])
def test_both_simulators_agree_with_the_engine(method: str) -> None:
    engine = analyse(example_a())
    result = monte_carlo(engine, 10_000, seed=42, method=method)
    assert result.method == method and result.visits_se is not None
    for node, x in engine.visits.items():
        assert abs(result.visits[node] - x) <= 4 * result.visits_se[node] + 1e-12
    assert result.contacts is not None
    assert abs(result.contacts.mean - 0.428571) <= 4 * result.contacts.se
    assert result.failures is not None
    assert abs(result.failures.mean - 0.170841) <= 4 * result.failures.se


def test_walker_refuses_parallel_models() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"), ("P", "and", "CUS"),
                                  ("A", "task", "CUS"), ("B", "task", "CUS"),
                                  ("J", "and", "CUS"), ("E", "end", "CUS")],
                             [("S", "P"), ("P", "A"), ("P", "B"), ("A", "J"), ("B", "J"),
                              ("J", "E")]))
    with pytest.raises(ValueError):
        monte_carlo(engine, 10, method="walk")


@pytest.mark.parametrize("method", ["walk", "tokens"])
def test_runaway_runs_are_left_out_and_reported(method: str) -> None:
    loop = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("X", "xor", "CUS"),
                        ("E", "end", "CUS")],
                   [("S", "A"), ("A", "X"), ("X", "A", 0.9), ("X", "E", 0.1)])
    engine = analyse(loop)
    result = monte_carlo(engine, 2000, seed=1, limit=20, method=method)
    # k loop-backs cost S + (k + 1)·(A, X) + E = 2k + 4 executions; runaway when > 20,
    # i.e. k ≥ 9, which happens with probability 0.9⁹
    assert 0 < result.runaway < 2000 and result.completed == 2000 - result.runaway
    assert [i.code for i in result.issues] == ["W-MC-RUNAWAY"]
    p = 0.9 ** 9
    assert abs(result.runaway / 2000 - p) <= 4 * math.sqrt(p * (1 - p) / 2000)


def test_exponential_durations_keep_their_mean() -> None:
    engine = analyse(journey(CF, [("S", "start", "CUS"),
                                  ("A", "task", "CUS", dict(duration=10, wait=2,
                                                            duration_dist="exp")),
                                  ("E", "end", "CUS")], [("S", "A"), ("A", "E")]))
    result = monte_carlo(engine, 20_000, seed=2)
    assert result.elapsed is not None
    assert abs(result.elapsed.mean - 12.0) <= 4 * result.elapsed.se
    assert result.elapsed.p50 == pytest.approx(2 + 10 * math.log(2), rel=0.05)


def test_triangular_and_lognormal_durations() -> None:
    engine = analyse(journey(CF, [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=5, duration_dist="tri:1,2,9")),
        ("B", "task", "CUS", dict(duration=6, duration_dist="lognorm:3")), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "B"), ("B", "E")]))
    result = monte_carlo(engine, 20_000, seed=3, method="tokens")
    assert result.elapsed is not None
    assert abs(result.elapsed.mean - (4 + 6)) <= 4 * result.elapsed.se


@pytest.mark.parametrize(("text", "kind"), [
    ("fixed", FIXED), ("exp", EXP), ("tri:1,2,3", TRI), ("lognorm:2", LOGNORM),
    ("tri:3,2,1", FIXED), ("tri:a,b,c", FIXED), ("weird", FIXED)])
def test_duration_distributions_parse(text: str, kind: int) -> None:
    assert parse_dist(text, 5.0)[0] == kind


def test_describe_reports_mean_interval_and_percentiles() -> None:
    stat = describe(np.arange(1, 101, dtype=float))
    assert stat is not None
    assert stat.mean == 50.5 and stat.p50 == pytest.approx(50.5) and stat.p90 == pytest.approx(90.1)
    assert stat.ci95 == pytest.approx(1.96 * stat.se)
    assert describe(np.array([np.nan])) is None


def test_affordable_runs_shrink_on_long_journeys() -> None:
    engine = analyse(example_a())
    assert affordable_runs(engine, 10_000) == 10_000
    assert affordable_runs(engine, 10_000, budget=20_000) == int(20_000 // sum(engine.visits.values()))
    assert affordable_runs(engine, 10_000, budget=5_000) == 1_000
