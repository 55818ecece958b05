"""Lead time given success (docs/methods.md §2.5, §2.11): without parallel branches the
h-transform, checked against the dense textbook form; with a parallel block the expected
work given success, checked against the work of the successful Monte Carlo runs, with the
Monte Carlo elapsed time of those runs beside it."""

from __future__ import annotations

import numpy as np
import pytest

from customer_modeler.analysis import analyse, monte_carlo, scorecard
from customer_modeler.model import ProcessModel
from customer_modeler.samples import order_journey
from tests.analysis.factory import journey
from tests.analysis.test_chain import Dense
from tests.analysis.test_queues import example_d_current


def dense_given_success(model: ProcessModel) -> float:
    """Σ xᵥ hᵥ (dᵥ + wᵥ) / P(success) with N = (I − W)⁻¹ and h the absorption into the
    success ends, computed densely."""
    engine = analyse(model)
    dense = Dense(engine)
    x = dense.s @ dense.n
    success = [dense.index[e] for e in engine.ends if engine.steps[e].outcome == "success"]
    h = dense.n[:, success].sum(axis=1)
    work = np.array([(s.duration + s.wait) if s.is_task else 0.0
                     for s in (engine.steps[n] for n in dense.nodes)])
    return float((x * h * work).sum() / x[success].sum())


@pytest.mark.parametrize("build", [example_d_current, order_journey],
                         ids=["ivr", "order-journey"])
def test_without_parallel_branches_it_is_the_h_transform(build: object) -> None:
    model = build()  # type: ignore[operator]
    card = scorecard(analyse(model))
    assert card["p_outcome"]["success"] < 1.0  # conditioning matters here
    assert card["lead_time_given_success"] == pytest.approx(dense_given_success(model),
                                                            abs=1e-6)


def parallel_rework() -> ProcessModel:
    """A parallel block (B with a rework loop, C) inside a loop, with an early abandon."""
    lanes = (("CUS", "customer"), ("FUL", "department"))
    return journey(lanes, [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=5)),
        ("X", "xor", "CUS"), ("EAB", "end", "CUS", dict(outcome="abandon")),
        ("P", "and", "FUL"), ("B", "task", "FUL", dict(duration=10)), ("XB", "xor", "FUL"),
        ("C", "task", "FUL", dict(duration=20, wait=4)), ("J", "and", "FUL"),
        ("D", "task", "CUS", dict(duration=5, wait=1)), ("G", "xor", "CUS"),
        ("EOK", "end", "CUS"),
    ], [("S", "A"), ("A", "X"), ("X", "P", 0.9), ("X", "EAB", 0.1), ("P", "B"), ("P", "C"),
        ("B", "XB"), ("XB", "B", 0.3), ("XB", "J", 0.7), ("C", "J"), ("J", "D"), ("D", "G"),
        ("G", "EOK", 0.75), ("G", "A", 0.25)])


def test_with_a_parallel_block_it_is_the_expected_work_of_a_successful_journey() -> None:
    engine = analyse(parallel_rework())
    assert engine.has_and
    mc = monte_carlo(engine, runs=20_000, seed=3)
    card = scorecard(engine, mc)
    work = card["expected_work_given_success"]
    assert isinstance(work, float) and mc.work_success is not None
    assert abs(work - mc.work_success.mean) <= 4 * mc.work_success.se
    # the journeys that give up early did less: conditioning on success matters here
    assert work > card["lead_time"] + 5.0
    # the elapsed time runs B's rework beside C: less than the work, from the same runs
    assert mc.elapsed_success is not None
    assert card["lead_time_given_success_mc"] == mc.elapsed_success.mean < work
