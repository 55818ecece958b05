"""Analysis layer: pure functions over a :class:`~customer_modeler.model.ProcessModel`.

The shared engine of docs/methods.md §2 (graph, weights, validation, expected visits,
censored chains, hit probabilities, failure chain, paths, Monte Carlo) and the KPI
scorecard of §2.11. Uses networkx and numpy, never Qt and never the BPMN layer; every
function returns plain data (dicts, lists, dataclasses) that the editor only draws.

Typical use::

    engine = analyse(model)
    card = scorecard(engine, mc=monte_carlo(engine, runs=10_000, seed=1))
"""

from __future__ import annotations

from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.issues import CODES, Issue
from customer_modeler.analysis.engine.scorecard import KPI_KEYS, EffortWeights, scorecard
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult, monte_carlo
from customer_modeler.analysis.engine.company_view import company_lane_map, company_view

__all__ = [
    "CODES", "KPI_KEYS", "EffortWeights", "Engine", "Issue", "MonteCarloResult", "analyse",
    "company_lane_map", "company_view", "monte_carlo", "scorecard",
]
