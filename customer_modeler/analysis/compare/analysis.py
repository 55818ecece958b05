"""Analysis layer: Analysis 3, compare and contrast with a competitor (docs/methods.md §5).

:func:`compare_report` puts two scorecards side by side (Δ = theirs − ours, with the
direction of "better" and the attribute coverage of §5 step 2), builds the phase table,
matches the visible steps by key (:mod:`~customer_modeler.analysis.compare.matching`), and
reports both similarities. :func:`prepare` runs the engine and the scorecard of a model
once so that several comparisons (and :mod:`~customer_modeler.analysis.what_if.analysis`) share
them. Pure functions returning the common report shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from customer_modeler.analysis.engine.attributes import customer_minutes
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.failure_chain import effective_fail_prob
from customer_modeler.analysis.issues import Issue
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.engine.scorecard import KPI_KEYS, scorecard
from customer_modeler.analysis.compare.matching import (
    GED_NODE_LIMIT,
    GED_STEP_LIMIT,
    EditDistance,
    Matching,
    edit_distance,
    match_steps,
    matched_rows,
    only_rows,
    visible_tasks,
)
from customer_modeler.analysis.engine.paths import most_likely_path
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

Row = dict[str, object]
Report = dict[str, object]

#: KPIs where a higher value is better (§2.11: margin; emotions; keeping the order).
HIGHER_IS_BETTER: Final = frozenset({"margin", "pe_design", "pe_mc", "p_success"})
#: Extra scorecard keys compared after the §2.11 ones, when either side has them.
EXTRA_KEYS: Final = ("lead_time_given_success", "expected_work_given_success",
                     "lead_time_given_success_mc", "lead_time_mc", "p_any_failure_mc",
                     "pe_design", "pe_mc")
#: KPI -> the attribute its coverage is measured on (§5 step 2).
COVERAGE_OF: Final = {
    "customer_time": "duration", "lead_time": "duration", "lead_time_given_success": "duration",
    "expected_work_given_success": "duration", "lead_time_given_success_mc": "duration",
    "lead_time_mc": "duration", "cost": "cost", "exp_failures": "fail",
    "p_any_failure": "fail", "p_any_failure_mc": "fail", "wait_excess": "wait",
    "margin": "margin", "pe_design": "emotion", "pe_mc": "emotion",
}
#: Phases in journey order (§1.2).
PHASES: Final = ("research", "evaluate", "order", "revise", "receive", "return", "other")
PHASE_MEASURES: Final = ("customer_time", "contacts", "effort", "touchpoints", "exp_failures",
                         "emotion")
_EPS: Final = 1e-9


@dataclass(frozen=True)
class Side:
    """One model with its engine and scorecard, computed once and shared.

    ``card`` is None when an E- issue stops the scorecard (the side is refused). The
    cached properties are derived once per side, however many reports read them.
    """

    model: ProcessModel
    engine: Engine
    card: dict[str, object] | None

    @property
    def name(self) -> str:
        return self.model.name or "(unnamed model)"

    @cached_property
    def p_eff(self) -> dict[str, float]:
        """Per-execution failure probability of each reachable step (§2.6)."""
        return effective_fail_prob(self.engine)

    @cached_property
    def visible(self) -> list[str]:
        """The reachable visible tasks, in model order."""
        return visible_tasks(self.engine)

    @cached_property
    def coverage(self) -> dict[str, float | None]:
        """Attribute coverage, see :func:`coverage`."""
        return coverage(self)


def prepare(model: ProcessModel) -> Side:
    """Run the engine and the scorecard of a bare model, without Monte Carlo.

    The reports of the command line and the editor share one engine, Monte Carlo run and
    scorecard per model instead: ``analysis.prepare.prepare_model(model).side``.
    """
    engine = analyse(model)
    card = scorecard(engine) if engine.solved and not engine.stopped else None
    return Side(model, engine, card)


def as_side(value: ProcessModel | Side) -> Side:
    """A prepared side, preparing a bare model."""
    return value if isinstance(value, Side) else prepare(value)


def side_issues(side: Side, label: str, extra: list[Issue] | None = None) -> list[Row]:
    """The engine's issues of one side as report dicts, the message prefixed by ``label``."""
    return [{"code": i.code, "elements": list(i.elements), "message": f"{label}: {i.message}"}
            for i in side.engine.issues + (extra or [])]


