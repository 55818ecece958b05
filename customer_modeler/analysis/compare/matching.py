"""Analysis layer: matching the steps of two models (docs/methods.md §5 steps 4–5).

Steps are paired one to one by their ``key`` and channel family, falling back to the
phase and a fuzzy name match for steps without a key, with ``nx.max_weight_matching``;
the node-matching similarity follows Dijkman et al. The structural similarity is the
graph-edit distance (GED) between the customer-visible projections of the two models,
bounded to small models (§5: |V₁| + |V₂| ≤ 30, with a step limit). Pure functions over
solved :class:`~customer_modeler.analysis.engine.pipeline.Engine` records.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import networkx as nx

from customer_modeler.analysis.engine.attributes import ResolvedStep, channel_family, customer_minutes
from customer_modeler.analysis.engine.censored import next_kept
from customer_modeler.analysis.engine.pipeline import Engine

#: Smallest name ratio (difflib) for the fallback match of steps without a key.
NAME_RATIO_MIN: Final = 0.75
#: GED runs only when the two visible projections hold at most this many nodes together.
GED_NODE_LIMIT: Final = 30
#: Seconds the exact GED search may take before its best value is an upper bound.
#: Edit paths the GED search may try before it settles for its best upper bound. A count,
#: not a clock, so the same models give the same answer on every machine (about 1 s here).
GED_STEP_LIMIT: Final = 12_000
#: Fuzzy name comparisons allowed per phase; beyond it only identical names match.
FUZZY_PAIR_LIMIT: Final = 40_000
#: Components of the candidate graph larger than this are matched greedily.
EXACT_COMPONENT_LIMIT: Final = 200
#: A matched step is worse when ≥ 20 % worse on customer time or effort, or ≥ 0.02 on p_eff.
WORSE_RATIO: Final = 1.2
WORSE_P_EFF: Final = 0.02
#: Tie-breaker that prefers pairing a step with the step of the same id.
_SAME_ID_BONUS: Final = 1e-6
_EPS: Final = 1e-9
Row = dict[str, object]


@dataclass(frozen=True, slots=True)
class Matching:
    """A one-to-one matching: ``pairs`` (our id, their id, weight) in our model order,
    the unmatched steps of each side in model order, the node-matching similarity
    2·Σ w / (|V₁| + |V₂|) (None when both sides are empty), and ``notes`` saying where
    the matching was simplified to stay fast on large models."""

    pairs: tuple[tuple[str, str, float], ...]
    ours_only: tuple[str, ...]
    theirs_only: tuple[str, ...]
    similarity: float | None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EditDistance:
    """The graph-edit distance of two visible projections.

    ``status`` is ``exact``, ``upper bound`` (the search timed out) or ``skipped`` (too
    many nodes, or both projections empty); ``distance`` and ``similarity`` are None when
    skipped. ``size`` is |V₁| + |E₁| + |V₂| + |E₂|.
    """

    distance: float | None
    similarity: float | None
    status: str
    size: int


def visible_tasks(engine: Engine) -> list[str]:
    """The reachable visible tasks of a solved engine, in model order."""
    steps = engine.steps
    return [n for n in engine.reachable if steps[n].is_task and steps[n].visible]


def match_weight(a: ResolvedStep, b: ResolvedStep) -> float:
    """Weight of pairing two steps (§5 step 4).

    1.0 for the same key and channel family, 0.5 for the same key and another family;
    when either step has no key: the name ratio × 0.5 if both share a phase and the
    lower-cased names have a ``difflib`` ratio of at least :data:`NAME_RATIO_MIN`;
    otherwise 0.
    """
    if a.key is not None and b.key is not None:
        if a.key != b.key:
            return 0.0
        return 1.0 if channel_family(a.channel) == channel_family(b.channel) else 0.5
    if a.phase != b.phase:
        return 0.0
    ratio = _name_ratio(a.name.lower(), b.name.lower())
    return 0.5 * ratio if ratio >= NAME_RATIO_MIN else 0.0


def _name_ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < NAME_RATIO_MIN or matcher.quick_ratio() < NAME_RATIO_MIN:
        return 0.0
    return matcher.ratio()


def match_steps(ours: Engine, theirs: Engine, mine: Sequence[str],
                yours: Sequence[str]) -> Matching:
    """Match two sets of steps one to one by maximum total weight.

    Parameters
    ----------
    ours, theirs : Engine
        The engines whose ``steps`` hold the resolved attributes.
    mine, yours : sequence of str
        The step ids to match on each side (§5: the visible tasks).

    Returns
    -------
    Matching
    """
    a_steps = [ours.steps[n] for n in mine]
    b_steps = [theirs.steps[n] for n in yours]
    notes: list[str] = []
    candidates = _keyed_candidates(a_steps, b_steps)
    candidates.update(_fallback_candidates(a_steps, b_steps, notes))
    chosen = _best_pairs(candidates, notes)
    position = {n: i for i, n in enumerate(mine)}
    pairs = tuple(sorted(((a, b, candidates[a, b]) for a, b in chosen),
                         key=lambda p: position[p[0]]))
    matched_a = {a for a, _, _ in pairs}
    matched_b = {b for _, b, _ in pairs}
    total = len(mine) + len(yours)
    similarity = 2.0 * sum(w for _, _, w in pairs) / total if total else None
    return Matching(pairs, tuple(n for n in mine if n not in matched_a),
                    tuple(n for n in yours if n not in matched_b), similarity, tuple(notes))


def _keyed_candidates(a_steps: list[ResolvedStep],
                      b_steps: list[ResolvedStep]) -> dict[tuple[str, str], float]:
    by_key: dict[str, list[ResolvedStep]] = {}
    for b in b_steps:
        if b.key is not None:
            by_key.setdefault(b.key, []).append(b)
    found: dict[tuple[str, str], float] = {}
    for a in a_steps:
        for b in by_key.get(a.key or "", ()) if a.key is not None else ():
            found[a.id, b.id] = match_weight(a, b)
    return found


def _fallback_candidates(a_steps: list[ResolvedStep], b_steps: list[ResolvedStep],
                         notes: list[str]) -> dict[tuple[str, str], float]:
    """Pairs where either step has no key: same phase, similar names."""
    by_phase: dict[str, tuple[list[ResolvedStep], list[ResolvedStep]]] = {}
    for a in a_steps:
        by_phase.setdefault(a.phase, ([], []))[0].append(a)
    for b in b_steps:
        by_phase.setdefault(b.phase, ([], []))[1].append(b)
    found: dict[tuple[str, str], float] = {}
    for phase, (mine, yours) in by_phase.items():
        a_free = [a for a in mine if a.key is None]
        b_free = [b for b in yours if b.key is None]
        if len(a_free) * len(yours) + (len(mine) - len(a_free)) * len(b_free) \
                <= FUZZY_PAIR_LIMIT:
            pairs = [(a, b) for a in a_free for b in yours]
            pairs += [(a, b) for a in mine if a.key is not None for b in b_free]
        else:
            notes.append(f"phase {phase}: too many steps without a key for fuzzy name "
                         "matching; only identical names were matched")
            pairs = _identical_names(mine, yours)
        for a, b in pairs:
            weight = match_weight(a, b)
            if weight > 0.0:
                found[a.id, b.id] = weight
    return found


def _identical_names(mine: list[ResolvedStep],
                     yours: list[ResolvedStep]) -> list[tuple[ResolvedStep, ResolvedStep]]:
    by_name: dict[str, list[ResolvedStep]] = {}
    for b in yours:
        by_name.setdefault(b.name.lower(), []).append(b)
    return [(a, b) for a in mine for b in by_name.get(a.name.lower(), ())
            if a.key is None or b.key is None]


def _best_pairs(candidates: dict[tuple[str, str], float],
                notes: list[str]) -> list[tuple[str, str]]:
    """The maximum-weight one-to-one pairs; lone candidate edges are taken directly."""
    degree_a: dict[str, int] = {}
    degree_b: dict[str, int] = {}
    for a, b in candidates:
        degree_a[a] = degree_a.get(a, 0) + 1
        degree_b[b] = degree_b.get(b, 0) + 1
    chosen = [(a, b) for a, b in candidates if degree_a[a] == 1 and degree_b[b] == 1]
    graph = nx.Graph()
    for (a, b), weight in candidates.items():
        if degree_a[a] > 1 or degree_b[b] > 1:
            bonus = _SAME_ID_BONUS if a == b else 0.0
            graph.add_edge(("a", a), ("b", b), weight=weight + bonus)
    for component in nx.connected_components(graph):
        sub = graph.subgraph(component)
        if len(component) > EXACT_COMPONENT_LIMIT:
            notes.append(f"{len(component)} interchangeable steps were matched greedily")
            found = _greedy(sub)
        else:
            found = nx.max_weight_matching(sub)
        for u, v in found:
            (_, a), (_, b) = (u, v) if u[0] == "a" else (v, u)
            chosen.append((a, b))
    return chosen


def _greedy(graph: Any) -> list[tuple[Any, Any]]:
    taken: set[Any] = set()
    found = []
    for u, v, _ in sorted(graph.edges(data="weight"), key=lambda e: (-e[2], str(e))):
        if u not in taken and v not in taken:
            taken.update((u, v))
            found.append((u, v))
    return found


# -- matched pairs ----------------------------------------------------------------------

def matched_rows(ours: Engine, theirs: Engine, matching: Matching,
                 p_eff: tuple[Mapping[str, float], Mapping[str, float]]) -> list[Row]:
    """Matched pairs with the attribute deltas (theirs − ours) and our verdict (§5);
    ``p_eff`` holds each side's per-execution failure probabilities (§2.6)."""
    pa, pb = p_eff
    rows: list[Row] = []
    for a, b, weight in matching.pairs:
        sa, sb = ours.steps[a], theirs.steps[b]
        ca, cb = customer_minutes(sa), customer_minutes(sb)
        rows.append({
            "ours": a, "theirs": b, "ours_name": sa.name, "theirs_name": sb.name,
            "key": sa.key or "", "ours_channel": sa.channel, "theirs_channel": sb.channel,
            "weight": weight, "d_customer_time": cb - ca, "d_effort": sb.effort - sa.effort,
            "d_p_eff": pb[b] - pa[a],
            "d_emotion": None if sa.emotion is None or sb.emotion is None
            else sb.emotion - sa.emotion,
            "verdict": _pair_verdict((ca, sa.effort, pa[a]), (cb, sb.effort, pb[b])),
        })
    return rows


