"""Analysis layer: the full report of one model, and of a pair (docs/design.md, "Command line").

:func:`full_report` runs the shared engine, one Monte Carlo run and one scorecard per
model and hands them to every analysis (docs/methods.md §3–§8), so nothing is computed
twice; the result is ``analyze --json``: ``kpis``, ``visits``, ``issues``, one common
report per analysis (``streamline``, ``fail_points``, ``systems``, ``what_if``,
``failure_demand``) and ``notes``. :func:`pair_report` does the same for ``compare A
B`` (the §5 comparison, and the §7 what-if when B is a variant of A). :func:`csv_tables`
lays a report out as the rows of its CSV files. Pure functions: models in, plain data
out; no file I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from customer_modeler.analysis.compare.analysis import compare_report
from customer_modeler.analysis.engine.monte_carlo import DEFAULT_RUNS
from customer_modeler.analysis.engine.queues import queue_model
from customer_modeler.analysis.fail_points.analysis import fail_points_report
from customer_modeler.analysis.failure_demand.analysis import failure_demand_report
from customer_modeler.analysis.failure_demand.what_if import journeys_per_year
from customer_modeler.analysis.prepare import REPORT_SEED, Prepared, prepare_model
from customer_modeler.analysis.report.scorecard_report import base_report
from customer_modeler.analysis.report.spread import monte_carlo_spread
from customer_modeler.analysis.streamline.analysis import streamline_report
from customer_modeler.analysis.systems.analysis import systems_report
from customer_modeler.analysis.what_if.analysis import is_variant, what_if_report
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

Row = dict[str, object]
Report = dict[str, object]

#: The per-analysis keys of ``analyze --json``, in report order (``compare`` has its own
#: command because it needs two models).
ANALYSES: Final = ("streamline", "fail_points", "systems", "what_if", "failure_demand")
#: Short names of the report sections (the table of contents).
SECTION_NAMES: Final = {"scorecard": "Scorecard", "streamline": "1 · Streamline",
                        "fail_points": "2 · Fail points", "compare": "3 · Comparison",
                        "systems": "4 · Systems", "what_if": "5 · What-if",
                        "failure_demand": "6 · Failure demand", "issues": "Issues"}
#: Headings of tables, by ``<analysis>.<table>`` or by table name.
TABLE_TITLES: Final = {
    "steps": "Step table", "handoffs": "Handoffs between lanes",
    "views": "Departments view versus company as one entity",
    "candidates": "Consolidation candidates, ranked by addressable customer minutes",
    "transfer_chains": "C1 transfer chains", "streamline.phases": "C2 phases with several "
    "departments", "repeated_data": "C3 repeated data capture", "loops": "C4 loops and rework",
    "loop_cycles": "C4 cycles", "nva": "C5 non-value-adding steps",
    "merges": "C6 back-office merges", "fail_points": "Fail points, ranked by EI",
    "surfacing": "Where invisible failures surface", "wait_points": "Wait points",
    "emotion": "Expected emotion per step", "emotion_curve": "Emotion curve (most likely path)",
    "footprint": "System footprint", "pools": "Resource pools (Erlang C)",
    "reasons": "Contacts by reason (Pareto)", "root_causes": "Root causes: information steps "
    "that generate contacts", "sensitivities": "Sensitivities to branch probabilities",
    "funnel": "Where journeys leave (funnel)", "contacts": "Contacts",
    "failure_demand.what_if": "What-if: changed branch probabilities",
    "what_if_steps": "What-if per step", "web_loops": "Web loops (pogo-sticking)",
    "scorecard": "Side-by-side scorecard", "systems.scorecard": "Scorecard (queue-aware)",
    "phases": "By phase", "matched": "Matched steps", "ours_only": "Ours only",
    "theirs_only": "Theirs only", "similarity": "Similarity", "compare.emotion":
    "Emotion along each most likely path", "economics": "Annual economics",
    "break_even": "Break-even values", "tornado": "Tornado (net Δ per year)",
    "workload": "Account-executive workload", "verdict": "Customer-side verdict",
    "changes": "Change list", "lov_lanes": "Contacts per lane the customer deals with",
}
#: Why ``what_if`` is null for a single model (docs/methods.md §7).
WHAT_IF_NOTE: Final = (
    "The what-if analysis compares the current journey with a variant of it: its yearly "
    "economics are the difference between the two journeys' margins and costs, so one "
    "model has none. Run `customer-modeler compare BASELINE VARIANT`.")


def run_analysis(name: str, prepared: Prepared) -> Report | None:
    """One analysis of a prepared model, sharing its engine, scorecard and Monte Carlo.

    Parameters
    ----------
    name : str
        One of :data:`ANALYSES`.
    prepared : Prepared

    Returns
    -------
    dict or None
        The analysis's common report; None for ``what_if``, which needs a variant.

    Raises
    ------
    ValueError
        For an unknown name.
    """
    if name not in _RUNNERS:
        raise ValueError(f"unknown analysis {name!r}; choose one of {', '.join(ANALYSES)}")
    return _RUNNERS[name](prepared)


def _streamline(p: Prepared) -> Report:
    return streamline_report(p.engine, card=p.card)


def _fail_points(p: Prepared) -> Report:
    queue = queue_model(p.model, p.engine) if p.engine.solved else None
    return fail_points_report(p.engine, mc=p.mc, queue=queue)


def _systems(p: Prepared) -> Report:
    return systems_report(p.model, engine=p.engine, card=p.card)


def _failure_demand(p: Prepared) -> Report:
    return failure_demand_report(p.engine, card=p.card, journeys=journeys_per_year(p.model))


def _what_if(p: Prepared) -> Report | None:
    return None


_RUNNERS: Final[Mapping[str, Callable[[Prepared], Report | None]]] = {
    "streamline": _streamline, "fail_points": _fail_points, "systems": _systems,
    "what_if": _what_if, "failure_demand": _failure_demand}


#: Runs some sections of a prepared model elsewhere (in another process): given the
#: prepared model, it starts them and returns {section: what gives it once it is needed}.
Delegate = Callable[[Prepared], Mapping[str, Callable[[], object]]]


def full_report(model: ProcessModel, *, analysis: str | None = None,
                runs: int = DEFAULT_RUNS, seed: int = REPORT_SEED,
                delegate: Delegate | None = None) -> Report:
    """The ``analyze --json`` object of one model.

    Parameters
    ----------
    model : ProcessModel
    analysis : str, optional
        Only this one of :data:`ANALYSES` (default: all of them).
    runs, seed : int
        Monte Carlo runs and seed (see :func:`prepare_model`).
    delegate : Delegate, optional
        Runs the sections it names meanwhile, while this process runs the others; what
        it gives back for them is placed in the report as it is.

    Returns
    -------
    dict
        ``kpis`` (None when an E- issue stops the scorecard), ``visits``, ``issues``,
        one key per analysis (its common report; ``what_if`` is None, see
        :data:`WHAT_IF_NOTE`) and ``notes`` ({analysis: sentence}).

    Raises
    ------
    ValueError
        For an unknown ``analysis``.
    """
    names = ANALYSES if analysis is None else (analysis,)
    if analysis is not None and analysis not in ANALYSES:
        raise ValueError(f"unknown analysis {analysis!r}; choose one of {', '.join(ANALYSES)}")
    # One pause for the whole run: paused only around each pass, the collector walked the
    # engine's millions of young objects at each gap (5 % of the run at 100,000 steps).
    with collection_paused():
        prepared = prepare_model(model, runs=runs, seed=seed)
        report = base_report(prepared)
        report["monte_carlo"] = monte_carlo_spread(prepared)
        elsewhere = delegate(prepared) if delegate is not None else {}
        notes: dict[str, str] = {}
        for name in names:
            report[name] = None if name in elsewhere else run_analysis(name, prepared)
            if name == "what_if":
                notes[name] = _what_if_note(model)
        for name in names:
            if name in elsewhere:
                report[name] = elsewhere[name]()
    report["notes"] = notes
    return report


def _what_if_note(model: ProcessModel) -> str:
    if model.info.variant_of:
        return (f"{WHAT_IF_NOTE} This model is a variant of {model.info.variant_of!r}: "
                "pass that model's file as BASELINE and this one as VARIANT.")
    return WHAT_IF_NOTE


def pair_report(a: ProcessModel, b: ProcessModel, *, runs: int = DEFAULT_RUNS,
                seed: int = REPORT_SEED) -> Report:
    """``{"variant", "compare", "what_if"}`` of ``compare A B``.

    Each model's engine, Monte Carlo run and scorecard is computed once and shared by
    both reports; ``what_if`` is None unless B is a variant of A (``is_variant``).
    """
    sides = [prepare_model(model, runs=runs, seed=seed).side for model in (a, b)]
    variant = is_variant(a, b)
    return {"variant": variant, "compare": compare_report(sides[0], sides[1]),
            "what_if": what_if_report(sides[0], sides[1]) if variant else None}


def stopped(report: Mapping[str, object]) -> bool:
    """Whether an E- issue stopped the scorecard of an ``analyze`` report."""
    return report.get("kpis") is None


# -- CSV layout --------------------------------------------------------------------------

def csv_tables(report: Mapping[str, object]) -> dict[str, list[Row]]:
    """The rows of every CSV file of an ``analyze`` report, by file name.

    ``scorecard.csv`` (``kpi``, ``value``; ``p_outcome`` as one ``p_outcome.<outcome>``
    row per outcome), ``visits.csv`` (``step``, ``visits``), ``issues.csv`` (``code``,
    ``elements`` space-separated, ``message``), and ``<analysis>-<table>.csv`` for every
    table of every analysis present (empty tables included).
    """
    files: dict[str, list[Row]] = {"scorecard.csv": scorecard_rows(report.get("kpis"))}
    visits = report.get("visits")
    files["visits.csv"] = [{"step": step, "visits": x}
                           for step, x in (visits.items() if isinstance(visits, dict) else ())]
    issues = report.get("issues")
    files["issues.csv"] = [{"code": i["code"], "elements": " ".join(i["elements"]),
                            "message": i["message"]}
                           for i in (issues if isinstance(issues, list) else ())]
    for name in (*ANALYSES, "compare"):
        section = report.get(name)
        if isinstance(section, dict):
            for table, rows in section["tables"].items():
                files[f"{name}-{table}.csv"] = list(rows)
    return files


def scorecard_rows(kpis: object) -> list[Row]:
    """The scorecard as ``kpi``/``value`` rows; dict values give one row per entry."""
    rows: list[Row] = []
    if not isinstance(kpis, dict):
        return rows
    for key, value in kpis.items():
        if isinstance(value, dict):
            rows += [{"kpi": f"{key}.{k}", "value": v} for k, v in value.items()]
        else:
            rows.append({"kpi": key, "value": value})
    return rows
