"""Analysis layer: Analysis 5, what-if models (docs/methods.md §7).

:func:`what_if_report` compares a baseline with a variant (for example dedicated account
executives): the change list (by id, or by key when no id is shared), the side-by-side
scorecard, the annual economics with break-even values, the account-executive workload,
the tornado and the triangular draws (:mod:`~customer_modeler.analysis.what_if.economics`), and
the customer-side verdict. Pure functions returning the common report shape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import fields
from operator import attrgetter
from typing import Final

from customer_modeler.analysis.compare.analysis import (
    Report,
    Row,
    Side,
    as_side,
    kpi_table,
    side_issues,
    unit_issue,
)
from customer_modeler.analysis.what_if.economics import (
    DEFAULT_AE_HOURS,
    DRAWS,
    Economics,
    break_even,
    draws,
    economics_inputs,
    economics_rows,
    net_delta,
    tornado,
    workload_row,
)
from customer_modeler.analysis.formatting import CHANGE
from customer_modeler.analysis.badges import attribute_words, badge
from customer_modeler.analysis.compare.matching import match_steps
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.attributes import display_name
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Step

#: The customer-side KPIs of the verdict (§7 step 7).
VERDICT_KEYS: Final = ("effort_index", "contacts", "transfers", "depts_met", "exp_failures",
                       "p_any_failure", "wait_excess", "pe_design", "pe_mc")
#: Lane names that mark the account-executive lane (for the workload check).
AE_LANE_PATTERN: Final = re.compile(r"account[\s_-]*exec|\bAEX?\b", re.IGNORECASE)
#: Steps whose cost per minute exceeds this in a lane with a fixed cost: W-DOUBLE-COST.
DOUBLE_COST_PER_MINUTE: Final = 0.5

_SKIP: Final = {"id", "bounds", "extra", "process", "container", "waypoints", "pool",
                "horizontal", "role_set", "from_pool"}
_STEP_FIELDS: Final = tuple(f.name for f in fields(Step) if f.name not in _SKIP)
_FLOW_FIELDS: Final = tuple(f.name for f in fields(Flow) if f.name not in _SKIP)
_LANE_FIELDS: Final = tuple(f.name for f in fields(Lane) if f.name not in _SKIP)


def is_variant(baseline: ProcessModel, variant: ProcessModel) -> bool:
    """Whether ``variant`` is a what-if version of ``baseline`` (docs/design.md, ``compare``).

    True when its ``variant_of`` names the baseline, or, when ``variant_of`` is unset,
    both are models of the same company (a competitor's model is never a variant) and
    they share step ids.
    """
    if variant.info.variant_of:
        return variant.info.variant_of == baseline.name
    companies = (baseline.info.company or "ours", variant.info.company or "ours")
    return companies[0] == companies[1] and not baseline.steps.keys().isdisjoint(variant.steps)


def find_ae_lane(model: ProcessModel) -> str | None:
    """The account-executive lane: the first lane whose id or name says so."""
    for lane in model.lanes.values():
        if AE_LANE_PATTERN.search(lane.name) or AE_LANE_PATTERN.search(lane.id):
            return lane.id
    return None


# -- the change list ---------------------------------------------------------------------

def change_rows(a: Side, b: Side) -> list[Row]:
    """The change list, like bpmn-js-differ: added, removed and changed (one row per
    attribute, old → new) steps, flows and lanes, by id; layout is ignored. Without a
    shared step id, tasks are paired by key (§5 matching) instead and only they are listed.
    """
    base, var = a.model, b.model
    if base.steps.keys().isdisjoint(var.steps):
        tasks = [[n for n in side.engine.steps if side.engine.steps[n].is_task]
                 for side in (a, b)]
        matching = match_steps(a.engine, b.engine, tasks[0], tasks[1])
        pairs = [(x, y) for x, y, _ in matching.pairs]
        rows = [_row(y, "step", "added", y) for y in matching.theirs_only]
        rows += [_row(x, "step", "removed", "") for x in matching.ours_only]
        return rows + _changed(base.steps, var.steps, pairs, "step", _STEP_FIELDS)
    rows = []
    for kind, old, new, names in (("lane", base.lanes, var.lanes, _LANE_FIELDS),
                                  ("step", base.steps, var.steps, _STEP_FIELDS),
                                  ("flow", base.flows, var.flows, _FLOW_FIELDS)):
        rows += [_row(n, kind, "added", n) for n in new if n not in old]
        rows += [_row(n, kind, "removed", "") for n in old if n not in new]
        rows += _changed(old, new, [(n, n) for n in new if n in old], kind, names)
    return rows


def _row(element: str, kind: str, change: str, variant_element: str,
         attribute: str = "", old: object = None, new: object = None) -> Row:
    baseline = element if change != "added" else ""
    return {"element": variant_element or element, "baseline_element": baseline,
            "kind": kind, "change": change, "attribute": attribute,
            "baseline": CHANGE.format(old), "variant": CHANGE.format(new)}


def _changed(old: Mapping[str, object], new: Mapping[str, object], pairs: list[tuple[str, str]],
             kind: str, names: tuple[str, ...]) -> list[Row]:
    get = attrgetter(*names)
    rows: list[Row] = []
    for x, y in pairs:
        before, after = get(old[x]), get(new[y])
        if before != after:
            rows += [_row(x, kind, "changed", y, name, u, v)
                     for name, u, v in zip(names, before, after) if u != v]
    return rows


# -- economics, workload, verdict --------------------------------------------------------

def _margin_and_cost(a: Side, b: Side) -> tuple[tuple[float, float], tuple[float, float]]:
    """(margin, variable cost) per journey of (baseline, variant), from the scorecards.

    A margin or cost set on no step is n/a in the scorecard; here it adds nothing (0),
    so the economics compare what is modelled."""
    ca, cb = a.card or {}, b.card or {}
    margin = (_amount(ca.get("margin")), _amount(cb.get("margin")))
    cost = (_amount(ca.get("cost")), _amount(cb.get("cost")))
    return margin, cost


def _amount(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _economics(a: Side, b: Side, scenario: dict[str, float]) -> Economics | None:
    margin, cost = _margin_and_cost(a, b)
    kept = (_p_kept(a), _p_kept(b))
    return economics_inputs(
        scenario, (margin[0] - cost[0], margin[1] - cost[1]), kept,
        _kept_margin(b) if kept[1] > 0 else _kept_margin(a),
        (_lane_fixed(a.model), _lane_fixed(b.model)))


def _p_kept(side: Side) -> float:
    outcomes = (side.card or {}).get("p_outcome")
    return float(outcomes.get("success", 0.0)) if isinstance(outcomes, dict) else 0.0


def _kept_margin(side: Side) -> float:
    """The margin of a kept order: the success ends' margins weighted by their visits."""
    engine = side.engine
    ends = [e for e in engine.ends if engine.steps[e].outcome == "success"]
    total = sum(engine.visits.get(e, 0.0) for e in ends)
    if total <= 0:
        return max((engine.steps[e].margin for e in ends), default=0.0)
    return sum(engine.visits.get(e, 0.0) * engine.steps[e].margin for e in ends) / total


def _lane_fixed(model: ProcessModel) -> float:
    return sum(lane.fixed_cost_per_year or 0.0 for lane in model.lanes.values())


def workload(b: Side, inputs: Economics | None, lane: str | None,
             scenario: dict[str, float]) -> list[Row]:
    """The workload table of the account-executive lane (empty when there is none)."""
    if lane is None:
        return []
    engine = b.engine
    minutes = sum(x * engine.steps[n].duration for n, x in engine.visits.items()
                  if engine.steps[n].lane == lane and engine.steps[n].is_task)
    return [workload_row(lane, minutes, inputs,
                         float(scenario.get("ae_hours_per_year", DEFAULT_AE_HOURS)))]


def verdict_rows(scorecard: list[Row]) -> list[Row]:
    """The customer-side verdict (§7 step 7): the KPIs that improve or worsen."""
    rows: list[Row] = []
    for row in scorecard:
        key = str(row["kpi"])
        if key in VERDICT_KEYS and row["baseline"] is not None and row["variant"] is not None:
            side = row["better"]
            change = {"variant": "better", "baseline": "worse"}.get(str(side), "same")
            rows.append({"kpi": key, "baseline": row["baseline"], "variant": row["variant"],
                         "delta": row["delta"], "change": change})
    return rows


def double_cost_issues(side: Side, ae_lane: str | None, label: str) -> list[Row]:
    """W-DOUBLE-COST: steps of a lane with a fixed cost whose cost per minute exceeds 0.5."""
    fixed = {lane.id for lane in side.model.lanes.values() if lane.fixed_cost_per_year}
    fixed |= {ae_lane} if ae_lane and side.model.scenario.get("ae_cost_per_year") else set()
    names = side.engine.graph.graph["names"]
    currency = side.model.info.currency or "CU"
    found: list[Row] = []
    for lane in sorted(fixed):
        steps = [s.id for s in side.engine.steps.values() if s.lane == lane and s.is_task
                 and s.cost > DOUBLE_COST_PER_MINUTE * s.duration]
        if steps:
            found.append({"code": "W-DOUBLE-COST", "elements": steps, "message": f"{label}: "
                          f"{names(lane)} has a fixed cost, yet steps in it cost more than "
                          f"{DOUBLE_COST_PER_MINUTE} {currency} per minute (labour counted "
                          f"twice?): {names.join(steps)}"})
    return found


def lov_rows(a: Side, b: Side) -> list[Row]:
    """Expected contacts per lane the customer deals with, before and after."""
    per_side = [_lane_contacts(side) for side in (a, b)]
    lanes = list(dict.fromkeys([*per_side[0], *per_side[1]]))
    names = {**{k: v.name for k, v in a.model.lanes.items()},
             **{k: v.name for k, v in b.model.lanes.items()}}
    return [{"lane": lane, "name": names.get(lane, lane),
             "baseline_contacts": per_side[0].get(lane, 0.0),
             "variant_contacts": per_side[1].get(lane, 0.0),
             "delta": per_side[1].get(lane, 0.0) - per_side[0].get(lane, 0.0)}
            for lane in lanes]


def _lane_contacts(side: Side) -> dict[str, float]:
    engine = side.engine
    customer = engine.graph.graph["customer_lane"]
    found: dict[str, float] = {}
    for node, x in engine.visits.items():
        s = engine.steps[node]
        if s.is_task and s.visible and s.lane and s.lane != customer and x > 0:
            found[s.lane] = found.get(s.lane, 0.0) + x * s.contact
    return found


def _highlights(changes: list[Row], lanes: list[Row]) -> list[Row]:
    found: list[Row] = []
    changed: dict[str, list[str]] = {}
    for row in changes:
        if row["kind"] != "step":
            continue
        if row["change"] == "changed":
            changed.setdefault(str(row["element"]), []).append(str(row["attribute"]))
        else:
            element = row["element"] if row["change"] == "added" else row["baseline_element"]
            found.append(badge(str(element), str(row["change"]), "info",
                               "what_if.added" if row["change"] == "added" else "what_if.removed"))
    found += [badge(n, "changed", "info", "what_if.changed", changed_attributes=attrs)
              for n, attrs in changed.items()]
    for row in lanes:
        for kind, column in (("lov_before", "baseline_contacts"), ("lov_after", "variant_contacts")):
            found.append(badge(str(row["lane"]), kind, "info", "what_if.lane_contacts",
                               contacts_n=float(row[column])))  # type: ignore[arg-type]
    return found


def what_if_report(baseline: ProcessModel | Side, variant: ProcessModel | Side, *,
                   scenario: dict[str, float] | None = None, ae_lane: str | None = None,
                   runs: int = DRAWS, seed: int = 1) -> Report:
    """Analysis 5: is the variant worth it, for the customer and financially (§7)?

    Parameters
    ----------
    baseline, variant : ProcessModel or Side
        Prepared sides skip the engine runs.
    scenario : dict, optional
        Default: the variant's ``cpm:scenario`` (else the baseline's).
    ae_lane : str, optional
        The account-executive lane of the workload check; default :func:`find_ae_lane`.
    runs, seed : int
        Triangular draws of the probabilistic sensitivity.

    Returns
    -------
    dict
        The common report: ``kpis`` (net Δ, break-even values, P(benefit), workload),
        ``tables`` (``scorecard``, ``economics``, ``break_even``, ``tornado``,
        ``workload``, ``verdict``, ``changes``, ``lov_lanes``), ``highlights`` (``added``
        and ``changed`` on the variant, ``removed`` on the baseline, ``lov_before`` /
        ``lov_after`` on lanes) and ``issues``. Economics are None (n/a) without accounts
        and journeys per account; either side with an E- issue is refused.
    """
    a, b = as_side(baseline), as_side(variant)
    with collection_paused():  # many small dicts, no cycles (see gc_pause)
        return _what_if(a, b, scenario, ae_lane, runs, seed)


def _what_if(a: Side, b: Side, scenario: dict[str, float] | None, ae_lane: str | None,
             runs: int, seed: int) -> Report:
    issues = side_issues(a, "baseline") + side_issues(b, "variant")
    units = unit_issue(a, b)
    report: Report = {"name": "what_if", "title": f"{b.name} (what-if of {a.name})",
                      "kpis": {}, "tables": {}, "highlights": [], "issues": issues}
    if units is not None or a.card is None or b.card is None:
        issues.extend([units] if units else [])
        return report
    scenario = dict(scenario if scenario is not None else b.model.scenario or a.model.scenario)
    lane = ae_lane if ae_lane is not None else find_ae_lane(b.model)
    issues += double_cost_issues(a, None, "baseline") + double_cost_issues(b, lane, "variant")
    inputs = _economics(a, b, scenario)
    card = kpi_table(a, b, ("baseline", "variant"))
    changes, lanes = change_rows(a, b), lov_rows(a, b)
    tables: dict[str, list[Row]] = {
        "scorecard": card, "economics": [], "break_even": [], "tornado": [],
        "workload": workload(b, inputs, lane, scenario), "verdict": verdict_rows(card),
        "changes": changes, "lov_lanes": lanes}
    if inputs is not None:
        tables["economics"] = economics_rows(inputs, *_margin_and_cost(a, b))
        tables["break_even"] = break_even(inputs)
        tables["tornado"] = tornado(inputs)
    report["tables"] = tables
    report["kpis"] = _kpis(inputs, tables, runs, seed)
    report["highlights"] = _highlights(changes, lanes)
    return report


def _kpis(inputs: Economics | None, tables: dict[str, list[Row]], runs: int,
          seed: int) -> dict[str, object]:
    """The headline numbers; economics ones are None when they are n/a."""
    kpis: dict[str, object] = dict.fromkeys((
        "net_delta_per_year", "net_delta_per_account", "journeys_per_year", "headcount",
        "delta_contribution_per_journey", "break_even_margin_per_kept_order",
        "break_even_accounts_per_ae", "required_churn_reduction", "p_benefit", "net_p5",
        "net_p95"))
    if inputs is not None:
        net = net_delta(inputs)
        kpis.update({
            "net_delta_per_year": net, "net_delta_per_account": net / inputs.base["accounts"],
            "journeys_per_year": inputs.journeys, "headcount": inputs.headcount,
            "delta_contribution_per_journey": inputs.contribution[1] - inputs.contribution[0]})
        found = {row["parameter"]: row["break_even"] for row in tables["break_even"]}
        kpis["break_even_margin_per_kept_order"] = found["margin_per_kept_order"]
        kpis["break_even_accounts_per_ae"] = found["accounts_per_ae"]
        kpis["required_churn_reduction"] = found["churn_reduction"]
        kpis.update(draws(inputs, runs, seed))
    load = tables["workload"][0] if tables["workload"] else {}
    kpis["ae_minutes_per_journey"] = load.get("minutes_per_journey")
    kpis["ae_hours_per_ae"] = load.get("hours_per_ae")
    kpis["ae_utilisation"] = load.get("utilisation")
    verdict = [row["change"] for row in tables["verdict"]]
    kpis["customer_better"] = verdict.count("better")
    kpis["customer_worse"] = verdict.count("worse")
    return kpis