def _pair_verdict(ours: tuple[float, float, float], theirs: tuple[float, float, float]) -> str:
    """``worse`` (red ▼), ``better`` (green ▲) or ``similar``, from our side (§5)."""
    if _beaten(ours, theirs):
        return "worse"
    return "better" if _beaten(theirs, ours) else "similar"


def _beaten(x: tuple[float, float, float], y: tuple[float, float, float]) -> bool:
    """Whether x is ≥ 20 % worse than y on customer time or effort, or ≥ 0.02 on p_eff."""
    for u, v in ((x[0], y[0]), (x[1], y[1])):
        if u > v + _EPS and u >= WORSE_RATIO * v - _EPS:
            return True
    return x[2] - y[2] >= WORSE_P_EFF - _EPS


def only_rows(engine: Engine, nodes: tuple[str, ...]) -> list[Row]:
    """Unmatched steps with their name, key, channel, phase and expected visits."""
    return [{"element": n, "name": engine.steps[n].name, "key": engine.steps[n].key or "",
             "channel": engine.steps[n].channel, "phase": engine.steps[n].phase,
             "visits": engine.visits.get(n, 0.0)} for n in nodes]


# -- structure ---------------------------------------------------------------------------

def visible_projection(engine: Engine) -> nx.DiGraph:
    """The customer-visible projection: visible tasks (attribute ``step``), with an edge
    where K_vis[a, b] > 0."""
    nodes = visible_tasks(engine)
    graph = nx.DiGraph()
    graph.add_nodes_from((n, {"step": engine.steps[n]}) for n in nodes)
    for a, row in next_kept(engine, nodes).items():
        graph.add_edges_from((a, b) for b, k in row.items() if k > 0.0)
    return graph


