"""Analysis layer: queues at resource pools (docs/methods.md §2.9) and the queue-aware
routing model of §6b (Erlang C, staffing).

Steps point at a ``cpm:resource`` pool with ``resource``. With a journey arrival rate λ
(per minute, the scenario's ``arrival_rate_per_min``), each pool r is an M/M/c queue:
λ_r = λ·Σ xᵥ, A = λ·Σ xᵥ·dᵥ, h = A/λ_r, and Erlang C gives P_W, W_q and P(wait > t).
The pooled steps' ``wait`` is then replaced by W_q (never added to it), which is exact in
one pass when routing does not depend on waiting; :func:`abandonment_fixed_point`
iterates when it does. The current-versus-redesigned tables (scorecards with
first-time-right, Δx per touchpoint) are built here too. Pure functions: the model is
never changed.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.issues import Issue, make_issue
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.engine.scorecard import KPI_KEYS
from customer_modeler.model.document import ProcessModel

#: Scenario key of the journey arrival rate (journeys per minute, §1.4).
ARRIVAL_KEY: Final = "arrival_rate_per_min"
#: Default staffing target: mean wait (average speed of answer) in minutes (§6b step 6).
TARGET_WAIT: Final = 0.5
_CONVERGED: Final = 1e-6
_MAX_ROUNDS: Final = 100


def erlang_c(servers: int, load: float) -> float:
    """P_W, the probability that an arrival waits (Erlang C), by the stable recursion.

    B₀ = 1, B_k = A·B_{k−1}/(k + A·B_{k−1}) (Erlang B), then P_W = c·B_c/(c − A(1 − B_c)).

    Parameters
    ----------
    servers : int
        c, the number of servers (agents).
    load : float
        A, the offered load in Erlangs.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        When A ≥ c (the queue is unstable) or A < 0.
    """
    if load < 0 or load >= servers:
        raise ValueError(f"Erlang C needs 0 <= A < c (A = {load}, c = {servers})")
    blocking = 1.0
    for k in range(1, servers + 1):
        blocking = load * blocking / (k + load * blocking)
    return servers * blocking / (servers - load * (1.0 - blocking))


def mean_wait(servers: int, load: float, handle: float) -> float:
    """W_q = P_W·h/(c − A): the mean wait in the queue (minutes when h is in minutes)."""
    return erlang_c(servers, load) * handle / (servers - load)


def p_wait_longer(servers: int, load: float, handle: float, t: float) -> float:
    """P(wait > t) = P_W·exp(−(c − A)·t/h); P_W itself when h = 0 and t = 0."""
    p_wait = erlang_c(servers, load)
    if handle <= 0.0:
        return p_wait if t <= 0.0 else 0.0
    return p_wait * math.exp(-(servers - load) * t / handle)


def min_stable_servers(load: float) -> int:
    """The smallest c with A < c."""
    return math.floor(load) + 1


def servers_needed(load: float, handle: float, target: float = TARGET_WAIT) -> int:
    """Staffing: the smallest c whose mean wait W_q is at most ``target`` minutes.

    Returns
    -------
    int
    """
    servers = max(1, min_stable_servers(load))
    while mean_wait(servers, load, handle) > target:
        servers += 1
    return servers


@dataclass(frozen=True, slots=True)
class PoolResult:
    """One resource pool under the Erlang C model (None where an unstable pool has no value).

    ``arrivals`` (Σ xᵥ) and ``minutes`` (Σ xᵥ·dᵥ) are per journey; ``lambda_r`` and ``load``
    (A) per minute. ``p_over_tol`` is the visit-weighted P(wait > tol) over the pool's
    steps that have a tolerance.
    """

    resource: str
    name: str
    servers: int
    steps: tuple[str, ...]
    arrivals: float
    minutes: float
    lambda_r: float
    load: float
    handle: float
    rho: float | None
    p_wait: float | None
    w_q: float | None
    p_over_tol: float | None
    stable: bool
    min_stable: int
    needed: int | None

    def row(self) -> dict[str, object]:
        """The pool-table row of §6b (spec names: λ_r, A, h, ρ, P_W, W_q, P(wait > tol))."""
        return {
            "resource": self.resource, "name": self.name, "c": self.servers,
            "steps": " ".join(self.steps), "arrivals_per_journey": self.arrivals,
            "minutes_per_journey": self.minutes, "lambda_r": self.lambda_r, "A": self.load,
            "h": self.handle, "rho": self.rho, "P_W": self.p_wait, "W_q": self.w_q,
            "P_wait_gt_tol": self.p_over_tol, "stable": self.stable,
            "c_min_stable": self.min_stable, "c_needed": self.needed,
        }


@dataclass
class QueueModel:
    """The queue-aware view of one model.

    Attributes
    ----------
    arrival_rate : float or None
        λ per minute; None when queueing was skipped (W-NO-ARRIVALS or no pooled step).
    pools : list of PoolResult
        Pools with at least one reachable pooled step, in the model's resource order.
    waits : dict
        {step id: W_q} for the steps of stable pools (their ``wait`` in the queued engine).
    p_over_tol : dict
        {step id: P(wait > tolerance)} for those of them that have a tolerance.
    engine : Engine
        The engine with those waits in place (the input engine when nothing changed).
    issues : list of Issue
        E-UNSTABLE, W-ZERO-HANDLE, W-NO-ARRIVALS.
    """

    arrival_rate: float | None
    pools: list[PoolResult]
    waits: dict[str, float]
    p_over_tol: dict[str, float]
    engine: Engine
    issues: list[Issue] = field(default_factory=list)


def pooled_steps(model: ProcessModel, engine: Engine) -> dict[str, list[str]]:
    """{resource id: reachable step ids pointing at it}, for resources the model defines.

    Steps naming an undefined resource are not pooled.
    """
    pools: dict[str, list[str]] = {r: [] for r in model.resources}
    for node in engine.reachable:
        resource = model.steps[node].resource
        if resource in pools and engine.steps[node].is_task:
            pools[resource].append(node)
    return {r: nodes for r, nodes in pools.items() if nodes}


def queue_model(model: ProcessModel, engine: Engine | None = None, *,
                arrival_rate: float | None = None,
                target_wait: float = TARGET_WAIT) -> QueueModel:
    """Run §6b steps 1-3 and 6: pools by Erlang C, waits replaced by W_q, staffing.

    Parameters
    ----------
    model : ProcessModel
        Supplies the resources, the steps' ``resource`` and the scenario's arrival rate.
    engine : Engine, optional
        The model's solved engine (analysed here when not given).
    arrival_rate : float, optional
        λ (journeys per minute); default the scenario's ``arrival_rate_per_min``.
    target_wait : float
        Staffing target for W_q in minutes.

    Returns
    -------
    QueueModel
        Unchanged waits (and no pools) when the engine is not solved, no step is pooled,
        or there is no arrival rate (W-NO-ARRIVALS).
    """
    engine = analyse(model) if engine is None else engine
    empty = QueueModel(None, [], {}, {}, engine)
    if not engine.solved:
        return empty
    pools = pooled_steps(model, engine)
    if not pools:
        return empty
    rate = model.scenario.get(ARRIVAL_KEY) if arrival_rate is None else arrival_rate
    if rate is None or rate <= 0:
        steps = [n for nodes in pools.values() for n in nodes]
        empty.issues.append(make_issue("W-NO-ARRIVALS", steps, "the model has no arrival "
                                       "rate, so queueing is skipped and the modelled waits "
                                       "are used"))
        return empty
    result = QueueModel(float(rate), [], {}, {}, engine)
    for resource, nodes in pools.items():
        _add_pool(result, model, resource, nodes, target_wait)
    result.engine = with_waits(engine, result.waits)
    return result


def _add_pool(result: QueueModel, model: ProcessModel, resource: str, nodes: list[str],
              target_wait: float) -> None:
    """Solve one pool; record its row, its stable steps' waits and its issues."""
    engine, rate = result.engine, result.arrival_rate or 0.0
    names = engine.graph.graph["names"]
    steps = [engine.steps[n] for n in nodes]
    zero = [s.id for s in steps if s.duration <= 0.0]
    if zero:
        result.issues.append(make_issue("W-ZERO-HANDLE", zero, f"steps that use {names(resource)} "
                                        f"but take no time (duration 0): {names.join(zero)}"))
    arrivals = sum(engine.visits[n] for n in nodes)
    if arrivals <= 0.0:
        return
    minutes = sum(engine.visits[s.id] * s.duration for s in steps)
    capacity = model.resources[resource].capacity
    servers = 0 if capacity is None else max(0, int(capacity))
    load, handle = rate * minutes, minutes / arrivals
    p_wait = w_q = p_over = None
    if load < servers:
        p_wait, w_q = erlang_c(servers, load), mean_wait(servers, load, handle)
        over = {s.id: p_wait_longer(servers, load, handle, s.tolerance) for s in steps
                if s.tolerance is not None}
        weight = sum(engine.visits[n] for n in over)
        p_over = sum(engine.visits[n] * p for n, p in over.items()) / weight if weight else None
        result.waits.update(dict.fromkeys(nodes, w_q))
        result.p_over_tol.update(over)
    else:
        result.issues.append(make_issue("E-UNSTABLE", [resource, *nodes], (
            f"{names(resource)} is offered more work than it can serve (offered load in "
            f"Erlangs: {load:.4g}; servers: {servers}, at least {min_stable_servers(load)} "
            "needed); its steps keep their modelled waits")))
    result.pools.append(PoolResult(
        resource, model.resources[resource].name, servers, tuple(nodes), arrivals, minutes,
        rate * arrivals, load, handle, load / servers if servers else None, p_wait, w_q,
        p_over, load < servers, min_stable_servers(load),
        servers_needed(load, handle, target_wait)))


