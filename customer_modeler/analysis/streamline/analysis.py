"""Analysis layer: Analysis 1, where the process can be streamlined or consolidated
(docs/methods.md §3).

:func:`streamline_report` returns the common report shape of the six analyses: the
scorecard in both views (departments shown, company as one entity, §2.10), the step
table, the lane-by-lane handoff matrix, the consolidation candidates C1–C5 ranked by
addressable customer minutes (then cost), the back-office merges C6, the complexity
figures C7, and highlight instructions for the editor. The rules live in
:mod:`~customer_modeler.analysis.streamline.rules`, the ranking in
:mod:`~customer_modeler.analysis.streamline.candidates` and the views in
:mod:`~customer_modeler.analysis.streamline.views`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from customer_modeler.analysis.engine.censored import next_kept
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.hitting import hit_probabilities
from customer_modeler.analysis.issues import Issue
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.engine.scorecard import EffortWeights, scorecard
from customer_modeler.analysis.streamline.candidates import rank_candidates, rule_highlights
from customer_modeler.analysis.streamline.overlap import deduplicated_minutes
from customer_modeler.analysis.streamline.rules import (
    KAct,
    Row,
    back_office_merges,
    customer_decisions,
    Tasks,
    data_askers,
    loop_cycles,
    loop_rows,
    loops,
    nva_steps,
    phase_departments,
    repeated_data,
    tasks_of,
    transfer_chains,
)
from customer_modeler.analysis.streamline.views import (
    LANE_KPIS,
    company_kpis,
    handoff_matrix,
    handoff_rows,
    numeric_kpis,
    view_departments,
    view_lanes,
    view_rows,
)
from customer_modeler.analysis.engine.company_view import company_lane_map
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

NAME: Final = "streamline"
TITLE: Final = "Where the process can be streamlined or consolidated"
#: The tables of the report, in order (present, possibly empty, in every report).
TABLES: Final = ("steps", "handoffs", "views", "candidates", "transfer_chains", "phases",
                 "repeated_data", "loops", "loop_cycles", "nva", "merges")
#: Issue codes this analysis adds to the engine's (``issues.CODES``).
#: Tasks with a smaller share of customer minutes get no fill (they would draw white).
FILL_THRESHOLD: Final = 0.005
#: Step table sort keys (§3 step 2: customer minutes unless the user switches).
SORT_KEYS: Final = ("customer_minutes", "cost", "effort", "visits")


def engine_of(model_or_engine: ProcessModel | Engine) -> Engine:
    """The engine of a model (run now) or the engine itself."""
    if isinstance(model_or_engine, ProcessModel):
        return analyse(model_or_engine)
    return model_or_engine


def make_report(name: str, title: str, kpis: Mapping[str, float | int | None],
                tables: Mapping[str, list[Row]], highlights: list[dict[str, object]],
                issues: list[dict[str, object]]) -> dict[str, object]:
    """The common report shape of the six analyses.

    Returns
    -------
    dict
        ``name``, ``title``, ``kpis`` ({key: number or None}), ``tables`` ({name: rows of
        scalars}), ``highlights`` ([{element, kind, severity, badge}]) and ``issues``
        ([{code, elements, message}]).
    """
    return {"name": name, "title": title, "kpis": dict(kpis), "tables": dict(tables),
            "highlights": highlights, "issues": issues}


def issue_dicts(issues: Iterable[Issue]) -> list[dict[str, object]]:
    """Engine issues in the report's JSON form."""
    return [issue.as_dict() for issue in issues]


