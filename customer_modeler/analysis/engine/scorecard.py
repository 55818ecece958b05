"""Analysis layer: the customer-side KPI scorecard of docs/methods.md §2.11.

Sums run over the reachable tasks with the expected visits x of §2.3; the transition
KPIs (handoffs, transfers, channel switches, line-of-visibility switches) use the
censored chains of §2.4, and departments met and repeat provisions use hit
probabilities (§2.5). ``lane_map`` gives the derived views of §2.10 (company as one
entity) without touching the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.engine.attributes import (
    COMM_CHANNELS,
    DEPARTMENT_ROLES,
    ResolvedStep,
    channel_family,
    customer_minutes,
)
from customer_modeler.analysis.engine.censored import transitions
from customer_modeler.analysis.engine.coverage import apply_coverage, kpi_coverage
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.failure_chain import failure_summary
from customer_modeler.analysis.engine.hitting import (
    conditional_expectation,
    hit_probabilities,
    outcome_probabilities,
)
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult
from customer_modeler.analysis.engine.paths import design_emotions, most_likely_path, peak_end
from customer_modeler.gc_pause import collection_paused

#: The §2.11 keys, in the order of the table.
KPI_KEYS: Final = (
    "customer_time", "lead_time", "touchpoints", "contacts", "inbound_contacts", "handoffs",
    "internal_handoffs", "lov_switches", "lov_departments", "depts_met", "transfers",
    "channel_switches", "repeat_provisions", "effort_index", "cost", "exp_failures",
    "p_any_failure", "wait_excess", "margin", "cfc",
)


@dataclass(frozen=True, slots=True)
class EffortWeights:
    """Weights of the modelled effort index (§2.11 defaults, used by the tests)."""

    transfers: float = 1.0
    channel_switches: float = 1.0
    repeat_provisions: float = 0.5


class _Context:
    """The tasks of a solved engine with their visits and (mapped) lanes."""

    def __init__(self, engine: Engine, lane_map: Mapping[str, str] | None) -> None:
        self.engine = engine
        self.customer = engine.graph.graph["customer_lane"]
        self.steps: dict[str, ResolvedStep] = {n: engine.steps[n] for n in engine.reachable}
        self.tasks = [n for n, s in self.steps.items() if s.is_task]
        self.x = engine.visits
        mapping = lane_map or {}
        self.lanes = {n: mapping.get(s.lane or "", s.lane or "") for n, s in self.steps.items()}


def _total(values: Iterable[float]) -> float:
    """A visit-weighted sum, its terms added in the order given (tasks in model order)."""
    return sum(values, 0.0)


def scorecard(engine: Engine, mc: MonteCarloResult | None = None, *,
              weights: EffortWeights = EffortWeights(),
              lane_map: Mapping[str, str] | None = None) -> dict[str, object]:
    """The §2.11 scorecard of a solved engine.

    Parameters
    ----------
    engine : Engine
        From :func:`~customer_modeler.analysis.engine.pipeline.analyse`, without E- issues.
    mc : MonteCarloResult, optional
        Fills ``pe_mc`` and, for models with AND/OR branches, ``lead_time_mc`` and
        ``p_any_failure_mc``; without it they are None.
    weights : EffortWeights
        Weights of the effort index.
    lane_map : mapping, optional
        {lane id: view lane id}, e.g. :func:`~customer_modeler.analysis.engine.company_view.company_lane_map`.

    Returns
    -------
    dict
        The keys of :data:`KPI_KEYS`, plus ``p_outcome`` ({outcome: p}),
        ``lead_time_given_success`` (with AND/OR instead ``expected_work_given_success``
        and ``lead_time_given_success_mc``), ``pe_design``, ``pe_mc`` (and
        ``lead_time_mc``, ``p_any_failure_mc`` for models with AND/OR). A KPI whose input
        is set nowhere is None (n/a); :func:`scorecard_coverage` says how far each is set. The most likely path itself comes
        from :func:`~customer_modeler.analysis.engine.paths.most_likely_path`.

    Raises
    ------
    ValueError
        When an E- issue stops the scorecard (E-NO-CUSTOMER-LANE does not: the
        customer-side KPIs are then None).
    """
    if engine.scorecard_refused:
        raise ValueError("an E- issue stops the scorecard; see engine.issues")
    with collection_paused():
        return _scorecard(_Context(engine, lane_map), mc, weights)


def scorecard_coverage(engine: Engine, card: Mapping[str, object]) -> dict[str, str]:
    """{KPI: "durations set on steps: 6 of 9"} for the KPIs of ``card`` that sum an input
    (the ``coverage`` field beside the scorecard, docs/methods.md §2.11)."""
    return {key: cover.text for key, cover in kpi_coverage(engine).items() if key in card}


def _scorecard(ctx: _Context, mc: MonteCarloResult | None,
               weights: EffortWeights) -> dict[str, object]:
    engine = ctx.engine
    card: dict[str, float] = {}
    card.update(_sums(ctx))
    card.update(_transitions(ctx))
    card.update(_departments_and_data(ctx))
    card["effort_index"] = (card.pop("_effort") + weights.transfers * card["transfers"]
                            + weights.channel_switches * card["channel_switches"]
                            + weights.repeat_provisions * card["repeat_provisions"])
    failures = failure_summary(engine)
    card["exp_failures"], card["p_any_failure"] = failures.expected, failures.p_any
    card["cfc"] = control_flow_complexity(engine)
    ordered: dict[str, object] = {key: card[key] for key in KPI_KEYS}
    ordered.update(_extras(ctx, mc))
    apply_coverage(ordered, kpi_coverage(engine))
    return ordered


def _sums(ctx: _Context) -> dict[str, float]:
    """The KPIs that are plain visit-weighted sums over tasks (and ends); their terms in
    lists, which ``sum`` adds in the same order as generators, only faster."""
    x = ctx.x
    tasks = [(x[n], ctx.steps[n]) for n in ctx.tasks]
    return {
        "customer_time": _total([v * customer_minutes(s) for v, s in tasks if s.customer_time]),
        "lead_time": _total([v * (s.duration + s.wait) for v, s in tasks]),
        "touchpoints": _total([v for v, s in tasks if s.visible and s.channel != "none"]),
        "contacts": _total([v for v, s in tasks if s.contact]),
        "inbound_contacts": _total([v for v, s in tasks
                                    if s.contact and s.initiated_by == "customer"]),
        "cost": _total([v * s.cost for v, s in tasks]),
        "_effort": _total([v * s.effort for v, s in tasks]),
        "wait_excess": _total([v * max(0.0, s.wait - (s.tolerance or 0.0))
                               for v, s in tasks if s.tolerance is not None]),
        "margin": _total([x[n] * ctx.steps[n].margin for n in ctx.engine.ends]),
    }


def _transitions(ctx: _Context) -> dict[str, float]:
    """Handoffs, transfers and channel switches (K_act), and LoV switches (K_lov)."""
    s = ctx.steps
    lanes = ctx.lanes

    def labels(a: str) -> list[tuple[str, str]]:
        step = s[a]
        found = [("lane", lanes[a])]
        if step.contact:
            found.append(("contact", lanes[a]))
        if step.visible and step.channel in COMM_CHANNELS:
            found.append(("family", channel_family(step.channel)))
        return found

    moves = transitions(ctx.engine, ctx.tasks, labels)
    # the family a channel switch can end in, per task that can end one
    switch_family = {b: channel_family(s[b].channel) for b in ctx.tasks if _switch_target(ctx, b)}
    handoffs = internal = transfers = switches = 0.0
    for (kind, origin), arrivals in moves.items():
        if kind == "lane":
            for b, t in arrivals.items():
                if origin != lanes[b]:
                    handoffs += t
                    if ctx.customer not in (origin, lanes[b]):
                        internal += t
        elif kind == "contact":
            for b, t in arrivals.items():
                if s[b].contact and origin != lanes[b]:
                    transfers += t
        else:
            for b, t in arrivals.items():
                family = switch_family.get(b)
                if family is not None and family != origin:
                    switches += t
    lov = [n for n in ctx.tasks if s[n].visible and s[n].role in DEPARTMENT_ROLES]
    lov_moves = transitions(ctx.engine, lov, lambda a: (lanes[a],))
    return {
        "handoffs": handoffs, "internal_handoffs": internal, "transfers": transfers,
        "channel_switches": switches,
        "lov_switches": _total(t for origin, arrivals in lov_moves.items()
                               for b, t in arrivals.items() if lanes[b] != origin),
    }


def _switch_target(ctx: _Context, b: str) -> bool:
    """Whether a channel switch can end at b: visible, communicating, customer-initiated,
    and not in the customer lane."""
    step = ctx.steps[b]
    return (step.visible and step.channel in COMM_CHANNELS and step.initiated_by == "customer"
            and step.lane != ctx.customer)


def _departments_and_data(ctx: _Context) -> dict[str, float]:
    """Departments on the line of visibility, departments met, and repeat provisions."""
    s = ctx.steps
    departments: dict[str, list[str]] = {}
    for n in ctx.tasks:
        if s[n].visible and s[n].role in DEPARTMENT_ROLES:
            departments.setdefault(ctx.lanes[n], []).append(n)
    items: dict[str, list[str]] = {}
    for n in ctx.tasks:
        for item in dict.fromkeys(s[n].data_in):
            items.setdefault(item, []).append(n)
    sets: dict[tuple[str, str], list[str]] = {("dept", d): v for d, v in departments.items()}
    sets.update({("item", i): v for i, v in items.items()})
    hits = hit_probabilities(ctx.engine, sets)
    return {
        "lov_departments": sum(1 for nodes in departments.values()
                               if any(ctx.x[n] > 0 for n in nodes)),
        "depts_met": sum((hits[("dept", d)] for d in departments), 0.0),
        "repeat_provisions": sum((sum(ctx.x[n] for n in nodes) - hits[("item", i)]
                                  for i, nodes in items.items()), 0.0),
    }


def control_flow_complexity(engine: Engine) -> int:
    """Cardoso's CFC over the model's splits: XOR fan-out, OR 2ⁿ − 1, AND 1 (§2.11).

    Returns
    -------
    int
    """
    graph = engine.graph
    total = 0
    for node, split in graph.nodes(data="split"):
        if split not in ("xor", "or", "and"):
            continue
        fan_out = sum(len(data["flows"]) for data in graph.succ[node].values())
        if split == "xor":
            total += fan_out
        elif split == "or":
            total += 2 ** fan_out - 1
        elif split == "and":
            total += 1
    return total


def _extras(ctx: _Context, mc: MonteCarloResult | None) -> dict[str, object]:
    engine = ctx.engine
    s = ctx.steps
    success = [e for e in engine.ends if s[e].outcome == "success"]
    path = most_likely_path(engine)
    # the h-transform of §2.5: the elapsed lead time of a successful journey when one
    # token runs; with parallel branches it is the work (duration + wait) done, and the
    # elapsed time of a successful journey comes from Monte Carlo, beside it
    given_success = conditional_expectation(
        engine, success, {n: s[n].duration + s[n].wait for n in ctx.tasks})
    extras: dict[str, object] = {"p_outcome": outcome_probabilities(engine)}
    if engine.has_and:
        extras["expected_work_given_success"] = given_success
        extras["lead_time_given_success_mc"] = (
            None if mc is None or mc.elapsed_success is None else mc.elapsed_success.mean)
    else:
        extras["lead_time_given_success"] = given_success
    extras["pe_design"] = None if path is None else peak_end(design_emotions(engine, path))
    extras["pe_mc"] = None if mc is None or mc.pe is None else mc.pe.mean
    if engine.has_and:
        extras["lead_time_mc"] = None if mc is None or mc.elapsed is None else mc.elapsed.mean
        extras["p_any_failure_mc"] = (None if mc is None or mc.p_any_failure is None
                                      else mc.p_any_failure.mean)
    return extras