def with_waits(engine: Engine, waits: Mapping[str, float]) -> Engine:
    """A shallow copy of a solved engine whose steps in ``waits`` have that ``wait``.

    Visits do not depend on waits, so the chain is shared; only the resolved step records
    of the changed steps are copied. The input engine is returned when ``waits`` is empty.
    """
    if not waits:
        return engine
    steps = dict(engine.steps)
    for node, wait in waits.items():
        steps[node] = dataclasses.replace(steps[node], wait=wait)
    return dataclasses.replace(engine, steps=steps)


def queue_highlights(queue: QueueModel) -> list[dict[str, object]]:
    """Highlights of §6b: pooled steps coloured by ρ (``info`` green below 0.7, ``warning``
    amber below 0.9, ``error`` red at 0.9 or unstable), W badges where W_q exceeds the
    tolerance, and failure flows (misroutes) drawn red."""
    found: list[dict[str, object]] = []
    steps = queue.engine.steps
    for pool in queue.pools:
        rho = pool.rho
        level = ("error" if not pool.stable or rho is None or rho >= 0.9
                 else "warning" if rho >= 0.7 else "info")
        load = {"load_n": rho} if pool.stable and rho is not None else {}
        code = "queues.load" if load else "queues.unstable"
        found.extend(badge(n, "pool_load", level, code, **load) for n in pool.steps)
    for node, wait in queue.waits.items():
        tolerance = steps[node].tolerance
        if tolerance is not None and wait > tolerance:
            found.append(badge(node, "wait_point", "warning", "fail_points.wait"))
    found.extend(badge(f.id, "failure_flow", "error", "none")
                 for f in queue.engine.graph.graph["flows"] if f.failure)
    return found


