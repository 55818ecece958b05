"""Analysis layer: Analysis 6, communication problems and failure demand (docs/methods.md §8).

:func:`failure_demand_report` returns the common report shape of the six analyses: the
Pareto table of contact reasons and the failure-demand ratio, the information steps
that cause avoidable contacts (root causes), the sensitivities of contacts, cost and
customer minutes to the branches into avoidable contacts, an optional what-if with its
annualised Δ, and the website funnel (conversion, where journeys leave, web loops).
Sensitivities live in :mod:`~customer_modeler.analysis.failure_demand.sensitivity`, the what-if
in :mod:`~customer_modeler.analysis.failure_demand.what_if`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.engine.attributes import customer_minutes
from customer_modeler.analysis.engine.censored import transitions
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.failure_demand.sensitivity import (
    find_branches,
    Splits,
    sensitivity_rows,
    split_branches,
)
from customer_modeler.analysis.failure_demand.what_if import journeys_per_year, what_if_tables
from customer_modeler.analysis.engine.hitting import outcome_probabilities
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.streamline.analysis import engine_of, issue_dicts, make_report
from customer_modeler.analysis.streamline.rules import (
    Row,
    loop_rows,
    loops,
    tasks_of,
)
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

NAME: Final = "failure_demand"
TITLE: Final = "Communication problems and failure demand"
TABLES: Final = ("reasons", "contacts", "root_causes", "sensitivities", "what_if",
                 "what_if_steps", "funnel", "web_loops")
#: Issue codes this analysis adds to the engine's (``issues.CODES``).
#: Channels of information steps (§8 inputs).
INFORMATION_CHANNELS: Final = frozenset({"web", "app", "email", "mail"})
#: What-if Δs repeated among the KPIs (every KPI is in the ``what_if`` table).
WHAT_IF_KPIS: Final = ("contacts", "avoidable_contacts", "fdr", "customer_time", "cost",
                       "effort_index", "margin")
UNSPECIFIED: Final = "unspecified"
UNATTRIBUTED: Final = "unattributed"


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact step as Analysis 6 sees it."""

    step: str
    reason: str
    avoidable: bool
    inbound: bool
    visits: float
    cost: float
    minutes: float

    @property
    def failure_demand(self) -> bool:
        """Counted as failure demand: avoidable and initiated by the customer."""
        return self.avoidable and self.inbound


def failure_demand_report(model_or_engine: ProcessModel | Engine, *,
                          what_if: Mapping[str, float] | None = None,
                          journeys: float | None = None,
                          alternatives: Mapping[str, str] | None = None,
                          card: Mapping[str, object] | None = None,
                          check: bool = True) -> dict[str, object]:
    """Analysis 6: communication problems and failure demand (§8).

    Parameters
    ----------
    model_or_engine : ProcessModel or Engine
        The model, or its engine. A what-if needs the model.
    what_if : mapping, optional
        {flow id: new branch probability}, e.g. a clearer product page.
    journeys : float, optional
        Journeys per year; default the model's scenario (``journeys_per_year``, or
        ``accounts`` × ``journeys_per_account_per_year``). Annual figures are None
        without it.
    alternatives : mapping, optional
        {branch flow id: alternative flow id} for the sensitivities (same split).
    card : mapping, optional
        The scorecard of this engine, if the caller has it (used by the what-if).
    check : bool
        Check the sensitivities by finite differences.

    Returns
    -------
    dict
        ``name``, ``title``, ``kpis``, ``tables`` (:data:`TABLES`), ``highlights``,
        ``issues``. A model with an E- issue gets empty tables and only its issues.

    Raises
    ------
    ValueError
        For a what-if without the model, or unknown flow ids.
    """
    engine = engine_of(model_or_engine)
    model = model_or_engine if isinstance(model_or_engine, ProcessModel) else None
    if what_if and model is None:
        raise ValueError("a what-if needs the model, not only its engine")
    issues = issue_dicts(engine.issues)
    if engine.stopped or not engine.solved:
        return make_report(NAME, TITLE, {}, {t: [] for t in TABLES}, [], issues)
    per_year = journeys if journeys is not None else journeys_per_year(model)
    picked = _picked(engine, alternatives or {})
    with collection_paused():
        found = contacts_of(engine)
        issues.extend(_outbound_issues(engine, found))
        demand = [c.step for c in found if c.failure_demand]
        splits = split_branches(engine, demand) if demand or picked else {}
        branches = find_branches(engine, splits, picked)
        sensitivities, warnings = sensitivity_rows(engine, branches, per_year, check)
        issues.extend(warnings)
        tables: dict[str, list[Row]] = {"sensitivities": sensitivities, "what_if": [],
                                        "what_if_steps": []}
        if what_if and model is not None:
            tables["what_if"], tables["what_if_steps"], found_issues = what_if_tables(
                model, engine, what_if, per_year, card, fdr_of)
            issues.extend(found_issues)
        return _report(engine, found, splits, tables, per_year, issues)


