"""Analysis layer: one model made ready for every analysis — engine, Monte Carlo, scorecard.

The command line's reports and the editor's Analysis menu both start here, so a model
gets the same seeded Monte Carlo run (as many runs as its size affords) and therefore
the same numbers wherever it is analysed. When the model has resource pools and an
arrival rate, the engine every section reads is the queue-aware one (docs/methods.md
§2.9: pooled waits replaced by Erlang C's W_q), so the scorecard, every section and
``compare`` give one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.compare.analysis import Side
from customer_modeler.analysis.engine.monte_carlo import (
    DEFAULT_RUNS,
    MonteCarloResult,
    affordable_runs,
    budget_issues,
    monte_carlo,
)
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.queues import queue_model
from customer_modeler.analysis.engine.scorecard import scorecard
from customer_modeler.analysis.issues import Issue
from customer_modeler.model.document import ProcessModel

#: Seed of the reports' Monte Carlo run, so the same file always gives the same report.
REPORT_SEED: Final = 1


@dataclass(frozen=True)
class Prepared:
    """One model analysed once: its engine, Monte Carlo result and scorecard.

    ``card`` is None when an E- issue stops the scorecard; ``mc`` is None when no runs
    were asked for, the engine did not solve, or journeys are too long to simulate.
    ``runs`` is how many runs the model afforded (0 without a run), ``seed`` their seed.
    ``engine`` is queue-aware when the model has pools and an arrival rate; ``notes``
    holds the queue model's issues and those of the Monte Carlo budget.
    """

    model: ProcessModel
    engine: Engine
    mc: MonteCarloResult | None
    card: dict[str, object] | None
    runs: int = 0
    seed: int = REPORT_SEED
    notes: tuple[Issue, ...] = ()

    @property
    def issues(self) -> list[Issue]:
        """The engine's issues, the queue model's and the Monte Carlo run's."""
        return [*self.engine.issues, *self.notes, *(self.mc.issues if self.mc else [])]

    @property
    def side(self) -> Side:
        """The compare/what-if view of this model (shares the engine and scorecard)."""
        return Side(self.model, self.engine, self.card)


def prepare_model(model: ProcessModel, *, runs: int = DEFAULT_RUNS,
                  seed: int = REPORT_SEED) -> Prepared:
    """Run the engine, Monte Carlo and the scorecard of a model, once each.

    Parameters
    ----------
    model : ProcessModel
    runs : int
        Monte Carlo runs wanted (fewer on large models, see ``affordable_runs``); 0 for
        none (``pe_mc`` and the ``_mc`` fields are then None).
    seed : int
        Monte Carlo seed, so the same file always gives the same report.

    Returns
    -------
    Prepared
    """
    engine = analyse(model)
    if engine.scorecard_refused:
        return Prepared(model, engine, None, None, 0, seed)
    queue = queue_model(model, engine)
    engine = queue.engine
    affordable = affordable_runs(engine, runs) if runs > 0 else 0
    mc = monte_carlo(engine, affordable, seed) if affordable else None
    notes = (*queue.issues, *budget_issues(engine, runs, affordable))
    return Prepared(model, engine, mc, scorecard(engine, mc), affordable, seed, notes)
