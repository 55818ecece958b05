"""Analysis layer: how differently customers feel along the emotion curve — the Monte
Carlo band of docs/methods.md §2.8 and §4 step 8.

The emotion curve plots the planned e and the expected e′ of the visible tasks with an
emotion along the most likely path (:func:`curve_steps`). Each simulated journey that
meets such a touchpoint feels its emotion there, or its ``fail_emotion`` on a failed
execution (the mean of its executions when a loop brings it back). Only those few
touchpoints are tracked, one column each, so the band costs a small runs × touchpoints
matrix. :func:`emotion_band` summarises it as the 10th and 90th percentiles per
touchpoint over the runs that met it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from customer_modeler.analysis.engine.paths import most_likely_path
from customer_modeler.analysis.engine.pipeline import Engine

#: Percentiles of the band: one customer in ten feels worse than the low edge, one in
#: ten better than the high edge.
LOW, HIGH = 10.0, 90.0


@dataclass(frozen=True, slots=True)
class BandPoint:
    """The felt emotion at one touchpoint across the runs that met it.

    ``p10``/``p90`` are the band's edges, ``mean`` the average felt emotion (it estimates
    the expected e′), ``met`` the share of completed runs that reached the touchpoint.
    """

    element: str
    p10: float
    p90: float
    mean: float
    met: float


def curve_steps(engine: Engine) -> list[str]:
    """The emotion curve's touchpoints: visible tasks with an emotion on the most likely
    path, in path order (empty without a path)."""
    path = most_likely_path(engine) if engine.solved else None
    if path is None:
        return []
    return [node for node in path.nodes
            if (step := engine.steps[node]).is_task and step.visible and step.emotion is not None]


def track_columns(nodes: list[str], tracked: list[str]) -> np.ndarray:
    """Per simulation node, its column in the felt-emotion matrix, or −1 when untracked."""
    column = {node: k for k, node in enumerate(tracked)}
    return np.array([column.get(node, -1) for node in nodes], dtype=np.int64)


def felt_means(sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each run's mean felt emotion per touchpoint; NaN where the run did not meet it."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def emotion_band(felt: np.ndarray, tracked: list[str]) -> tuple[BandPoint, ...]:
    """The band of the completed runs' felt emotions (runs × touchpoints, NaN = not met).

    A touchpoint no run met is left out.
    """
    runs = felt.shape[0]
    points = []
    for k, element in enumerate(tracked):
        column = felt[:, k]
        column = column[~np.isnan(column)]
        if column.size == 0:
            continue
        low, high = np.percentile(column, [LOW, HIGH])
        points.append(BandPoint(element, float(low), float(high), float(column.mean()),
                                column.size / runs))
    return tuple(points)
