"""Analysis layer: how much journeys differ — lead-time percentiles and the spread of
contacts from the report's Monte Carlo run (docs/methods.md §2.8).

The expected values of the scorecard say what a journey costs on average; a CX lead also
asks "how long do the slowest one in ten take?" and "how uneven are the contacts?".
:func:`monte_carlo_spread` answers from the same seeded run every section shares.
"""

from __future__ import annotations

from typing import Final

from customer_modeler.analysis.engine.monte_carlo import Stat
from customer_modeler.analysis.prepare import Prepared

#: The per-journey measures of the spread, in the order a report shows them.
MEASURES: Final = ("lead_time", "contacts")
#: The figures of each measure, in the order a report shows them.
FIGURES: Final = ("mean", "p10", "p50", "p90", "p95", "sd", "variance")


def monte_carlo_spread(prepared: Prepared) -> dict[str, object] | None:
    """``{"runs", "seed", "lead_time", "contacts"}`` of the prepared model's Monte Carlo run.

    ``lead_time`` (minutes) and ``contacts`` (per journey) each hold ``mean``, ``p10``,
    ``p50``, ``p90``, ``p95``, ``sd`` (standard deviation across journeys) and
    ``variance`` (its square, in minutes² or contacts²); None without a run (an error
    stops the scorecard, or journeys are too long to simulate).
    """
    mc = prepared.mc
    if mc is None:
        return None
    return {"runs": mc.completed, "seed": mc.seed, "lead_time": _summary(mc.elapsed),
            "contacts": _summary(mc.contacts)}


def _summary(stat: Stat | None) -> dict[str, float] | None:
    if stat is None:
        return None
    return {"mean": stat.mean, "p10": stat.p10, "p50": stat.p50, "p90": stat.p90,
            "p95": stat.p95, "sd": stat.sd, "variance": stat.sd ** 2}
