"""Analysis layer: the analysis report of one model as plain data (docs/design.md, "Command line").

``{"kpis": …, "visits": …, "issues": […]}``: the §2.11 scorecard (None when an E- issue
stops it), the expected visits per step, and every issue as ``{code, elements,
message}``. The command line prints it; the editor may draw it.
"""

from __future__ import annotations

from customer_modeler.analysis.engine.pipeline import analyse
from customer_modeler.analysis.engine.scorecard import scorecard
from customer_modeler.analysis.engine.monte_carlo import DEFAULT_RUNS, affordable_runs, monte_carlo
from customer_modeler.model.document import ProcessModel

#: Seed of the report's Monte Carlo run, so the same file always gives the same report.
REPORT_SEED = 1


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
    engine = analyse(model)
    issues = list(engine.issues)
    kpis: dict[str, object] | None = None
    if engine.solved and not engine.stopped:
        affordable = affordable_runs(engine, runs) if runs > 0 else 0
        mc = monte_carlo(engine, affordable, seed) if affordable else None
        if mc is not None:
            issues.extend(mc.issues)
        kpis = scorecard(engine, mc)
    return {
        "kpis": kpis,
        "visits": dict(engine.visits),
        "issues": [issue.as_dict() for issue in issues],
    }
