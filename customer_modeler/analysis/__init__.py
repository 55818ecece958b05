"""Analysis layer: pure functions over a :class:`~customer_modeler.model.ProcessModel`.

The shared engine of docs/methods.md §2 (graph, weights, validation, expected visits,
censored chains, hit probabilities, failure chain, paths, Monte Carlo) and the KPI
scorecard of §2.11. Uses networkx and numpy, never Qt and never the BPMN layer; every
function returns plain data (dicts, lists, dataclasses) that the editor only draws.

Typical use::

    engine = analyse(model)
    card = scorecard(engine, mc=monte_carlo(engine, runs=10_000, seed=1))

The names below are loaded when first asked for, so that importing a light part of the
layer (the report's display table, say) does not load the engine with networkx and numpy
(about 45 MB; the editor's window needs neither until an analysis runs).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from customer_modeler.analysis.engine.company_view import company_lane_map, company_view
    from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult, monte_carlo
    from customer_modeler.analysis.engine.pipeline import Engine, analyse
    from customer_modeler.analysis.engine.scorecard import KPI_KEYS, EffortWeights, scorecard
    from customer_modeler.analysis.issues import CODES, Issue

#: Where each public name lives.
_HOMES = {
    "Engine": "engine.pipeline", "analyse": "engine.pipeline",
    "CODES": "issues", "Issue": "issues",
    "KPI_KEYS": "engine.scorecard", "EffortWeights": "engine.scorecard", "scorecard": "engine.scorecard",
    "MonteCarloResult": "engine.monte_carlo", "monte_carlo": "engine.monte_carlo",
    "company_lane_map": "engine.company_view", "company_view": "engine.company_view",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