def edit_distance(ours: Engine, theirs: Engine, matching: Matching, *,
                  node_limit: int = GED_NODE_LIMIT,
                  step_limit: int = GED_STEP_LIMIT) -> EditDistance:
    """GED between the visible projections (§5 step 5), bounded to small models.

    ``matching`` must be the matching of the visible tasks (:func:`visible_tasks`).

    Substitution costs 1 − :func:`match_weight` (0 for the same key and family, 0.5 for
    the same key and another family, 1 otherwise); node and edge insertions and deletions
    cost 1. The edit path implied by ``matching`` is the first upper bound; an exact
    branch-and-bound search improves it for at most ``step_limit`` steps (networkx's own GED needs
    scipy, which the project does not depend on).

    Returns
    -------
    EditDistance
    """
    n_nodes = len(matching.pairs) * 2 + len(matching.ours_only) + len(matching.theirs_only)
    if n_nodes == 0 or n_nodes > node_limit:
        return EditDistance(None, None, "skipped", 0)
    h1, h2 = visible_projection(ours), visible_projection(theirs)
    size = h1.number_of_nodes() + h1.number_of_edges() + h2.number_of_nodes() \
        + h2.number_of_edges()
    best = _matching_path_cost(h1, h2, matching)
    status = "upper bound"
    if step_limit > 0:
        search = _EditSearch(h1, h2, best, step_limit)
        status = "exact" if search.extend(0.0, 0) else status
        best = search.best
    return EditDistance(best, 1.0 - best / size, status, size)