def unit_issue(left: Side, right: Side) -> Row | None:
    """E-UNITS (§5 step 1) when the two models use different time units."""
    units = [side.model.info.time_unit or "min" for side in (left, right)]
    if units[0] == units[1]:
        return None
    return {"code": "E-UNITS", "elements": [], "message": f"the models use different time "
            f"units ({units[0]} and {units[1]}); convert one before comparing"}


# -- the side-by-side scorecard ----------------------------------------------------------

def flat_card(side: Side) -> dict[str, float | None]:
    """The scorecard as numbers: the §2.11 keys, the extras, and ``p_<outcome>``."""
    card = side.card or {}
    flat: dict[str, float | None] = {}
    for key in KPI_KEYS + EXTRA_KEYS:
        value = card.get(key)
        if key in card:
            flat[key] = None if value is None else float(value)  # type: ignore[arg-type]
    outcomes = card.get("p_outcome")
    if isinstance(outcomes, dict):
        for outcome, p in outcomes.items():
            flat[f"p_{outcome}"] = float(p)
    return flat


def kpi_table(left: Side, right: Side, labels: tuple[str, str]) -> list[Row]:
    """Rows ``kpi``, both values, ``delta`` (right − left), ``pct_delta``, ``better``,
    ``higher_is_better`` and the coverages.

    A KPI whose attribute has coverage 0 on a side is None ("n/a") there (§5 step 2).
    """
    cover_a, cover_b = left.coverage, right.coverage
    a, b = _covered(cover_a, flat_card(left)), _covered(cover_b, flat_card(right))
    keys = list(dict.fromkeys([*a, *b]))
    keys.sort(key=_kpi_order)
    rows: list[Row] = []
    for key in keys:
        va, vb = a.get(key), b.get(key)
        attribute = COVERAGE_OF.get(key)
        rows.append({
            "kpi": key, labels[0]: va, labels[1]: vb,
            "delta": None if va is None or vb is None else vb - va,
            "pct_delta": None if va is None or vb is None or va == 0 else (vb - va) / abs(va) * 100,
            "better": better(key, va, vb, labels),
            "higher_is_better": key in HIGHER_IS_BETTER,
            f"coverage_{labels[0]}": None if attribute is None else cover_a.get(attribute),
            f"coverage_{labels[1]}": None if attribute is None else cover_b.get(attribute),
        })
    return rows


def _kpi_order(key: str) -> tuple[int, str]:
    order = KPI_KEYS + EXTRA_KEYS
    return (order.index(key), "") if key in order else (len(order), key)


def _covered(cover: dict[str, float | None],
             flat: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if cover.get(COVERAGE_OF.get(k, ""), 1.0) == 0.0 else v
            for k, v in flat.items()}


def better(key: str, left: float | None, right: float | None,
           labels: tuple[str, str]) -> str | None:
    """Which side is better on a KPI: a label, ``equal``, or None when a value is n/a."""
    if left is None or right is None:
        return None
    if abs(right - left) <= _EPS * max(1.0, abs(left), abs(right)):
        return "equal"
    right_higher = right > left
    return labels[1] if right_higher == (key in HIGHER_IS_BETTER) else labels[0]


def coverage(side: Side) -> dict[str, float | None]:
    """Σ xᵥ·[attribute set] / Σ xᵥ over the relevant steps, per attribute (§5 step 2).

    Relevant steps: tasks (``duration``, ``cost``, ``fail``: ``fail_prob`` or a system
    with a failure rate), tasks with a tolerance (``wait``), visible tasks (``emotion``),
    reachable ends (``margin``). None where no relevant step has visits.
    """
    engine, raw = side.engine, side.model.steps
    rated = {s.id for s in side.model.systems.values() if s.fail_prob is not None}
    names = ("duration", "cost", "fail", "wait", "emotion", "margin")
    done = dict.fromkeys(names, 0.0)
    total = dict.fromkeys(names, 0.0)
    for node, x in engine.visits.items():
        step, given = engine.steps[node], raw[node]
        if step.type == "end":
            total["margin"] += x
            done["margin"] += x * (given.margin is not None)
        if step.type != "task":
            continue
        total["duration"] += x
        done["duration"] += x * (given.duration is not None)
        done["cost"] += x * (given.cost is not None)
        done["fail"] += x * (given.fail_prob is not None or not rated.isdisjoint(given.systems))
        if step.tolerance is not None:
            total["wait"] += x
            done["wait"] += x * (given.wait is not None)
        if step.visible:
            total["emotion"] += x
            done["emotion"] += x * (given.emotion is not None)
    total["cost"] = total["fail"] = total["duration"]
    return {n: done[n] / total[n] if total[n] > 0 else None for n in names}