def streamline_report(model_or_engine: ProcessModel | Engine, *,
                      card: Mapping[str, object] | None = None,
                      weights: EffortWeights = EffortWeights(),
                      sort_by: str = "customer_minutes") -> dict[str, object]:
    """Analysis 1: streamline and consolidate (§3).

    Parameters
    ----------
    model_or_engine : ProcessModel or Engine
        The model, or its engine from :func:`~customer_modeler.analysis.engine.pipeline.analyse`.
    card : mapping, optional
        The departmental scorecard of this engine, when the caller has it already.
    weights : EffortWeights
        Weights of the effort index (for the company view's ``effort_index``).
    sort_by : str
        Sort key of the step table, one of :data:`SORT_KEYS`.

    Returns
    -------
    dict
        ``name``, ``title``, ``kpis``, ``tables`` (:data:`TABLES`), ``highlights`` and
        ``issues``. A model with an E- issue gets empty tables and only its issues.

    Raises
    ------
    ValueError
        For an unknown ``sort_by``.
    """
    if sort_by not in SORT_KEYS:
        raise ValueError(f"sort_by must be one of {', '.join(SORT_KEYS)}")
    engine = engine_of(model_or_engine)
    issues = issue_dicts(engine.issues)
    if engine.stopped or not engine.solved:
        return make_report(NAME, TITLE, {}, {t: [] for t in TABLES}, [], issues)
    issues.extend(_lane_issues(engine))
    with collection_paused():
        if card is None:
            card = scorecard(engine, weights=weights)
        return _report(engine, card, weights, sort_by, issues)


def _report(engine: Engine, card: Mapping[str, object], weights: EffortWeights,
            sort_by: str, issues: list[dict[str, object]]) -> dict[str, object]:
    tasks = Tasks(engine)
    k_act = next_kept(engine, tasks.ids)
    steps = step_table(tasks, sort_by)
    totals = {key: sum((float(row[key] or 0.0) for row in steps), 0.0)
              for key in ("customer_minutes", "cost")}
    found = loops(engine)
    askers = data_askers(tasks)
    item_hits, company = _hits_and_company(tasks, card, k_act, askers, weights)
    tables: dict[str, list[Row]] = {
        "steps": steps,
        "handoffs": handoff_rows(engine, handoff_matrix(tasks, k_act)),
        "views": view_rows(card, company),
        "transfer_chains": transfer_chains(tasks, k_act),
        "phases": phase_departments(tasks),
        "repeated_data": repeated_data(tasks, askers, item_hits),
        "loops": loop_rows(found),
        "loop_cycles": loop_cycles(engine, found),
        "nva": nva_steps(tasks, totals["customer_minutes"], totals["cost"]),
        "merges": back_office_merges(tasks, k_act),
    }
    tables["candidates"] = rank_candidates(tables, found, totals["customer_minutes"],
                                          engine)
    kpis = _kpis(engine, card, tables, company, totals["customer_minutes"])
    highlights = _step_highlights(steps) + _flow_highlights(engine)
    highlights += rule_highlights(engine, tables, found)
    return make_report(NAME, TITLE, kpis, {t: tables[t] for t in TABLES}, highlights, issues)


def _hits_and_company(tasks: Tasks, card: Mapping[str, object], k_act: KAct,
                      askers: Mapping[str, list[str]],
                      weights: EffortWeights) -> tuple[dict[str, float], dict[str, float]]:
    """P(hit) per data item, and the company view's lane-dependent KPIs: every hit
    probability (items for C3, departments met in the company view) in one pass."""
    lanes = view_lanes(tasks, company_lane_map(tasks.engine))
    departments = view_departments(tasks, lanes)
    hits = hit_probabilities(tasks.engine,
                             {**{("item", i): v for i, v in askers.items()},
                              **{("dept", d): v for d, v in departments.items()}})
    company = company_kpis(tasks, card, k_act, lanes,
                           {d: hits[("dept", d)] for d in departments}, weights,
                           departments=departments)
    return {i: hits[("item", i)] for i in askers}, company


def _lane_issues(engine: Engine) -> list[dict[str, object]]:
    """W-NO-LANE for reachable tasks without a known lane; they are counted in a lane
    of their own (the scorecard's lane ``""``)."""
    known, steps = engine.graph.graph["lanes"], engine.steps
    lost = [n for n in tasks_of(engine) if steps[n].lane not in known]
    if not lost:
        return []
    return [{"code": "W-NO-LANE", "elements": lost,
             "message": "steps without a known lane are counted in a lane of their own: "
                        + engine.graph.graph["names"].join(lost)}]


