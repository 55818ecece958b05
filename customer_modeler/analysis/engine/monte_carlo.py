"""Analysis layer: Monte Carlo token simulation, seeded and summarised (docs/methods.md §2.8).

:func:`monte_carlo` picks the simulator (the vectorised walker when the model has no
parallel branches, the token simulation otherwise), drops runaway runs (more than
``limit`` node executions; W-MC-RUNAWAY when over 0.1 % of runs), and reports means with
±1.96 standard errors and the p10/p50/p90/p95 percentiles. Its means must agree with the
analytic values within 4 standard errors: that is the built-in self-test of §2.8. It also
records the emotion each run feels at the emotion curve's touchpoints, for the curve's
10–90 % band (:mod:`~customer_modeler.analysis.engine.emotion_band`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from customer_modeler.analysis.engine.emotion_band import (
    BandPoint,
    curve_steps,
    emotion_band,
    track_columns,
)
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.issues import Issue, make_issue
from customer_modeler.analysis.engine.simulation import simulation_tables
from customer_modeler.analysis.engine.tokens import simulate_tokens
from customer_modeler.analysis.engine.walker import RunRecords, walk

#: Default number of runs and node-execution guard per run (§2.8).
DEFAULT_RUNS = 10_000
RUN_LIMIT = 10_000
_RUNAWAY_SHARE = 0.001


@dataclass(frozen=True, slots=True)
class Stat:
    """Mean, standard error, 95 % half-width and percentiles of one per-run quantity."""

    mean: float
    se: float
    ci95: float
    p50: float
    p90: float
    p95: float
    n: int
    p10: float = math.nan

    @property
    def sd(self) -> float:
        """The standard deviation across runs (the standard error is sd / √n)."""
        return self.se * math.sqrt(self.n)

    def as_dict(self) -> dict[str, float]:
        return {"mean": self.mean, "ci95": self.ci95, "se": self.se, "p10": self.p10,
                "p50": self.p50, "p90": self.p90, "p95": self.p95, "n": self.n}


def describe(values: np.ndarray) -> Stat | None:
    """Summarise per-run values (NaN entries are left out).

    Returns
    -------
    Stat or None
        None when no value is left.
    """
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    if data.size == 0:
        return None
    se = float(data.std(ddof=1) / math.sqrt(data.size)) if data.size > 1 else 0.0
    p10, p50, p90, p95 = (float(v) for v in np.percentile(data, [10, 50, 90, 95]))
    return Stat(float(data.mean()), se, 1.96 * se, p50, p90, p95, int(data.size), p10)


@dataclass
class MonteCarloResult:
    """Summaries over the completed runs of one simulation."""

    runs: int
    seed: int
    method: str
    completed: int
    runaway: int
    visits: dict[str, float]
    visits_se: dict[str, float] | None
    elapsed: Stat | None
    contacts: Stat | None
    failures: Stat | None
    p_any_failure: Stat | None
    pe: Stat | None
    outcomes: dict[str, float]
    issues: list[Issue] = field(default_factory=list)
    #: Elapsed time and work (duration + wait over the executed steps) of the runs that
    #: end in outcome success; None without such runs.
    elapsed_success: Stat | None = None
    work_success: Stat | None = None
    #: The felt emotion's 10–90 % band at the emotion curve's touchpoints, in path order.
    emotion_band: tuple[BandPoint, ...] = ()


def affordable_runs(engine: Engine, runs: int = DEFAULT_RUNS,
                    budget: int | None = None) -> int:
    """How many runs fit in a budget of node executions (for interactive use).

    Parameters
    ----------
    engine : Engine
        A solved engine; Σ x is the expected number of executions per run.
    runs : int
        The runs wanted.
    budget : int, optional
        Node executions allowed in total; by default 5,000,000 for the vectorised walker
        and 500,000 for the (slower) token simulation of parallel models.

    Returns
    -------
    int
        ``runs``, fewer on large models (at least 1,000), or 0 when a typical journey
        would come close to the runaway guard (Monte Carlo is then not meaningful).
    """
    per_run = sum(engine.visits.values())
    if per_run > RUN_LIMIT / 2:
        return 0
    if budget is None:
        budget = 500_000 if engine.has_and else 5_000_000
    return int(min(runs, max(1_000, budget // max(per_run, 1.0))))


def budget_issues(engine: Engine, wanted: int, used: int) -> list[Issue]:
    """W-MC-SKIPPED when no run fits, W-MC-CAPPED when fewer than ``wanted`` did (§2.8).

    Parameters
    ----------
    engine : Engine
        The solved engine (Σ x is the step executions of a typical journey).
    wanted, used : int
        Runs asked for and runs made (as :func:`affordable_runs` allowed).

    Returns
    -------
    list of Issue
        Empty when every run asked for was made, or none was asked for.
    """
    if wanted <= 0 or used >= wanted:
        return []
    if used <= 0:
        per_run = sum(engine.visits.values())
        return [make_issue("W-MC-SKIPPED", [], (
            f"Monte Carlo was not run: a typical journey has {per_run:,.0f} step executions, "
            f"too close to the limit of {RUN_LIMIT:,} per run; the figures that need it are "
            "n/a"))]
    return [make_issue("W-MC-CAPPED", [], (
        f"Monte Carlo ran {used:,} of the {wanted:,} journeys asked for, to stay responsive; "
        "its figures have wider margins"))]


def self_test(engine: Engine, result: MonteCarloResult, sigmas: float = 4.0) -> list[str]:
    """The §2.8 self-test: steps whose simulated mean visits miss the engine's expected
    visits by more than ``sigmas`` standard errors.

    Returns
    -------
    list of str
        Step ids that fail (empty when the simulation agrees, or without standard errors).
    """
    if result.visits_se is None:
        return []
    return [node for node, x in engine.visits.items()
            if abs(result.visits.get(node, 0.0) - x) > sigmas * result.visits_se.get(node, 0.0)
            + 1e-12]


def monte_carlo(engine: Engine, runs: int = DEFAULT_RUNS, seed: int = 1, *,
                limit: int = RUN_LIMIT, method: str = "auto",
                track: list[str] | None = None) -> MonteCarloResult:
    """Simulate journeys through a solved engine.

    Parameters
    ----------
    engine : Engine
        A solved engine (no E- issue that stops the chain).
    runs : int
        Number of journeys.
    seed : int
        Seed of ``numpy.random.default_rng``: the same seed gives the same result.
    limit : int
        Node executions per run above which the run is runaway and left out.
    method : {"auto", "walk", "tokens"}
        ``walk`` needs a model without AND/OR branches; ``auto`` picks it when possible.
    track : list of str, optional
        Touchpoints whose felt emotion each run records for the band; by default the
        emotion curve's (``emotion_band.curve_steps``). Tracking draws no random number.

    Returns
    -------
    MonteCarloResult

    Raises
    ------
    ValueError
        When the engine is not solved, or ``walk`` is asked for a parallel model.
    """
    tables = simulation_tables(engine)
    rng = np.random.default_rng(seed)
    if method == "auto":
        method = "tokens" if tables.parallel else "walk"
    if method == "walk" and tables.parallel:
        raise ValueError("the vectorised walker cannot run AND/OR branches")
    simulate = walk if method == "walk" else simulate_tokens
    tracked = [n for n in (curve_steps(engine) if track is None else track)
               if n in tables.nodes]
    columns = track_columns(tables.nodes, tracked) if tracked else None
    records = simulate(tables, runs, rng, limit, columns)
    return _summarise(records, tables.nodes, tables.outcomes, runs, seed, method, tracked)


def _summarise(records: RunRecords, nodes: list[str], outcomes: list[str], runs: int,
               seed: int, method: str, tracked: list[str]) -> MonteCarloResult:
    done = ~records.runaway
    completed = int(done.sum())
    runaway = runs - completed
    issues: list[Issue] = []
    if runaway > _RUNAWAY_SHARE * runs:
        issues.append(make_issue("W-MC-RUNAWAY", [], f"{runaway} of {runs} runs exceeded the "
                                 "step limit and were left out"))
    scale = 1.0 / completed if completed else 0.0
    visits = {n: float(t) * scale for n, t in zip(nodes, records.visit_totals)}
    visits_se = None
    if records.visits is not None and completed > 1:
        sd = records.visits[done].std(axis=0, ddof=1)
        visits_se = {n: float(s) / math.sqrt(completed) for n, s in zip(nodes, sd)}
    finished = records.outcome[done]
    success = finished == outcomes.index("success") if "success" in outcomes else \
        np.zeros(finished.shape, dtype=bool)
    return MonteCarloResult(
        runs=runs, seed=seed, method=method, completed=completed, runaway=runaway,
        visits=visits, visits_se=visits_se,
        elapsed=describe(records.elapsed[done]), contacts=describe(records.contacts[done]),
        failures=describe(records.failures[done]),
        p_any_failure=describe((records.failures[done] > 0).astype(float)),
        pe=describe(records.pe[done]),
        outcomes={o: float(np.mean(finished == k)) if completed else 0.0
                  for k, o in enumerate(outcomes)},
        issues=issues,
        elapsed_success=describe(records.elapsed[done][success]),
        work_success=describe(records.work[done][success]),
        emotion_band=emotion_band(records.felt[done], tracked)
        if records.felt is not None and completed else (),
    )