def _report(engine: Engine, found: list[Contact], splits: Splits, tables: dict[str, list[Row]],
            per_year: float | None, issues: list[dict[str, object]]) -> dict[str, object]:
    attributed = root_causes(engine, [c for c in found if c.failure_demand])
    tables["reasons"] = reason_rows(found, per_year)
    tables["contacts"] = contact_rows(engine, found, attributed)
    tables["root_causes"] = root_cause_rows(engine, found, attributed, per_year)
    tables["funnel"] = funnel_rows(engine)
    tables["web_loops"] = loop_rows([loop for loop in loops(engine) if loop.web_only])
    kpis = _kpis(engine, found, tables, per_year)
    highlights = _highlights(engine, found, tables["root_causes"], splits)
    return make_report(NAME, TITLE, kpis, {t: tables[t] for t in TABLES}, highlights, issues)


def contacts_of(engine: Engine) -> list[Contact]:
    """The contact tasks (IVR menus never carry a reason: it belongs to the agent step).

    Returns
    -------
    list of Contact
        In model order; a contact without a reason is "unspecified" and not avoidable.
    """
    result = []
    for n in tasks_of(engine):
        step = engine.steps[n]
        if not step.contact or step.channel == "ivr":
            continue
        reason = (step.contact_reason or "").strip()
        x = engine.visits[n]
        result.append(Contact(n, reason or UNSPECIFIED, bool(reason) and step.avoidable,
                              step.initiated_by == "customer", x, x * step.cost,
                              x * customer_minutes(step)))
    return result


def fdr_of(engine: Engine) -> dict[str, float | None]:
    """The failure-demand figures of an engine (for the what-if): see
    :func:`demand_figures`."""
    return demand_figures(contacts_of(engine))


def demand_figures(found: list[Contact]) -> dict[str, float | None]:
    """``fdr``, ``avoidable_contacts``, ``failure_demand_cost`` and
    ``failure_demand_customer_minutes`` per journey of a list of contacts; the FDR is
    None (n/a, 0 of 0) when there are no inbound contacts."""
    inbound = sum((c.visits for c in found if c.inbound), 0.0)
    demand = [c for c in found if c.failure_demand]
    avoidable = sum((c.visits for c in demand), 0.0)
    return {"fdr": avoidable / inbound if inbound else None, "avoidable_contacts": avoidable,
            "failure_demand_cost": sum((c.cost for c in demand), 0.0),
            "failure_demand_customer_minutes": sum((c.minutes for c in demand), 0.0)}


def _outbound_issues(engine: Engine, found: list[Contact]) -> list[dict[str, object]]:
    odd = [c.step for c in found if c.avoidable and not c.inbound]
    if not odd:
        return []
    return [{"code": "W-OUTBOUND-AVOIDABLE", "elements": odd,
             "message": "contacts the company starts are left out of the failure-demand "
                        "ratio even when marked avoidable: "
                        + engine.graph.graph["names"].join(odd)}]


def reason_words(reason: str) -> str:
    """A contact reason as the tables write it: 'product_information' → 'Product
    information' (the badge on the diagram says it in the same words)."""
    text = reason.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def reason_rows(found: list[Contact], per_year: float | None) -> list[Row]:
    """§8 step 1: the Pareto table of contact reasons, largest first.

    Returns
    -------
    list of dict
        ``reason``, ``steps``, ``contacts``, ``share``, ``cumulative_share``,
        ``avoidable``, ``inbound``, ``cost``, ``customer_minutes``, ``annual_contacts``,
        ``annual_cost`` (per journey unless annual).
    """
    groups: dict[tuple[str, bool, bool], list[Contact]] = {}
    for c in found:
        groups.setdefault((c.reason, c.avoidable, c.inbound), []).append(c)
    total = sum((c.visits for c in found), 0.0)
    rows: list[Row] = []
    for (reason, avoidable, inbound), group in groups.items():
        contacts = sum((c.visits for c in group), 0.0)
        cost = sum((c.cost for c in group), 0.0)
        rows.append({"reason": reason, "steps": " ".join(c.step for c in group),
                     "contacts": contacts, "share": contacts / total if total else None,
                     "cumulative_share": None, "avoidable": avoidable, "inbound": inbound,
                     "cost": cost, "customer_minutes": sum((c.minutes for c in group), 0.0),
                     "annual_contacts": _annual(contacts, per_year),
                     "annual_cost": _annual(cost, per_year)})
    rows.sort(key=lambda row: -float(row["contacts"] or 0.0))
    running = 0.0
    for row in rows:
        running += float(row["contacts"] or 0.0)
        row["cumulative_share"] = running / total if total else None
    return rows


