"""Analysis layer: the emotion measures of Analysis 2 (docs/methods.md §4 step 8).

Expected emotion per step e′ = (1 − p_eff)·e + p_eff·fail_emotion, the journey average
over visible tasks that have an emotion, pain points (visible, e′ ≤ −1), the peak-end
scores PE_design (planned emotions on the most likely path) and PE_mc (from a Monte
Carlo run), and the emotion curve along the most likely path that the report charts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from customer_modeler.analysis.engine.emotion_band import BandPoint
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult
from customer_modeler.analysis.engine.paths import Path, design_emotions, peak_end

#: Expected emotion at or below which a visible task is a pain point.
PAIN_THRESHOLD: Final = -1.0


@dataclass
class EmotionSummary:
    """The emotion measures of one model (None where §4 says "n/a").

    Attributes
    ----------
    expected : dict
        {task id: e′} for reachable tasks that have an emotion (visible or not).
    average : float or None
        Σ xᵥe′ᵥ / Σ xᵥ over visible tasks with an emotion.
    pain_points : list of str
        Visible tasks with e′ ≤ −1, in model order.
    pe_design, pe_mc : float or None
    curve : list of dict
        The emotion-curve table (one row per visible task with an emotion on the path).
    steps : list of dict
        The per-step emotion table.
    """

    expected: dict[str, float]
    average: float | None
    pain_points: list[str]
    pe_design: float | None
    pe_mc: float | None
    curve: list[dict[str, object]] = field(default_factory=list)
    steps: list[dict[str, object]] = field(default_factory=list)


def expected_emotions(engine: Engine, p_eff: Mapping[str, float]) -> dict[str, float]:
    """e′ = (1 − p_eff)·e + p_eff·fail_emotion for every reachable task with an emotion.

    Parameters
    ----------
    engine : Engine
    p_eff : mapping
        {step id: failure probability per execution} (§2.6).

    Returns
    -------
    dict
        {task id: expected emotion}.
    """
    result: dict[str, float] = {}
    steps = engine.steps
    for node in engine.reachable:
        step = steps[node]
        if step.is_task and step.emotion is not None:
            p = p_eff.get(node, 0.0)
            result[node] = (1.0 - p) * step.emotion + p * step.fail_emotion
    return result


def average_emotion(engine: Engine, expected: Mapping[str, float]) -> float | None:
    """The journey average Σ xᵥe′ᵥ / Σ xᵥ over visible tasks with an emotion (None if none)."""
    steps, x = engine.steps, engine.visits
    visible = [n for n in expected if steps[n].visible]
    weight = sum([x[n] for n in visible])  # lists: the same order, faster than generators
    if weight <= 0.0:
        return None
    return sum([x[n] * expected[n] for n in visible]) / weight


def emotion_summary(engine: Engine, p_eff: Mapping[str, float], path: Path | None, *,
                    fail_points: Collection[str] = (), wait_points: Collection[str] = (),
                    mc: MonteCarloResult | None = None) -> EmotionSummary:
    """All emotion measures of a solved engine.

    Parameters
    ----------
    engine : Engine
    p_eff : mapping
        {step id: p_eff}.
    path : Path or None
        The most likely path (§2.7); None leaves the curve empty and PE_design n/a.
    fail_points, wait_points : collection of str
        Step ids marked F and W on the curve.
    mc : MonteCarloResult, optional
        Supplies PE_mc.

    Returns
    -------
    EmotionSummary
    """
    expected = expected_emotions(engine, p_eff)
    steps = engine.steps
    pains = [n for n, e in expected.items() if e <= PAIN_THRESHOLD and steps[n].visible]
    pe = None if path is None else peak_end(design_emotions(engine, path))
    summary = EmotionSummary(expected, average_emotion(engine, expected), pains, pe,
                             None if mc is None or mc.pe is None else mc.pe.mean)
    summary.steps = _step_rows(engine, expected, p_eff, set(pains))
    if path is not None:
        summary.curve = emotion_curve(engine, path, expected, set(fail_points),
                                      set(wait_points), () if mc is None else mc.emotion_band)
    return summary


def _step_rows(engine: Engine, expected: Mapping[str, float], p_eff: Mapping[str, float],
               pains: Collection[str]) -> list[dict[str, object]]:
    """The per-step emotion table, in one loop (a row per task: 70,000 at 100,000 steps)."""
    steps, visits = engine.steps, engine.visits
    rows: list[dict[str, object]] = []
    add = rows.append
    for node, e in expected.items():
        step = steps[node]
        add({"element": node, "name": step.name, "lane": step.lane or "",
             "visible": step.visible, "x": visits[node], "emotion": step.emotion,
             "p_eff": p_eff.get(node, 0.0), "fail_emotion": step.fail_emotion,
             "expected_emotion": e, "pain_point": node in pains,
             "moment_of_truth": step.moment_of_truth})
    return rows


def emotion_curve(engine: Engine, path: Path, expected: Mapping[str, float],
                  fail_points: Collection[str] = (),
                  wait_points: Collection[str] = (),
                  band: Iterable[BandPoint] = ()) -> list[dict[str, object]]:
    """The emotion curve: the visible tasks with an emotion along a path, in path order.

    Returns
    -------
    list of dict
        Rows ``position`` (1-based), ``element``, ``name``, ``emotion`` (planned e),
        ``expected_emotion`` (e′), ``felt_p10`` and ``felt_p90`` (the Monte Carlo band
        of the emotion felt there; None without a run that met the step), and the markers
        ``fail_point`` (F), ``wait_point`` (W) and ``moment_of_truth`` (★). Empty when no
        such task lies on the path.
    """
    felt = {point.element: point for point in band}
    rows: list[dict[str, object]] = []
    for node in path.nodes:
        step = engine.steps[node]
        if not (step.is_task and step.visible and step.emotion is not None):
            continue
        rows.append({"position": len(rows) + 1, "element": node, "name": step.name,
                     "emotion": step.emotion, "expected_emotion": expected[node],
                     "felt_p10": felt[node].p10 if node in felt else None,
                     "felt_p90": felt[node].p90 if node in felt else None,
                     "fail_point": node in fail_points, "wait_point": node in wait_points,
                     "moment_of_truth": step.moment_of_truth})
    return rows