def _matching_path_cost(h1: nx.DiGraph, h2: nx.DiGraph, matching: Matching) -> float:
    """Cost of the edit path that substitutes the matched pairs and inserts or deletes
    everything else."""
    image = {a: b for a, b, _ in matching.pairs}
    nodes = sum(1.0 - w for _, _, w in matching.pairs) + len(matching.ours_only) \
        + len(matching.theirs_only)
    kept = sum(1 for u, v in h1.edges if u in image and v in image
               and h2.has_edge(image[u], image[v]))
    return float(nodes + h1.number_of_edges() + h2.number_of_edges() - 2 * kept)


class _EditSearch:
    """Depth-first branch and bound over edit paths: each node of h1, in order of degree,
    goes to an unused node of h2 or is deleted; what is left of h2 is inserted. Lower
    bound: the cheapest remaining node operations plus the difference between the
    numbers of undecided edges on each side."""

    def __init__(self, h1: nx.DiGraph, h2: nx.DiGraph, bound: float, step_limit: int) -> None:
        a = sorted(h1.nodes, key=lambda n: -h1.degree(n))
        b = list(h2.nodes)
        self.a_edges = {(a.index(u), a.index(v)) for u, v in h1.edges}
        self.b_edges = {(b.index(u), b.index(v)) for u, v in h2.edges}
        self.cost = [[1.0 - match_weight(h1.nodes[u]["step"], h2.nodes[v]["step"]) for v in b]
                     for u in a]
        self.open_a = [sum(1 for u, v in self.a_edges if max(u, v) >= k)
                       for k in range(len(a) + 1)]
        self.image: list[int | None] = []
        self.used: set[int] = set()
        self.n_b, self.best, self.step_limit, self.steps = len(b), bound, step_limit, 0

    def extend(self, cost: float, decided_b: int) -> bool:
        """Place the next node of h1; False when the step limit stopped the search."""
        self.steps += 1
        if self.steps > self.step_limit:
            return False
        k = len(self.image)
        if k == len(self.cost):
            free = self.n_b - len(self.used)
            self.best = min(self.best, cost + free + len(self.b_edges) - decided_b)
            return True
        options = sorted(((c, j) for j, c in enumerate(self.cost[k]) if j not in self.used))
        for node_cost, j in [*options, (1.0, -1)]:
            target = None if j < 0 else j
            edges, decided = self._edge_cost(k, target)
            total = cost + node_cost + edges
            if total + self._lower(k + 1, target, decided_b + decided) < self.best - 1e-9:
                self.image.append(target)
                self.used |= {j} if j >= 0 else set()
                finished = self.extend(total, decided_b + decided)
                self.image.pop()
                self.used.discard(j)
                if not finished:
                    return False
        return True

    def _edge_cost(self, k: int, j: int | None) -> tuple[int, int]:
        """Edges decided by mapping node k to j: their cost, and how many of h2's."""
        cost = decided = 0
        pairs = [(i, m) for i, m in enumerate(self.image)] + [(k, j)]
        for i, m in pairs:
            for u, v, x, y in ((k, i, j, m), (i, k, m, j)) if i != k else ((k, k, j, j),):
                in_a = (u, v) in self.a_edges
                in_b = x is not None and y is not None and (x, y) in self.b_edges
                cost += in_a != in_b
                decided += in_b
        return cost, decided

    def _lower(self, k: int, j: int | None, decided_b: int) -> float:
        used = self.used if j is None else self.used | {j}
        free = [c for c in range(self.n_b) if c not in used]
        nodes = sum(min([1.0, *(self.cost[r][c] for c in free)]) for r in range(k, len(self.cost)))
        nodes += max(0, len(free) - (len(self.cost) - k))
        return nodes + abs(self.open_a[k] - (len(self.b_edges) - decided_b))