# -- the phase table ---------------------------------------------------------------------

def phase_measures(side: Side) -> dict[str, dict[str, float | None]]:
    """Per phase: customer minutes, contacts, effort, touchpoints, expected failures and
    the mean expected emotion ((1 − p_eff)·emotion + p_eff·fail_emotion over visible
    tasks with an emotion). Failure flows count in their target's phase."""
    engine, p_eff = side.engine, side.p_eff
    sums: dict[str, list[float]] = {}
    for node, x in engine.visits.items():
        s = engine.steps[node]
        if not s.is_task:
            continue
        row = sums.setdefault(s.phase, [0.0] * 7)
        row[0] += x * customer_minutes(s)
        row[1] += x * s.contact
        row[2] += x * s.effort
        row[3] += x * (s.visible and s.channel != "none")
        row[4] += x * p_eff[node]
        if s.visible and s.emotion is not None:
            row[5] += x * ((1 - p_eff[node]) * s.emotion + p_eff[node] * s.fail_emotion)
            row[6] += x
    for edge in engine.edges:
        if edge.w > edge.w_ok and edge.source in engine.visits:
            row = sums.setdefault(engine.steps[edge.target].phase, [0.0] * 7)
            row[4] += engine.visits[edge.source] * (edge.w - edge.w_ok)
    return {phase: {"customer_time": r[0], "contacts": r[1], "effort": r[2],
                    "touchpoints": r[3], "exp_failures": r[4],
                    "emotion": r[5] / r[6] if r[6] > 0 else None}
            for phase, r in sums.items()}


def phase_table(left: Side, right: Side, labels: tuple[str, str]) -> list[Row]:
    """The §5 phase table; a phase used on one side only shows 0 on the other."""
    a, b = phase_measures(left), phase_measures(right)
    phases: list[str] = [p for p in PHASES if p in a or p in b]
    phases += sorted(p for p in {*a, *b} if p not in PHASES)
    zero: dict[str, float | None] = dict.fromkeys(PHASE_MEASURES, 0.0)
    zero["emotion"] = None
    rows: list[Row] = []
    for phase in phases:
        ma, mb = a.get(phase, zero), b.get(phase, zero)
        row: Row = {"phase": phase}
        votes = {labels[0]: 0, labels[1]: 0}
        for measure in PHASE_MEASURES:
            row[f"{labels[0]}_{measure}"], row[f"{labels[1]}_{measure}"] = ma[measure], mb[measure]
            verdict = better("pe_design" if measure == "emotion" else measure, ma[measure],
                             mb[measure], labels)
            if verdict in votes:
                votes[verdict] += 1
        row["better"] = ("equal" if votes[labels[0]] == votes[labels[1]]
                         else max(votes, key=lambda k: votes[k]))
        rows.append(row)
    return rows


def emotion_rows(sides: Mapping[str, Engine]) -> list[Row]:
    """Both emotion curves: the planned emotions along each most likely path (§5 step 6)."""
    rows: list[Row] = []
    for label, engine in sides.items():
        path = most_likely_path(engine)
        position = 0
        for node in path.nodes if path is not None else ():
            s = engine.steps[node]
            if s.is_task and s.visible and s.emotion is not None:
                position += 1
                rows.append({"side": label, "position": position, "element": node,
                             "name": s.name, "phase": s.phase, "emotion": s.emotion})
    return rows