def nearest_information(engine: Engine, contact: str) -> list[str]:
    """The nearest visible information steps upstream of a contact.

    Breadth first on G⁺ reversed, level by level, like
    ``nx.single_source_shortest_path_length(G⁺.reverse(copy=False), c)`` but stopping at
    the first level that holds one.

    Returns
    -------
    list of str
        Every information step at the smallest distance (a tie), in model order; [] when
        there is none.
    """
    pred, steps = engine.graph.pred, engine.steps
    order = {n: i for i, n in enumerate(engine.reachable)}
    seen, level = {contact}, [contact]
    while level:
        upper = []
        for v in level:
            for u, data in pred[v].items():
                if u not in seen and u in order and data["w"] > 0.0:
                    seen.add(u)
                    upper.append(u)
        found = [u for u in upper if steps[u].is_task and steps[u].visible
                 and steps[u].channel in INFORMATION_CHANNELS]
        if found:
            return sorted(found, key=order.__getitem__)
        level = upper
    return []


def root_causes(engine: Engine, demand: list[Contact]) -> dict[str, dict[str, float]]:
    """§8 step 2: the root causes of the avoidable contacts.

    Returns
    -------
    dict
        {contact: {cause: share of its visits}}; the cause is ``caused_by`` when it
        names a step, else the nearest information steps (ties split equally), else
        "unattributed".
    """
    result: dict[str, dict[str, float]] = {}
    for c in demand:
        given = engine.steps[c.step].caused_by
        causes = [given] if given and given in engine.steps else \
            nearest_information(engine, c.step)
        causes = causes or [UNATTRIBUTED]
        result[c.step] = {cause: 1.0 / len(causes) for cause in causes}
    return result


def contact_rows(engine: Engine, found: list[Contact],
                 attributed: Mapping[str, Mapping[str, float]]) -> list[Row]:
    """One row per contact step, with its root causes (failure demand only)."""
    return [{"step": c.step, "name": engine.steps[c.step].name, "reason": c.reason,
             "avoidable": c.avoidable, "inbound": c.inbound, "contacts": c.visits,
             "cost": c.cost, "customer_minutes": c.minutes,
             "caused_by": " ".join(attributed.get(c.step, {}))} for c in found]


def root_cause_rows(engine: Engine, found: list[Contact],
                    attributed: Mapping[str, Mapping[str, float]],
                    per_year: float | None) -> list[Row]:
    """Per information step: the avoidable contacts it generates ("this page generates n
    calls").

    Returns
    -------
    list of dict
        ``step``, ``name``, ``channel``, ``contacts``, ``cost``, ``customer_minutes``
        (per journey), ``annual_contacts``, ``annual_cost`` and ``contacts_caused``,
        largest first; "unattributed" is a row of its own.
    """
    by_step = {c.step: c for c in found}
    totals: dict[str, list[float]] = {}
    causes: dict[str, list[str]] = {}
    for contact, shares in attributed.items():
        c = by_step[contact]
        for cause, share in shares.items():
            sums = totals.setdefault(cause, [0.0, 0.0, 0.0])
            sums[0] += share * c.visits
            sums[1] += share * c.cost
            sums[2] += share * c.minutes
            causes.setdefault(cause, []).append(contact)
    rows: list[Row] = []
    for cause, (contacts, cost, minutes) in totals.items():
        step = engine.steps.get(cause)
        rows.append({"step": cause, "name": "" if step is None else step.name,
                     "channel": "" if step is None else step.channel,
                     "contacts": contacts, "cost": cost, "customer_minutes": minutes,
                     "annual_contacts": _annual(contacts, per_year),
                     "annual_cost": _annual(cost, per_year),
                     "contacts_caused": " ".join(causes[cause])})
    rows.sort(key=lambda row: -float(row["contacts"] or 0.0))
    return rows


