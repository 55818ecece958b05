"""Analysis layer: edge weights w(u, v) of docs/methods.md §2.1.

Each node's outgoing flows get a split weight by the node's kind: XOR (fill the missing
probabilities, then normalise), AND (every branch 1), OR (conditioned on at least one
branch firing), or an implicit AND for a step with several unlabelled flows. A join then
scales what flows in: 1/k on an AND join with k incoming flows, and 1/Σw of the matching
split on an OR join, so a well-structured block fires its join once.

Edge attributes written: ``w_split`` (route choice, used by paths and Monte Carlo),
``w`` (chain weight after join scaling), ``w_fail`` (the part of ``w`` carried by
failure flows). Node attributes: ``split`` (none/single/xor/and/or), ``join``
(None/and/or), ``or_split`` (the matching split of an OR join), ``or_p`` on an OR split
([(target, activation probability)], for Monte Carlo).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from customer_modeler.analysis.engine.graph import node_data
from customer_modeler.analysis.issues import Issue, make_issue
from customer_modeler.model.elements import Flow

_SUM_TOLERANCE = 1e-6
_OR_DEFAULT = 0.5


def assign_weights(graph: nx.DiGraph) -> list[Issue]:
    """Set ``w_split``, ``w`` and ``w_fail`` on every edge, ``split``/``join`` on every node.

    Parameters
    ----------
    graph : networkx.DiGraph
        From :func:`~customer_modeler.analysis.engine.graph.build_graph`; changed in place.

    Returns
    -------
    list of Issue
        W-PROB-FILL, W-DEAD-BRANCH, W-PROB-SUM, W-AND-PROB and W-IMPLICIT-AND.
    """
    issues: list[Issue] = []
    nodes = node_data(graph)  # a plain dict: a view's lookups cost more (and no copy)
    names = graph.graph["names"]
    joins: list[str] = []
    for node, successors in graph.adjacency():
        attributes = nodes[node]
        attributes["join"] = attributes["or_split"] = None
        node_type = attributes["step"].type
        if node_type in ("and", "or"):
            joins.append(node)
        if _set_single(successors):
            attributes["split"] = "single"
            continue
        out = [(v, f) for v, data in successors.items() for f in data["flows"]]
        mode, weights, found = _split_weights(node, names, node_type, out)
        attributes["split"] = mode
        if mode == "or":
            attributes["or_p"] = [
                (v, _OR_DEFAULT if f.prob is None else float(f.prob)) for v, f in out]
        issues.extend(found)
        _set_split(successors, out, weights)
    for node in joins:
        _scale_join(nodes[node], graph.pred[node].values())
    return issues


def _set_single(successors: Mapping[str, dict[str, Any]]) -> bool:
    """Weigh the one flow of a step that has exactly one (most steps) as ``_set_split``
    would, with weight 1, without the general bookkeeping; False for any other step."""
    if len(successors) != 1:
        return False
    (data,) = successors.values()
    if len(data["flows"]) != 1:
        return False
    fail = 1.0 if data["flows"][0].failure else 0.0
    data.update(w_split=1.0, w_fail_split=fail, w=1.0, w_fail=fail)
    return True


def _set_split(successors: Mapping[str, dict[str, Any]], out: Sequence[tuple[str, Flow]],
               weights: Sequence[float]) -> None:
    """Sum the flow weights per edge; ``w``/``w_fail`` start equal to the split weights."""
    for data in successors.values():
        data["w_split"] = data["w_fail_split"] = 0.0
    for (v, flow), w in zip(out, weights):
        data = successors[v]
        data["w_split"] += w
        if flow.failure:
            data["w_fail_split"] += w
    for data in successors.values():
        data["w"], data["w_fail"] = data["w_split"], data["w_fail_split"]


def _split_weights(node: str, names: Callable[[str], str], node_type: str,
                   out: Sequence[tuple[str, Flow]]) -> tuple[str, list[float], list[Issue]]:
    """The split kind of a node and the weight of each outgoing flow (``names`` names the
    node in messages; asked only for splits, which may have some). A node with one flow
    never comes here: :func:`_set_single` weighs it first."""
    flows = [flow for _, flow in out]
    if not flows:
        return "none", [], []
    name = names(node)
    if node_type == "and":
        odd = [f.id for f in flows if f.prob is not None and f.prob != 1]
        found = [make_issue("W-AND-PROB", odd, f"{name}: parallel branches ignore their "
                            "probabilities")] if odd else []
        return "and", [1.0] * len(flows), found
    if node_type == "or":
        weights, found = or_weights(name, flows)
        return "or", weights, found
    if node_type == "xor" or any(f.prob is not None for f in flows):
        weights, found = xor_weights(name, flows)
        return "xor", weights, found
    message = f"{name} has {len(flows)} outgoing flows without probabilities: run in parallel"
    return "and", [1.0] * len(flows), [make_issue("W-IMPLICIT-AND", [node], message)]


def xor_weights(node: str, flows: Sequence[Flow]) -> tuple[list[float], list[Issue]]:
    """Branch weights of an exclusive split (§2.1 steps 1-3).

    Parameters
    ----------
    node : str
        How messages name the splitting node.
    flows : sequence of Flow
        Its outgoing flows; ``prob`` None means "no probability given".

    Returns
    -------
    (list of float, list of Issue)
        One weight per flow, summing to 1, and the notes W-PROB-FILL, W-DEAD-BRANCH,
        W-PROB-SUM.
    """
    issues: list[Issue] = []
    given = sum(f.prob for f in flows if f.prob is not None)
    empty = [f.id for f in flows if f.prob is None]
    fill = max(0.0, 1.0 - given) / len(empty) if empty else 0.0
    weights = [fill if f.prob is None else float(f.prob) for f in flows]
    if empty:
        issues.append(make_issue("W-PROB-FILL", empty, f"{node}: branches without a "
                                 f"probability: {len(empty)}; each got {fill:.6g}"))
        if fill == 0.0:
            issues.append(make_issue("W-DEAD-BRANCH", empty, f"{node}: the given probabilities "
                                     "already sum to 1, so these branches are never taken"))
    total = sum(weights)
    if abs(total - 1.0) > _SUM_TOLERANCE:
        weights = [w / total for w in weights] if total > 0 else [1.0 / len(flows)] * len(flows)
        issues.append(make_issue("W-PROB-SUM", [f.id for f in flows],
                                 f"{node}: branch probabilities sum to {given:.6g}, not 1; "
                                 "normalised"))
    return weights, issues


def or_weights(node: str, flows: Sequence[Flow]) -> tuple[list[float], list[Issue]]:
    """Branch weights of an inclusive split: wᵢ = pᵢ / (1 − Πⱼ(1 − pⱼ)) (§2.1).

    Returns
    -------
    (list of float, list of Issue)
        One weight per flow (they may sum to more than 1), and W-PROB-FILL for branches
        without a probability (they get 0.5).
    """
    issues: list[Issue] = []
    empty = [f.id for f in flows if f.prob is None]
    probs = [_OR_DEFAULT if f.prob is None else float(f.prob) for f in flows]
    if empty:
        issues.append(make_issue("W-PROB-FILL", empty,
                                 f"{node}: inclusive branches without a probability got 0.5"))
    none_fires = math.prod(1.0 - p for p in probs)
    if none_fires >= 1.0:
        issues.append(make_issue("W-DEAD-BRANCH", [f.id for f in flows],
                                 f"{node}: no inclusive branch can fire; split evenly"))
        return [1.0 / len(flows)] * len(flows), issues
    return [p / (1.0 - none_fires) for p in probs], issues


def _scale_join(attributes: dict[str, Any], incoming: Iterable[dict[str, Any]]) -> None:
    """Mark a gateway with several incoming flows as a join; 1/k on its flows if AND."""
    edges = list(incoming)
    k = sum(len(data["flows"]) for data in edges)
    if k < 2:
        return
    attributes["join"] = attributes["step"].type
    if attributes["join"] == "and":
        for data in edges:
            data["w"] = data["w_split"] / k
            data["w_fail"] = data["w_fail_split"] / k


def match_or_joins(graph: nx.DiGraph, starts: Iterable[str]) -> list[Issue]:
    """Scale the flows into each OR join by 1/Σw of its matching split (§2.1).

    The matching split is the nearest dominating inclusive gateway that splits
    (``nx.immediate_dominators`` from the starts). Without one: W-OR-UNSTRUCTURED, and
    the join is treated as a plain merge (use Monte Carlo for it).

    Returns
    -------
    list of Issue
    """
    joins = [n for n, join in graph.nodes(data="join") if join == "or"]
    if not joins:
        return []
    dominators = _dominators(graph, list(starts))
    issues: list[Issue] = []
    for join in joins:
        split = _matching_split(graph, dominators, join)
        if split is None:
            name = graph.graph["names"](join)
            issues.append(make_issue("W-OR-UNSTRUCTURED", [join], f"{name}: no inclusive split "
                                     "dominates this join; its visits need Monte Carlo"))
            continue
        graph.nodes[join]["or_split"] = split
        total = sum(w for _, _, w in graph.out_edges(split, data="w_split"))
        for _, _, data in graph.in_edges(join, data=True):
            data["w"] /= total
            data["w_fail"] /= total
    return issues


_ROOT = ("__root__",)


def _dominators(graph: nx.DiGraph, starts: list[str]) -> dict[object, object]:
    positive = nx.DiGraph()
    positive.add_nodes_from(graph)
    positive.add_edges_from((u, v) for u, v, w in graph.edges(data="w_split") if w > 0)
    positive.add_edges_from((_ROOT, s) for s in starts)
    idom: dict[object, object] = nx.immediate_dominators(positive, _ROOT)
    return idom


def _matching_split(graph: nx.DiGraph, idom: dict[object, object], join: str) -> str | None:
    node: object = join
    while node in idom and idom[node] != node:
        node = idom[node]
        if node in graph and graph.nodes[node]["split"] == "or":
            return str(node)
    return None
