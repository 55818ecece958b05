"""Analysis layer: the only adapter from a ProcessModel to a networkx graph.

Nodes are the top-level steps (``container`` None: sub-process contents are not
analysed) with the resolved §1.2 attributes under ``"step"``. Edges are the top-level
sequence flows plus the message flows between the customer (a pool shown as the
customer lane) and the organisation (docs/methods.md §1.3: a message hands the journey
over); a message sent or received inside a sub-process counts as its top-level
sub-process's. Parallel flows between the same two steps share one edge whose
``"flows"`` lists them all. ``weights.assign_weights`` adds the edge weights later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

import networkx as nx

from customer_modeler.analysis.engine.attributes import resolved
from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow
from customer_modeler.model.visibility import step_visible


class AnalysisGraph(nx.DiGraph):  # type: ignore[misc]  # networkx has no types
    """A DiGraph that keeps no view of itself. networkx keeps the views it hands out
    (``graph.edges``, ``graph.in_degree`` ...) on the graph, and each refers back to it:
    the graph and all it holds then waited for the cyclic collector, which, in the
    window's analysis worker, walked them holding Python's lock while the window waited
    (0.05-0.14 s at 10,000 steps). These views are made afresh at each use."""

    edges = property(nx.DiGraph.edges.func)
    out_edges = property(nx.DiGraph.out_edges.func)
    in_edges = property(nx.DiGraph.in_edges.func)
    degree = property(nx.DiGraph.degree.func)
    in_degree = property(nx.DiGraph.in_degree.func)
    out_degree = property(nx.DiGraph.out_degree.func)

    # ``add_nodes_from`` and ``add_edges_from`` check every item (a node with attributes
    # takes their path for an exception) and copy every attribute dict: a fifth of the
    # engine's time at 100,000 steps. The graph is built from items known to be new and
    # distinct, so these two fill the adjacency dicts networkx keeps directly.

    def add_new_nodes(self, nodes: Iterable[tuple[str, dict[str, Any]]]) -> None:
        """Add nodes that are not in the graph yet, distinct, each with its attribute dict."""
        node, succ, pred = self._node, self._succ, self._pred
        for n, data in nodes:
            node[n] = data
            succ[n] = {}
            pred[n] = {}
        _clear_cache(self)

    def add_new_edges(self, edges: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
        """Add distinct edges that are not in the graph yet between nodes that are, each
        with its attribute dict."""
        succ, pred = self._succ, self._pred
        for u, v, data in edges:
            succ[u][v] = data
            pred[v][u] = data
        _clear_cache(self)


def node_data(graph: nx.DiGraph) -> Mapping[str, dict[str, Any]]:
    """{node: its attribute dict}: networkx's own mapping, read without copying it through
    a data view (the attribute dicts are the graph's, so a change to one changes the graph).
    For lookups by node; to run through every node's one attribute the view
    ``graph.nodes(data=key)`` is as fast (a dict built for it costs more)."""
    return cast(Mapping[str, dict[str, Any]], graph._node)


#: What networkx's own adders call after a change: from 3.3 it keeps converted copies of a
#: graph for its backends and forgets them then; 3.2 keeps none.
_clear_cache = getattr(nx, "_clear_cache", lambda graph: None)


def build_graph(model: ProcessModel) -> nx.DiGraph:
    """Build the analysis digraph of a model.

    Parameters
    ----------
    model : ProcessModel
        The model; it is read, never changed.

    Returns
    -------
    networkx.DiGraph
        Node attribute ``step`` (:class:`~customer_modeler.analysis.engine.attributes.ResolvedStep`);
        edge attribute ``flows`` (list of model flows). Graph attributes: ``customer_lane``
        (lane id or None), ``lanes`` ({lane id: role}, top to bottom), ``lane_names``,
        ``systems`` ({system id: fail_prob}), ``flows`` (every flow of an edge) and
        ``names`` (:class:`~customer_modeler.analysis.engine.naming.ElementNames`, how
        messages name elements).
    """
    lanes = {lane.id: lane.role for lane in model.lanes.values()}
    customer = model.customer_lane
    graph = AnalysisGraph(
        customer_lane=None if customer is None else customer.id,
        lanes=lanes,
        lane_names={lane.id: lane.name for lane in model.lanes.values()},
        systems={s.id: (s.fail_prob or 0.0) for s in model.systems.values()},
        name=model.name,
        names=ElementNames(model),
    )
    graph.add_new_nodes(
        (step.id, {"step": resolved(step, lanes.get(step.lane or "", "department"),
                                    step_visible(model, step))})
        for step in model.steps.values() if step.container is None
    )
    grouped: dict[tuple[str, str], list[Flow]] = {}
    for flow in model.flows.values():
        if not flow.message and flow.container is None and flow.source in graph \
                and flow.target in graph:
            grouped.setdefault((flow.source, flow.target), []).append(flow)
    for (u, v), flow in _journey_messages(model, graph, None if customer is None else customer.id):
        grouped.setdefault((u, v), []).append(flow)
    graph.add_new_edges((u, v, {"flows": flows}) for (u, v), flows in grouped.items())
    graph.graph["flows"] = [f for flows in grouped.values() for f in flows]
    return graph


def _journey_messages(model: ProcessModel, graph: nx.DiGraph,
                      customer: str | None) -> list[tuple[tuple[str, str], Flow]]:
    """The message flows that hand the journey over, as edges between top-level steps.

    A message inside a sub-process counts for the sub-process. A reply that comes back
    into a sub-process after it sent a message from inside (the receiving step follows
    the sending one) is part of that sub-process's own run, which waits for the answer:
    not a second visit, so no edge. Likewise a reply into the very step that sent the
    request, from a step the request led to: the step waits for its answer, and an edge
    would send the journey round the request and reply for ever.
    """
    found: list[tuple[tuple[str, str], Flow]] = []
    for flow in model.message_flows():
        ends = (top_level(model, flow.source), top_level(model, flow.target))
        if ends[0] in graph and ends[1] in graph and ends[0] != ends[1] and _crosses(
                model, ends, customer):
            found.append((ends, flow))
    senders: dict[str, list[str]] = {}
    for (u, _v), flow in found:
        if flow.source != u:
            senders.setdefault(u, []).append(flow.source)
    kept = [(ends, flow) for ends, flow in found if not (
        flow.target != ends[1] and any(flow.target in _after(model, sender)
                                       for sender in senders.get(ends[1], ())))]
    replies: set[str] = set()
    for (u, v), flow in kept:
        if flow.target == v and any(
                request.id not in replies and asker == v and u in _after(model, answerer)
                for (asker, answerer), request in kept if request is not flow):
            replies.add(flow.id)
    return [(ends, flow) for ends, flow in kept if flow.id not in replies]


def _after(model: ProcessModel, step_id: str) -> set[str]:
    """The steps a step's sequence flows lead to, inside its own sub-process."""
    found: set[str] = set()
    stack = [step_id]
    while stack:
        for flow in model.outgoing(stack.pop()):
            if not flow.message and flow.target not in found:
                found.add(flow.target)
                stack.append(flow.target)
    return found


def top_level(model: ProcessModel, element: str) -> str:
    """The top-level step holding ``element`` (itself when it is top-level or no step)."""
    step = model.steps.get(element)
    seen = {element}
    while step is not None and step.container is not None and step.container not in seen:
        seen.add(step.container)
        element, step = step.container, model.steps.get(step.container)
    return element


def _crosses(model: ProcessModel, ends: tuple[str, str], customer: str | None) -> bool:
    """Whether a message flow joins the customer (pool) and the organisation: exactly one
    end in the customer lane. Messages between other pools are not the journey."""
    lanes = (model.steps[ends[0]].lane, model.steps[ends[1]].lane)
    return customer is not None and lanes.count(customer) == 1
