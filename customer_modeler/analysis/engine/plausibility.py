"""Analysis layer: warnings for results that are computed right but are hardly meant.

A loop left at a branch probability of 0.99 or 0.9999 runs a hundred or ten thousand
times per journey, and every figure grows with it; the formulas do not mind, a reader
would. These warnings (docs/methods.md §2.13) say so instead of passing it by:
W-LIKELY-LOOP for a loop that repeats with probability 0.99 or more, W-MANY-CONTACTS
for more than 100 contacts per journey.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import networkx as nx

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.analysis.issues import Issue, make_issue

#: A loop repeating with at least this probability gets W-LIKELY-LOOP (100 rounds).
LOOP_REPEAT: Final = 0.99
#: More contacts per journey than this get W-MANY-CONTACTS.
CONTACT_LIMIT: Final = 100.0


def plausibility_issues(graph: nx.DiGraph, visits: Mapping[str, float],
                        returns: Mapping[str, float]) -> list[Issue]:
    """W-LIKELY-LOOP per loop and W-MANY-CONTACTS for the journey.

    Parameters
    ----------
    graph : networkx.DiGraph
        The weighted graph (names in ``graph.graph["names"]``).
    visits : mapping
        Expected visits x per reachable step.
    returns : mapping
        N_jj per reachable step: 1 / (1 − P(coming back to j)).

    Returns
    -------
    list of Issue
    """
    names = graph.graph["names"]
    issues = _loops(graph, visits, returns, names)
    steps = dict(graph.nodes(data="step"))
    contacts = [n for n in visits if steps[n].is_task and steps[n].contact]
    total = sum(visits[n] for n in contacts)
    if total > CONTACT_LIMIT:
        busiest = sorted(contacts, key=lambda n: -visits[n])[:3]
        issues.append(make_issue("W-MANY-CONTACTS", busiest, (
            f"{total:.6g} contacts per journey (more than {CONTACT_LIMIT:.0f}); most at "
            f"{names.join(busiest)}: check the loop probabilities")))
    return issues


def _loops(graph: nx.DiGraph, visits: Mapping[str, float], returns: Mapping[str, float],
           names: ElementNames) -> list[Issue]:
    looping = {n for n, njj in returns.items() if njj >= 1.0 / (1.0 - LOOP_REPEAT) - 1e-9}
    if not looping:
        return []
    sub = graph.subgraph(visits).edge_subgraph(
        (u, v) for u, v, w in graph.subgraph(visits).edges(data="w") if w > 0)
    order = {n: k for k, n in enumerate(visits)}
    issues: list[Issue] = []
    for component in nx.strongly_connected_components(sub):
        members = sorted(component & looping, key=order.__getitem__)
        if not members:
            continue
        njj = max(returns[n] for n in members)
        repeat = 1.0 - 1.0 / njj
        tasks = [n for n in sorted(component, key=order.__getitem__)
                 if graph.nodes[n]["step"].is_task] or members
        issues.append(make_issue("W-LIKELY-LOOP", tasks, (
            f"the loop through {names.join(tasks)} repeats with probability {repeat:.6g} "
            f"(rounds: about {njj:.6g}; runs of its busiest step per journey: about "
            f"{max(visits[n] for n in members):.6g}); check its branch probabilities")))
    return issues
