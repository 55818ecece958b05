"""Analysis layer: the consolidation rules C1–C7 of Analysis 1 (docs/methods.md §3 step 4).

Each rule reads a solved :class:`~customer_modeler.analysis.engine.pipeline.Engine` (and, where it
needs consecutive tasks, the censored chain K_act of §2.4) and returns flat table rows.
A rule's candidates carry the *addressable* customer minutes and CU: what is spent on
the elements the rule flags, or the share §3 names for C1 (the wasted first contact)
and C4 (the excess visits). :func:`loops` is shared with Analysis 6 (web loops).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import networkx as nx

from customer_modeler.analysis.engine.attributes import DEPARTMENT_ROLES, ResolvedStep, customer_minutes
from customer_modeler.analysis.engine.chain import Block, ReducedBlock
from customer_modeler.analysis.engine.pipeline import Engine, require_chain
from customer_modeler.analysis.engine.hitting import hit_probabilities

Scalar = str | int | float | bool | None
Row = dict[str, Scalar]
KAct = Mapping[str, Mapping[str, float]]

#: C3 flags a data item whose repeat provisions reach this (§3).
REPEAT_THRESHOLD: Final = 0.1
#: C6 needs K_act[a, b] at least this (§3).
MERGE_THRESHOLD: Final = 0.999
#: ``nx.simple_cycles`` length bound for listing the cycles of a loop (§3 C4).
CYCLE_LENGTH: Final = 10
#: Cycles listed per loop, and loops whose cycles are listed (largest excess first): the
#: listing is for display, and a large model can have thousands of loops.
CYCLES_PER_LOOP: Final = 20
LOOPS_LISTED: Final = 25
#: Channels of web steps (§8 web loops).
WEB_CHANNELS: Final = frozenset({"web", "app"})


def lane_of(step: ResolvedStep) -> str:
    """The lane label used for handoffs (``""`` for a step without a lane, as the
    scorecard counts it)."""
    return step.lane or ""


def failure_demand(step: ResolvedStep) -> bool:
    """Whether a step is failure demand (§8): a contact the customer starts, with a
    reason, marked avoidable, and not an IVR menu (the reason belongs to the agent step;
    a contact without a reason is "unspecified" and not avoidable)."""
    return (step.is_task and step.contact and step.avoidable and step.channel != "ivr"
            and step.initiated_by == "customer" and bool((step.contact_reason or "").strip()))


def highlight(element: str, kind: str, severity: str, badge: str) -> dict[str, str]:
    """One highlight instruction for the editor (the common report shape)."""
    return {"element": element, "kind": kind, "severity": severity, "badge": badge}


def tasks_of(engine: Engine) -> list[str]:
    """The reachable tasks in model order (found once per engine: streamline and failure
    demand each ask twice)."""
    return list(engine.once("reachable_tasks", _tasks_of))


def _tasks_of(engine: Engine) -> list[str]:
    steps = engine.steps
    return [n for n in engine.reachable if steps[n].is_task]


class Tasks:
    """The reachable tasks of a solved engine with what the rules read: visits, lanes
    (:func:`lane_of`) and customer minutes per execution, computed once per report."""

    __slots__ = ("engine", "steps", "x", "ids", "lane", "minutes")

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.steps = engine.steps
        self.x = engine.visits
        self.ids = tasks_of(engine)
        self.lane = {n: lane_of(self.steps[n]) for n in self.ids}
        self.minutes = {n: customer_minutes(self.steps[n]) for n in self.ids}

    def spend(self, nodes: Iterable[str]) -> tuple[float, float]:
        """(Σ x·customer minutes, Σ x·cost) over ``nodes`` per journey."""
        x, own, steps = self.x, self.minutes, self.steps
        minutes = cost = 0.0
        for n in nodes:
            x_n = x[n]
            minutes += x_n * own[n]
            cost += x_n * steps[n].cost
        return minutes, cost


def transfer_chains(tasks: Tasks, k_act: KAct) -> list[Row]:
    """C1: contact pairs (a, b) in different lanes with x_a·K_act[a, b] > 0.

    Returns
    -------
    list of dict
        ``from_step``, ``to_step``, ``from_lane``, ``to_lane``, ``transitions`` and the
        addressable ``customer_minutes`` and ``cost`` of the wasted first contact a.
    """
    steps, x, lane = tasks.steps, tasks.x, tasks.lane
    rows: list[Row] = []
    for a, targets in k_act.items():
        if not steps[a].contact:
            continue
        for b, k in targets.items():
            t = x[a] * k
            if steps[b].contact and lane[a] != lane[b] and t > 0.0:
                rows.append({"from_step": a, "to_step": b, "from_lane": lane[a],
                             "to_lane": lane[b], "transitions": t,
                             "customer_minutes": t * tasks.minutes[a],
                             "cost": t * steps[a].cost})
    return rows


def phase_departments(tasks: Tasks) -> list[Row]:
    """C2: phases (other than ``other``) whose visible tasks lie in two or more
    department lanes; one row per phase and department.

    Returns
    -------
    list of dict
        ``phase``, ``department``, ``steps`` (space-separated), ``contacts``, ``visits``,
        ``customer_minutes`` and ``cost`` (Σ x·value over the department's tasks).
    """
    steps, x = tasks.steps, tasks.x
    found: dict[str, dict[str, list[str]]] = {}
    for n in tasks.ids:
        step = steps[n]
        if step.visible and step.role in DEPARTMENT_ROLES and step.phase != "other" \
                and x[n] > 0.0:
            found.setdefault(step.phase, {}).setdefault(tasks.lane[n], []).append(n)
    rows: list[Row] = []
    for phase, departments in found.items():
        if len(departments) < 2:
            continue
        for department, nodes in departments.items():
            minutes, cost = tasks.spend(nodes)
            rows.append({
                "phase": phase, "department": department, "steps": " ".join(nodes),
                "contacts": sum((x[n] for n in nodes if steps[n].contact), 0.0),
                "visits": sum((x[n] for n in nodes), 0.0),
                "customer_minutes": minutes, "cost": cost,
            })
    return rows


def data_item(item: str) -> str:
    """A data item as compared across steps: trimmed and case-folded (§3 edge cases)."""
    return item.strip().casefold()


def data_askers(tasks: Tasks) -> dict[str, list[str]]:
    """{data item: the reachable tasks that ask for it}, items compared by
    :func:`data_item`."""
    askers: dict[str, list[str]] = {}
    for n in tasks.ids:
        asked = tasks.steps[n].data_in
        if asked:
            for item in dict.fromkeys(data_item(i) for i in asked if i.strip()):
                askers.setdefault(item, []).append(n)
    return askers


def repeated_data(tasks: Tasks, askers: Mapping[str, list[str]] | None = None,
                  hits: Mapping[str, float] | None = None) -> list[Row]:
    """C3: repeat provisions per data item, Σ_{v asks i} x_v − P(hit {v asks i}).

    Parameters
    ----------
    askers, hits : mapping, optional
        :func:`data_askers` and P(hit) per item, when the caller computed them together
        with other hit probabilities (one pass over the chain).

    Returns
    -------
    list of dict
        One row per item any reachable task asks for: ``item``, ``repeat_provisions``,
        ``provisions`` (Σ x), ``p_asked``, ``steps``, ``flagged`` (repeat ≥ 0.1) and the
        ``customer_minutes`` and ``cost`` of the steps that ask for it.
    """
    askers = data_askers(tasks) if askers is None else askers
    hits = hit_probabilities(tasks.engine, askers) if hits is None else hits
    rows: list[Row] = []
    for item, nodes in askers.items():
        provisions = sum((tasks.x[n] for n in nodes), 0.0)
        repeat = max(0.0, provisions - hits[item])
        minutes, cost = tasks.spend(nodes)
        rows.append({
            "item": item, "repeat_provisions": repeat, "provisions": provisions,
            "p_asked": hits[item], "steps": " ".join(nodes),
            "flagged": repeat >= REPEAT_THRESHOLD - 1e-12,
            "customer_minutes": minutes, "cost": cost,
        })
    return rows


@dataclass(frozen=True, slots=True)
class Loop:
    """A C4 loop: a cyclic strongly connected component of G⁺ with a visible task.

    ``excess`` maps each visible task to x_v − P(hit v); ``customer_minutes`` and
    ``cost`` are weighted by those excess visits.
    """

    number: int
    members: tuple[str, ...]
    excess: dict[str, float]
    customer_minutes: float
    cost: float
    avoidable: tuple[str, ...]
    web_only: bool

    @property
    def excess_visits(self) -> float:
        return sum(self.excess.values(), 0.0)


def loops(engine: Engine) -> list[Loop]:
    """C4: the loops of the solved chain (its cyclic components, which are those of G⁺
    on the reachable steps), numbered in topological order.

    P(hit v) = x_v / N_vv for one node, so no extra pass is needed.

    Returns
    -------
    list of Loop
        Only components that contain a visible task.
    """
    return list(engine.once("loops", _loops))  # streamline and failure demand both ask


def _loops(engine: Engine) -> list[Loop]:
    chain = require_chain(engine)
    steps, x, returns = engine.steps, engine.visits, engine.returns
    found: list[Loop] = []
    for item in chain.order:
        if not isinstance(item, (Block, ReducedBlock)):
            continue
        members = tuple(chain.nodes[m] for m in item.members)
        visible = [n for n in members if steps[n].is_task and steps[n].visible]
        if not visible:
            continue
        excess = {n: max(0.0, x[n] - x[n] / returns[n]) for n in visible}
        tasks = [steps[n] for n in members if steps[n].is_task]
        found.append(Loop(
            number=len(found) + 1, members=members, excess=excess,
            customer_minutes=sum((e * customer_minutes(steps[n]) for n, e in excess.items()),
                                 0.0),
            cost=sum((e * steps[n].cost for n, e in excess.items()), 0.0),
            avoidable=tuple(s.id for s in tasks if failure_demand(s)),
            web_only=all(s.channel in WEB_CHANNELS for s in tasks)))
    return found


def loop_rows(found: Sequence[Loop]) -> list[Row]:
    """The C4 table: one row per loop."""
    return [{"loop": loop.number, "steps": " ".join(loop.members),
             "visible_steps": " ".join(loop.excess), "excess_visits": loop.excess_visits,
             "customer_minutes": loop.customer_minutes, "cost": loop.cost,
             "avoidable_contacts": " ".join(loop.avoidable), "web_only": loop.web_only}
            for loop in found]


def loop_cycles(engine: Engine, found: Sequence[Loop]) -> list[Row]:
    """The cycles of the largest loops (``nx.simple_cycles`` with a length bound).

    Returns
    -------
    list of dict
        ``loop``, ``cycle`` (space-separated step ids), ``length``.
    """
    graph = engine.graph
    listed = sorted(found, key=lambda loop: -loop.excess_visits)[:LOOPS_LISTED]
    rows: list[Row] = []
    place = {u: i for i, u in enumerate(graph)} if listed else {}
    for loop in sorted(listed, key=lambda loop: loop.number):
        members = set(loop.members)
        # Nodes numbered in the model's order: networkx walks sets of them, and sets of
        # numbers (unlike sets of strings) have the same order in every run of the program.
        ordered = sorted((u for u in members if u in place), key=place.__getitem__)
        number = {u: i for i, u in enumerate(ordered)}
        sub = nx.DiGraph()
        sub.add_nodes_from(range(len(ordered)))
        sub.add_edges_from((number[u], number[v]) for u in ordered
                           for v, data in graph.succ[u].items()
                           if v in members and data["w"] > 0.0)
        cycles = nx.simple_cycles(sub, length_bound=CYCLE_LENGTH)
        for cycle in itertools.islice(cycles, CYCLES_PER_LOOP):
            rows.append({"loop": loop.number, "cycle": " ".join(ordered[i] for i in cycle),
                         "length": len(cycle)})
    return rows


def nva_steps(tasks: Tasks, total_minutes: float, total_cost: float) -> list[Row]:
    """C5: tasks with value NVA, with their customer minutes and cost per journey.

    Returns
    -------
    list of dict
        ``step``, ``name``, ``customer_minutes``, ``cost`` and their shares of the
        journey totals (None when the total is 0).
    """
    rows: list[Row] = []
    for n in tasks.ids:
        step = tasks.steps[n]
        if step.value is None or step.value.upper() != "NVA":
            continue
        minutes, cost = tasks.spend((n,))
        rows.append({"step": n, "name": step.name, "customer_minutes": minutes, "cost": cost,
                     "customer_minutes_share": _share(minutes, total_minutes),
                     "cost_share": _share(cost, total_cost)})
    return rows


def back_office_merges(tasks: Tasks, k_act: KAct) -> list[Row]:
    """C6: invisible tasks a→b in one lane, K_act[a, b] ≥ 0.999, a being b's only
    predecessor (Σ_a' x_a'·K_act[a', b] = x_a·K_act[a, b]).

    Returns
    -------
    list of dict
        ``first``, ``second``, ``lane``, ``k`` and the addressable ``wait_minutes``
        x_b·w_b (one queue removed).
    """
    steps, x, lane = tasks.steps, tasks.x, tasks.lane
    arriving: dict[str, float] = {}
    for a, targets in k_act.items():
        for b, k in targets.items():
            arriving[b] = arriving.get(b, 0.0) + x[a] * k
    rows: list[Row] = []
    for a, targets in k_act.items():
        first = steps[a]
        if first.visible:
            continue
        for b, k in targets.items():
            second = steps[b]
            if second.visible or b == a or lane[a] != lane[b] \
                    or k < MERGE_THRESHOLD:
                continue
            if abs(arriving[b] - x[a] * k) <= 1e-9 * max(1.0, arriving[b]):
                rows.append({"first": a, "second": b, "lane": lane[a], "k": k,
                             "wait_minutes": x[b] * second.wait})
    return rows


def customer_decisions(engine: Engine) -> int:
    """C7: exclusive splits in the customer lane (decisions the customer must make)."""
    customer = engine.graph.graph["customer_lane"]
    nodes, steps = engine.graph.nodes, engine.steps
    return sum(1 for n in engine.reachable  # the lane first: it rules out most steps
               if steps[n].lane == customer and nodes[n]["split"] == "xor")


def _share(part: float, total: float) -> float | None:
    return part / total if total else None