def funnel_rows(engine: Engine) -> list[Row]:
    """§8 step 5: where journeys leave, t(v, e) = x_v·K[v, e] for each abandon end e and
    visible task v, on the chain censored to visible tasks and ends.

    Returns
    -------
    list of dict
        ``step``, ``name``, ``end``, ``leaves`` (per journey) and ``share`` of all
        abandonment, largest first.
    """
    steps = engine.steps
    abandon = [e for e in engine.ends if steps[e].outcome == "abandon"]
    if not abandon:
        return []
    visible = [n for n in tasks_of(engine) if steps[n].visible]
    moves = transitions(engine, visible + list(engine.ends), lambda a: [a])
    total = sum((engine.visits[e] for e in abandon), 0.0)
    rows: list[Row] = []
    for v in visible:
        for e in abandon:
            t = moves.get(v, {}).get(e, 0.0)
            if t > 0.0:
                rows.append({"step": v, "name": steps[v].name, "end": e, "leaves": t,
                             "share": t / total if total else None})
    rows.sort(key=lambda row: -float(row["leaves"] or 0.0))
    return rows


def _kpis(engine: Engine, found: list[Contact], tables: Mapping[str, list[Row]],
          per_year: float | None) -> dict[str, float | int | None]:
    figures = demand_figures(found)
    outcomes = outcome_probabilities(engine)
    unattributed = sum((float(r["contacts"] or 0.0) for r in tables["root_causes"]
                        if r["step"] == UNATTRIBUTED), 0.0)
    kpis: dict[str, float | int | None] = {
        "fdr": figures["fdr"],
        "contacts": sum((c.visits for c in found), 0.0),
        "inbound_contacts": sum((c.visits for c in found if c.inbound), 0.0),
        "avoidable_contacts": figures["avoidable_contacts"],
        "failure_demand_cost": figures["failure_demand_cost"],
        "failure_demand_customer_minutes": figures["failure_demand_customer_minutes"],
        "unattributed_contacts": unattributed,
        "journeys_per_year": per_year,
        "annual_failure_demand_contacts": _annual(figures["avoidable_contacts"] or 0.0,
                                                  per_year),
        "annual_failure_demand_cost": _annual(figures["failure_demand_cost"] or 0.0, per_year),
        "conversion": outcomes.get("success", 0.0),
        "p_abandon": outcomes.get("abandon", 0.0),
        "sensitivity_branches": len({(r["gateway"], r["branch_to"])
                                     for r in tables["sensitivities"]}),
        "web_loops": len(tables["web_loops"]),
    }
    for row in tables["what_if"]:
        if row["kpi"] in WHAT_IF_KPIS:
            kpis[f"what_if_delta_{row['kpi']}"] = _number(row["delta"])
            kpis[f"what_if_delta_{row['kpi']}_per_year"] = _number(row["delta_per_year"])
    return kpis


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _highlights(engine: Engine, found: list[Contact], causes: list[Row],
                splits: Splits) -> list[dict[str, object]]:
    """Avoidable contacts red, value demand grey; root causes orange with their contacts
    per journey; branches into avoidable contacts with their traversals x_u·w."""
    result = [badge(c.step, "failure_demand" if c.avoidable else "value_demand",
                    "error" if c.avoidable else "info", "failure_demand.reason",
                    reason_code=c.reason)
              for c in found]
    result += [badge(str(r["step"]), "root_cause", "warning", "failure_demand.root_cause",
                     contacts_n=float(r["contacts"] or 0.0))
               for r in causes if r["step"] != UNATTRIBUTED]
    for u, out in splits.items():
        for v, _, leads in out:
            data = engine.graph.succ[u][v]
            traversals = engine.visits[u] * data["w_split"]
            if leads and traversals > 0.0:
                result += [badge(f.id, "avoidable_branch", "warning", "failure_demand.branch",
                                 traversals_n=traversals) for f in data["flows"]]
    return result


def _picked(engine: Engine, alternatives: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """{branch flow id: alternative flow id} as {(u, v): alt}, checked."""
    if not alternatives:
        return {}  # the usual report: no what-if, so no table of every flow
    flows = {f.id: f for f in engine.graph.graph["flows"]}
    picked: dict[tuple[str, str], str] = {}
    for branch_id, alt_id in alternatives.items():
        branch, alt = flows.get(branch_id), flows.get(alt_id)
        if branch is None or alt is None:
            raise ValueError(f"unknown flow in alternatives: {branch_id} or {alt_id}")
        if branch.source != alt.source or engine.graph.nodes[branch.source]["split"] != "xor":
            raise ValueError(f"{branch_id} and {alt_id} must leave the same exclusive split")
        picked[(branch.source, branch.target)] = alt.target
    return picked


def _annual(value: float, per_year: float | None) -> float | None:
    return None if per_year is None else value * per_year
