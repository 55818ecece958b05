"""Analysis layer: the most likely path and the critical path (docs/methods.md §2.7), and the
peak-end score of an emotion sequence (§4 step 8).

Paths are for display (the emotion curve, the "typical journey"), never for expectations.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

from customer_modeler.analysis.engine.pipeline import Engine


@dataclass(frozen=True, slots=True)
class Path:
    """A path through the model: the step ids and its probability or length."""

    nodes: tuple[str, ...]
    value: float


def most_likely_path(engine: Engine) -> Path | None:
    """The start-to-end path with the highest probability (Dijkstra on −ln w).

    Uses the route-choice weights (``w_split``); edges with w = 0 are left out. Among
    equally likely paths the one found first (model order) wins.

    Returns
    -------
    Path or None
        ``value`` is the path probability; None when no end is reachable.
    """
    return engine.once("most_likely_path", _most_likely_path)  # scorecard and fail points ask


def _most_likely_path(engine: Engine) -> Path | None:
    costs: dict[str, list[tuple[str, float]]] = {n: [] for n in engine.steps}
    for edge in engine.edges:
        if edge.w_split > 0:
            costs[edge.source].append((edge.target, -math.log(edge.w_split)))
    best: tuple[float, list[str]] | None = None
    for start in engine.starts:
        distance, previous = _dijkstra(costs, start)
        for end in engine.ends:
            if end in distance and (best is None or distance[end] < best[0] - 1e-12):
                best = (distance[end], _walk_back(previous, end))
    if best is None:
        return None
    return Path(tuple(best[1]), math.exp(-best[0]))


def _dijkstra(costs: dict[str, list[tuple[str, float]]],
              start: str) -> tuple[dict[str, float], dict[str, str]]:
    """Shortest distances and predecessors from ``start`` (paths rebuilt on demand)."""
    distance: dict[str, float] = {start: 0.0}
    previous: dict[str, str] = {}
    done: set[str] = set()
    heap = [(0.0, 0, start)]
    counter = 1
    # the loop's look-ups bound once: it runs once per step (100,000 at the largest)
    pop, push, known, finish, inf = heapq.heappop, heapq.heappush, distance.get, done.add, \
        math.inf
    while heap:
        d, _, node = pop(heap)
        if node in done:
            continue
        finish(node)
        for target, cost in costs[node]:
            if target in done:
                continue
            candidate = d + cost
            if candidate < known(target, inf):
                distance[target] = candidate
                previous[target] = node
                push(heap, (candidate, counter, target))
                counter += 1
    return distance, previous


def _walk_back(previous: dict[str, str], end: str) -> list[str]:
    path = [end]
    step = previous.get(end)
    while step is not None:  # one look-up per step of a path 50,000 steps long
        path.append(step)
        step = previous.get(step)
    path.reverse()
    return path


def critical_path(engine: Engine) -> Path | None:
    """The longest path by duration + wait in an acyclic model (``nx.dag_longest_path``).

    Each node's duration + wait is moved onto its incoming edges.

    Returns
    -------
    Path or None
        ``value`` is the path length in minutes; None when the model has a cycle.
    """
    graph = engine.graph
    reach = set(engine.reachable)
    timed = nx.DiGraph()
    timed.add_nodes_from(engine.reachable)
    for u, v, w in graph.edges(data="w_split"):
        if u in reach and v in reach and w > 0:
            step = graph.nodes[v]["step"]
            minutes = step.duration + step.wait if step.is_task else 0.0
            timed.add_edge(u, v, w=minutes)
    if not nx.is_directed_acyclic_graph(timed):
        return None
    nodes = nx.dag_longest_path(timed, weight="w")
    length = sum(timed.edges[a, b]["w"] for a, b in zip(nodes, nodes[1:]))
    return Path(tuple(nodes), float(length))


def peak_end(emotions: Sequence[float]) -> float | None:
    """PE = (e_peak + e_last) / 2; the peak has the largest |e|, the more negative on a tie.

    Returns
    -------
    float or None
        None for an empty sequence (PE = n/a).
    """
    if not emotions:
        return None
    peak = min(emotions, key=lambda e: (-abs(e), e))
    return (peak + emotions[-1]) / 2.0


def design_emotions(engine: Engine, path: Path) -> list[float]:
    """Planned emotions of the visible tasks with an emotion along a path (those of the
    engine's most likely path worked out once: the scorecard and fail points both ask,
    0.05 s each at 100,000 steps)."""
    if path is engine.derived.get("most_likely_path"):
        return list(engine.once("design_emotions", lambda solved: _design_emotions(solved, path)))
    return _design_emotions(engine, path)


def _design_emotions(engine: Engine, path: Path) -> list[float]:
    result: list[float] = []
    for node in path.nodes:
        step = engine.steps[node]
        if step.is_task and step.visible and step.emotion is not None:
            result.append(float(step.emotion))
    return result


def pe_design(engine: Engine) -> float | None:
    """PE_design: the peak-end score of the planned emotions on the most likely path.

    Returns
    -------
    float or None
        None without a path or without a visible task that has an emotion.
    """
    path = most_likely_path(engine)
    return None if path is None else peak_end(design_emotions(engine, path))
