"""Analysis layer: derived views of a model (docs/methods.md §2.10), computed, never stored.

The "company as one entity" view maps every lane whose role is not ``customer`` onto one
lane called "Company". Handoffs then count only crossings of the line of interaction,
and line-of-visibility switches and transfers become 0. Derived step defaults keep the
roles of the stored lanes.
"""

from __future__ import annotations

from typing import Final

from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.scorecard import EffortWeights, scorecard
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult

#: The lane id of the merged company lane in the company view.
COMPANY_LANE: Final = "Company"


def company_lane_map(engine: Engine) -> dict[str, str]:
    """{lane id: view lane} mapping every non-customer lane to :data:`COMPANY_LANE`.

    Steps without a lane belong to the company too (their lane id is ``""``).

    Returns
    -------
    dict
    """
    lanes: dict[str, str] = engine.graph.graph["lanes"]
    mapping = {lane: COMPANY_LANE for lane, role in lanes.items() if role != "customer"}
    mapping[""] = COMPANY_LANE
    return mapping


def company_view(engine: Engine, mc: MonteCarloResult | None = None, *,
                 weights: EffortWeights = EffortWeights()) -> dict[str, object]:
    """The scorecard with the company seen as one entity.

    Parameters
    ----------
    engine : Engine
        A solved engine without E- issues.
    mc : MonteCarloResult, optional
        As for :func:`~customer_modeler.analysis.engine.scorecard.scorecard`.
    weights : EffortWeights

    Returns
    -------
    dict
        Same keys as the departmental scorecard.
    """
    return scorecard(engine, mc, weights=weights, lane_map=company_lane_map(engine))
