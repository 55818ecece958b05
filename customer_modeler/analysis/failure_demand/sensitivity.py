"""Analysis layer: sensitivities of Analysis 6 (docs/methods.md §8 step 3).

For an exclusive split u with a branch u→v into an avoidable contact and an alternative
branch u→alt, moving a little probability from alt to v changes any per-step metric by
dE[M]/dw(u→v) = x_u·(τ_v − τ_alt), with τ = N·m the metric-to-go (§2.3). Each value is
checked by a central finite difference on the engine's chain with the two weights
shifted (no new model is built).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.engine.attributes import customer_minutes
from customer_modeler.analysis.engine.chain import compile_chain
from customer_modeler.analysis.engine.pipeline import Engine, chain_edges, start_values
from customer_modeler.analysis.engine.hitting import metric_to_go
from customer_modeler.analysis.engine.solve import forward_column
from customer_modeler.analysis.streamline.rules import Row, tasks_of

#: The shift used for the finite-difference check.
DELTA: Final = 1e-5
#: Above this many contacts per unit of probability the loop is near-unstable (§8).
UNSTABLE: Final = 10.0
#: Branches checked by finite differences (each check solves the chain twice).
CHECKED: Final = 20
#: Steps a branch passes through on its way into a contact: gateways, intermediate
#: events and IVR menus (the reason belongs to the agent step, never to the IVR).
_THROUGH: Final = frozenset({"xor", "and", "or", "event"})

#: {split: [(branch target, w, whether the branch leads into an avoidable contact)]}.
Splits = dict[str, list[tuple[str, float, bool]]]


@dataclass(frozen=True, slots=True)
class Branch:
    """A branch u→v of an exclusive split into an avoidable contact, and its alternative
    u→alt (None when there is none); ``refused`` says why no derivative is given."""

    gateway: str
    target: str
    alternative: str | None
    refused: str | None = None


def contacts_ahead(engine: Engine, node: str) -> set[str]:
    """The contacts a branch into ``node`` leads to, passing only through gateways,
    intermediate events and IVR menus that are not contacts themselves."""
    steps, succ = engine.steps, engine.graph.succ
    found: set[str] = set()
    seen = {node}
    stack = [node]
    while stack:
        n = stack.pop()
        step = steps[n]
        if step.is_task and step.contact:
            found.add(n)
            continue
        if step.type in _THROUGH or (step.is_task and step.channel == "ivr"):
            for v, data in succ[n].items():
                if v not in seen and data["w"] > 0.0:
                    seen.add(v)
                    stack.append(v)
    return found


def split_branches(engine: Engine, demand: Collection[str]) -> Splits:
    """The branches of every taken exclusive split.

    Returns
    -------
    dict
        {u: [(v, w, whether u→v leads into an avoidable contact, see
        :func:`contacts_ahead`)]}, splits in model order.
    """
    graph, x = engine.graph, engine.visits
    wanted = set(demand)
    result: Splits = {}
    for u in engine.reachable:
        if graph.nodes[u]["split"] == "xor" and x[u] > 0.0:
            result[u] = [(v, data["w"], bool(contacts_ahead(engine, v) & wanted))
                         for v, data in graph.succ[u].items()]
    return result


def find_branches(engine: Engine, splits: Splits,
                  picked: Mapping[tuple[str, str], str] | None = None) -> list[Branch]:
    """Every exclusive branch into an avoidable contact, with its alternative: the user's
    pick, else the largest branch that leads to no avoidable contact.

    Parameters
    ----------
    splits : mapping
        From :func:`split_branches`.
    picked : mapping, optional
        {(u, v): alt}: alternatives the user picked (these branches are always listed).

    Returns
    -------
    list of Branch
        In model order of the splits; branches without any alternative are left out.
    """
    chosen = dict(picked or {})
    result: list[Branch] = []
    for u, out in splits.items():
        free = sorted(((w, v) for v, w, leads in out if not leads), key=lambda p: -p[0])
        for v, w, leads in out:
            alt = chosen.pop((u, v), None)
            if alt is None and (not leads or w <= 0.0 or not free):
                continue
            alt = alt if alt is not None else free[0][1]
            result.append(Branch(u, v, alt, _refusal(engine, alt)))
    return result


def _refusal(engine: Engine, alt: str) -> str | None:
    """Why the derivative towards ``alt`` is refused, or None."""
    if alt in engine.visits:
        return None
    ends = set(engine.ends)
    seen, stack = {alt}, [alt]
    while stack:
        n = stack.pop()
        succ = [v for v, data in engine.graph.succ[n].items() if data["w"] > 0.0]
        if n in ends or engine.steps[n].type == "end" or not succ:
            return "the alternative branch is never taken, so its effect is not solved"
        for v in succ:
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return "the alternative branch leads into a trap"


def metrics(engine: Engine) -> dict[str, dict[str, float]]:
    """The per-step metrics the sensitivities report: contacts, cost, customer minutes."""
    steps = engine.steps
    tasks = tasks_of(engine)
    return {
        "contacts": {n: 1.0 for n in tasks if steps[n].contact},
        "cost": {n: steps[n].cost for n in tasks if steps[n].cost},
        "customer_minutes": {n: customer_minutes(steps[n]) for n in tasks
                             if customer_minutes(steps[n])},
    }


def sensitivity_rows(engine: Engine, branches: list[Branch], journeys: float | None,
                     check: bool = True) -> tuple[list[Row], list[dict[str, object]]]:
    """The sensitivity table (one row per branch and metric) and its warnings.

    Parameters
    ----------
    journeys : float or None
        Journeys per year (annual columns are None without it).
    check : bool
        Add the finite-difference check for the first :data:`CHECKED` branches.

    Returns
    -------
    (list of dict, list of dict)
        Rows ``gateway``, ``branch_to``, ``alternative``, ``metric``, ``per_unit``,
        ``per_point``, ``per_point_per_year``, ``finite_difference``, ``near_unstable``,
        ``refused``; and W-NEAR-UNSTABLE / W-SENSITIVITY-REFUSED issues.
    """
    if not branches:
        return [], []
    measures = metrics(engine)
    to_go = {name: metric_to_go(engine, m) for name, m in measures.items()}
    rows: list[Row] = []
    issues: list[dict[str, object]] = []
    for number, branch in enumerate(branches):
        checked = _checked(engine, branch, measures) if check and number < CHECKED \
            and branch.refused is None else {}
        for name in measures:
            rows.append(_row(engine, branch, name, to_go[name], journeys, checked.get(name)))
        issues.extend(_branch_issues(engine, branch, rows[-len(measures)]))
    return rows, issues


def _row(engine: Engine, branch: Branch, name: str, tau: Mapping[str, float],
         journeys: float | None, checked: float | None) -> Row:
    value = None
    if branch.refused is None and branch.alternative is not None:
        value = engine.visits[branch.gateway] * (tau[branch.target] - tau[branch.alternative])
    point = None if value is None else 0.01 * value
    return {"gateway": branch.gateway, "branch_to": branch.target,
            "alternative": branch.alternative, "metric": name, "per_unit": value,
            "per_point": point,
            "per_point_per_year": None if point is None or journeys is None
            else point * journeys,
            "finite_difference": checked,
            "near_unstable": name == "contacts" and value is not None and abs(value) > UNSTABLE,
            "refused": branch.refused}


def _branch_issues(engine: Engine, branch: Branch, contacts: Row) -> list[dict[str, object]]:
    where = [branch.gateway, branch.target]
    names = engine.graph.graph["names"]
    words = f"the branch from {names(branch.gateway)} to {names(branch.target)}"
    if branch.refused is not None:
        return [{"code": "W-SENSITIVITY-REFUSED", "elements": where,
                 "message": f"no sensitivity for {words}: {branch.refused}"}]
    if contacts["near_unstable"]:
        return [{"code": "W-NEAR-UNSTABLE", "elements": where,
                 "message": f"contacts change by {contacts['per_unit']:.3g} per unit of "
                            f"the probability of {words}: the loop is near-unstable"}]
    return []


def _checked(engine: Engine, branch: Branch,
             measures: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Central (or one-sided, near 0) finite differences of every metric."""
    assert branch.alternative is not None
    weights = {(e.source, e.target): e.w for e in engine.edges}
    w_v = weights[(branch.gateway, branch.target)]
    w_alt = weights[(branch.gateway, branch.alternative)]
    up = DELTA if w_alt >= DELTA else 0.0
    down = DELTA if w_v >= DELTA else 0.0
    if up + down == 0.0:
        return {}
    high = _expected(engine, branch, up, measures)
    low = _expected(engine, branch, -down, measures)
    return {name: (high[name] - low[name]) / (up + down) for name in measures}


def _expected(engine: Engine, branch: Branch, shift: float,
              measures: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """E[M] with ``shift`` moved from u→alt to u→v."""
    if shift == 0.0:
        x = engine.visits
    else:
        edges = []
        for u, v, w, w_ok in chain_edges(engine):
            if u == branch.gateway and v in (branch.target, branch.alternative):
                change = shift if v == branch.target else -shift
                w, w_ok = w + change, w_ok + change
            edges.append((u, v, w, w_ok))
        chain = compile_chain(engine.reachable, edges, engine.ends)
        x = dict(zip(chain.nodes, forward_column(chain, start_values(engine, chain))))
    return {name: sum((x.get(n, 0.0) * value for n, value in m.items()), 0.0)
            for name, m in measures.items()}