def step_table(tasks: Tasks, sort_by: str = "customer_minutes") -> list[Row]:
    """§3 step 2: per task x, customer minutes, cost and effort, with their shares.

    Returns
    -------
    list of dict
        ``step``, ``name``, ``lane``, ``visits``, ``customer_minutes``, ``cost``,
        ``effort`` and ``*_share`` of each (None when the journey total is 0), sorted by
        ``sort_by`` (largest first; model order among equals).
    """
    x, steps, own = tasks.x, tasks.steps, tasks.minutes
    values = []
    for n in tasks.ids:
        x_n, step = x[n], steps[n]
        values.append((n, x_n, x_n * own[n], x_n * step.cost, x_n * step.effort))
    minutes = sum((v[2] for v in values), 0.0)
    cost = sum((v[3] for v in values), 0.0)
    effort = sum((v[4] for v in values), 0.0)
    rows: list[Row] = [
        {"step": n, "name": steps[n].name, "lane": tasks.lane[n], "visits": visits,
         "customer_minutes": m, "cost": c, "effort": e,
         "customer_minutes_share": m / minutes if minutes else None,
         "cost_share": c / cost if cost else None,
         "effort_share": e / effort if effort else None}
        for n, visits, m, c, e in values]
    rows.sort(key=lambda row: -float(row[sort_by] or 0.0))
    return rows


def _kpis(engine: Engine, card: Mapping[str, object], tables: Mapping[str, list[Row]],
          company: Mapping[str, float], total_minutes: float) -> dict[str, float | int | None]:
    """The scorecard, the company view's lane-dependent keys, and one figure per rule."""
    kpis = numeric_kpis(card)
    kpis.update({f"company_{key}": company[key] for key in LANE_KPIS})
    kpis["interaction_handoffs"] = ((kpis.get("handoffs") or 0.0)
                                    - (kpis.get("internal_handoffs") or 0.0))
    kpis["company_interaction_handoffs"] = company["handoffs"] - company["internal_handoffs"]
    nva_minutes = _total(tables["nva"], "customer_minutes")
    kpis.update({
        "candidates": len(tables["candidates"]),
        "addressable_minutes": deduplicated_minutes(tables["candidates"], tables["steps"]),
        "c1_transfers": _total(tables["transfer_chains"], "transitions"),
        "c2_phases": len({r["phase"] for r in tables["phases"]}),
        "c3_repeat_provisions": _total(tables["repeated_data"], "repeat_provisions"),
        "c4_loops": len(tables["loops"]),
        "c4_excess_visits": _total(tables["loops"], "excess_visits"),
        "c5_nva_customer_minutes": nva_minutes,
        "c5_nva_cost": _total(tables["nva"], "cost"),
        "c5_nva_share": nva_minutes / total_minutes if total_minutes else None,
        "c6_merges": len(tables["merges"]),
        "c7_cfc": kpis.get("cfc"),
        "c7_customer_decisions": customer_decisions(engine),
    })
    return kpis


def _total(rows: list[Row], key: str) -> float:
    return sum((float(row[key] or 0.0) for row in rows), 0.0)


def _step_highlights(steps: list[Row]) -> list[dict[str, object]]:
    """Task fill by share of customer minutes (white→red in the editor); tasks below
    :data:`FILL_THRESHOLD` stay white."""
    return [badge(str(row["step"]), "customer_time_share", "info", "streamline.time_share",
                  share_pct=float(row["customer_minutes_share"] or 0.0))
            for row in steps if float(row["customer_minutes_share"] or 0.0) >= FILL_THRESHOLD]


def _flow_highlights(engine: Engine) -> list[dict[str, object]]:
    """Edge width by expected traversals x_u·w; flows that cross lanes (other than from a
    start or into an end, which hand nothing over) dashed orange."""
    x, steps = engine.visits, engine.steps
    found: list[dict[str, object]] = []
    add = found.append
    for u, targets in engine.graph.adjacency():
        x_u = x.get(u, 0.0)
        if x_u <= 0.0:
            continue
        source = steps[u]
        for v, data in targets.items():
            flows = data["flows"]
            each = x_u * data["w_split"] / len(flows)
            if each <= 0.0:
                continue
            target = steps[v]
            crossing = source.lane != target.lane and source.type != "start" \
                and target.type != "end"
            for flow in flows:
                add(badge(flow.id, "traversals", "info", "streamline.traversals",
                          traversals_n=each))
                if crossing:
                    add(badge(flow.id, "handoff", "warning", "streamline.handoff"))
    return found