def flat_card(card: Mapping[str, object]) -> dict[str, object]:
    """A scorecard as flat scalars: §2.11 keys, ``first_time_right`` (§6b step 5),
    ``p_outcome.<outcome>``, ``lead_time_given_success`` and ``pe_design``."""
    flat: dict[str, object] = {key: card[key] for key in KPI_KEYS}
    contacts, transfers = number(card["contacts"]), number(card["transfers"])
    first = contacts - transfers
    flat["first_time_right"] = 1.0 - transfers / first if first > 1e-12 else None
    outcomes = card.get("p_outcome")
    if isinstance(outcomes, Mapping):
        flat.update({f"p_outcome.{k}": v for k, v in outcomes.items()})
    flat["lead_time_given_success"] = card.get("lead_time_given_success")
    flat["pe_design"] = card.get("pe_design")
    return flat


def number(value: object) -> float:
    """A table cell as a float (0 when it is not a number)."""
    return float(value) if isinstance(value, (int, float)) else 0.0


def scorecard_rows(card: Mapping[str, object],
                   changed: Mapping[str, object] | None = None) -> list[dict[str, object]]:
    """The scorecard table: ``kpi``, ``current`` (and ``changed``, ``delta``)."""
    now = flat_card(card)
    if changed is None:
        return [{"kpi": k, "current": v} for k, v in now.items()]
    then = flat_card(changed)
    rows: list[dict[str, object]] = []
    for key in dict.fromkeys([*now, *then]):
        a, b = now.get(key), then.get(key)
        delta = b - a if isinstance(a, (int, float)) and isinstance(b, (int, float)) else None
        rows.append({"kpi": key, "current": a, "changed": b, "delta": delta})
    return rows