def _highlights(matched: list[Row], matching: Matching) -> list[Row]:
    found: list[Row] = [badge(n, "ours_only", "warning", "compare.ours_only")
                        for n in matching.ours_only]
    severities = {"worse": "error", "better": "info"}
    for row in matched:
        verdict = str(row["verdict"])
        if verdict in severities:
            theirs = " ".join(str(row["theirs_name"] or "").split())
            found.append(badge(str(row["ours"]), verdict, severities[verdict],
                               f"compare.{verdict}",
                               theirs=f"'{theirs}'" if theirs else str(row["theirs"])))
    found += [badge(n, "theirs_only", "info", "compare.theirs_only")
              for n in matching.theirs_only]
    return found


def _similarity_rows(matching: Matching, ged: EditDistance) -> list[Row]:
    node_status = "n/a" if matching.similarity is None else "exact"
    return [
        {"measure": "node_matching", "value": matching.similarity, "status": node_status,
         "note": "; ".join(matching.notes)},
        {"measure": "graph_edit_distance", "value": ged.distance, "status": ged.status,
         "note": f"nodes and edges compared: {ged.size}" if ged.size else ""},
        {"measure": "ged_similarity", "value": ged.similarity, "status": ged.status, "note": ""},
    ]


def compare_report(ours: ProcessModel | Side, theirs: ProcessModel | Side, *,
                   ged_step_limit: int = GED_STEP_LIMIT,
                   ged_node_limit: int = GED_NODE_LIMIT) -> Report:
    """Analysis 3: compare our journey with a competitor's (docs/methods.md §5).

    Parameters
    ----------
    ours, theirs : ProcessModel or Side
        A = ours (or the baseline), B = theirs; prepared sides skip the engine runs.
    ged_step_limit : int
        Steps of the exact GED search; when they run out the value is an "upper bound".
    ged_node_limit : int
        GED runs only when the visible projections have at most this many nodes together.

    Returns
    -------
    dict
        The common report: ``kpis`` (similarities, GED, pair counts), ``tables``
        (``scorecard``, ``phases``, ``matched``, ``ours_only``, ``theirs_only``,
        ``similarity``, ``emotion``), ``highlights`` (kinds ``ours_only``, ``worse``,
        ``better`` on our diagram; ``theirs_only`` on theirs) and ``issues`` (messages
        prefixed "ours"/"theirs"; E-UNITS when the time units differ).
    """
    a, b = as_side(ours), as_side(theirs)
    with collection_paused():  # many small dicts, no cycles (see gc_pause)
        return _compare(a, b, ged_step_limit, ged_node_limit)


def _compare(a: Side, b: Side, ged_step_limit: int, ged_node_limit: int) -> Report:
    labels = ("ours", "theirs")
    issues = side_issues(a, "ours") + side_issues(b, "theirs")
    units = unit_issue(a, b)
    report: Report = {"name": "compare", "title": f"{a.name} versus {b.name}",
                      "kpis": dict.fromkeys(("node_similarity", "ged", "ged_similarity",
                                             "matched_pairs", "ours_only", "theirs_only")),
                      "tables": {}, "highlights": [], "issues": issues}
    if units is not None or a.card is None or b.card is None:
        issues.extend([units] if units else [])
        return report
    matching = match_steps(a.engine, b.engine, a.visible, b.visible)
    ged = edit_distance(a.engine, b.engine, matching, node_limit=ged_node_limit,
                        step_limit=ged_step_limit)
    matched = matched_rows(a.engine, b.engine, matching, (a.p_eff, b.p_eff))
    report["kpis"] = {"node_similarity": matching.similarity, "ged": ged.distance,
                      "ged_similarity": ged.similarity, "matched_pairs": len(matching.pairs),
                      "ours_only": len(matching.ours_only),
                      "theirs_only": len(matching.theirs_only)}
    report["tables"] = {
        "scorecard": kpi_table(a, b, labels), "phases": phase_table(a, b, labels),
        "matched": matched, "ours_only": only_rows(a.engine, matching.ours_only),
        "theirs_only": only_rows(b.engine, matching.theirs_only),
        "similarity": _similarity_rows(matching, ged),
        "emotion": emotion_rows({"ours": a.engine, "theirs": b.engine}),
    }
    report["highlights"] = _highlights(matched, matching)
    return report
