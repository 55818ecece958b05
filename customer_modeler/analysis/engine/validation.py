"""Analysis layer: the checks of docs/methods.md §2.2 (starts, ends, reachability, traps)
and the value checks that stop or qualify an analysis (probability ranges, systems).

Every function takes the weighted graph and returns plain data plus issues; the codes
themselves live in :mod:`customer_modeler.analysis.issues`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.analysis.issues import Issue, make_issue


def check_ranges(graph: nx.DiGraph) -> list[Issue]:
    """E-PROB-RANGE for every probability outside [0, 1] (flows, steps, starts, systems).

    Returns
    -------
    list of Issue
        Empty when every probability is in range.
    """
    bad = [f.id for f in graph.graph["flows"]
           if f.prob is not None and not 0.0 <= f.prob <= 1.0]
    for node, step in graph.nodes(data="step"):
        if not 0.0 <= step.fail_prob <= 1.0 or (
                step.share is not None and not 0.0 <= step.share <= 1.0):
            bad.append(node)
    bad.extend(s for s, p in graph.graph["systems"].items() if not 0.0 <= p <= 1.0)
    if not bad:
        return []
    return [make_issue("E-PROB-RANGE", bad, "probabilities must lie between 0 and 1: "
                       + graph.graph["names"].join(bad))]


def check_failures(graph: nx.DiGraph) -> list[Issue]:
    """W-UNKNOWN-SYSTEM, W-CERTAIN-FAIL and W-FAIL-NONTASK (§4 edge cases).

    Returns
    -------
    list of Issue
    """
    systems = graph.graph["systems"]
    names = graph.graph["names"]
    issues: list[Issue] = []
    for node, step in graph.nodes(data="step"):
        unknown = [s for s in step.systems if s not in systems]
        if unknown:
            issues.append(make_issue("W-UNKNOWN-SYSTEM", [node], f"{names(node)} uses unknown "
                                     f"system(s) {', '.join(unknown)}; they never fail"))
        if not step.is_task and (step.fail_prob > 0 or step.systems):
            issues.append(make_issue("W-FAIL-NONTASK", [node], f"{names(node)} is not a task; "
                                     "its failure data is ignored"))
        elif step.is_task and step.fail_prob == 1.0:
            issues.append(make_issue("W-CERTAIN-FAIL", [node], f"{names(node)} fails every time"))
    return issues


def find_starts(graph: nx.DiGraph) -> tuple[dict[str, float], list[Issue]]:
    """The start distribution s (§2.2 step 1), weighted by ``share``.

    Start events without incoming flows start the journey (a start event reached by a
    message flow is triggered by the other pool); when some of them are in the customer
    lane, only those. Shares left unset split the remainder evenly, and the result is
    normalised.

    Returns
    -------
    (dict, list of Issue)
        {start id: probability} (empty with E-NO-START), and W-IMPLICIT-START / E-NO-START.
    """
    events = [n for n, s in graph.nodes(data="step") if s.type == "start"]
    starts = [n for n in events if graph.in_degree(n) == 0] or events
    # The journey begins with the customer: where the customer lane holds a start, starts of
    # other pools and lanes (processes the company runs on its own) do not begin journeys.
    starts = [n for n in starts if graph.nodes[n]["step"].role == "customer"] or starts
    issues: list[Issue] = []
    if not starts:
        starts = [n for n in graph if graph.in_degree(n) == 0]
        if not starts:
            return {}, [make_issue("E-NO-START", [], "the model has no start event and "
                                   "every step has an incoming flow")]
        issues.append(make_issue("W-IMPLICIT-START", starts, "no start event: the journey "
                                 "starts at " + graph.graph["names"].join(starts)))
    shares = [graph.nodes[n]["step"].share for n in starts]
    given = sum(s for s in shares if s is not None)
    empty = sum(1 for s in shares if s is None)
    fill = max(0.0, 1.0 - given) / empty if empty else 0.0
    raw = [fill if s is None else s for s in shares]
    total = sum(raw)
    probs = [r / total for r in raw] if total > 0 else [1.0 / len(raw)] * len(raw)
    return dict(zip(starts, probs)), issues


@dataclass
class Structure:
    """Reachability facts of §2.2: what runs, what ends, what traps."""

    reachable: list[str]
    ends: list[str]
    traps: list[str] = field(default_factory=list)
    trap_components: list[list[str]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


def find_structure(graph: nx.DiGraph, starts: dict[str, float],
                   edges: Iterable[tuple[str, str, float]] | None = None) -> Structure:
    """Ends, reachable steps and traps (§2.2 steps 2-5), on G⁺ (edges with w > 0).

    Parameters
    ----------
    graph : networkx.DiGraph
        The weighted graph.
    starts : dict
        The start distribution.
    edges : iterable of (source, target, w), optional
        The weighted edges, when already read from the graph.

    Returns
    -------
    Structure
        Issues W-UNREACHABLE, W-IMPLICIT-END and E-NO-END. Traps are listed; their
        E-TRAP issue (:func:`trap_issue`) needs P(trapped), which the engine computes.
    """
    successors: dict[str, list[str]] = {n: [] for n in graph}
    predecessors: dict[str, list[str]] = {n: [] for n in graph}
    for u, v, w in graph.edges(data="w") if edges is None else edges:
        if w > 0:
            successors[u].append(v)
            predecessors[v].append(u)
    reach = _closure(successors, starts)
    reachable = [n for n in graph if n in reach]
    issues: list[Issue] = []
    unreachable = [n for n in graph if n not in reach]
    if unreachable:
        issues.append(make_issue("W-UNREACHABLE", unreachable, "no start reaches "
                                 + graph.graph["names"].join(unreachable)
                                 + "; left out of the analysis"))
    ends, end_issues = _ends(graph, reachable)
    issues.extend(end_issues)
    structure = Structure(reachable=reachable, ends=ends, issues=issues)
    if ends:
        _find_traps(successors, predecessors, structure)
    return structure


def _closure(adjacency: Mapping[str, list[str]], seeds: Iterable[str]) -> set[str]:
    """The seeds and every node reachable from them in ``adjacency``."""
    found = set(seeds)
    stack = list(found)
    while stack:
        for other in adjacency[stack.pop()]:
            if other not in found:
                found.add(other)
                stack.append(other)
    return found


def _ends(graph: nx.DiGraph, reachable: list[str]) -> tuple[list[str], list[Issue]]:
    sinks = {n for n, successors in graph.adjacency() if not successors}
    events = [n for n, s in graph.nodes(data="step") if s.type == "end" and n in sinks]
    implicit = [n for n in reachable if n in sinks and n not in events]
    issues: list[Issue] = []
    if implicit:
        issues.append(make_issue("W-IMPLICIT-END", implicit, "no outgoing flow: "
                                 + graph.graph["names"].join(implicit)
                                 + " end the journey (outcome success)"))
    ends = events + implicit
    if not ends:
        issues.append(make_issue("E-NO-END", [], "the model has no end event and every "
                                 "reachable step has an outgoing flow"))
    return ends, issues


def _find_traps(successors: Mapping[str, list[str]], predecessors: Mapping[str, list[str]],
                structure: Structure) -> None:
    finish = _closure(predecessors, structure.ends)
    traps = [n for n in structure.reachable if n not in finish]
    if not traps:
        return
    position = {n: k for k, n in enumerate(structure.reachable)}
    trapped = nx.DiGraph()
    trapped.add_nodes_from(traps)
    trapped.add_edges_from((u, v) for u in traps for v in successors[u]
                           if v in position and v not in finish)
    components = [sorted(c, key=position.__getitem__)
                  for c in nx.strongly_connected_components(trapped)]
    components.sort(key=lambda c: position[c[0]])
    structure.traps = traps
    structure.trap_components = components


def trap_issue(structure: Structure, p_trapped: float, names: ElementNames) -> Issue:
    """The E-TRAP issue, naming the trapped components and P(journey gets trapped)."""
    groups = "; ".join("{" + names.join(c) + "}" for c in structure.trap_components)
    return make_issue("E-TRAP", structure.traps, f"the journey can reach {groups} but never "
                      f"finish from there; P(trapped) = {p_trapped:.6g}")