def touchpoint_rows(current: Engine, changed: Engine,
                    pairs: Mapping[str, str]) -> list[dict[str, object]]:
    """Δxᵥ per touchpoint (visible task with a channel) of either version (§6a step 3).

    Rows ``element``, ``changed_element`` (its id in the changed model, "" when removed),
    ``name``, ``x_current``, ``x_changed`` and ``delta``, the largest change first.
    """
    back = {j: i for i, j in pairs.items()}
    rows: list[dict[str, object]] = []
    for engine, mine in ((current, True), (changed, False)):
        for node in engine.reachable:
            step = engine.steps[node]
            if not (step.is_task and step.visible and step.channel != "none"):
                continue
            i, j = (node, pairs.get(node, "")) if mine else (back.get(node, ""), node)
            if not mine and i in current.visits:
                continue  # already listed from the current side
            a, b = current.visits.get(i, 0.0), changed.visits.get(j, 0.0)
            rows.append({"element": i or j, "changed_element": j, "name": step.name,
                         "x_current": a, "x_changed": b, "delta": b - a})
    rows.sort(key=lambda r: -abs(number(r["delta"])))
    return rows


def abandonment_fixed_point(model: ProcessModel,
                            abandonment: Callable[[Mapping[str, float]], Mapping[str, float]],
                            *, arrival_rate: float | None = None,
                            target_wait: float = TARGET_WAIT) -> QueueModel:
    """§6b step 4: iterate x → W_q → p(W_q) → x when abandonment depends on the wait.

    Parameters
    ----------
    model : ProcessModel
        Not changed; a copy carries the iterated flow probabilities.
    abandonment : callable
        {resource: W_q} → {flow id: probability}; it should set every branch of the
        splits it touches so that they still sum to 1.
    arrival_rate, target_wait
        As for :func:`queue_model`.

    Returns
    -------
    QueueModel
        At the fixed point (max change of W_q below 1e-6), or after 100 rounds with
        W-NO-CONVERGE; an unstable pool or an engine error stops the iteration.
    """
    work = model.copy()
    previous: dict[str, float] = {}
    for _ in range(_MAX_ROUNDS):
        queue = queue_model(work, arrival_rate=arrival_rate, target_wait=target_wait)
        waits = {p.resource: p.w_q for p in queue.pools if p.w_q is not None}
        unstable = any(not p.stable for p in queue.pools)
        if unstable or not queue.pools or (previous and _close(previous, waits)):
            return queue
        previous = waits
        for flow_id, prob in abandonment(waits).items():
            work.update_flow(flow_id, prob=prob)
    pools = queue.engine.graph.graph["names"].join(previous)
    queue.issues.append(make_issue("W-NO-CONVERGE", list(previous), f"the waits at {pools} "
                                   f"did not settle within {_MAX_ROUNDS} rounds"))
    return queue


def _close(old: Mapping[str, float], new: Mapping[str, float]) -> bool:
    return old.keys() == new.keys() and all(abs(old[k] - new[k]) < _CONVERGED for k in old)
