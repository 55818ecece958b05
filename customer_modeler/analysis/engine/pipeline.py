"""Analysis layer: the shared engine pipeline of docs/methods.md §2.

model → graph → weights → starts, ends, reachability, traps → block chain → expected
visits. :func:`analyse` runs it once and returns an :class:`Engine` record that every
other analysis (scorecard, hit probabilities, failure chain, paths, Monte Carlo) reads.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar, cast

import networkx as nx

from customer_modeler.analysis.engine.attributes import ResolvedStep
from customer_modeler.analysis.engine.chain import Chain, SingularChain, compile_chain
from customer_modeler.analysis.engine.graph import build_graph, node_data
from customer_modeler.analysis.engine.inputs import check_inputs
from customer_modeler.analysis.engine.plausibility import plausibility_issues
from customer_modeler.analysis.issues import Issue, has_error, make_issue
from customer_modeler.analysis.engine.solve import block_diagonal, forward_column
from customer_modeler.analysis.engine.validation import (
    Structure,
    check_failures,
    check_ranges,
    find_starts,
    find_structure,
    trap_issue,
)
from customer_modeler.analysis.engine.weights import assign_weights, match_or_joins
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

_Answer = TypeVar("_Answer")


@dataclass
class Engine:
    """The engine's results for one model (plain data; nothing is stored on the model).

    Attributes
    ----------
    graph : networkx.DiGraph
        The weighted analysis graph (all top-level steps, reachable or not).
    issues : list of Issue
        Everything found, in pipeline order.
    starts : dict
        {start id: probability}.
    ends : list of str
        The reachable ends (end events and implicit ends).
    reachable : list of str
        The steps a start reaches (the chain's nodes), in model order.
    traps, p_trapped
        Trapped steps and P(journey gets trapped) when there is an E-TRAP.
    chain : Chain or None
        The solved block structure; None when an error stopped the engine.
    visits : dict
        {step id: expected executions per journey} over ``reachable`` (empty when stopped).
    returns : dict
        {step id: N[j, j]}, expected visits to j when starting at j (1 off cycles).
    steps : dict
        {step id: resolved attributes} of every graph node (plain dict, fast to read).
    edges : list of EdgeRecord
        (source, target, w, w without failure flows, w_split) of every graph edge.
    """

    graph: nx.DiGraph
    issues: list[Issue] = field(default_factory=list)
    starts: dict[str, float] = field(default_factory=dict)
    ends: list[str] = field(default_factory=list)
    reachable: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    p_trapped: float | None = None
    chain: Chain | None = None
    visits: dict[str, float] = field(default_factory=dict)
    returns: dict[str, float] = field(default_factory=dict)
    steps: dict[str, ResolvedStep] = field(default_factory=dict, repr=False)
    edges: list[EdgeRecord] = field(default_factory=list, repr=False)
    _has_and: bool | None = field(default=None, repr=False)
    #: What several analyses ask of the finished engine (the most likely path, the
    #: inputs' coverage, the failure summary, the loops), worked out at the first question:
    #: {what: answer}. Not an argument, so a copy made by ``dataclasses.replace``
    #: starts without answers.
    derived: dict[str, object] = field(default_factory=dict, init=False, repr=False,
                                       compare=False)

    def once(self, what: str, work: Callable[[Engine], _Answer]) -> _Answer:
        """``work(self)``, worked out the first time ``what`` is asked and then remembered
        (see ``derived``)."""
        if what not in self.derived:
            self.derived[what] = work(self)
        return cast(_Answer, self.derived[what])

    @property
    def solved(self) -> bool:
        """Whether expected visits exist (no error stopped the chain)."""
        return self.chain is not None

    @property
    def stopped(self) -> bool:
        """Whether an E- issue stops the analyses (every E- code does; the scorecard's
        customer-neutral part survives E-NO-CUSTOMER-LANE, see ``scorecard_refused``)."""
        return has_error(self.issues)

    @property
    def scorecard_refused(self) -> bool:
        """Whether no scorecard can be given: unsolved, or an E- issue other than
        E-NO-CUSTOMER-LANE (without a customer only the customer-side KPIs are n/a)."""
        return not self.solved or has_error(
            i for i in self.issues if i.code != "E-NO-CUSTOMER-LANE")

    @property
    def has_and(self) -> bool:
        """Whether parallel splits or joins occur (time and P(≥1 failure) need Monte Carlo)."""
        if self._has_and is None:
            nodes = node_data(self.graph)  # plain lookups, not a view's, and no copy
            self._has_and = any(nodes[n]["split"] in ("and", "or") or nodes[n]["join"]
                                for n in self.reachable)
        return self._has_and


def analyse(model: ProcessModel) -> Engine:
    """Run the shared engine on a model.

    Parameters
    ----------
    model : ProcessModel

    Returns
    -------
    Engine
        Always returned; check ``solved`` / ``stopped`` and ``issues``. E-BAD-INPUT, E-PROB-RANGE,
        E-NO-START, E-NO-END, E-TRAP and E-SINGULAR leave ``visits`` empty;
        E-NO-CUSTOMER-LANE keeps the visits and the customer-neutral part of the
        scorecard, and stops the analyses that need a customer.
    """
    with collection_paused():
        return _analyse(model)


def _analyse(model: ProcessModel) -> Engine:
    graph = build_graph(model)
    engine = Engine(graph)
    engine.issues.extend(check_inputs(model, graph.graph["names"]))
    if graph.graph["customer_lane"] is None:
        engine.issues.append(make_issue("E-NO-CUSTOMER-LANE", [], "no lane or pool is the "
                                        "customer, so the customer-side measures and the "
                                        "analyses that need the customer's point of view are "
                                        "n/a; mark the customer lane (or choose it with "
                                        "--customer)"))
    if not _weigh(engine):
        return engine
    structure = find_structure(graph, engine.starts,
                               [(e.source, e.target, e.w) for e in engine.edges])
    engine.issues.extend(structure.issues)
    reach = set(structure.reachable)
    engine.reachable = structure.reachable
    engine.ends = [e for e in structure.ends if e in reach]
    if not structure.ends:
        return engine
    if structure.traps:
        _measure_traps(engine, structure)
    else:
        _solve(engine)
    return engine


def _weigh(engine: Engine) -> bool:
    """Check ranges, weigh the edges, find the starts; False when that stops the engine."""
    graph = engine.graph
    ranges = check_ranges(graph)
    engine.issues.extend(ranges)
    if ranges or any(i.code == "E-BAD-INPUT" for i in engine.issues):
        return False
    engine.issues.extend(assign_weights(graph))
    engine.steps = dict(graph.nodes(data="step"))
    engine.issues.extend(check_failures(graph))
    engine.starts, found = find_starts(graph)
    engine.issues.extend(found)
    if not engine.starts:
        return False
    engine.issues.extend(match_or_joins(graph, engine.starts))
    engine.edges = [EdgeRecord(u, v, d["w"], d["w"] - d["w_fail"], d["w_split"])
                    for u, successors in graph.adjacency() for v, d in successors.items()]
    return True


class EdgeRecord(NamedTuple):
    """One weighted edge, read once from the graph."""

    source: str
    target: str
    w: float
    w_ok: float
    w_split: float


def require_chain(engine: Engine) -> Chain:
    """The engine's solved chain.

    Raises
    ------
    ValueError
        When an error stopped the engine (see ``engine.issues``).
    """
    if engine.chain is None:
        raise ValueError("the engine did not solve the chain; see engine.issues")
    return engine.chain


def chain_edges(engine: Engine) -> list[tuple[str, str, float, float]]:
    """Edges as (source, target, w, w without failure flows) for :func:`compile_chain`."""
    return [(e.source, e.target, e.w, e.w_ok) for e in engine.edges]


def start_values(engine: Engine, chain: Chain) -> dict[int, float]:
    """The start distribution s as {node index: p} (the inflow of :func:`forward_column`)."""
    return {chain.index[s]: p for s, p in engine.starts.items() if p > 0}


def _measure_traps(engine: Engine, structure: Structure) -> None:
    """P(trapped): make the trap nodes absorbing and sum the mass that reaches them."""
    chain = compile_chain(engine.reachable, chain_edges(engine),
                          set(structure.ends) | set(structure.traps))
    reached = forward_column(chain, start_values(engine, chain))
    engine.traps = structure.traps
    engine.p_trapped = sum(reached[chain.index[t]] for t in structure.traps)
    engine.issues.append(trap_issue(structure, engine.p_trapped, engine.graph.graph["names"]))


def _solve(engine: Engine) -> None:
    chain = compile_chain(engine.reachable, chain_edges(engine), engine.ends)
    names = engine.graph.graph["names"]
    if chain.singular:
        for members in chain.singular:
            engine.issues.append(make_issue("E-SINGULAR", members, "the expected visits of "
                                            + names.join(members) + " cannot be solved"))
        return
    try:
        visits = forward_column(chain, start_values(engine, chain))
        diagonal = block_diagonal(chain)
    except SingularChain as exc:
        engine.issues.append(make_issue("E-SINGULAR", exc.members, "the expected visits of "
                                        + names.join(exc.members) + " cannot be solved"))
        return
    bad = [chain.nodes[i] for i, x in enumerate(visits) if not math.isfinite(x) or x < -1e-9]
    if bad:
        engine.issues.append(make_issue("E-SINGULAR", bad, "the expected visits diverge "
                                        "(a loop through parallel branches never settles)"))
        return
    engine.chain = chain
    engine.visits = dict(zip(chain.nodes, visits))
    engine.returns = {n: diagonal.get(i, 1.0) for i, n in enumerate(chain.nodes)}
    engine.issues.extend(plausibility_issues(engine.graph, engine.visits, engine.returns))
    if engine.has_and:
        engine.issues.append(make_issue("W-AND-APPROX", [], "the model has parallel or "
                                        "inclusive branches: lead time, P(at least one "
                                        "failure) and hit probabilities are approximations; "
                                        "see the Monte Carlo fields"))
