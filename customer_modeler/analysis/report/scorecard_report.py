"""Analysis layer: the analysis report of one model as plain data (docs/design.md, "Command line").

``{"kpis": …, "coverage": …, "visits": …, "issues": […]}``: the §2.11 scorecard (None
when an E- issue stops it; a KPI whose input is set nowhere is null), how far each KPI's
input is set ({KPI: "durations set on steps: 6 of 9"}), the expected visits per step, and
every issue as ``{code, elements, message}``. The command line prints it; the editor may draw it.
"""

from __future__ import annotations

from customer_modeler.analysis.engine.monte_carlo import DEFAULT_RUNS
from customer_modeler.analysis.engine.scorecard import scorecard_coverage
from customer_modeler.analysis.prepare import REPORT_SEED, Prepared, prepare_model
from customer_modeler.model.document import ProcessModel

__all__ = ["REPORT_SEED", "analysis_report", "base_report"]


def analysis_report(model: ProcessModel, *, runs: int = DEFAULT_RUNS,
                    seed: int = REPORT_SEED) -> dict[str, object]:
    """Analyse a model and return the report object.

    Parameters
    ----------
    model : ProcessModel
    runs : int
        Monte Carlo runs for ``pe_mc`` and the ``_mc`` fields (fewer on large models,
        none when 0 or when journeys are too long to simulate).
    seed : int

    Returns
    -------
    dict
        ``kpis`` (dict, or None when an E- issue stops the scorecard), ``visits``
        ({step id: x}) and ``issues`` (list of dicts).
    """
    return base_report(prepare_model(model, runs=runs, seed=seed))


def base_report(prepared: Prepared) -> dict[str, object]:
    """``{"kpis", "coverage", "visits", "issues"}`` of the ``analyze`` row of docs/design.md:
    the start of every report of a prepared model."""
    card = prepared.card
    return {"kpis": card,
            "coverage": None if card is None else scorecard_coverage(prepared.engine, card),
            "visits": dict(prepared.engine.visits),
            "issues": [issue.as_dict() for issue in prepared.issues]}
