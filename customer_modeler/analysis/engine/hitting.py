"""Analysis layer: hit probabilities, outcomes and conditional values (docs/methods.md §2.5),
and the variance of visits (§2.3).

All of them reuse the engine's block chain: a hit probability is a forward pass in which
the set is absorbing (many sets in one pass, one label each), and a conditional value
uses Doob's h-transform in closed form: x^e = x ∘ h / P(e), so E[M | e] = Σ xᵥ hᵥ mᵥ / P(e).
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping
from typing import TypeVar

from customer_modeler.analysis.engine.chain import Chain, Vector
from customer_modeler.analysis.engine.solve import backward_column, forward
from customer_modeler.analysis.engine.pipeline import Engine, require_chain

L = TypeVar("L", bound=Hashable)


def hit_probabilities(engine: Engine, sets: Mapping[L, Collection[str]]) -> dict[L, float]:
    """P(the journey visits at least one step of each set), all sets in one pass.

    Parameters
    ----------
    engine : Engine
        A solved engine.
    sets : mapping
        {name: step ids}; ids that are not reachable are ignored.

    Returns
    -------
    dict
        {name: probability}.
    """
    chain = require_chain(engine)
    index = chain.index
    # {node: the sets it belongs to, in order, once each}: lists, lighter than dicts for
    # 100,000 members per pass at 100,000 steps; a set repeating a member repeats it while
    # that set is read, so the last name is the one to compare with
    absorb: dict[int, list[L]] = {}
    for name, nodes in sets.items():
        for i in map(index.get, nodes):
            if i is not None:
                names = absorb.get(i)
                if names is None:
                    absorb[i] = [name]
                elif names[-1] != name:
                    names.append(name)
    starts: dict[int, Vector] = {index[s]: dict.fromkeys(sets, p)
                                 for s, p in engine.starts.items() if p > 0}
    reached = forward(chain, starts, absorb=absorb, sparse=True)  # zeros add nothing below
    result = {name: 0.0 for name in sets}
    for i, names in absorb.items():
        for name in names:
            result[name] += reached[i].get(name, 0.0)
    return result


def hit_probability(engine: Engine, nodes: Collection[str]) -> float:
    """P(the journey visits at least one of ``nodes``).

    Returns
    -------
    float
    """
    return hit_probabilities(engine, {0: nodes})[0]


def absorption(engine: Engine, ends: Collection[str]) -> dict[str, float]:
    """h(u) = P(the journey ends in one of ``ends`` | it is at u), for every reachable step.

    With AND/OR branches h follows the routing (row-normalised) chain, which is exact when
    every branch of a parallel block leads to the same outcome.

    Returns
    -------
    dict
        {step id: probability}.
    """
    chain = require_chain(engine)
    target = {chain.index[e]: 1.0 for e in ends if e in chain.index}
    return dict(zip(chain.nodes, backward_column(chain, target,
                                                 scale=_routing_scale(engine, chain))))


def _routing_scale(engine: Engine, chain: Chain) -> list[float] | None:
    """With AND/OR, rows of W do not sum to 1 (a split sends a token down every branch, a
    join scales what arrives), so h is taken on the row-normalised chain: where a token
    goes, not how many. Without AND/OR the rows already sum to 1."""
    if not engine.has_and:
        return None
    totals = [sum(w for _, w, _ in edges) for edges in chain.out]
    return [1.0 / t if t > 0.0 else 1.0 for t in totals]


def outcome_probabilities(engine: Engine) -> dict[str, float]:
    """P(outcome) = Σ x_e over the ends of each outcome (§2.11 ``P(outcome)``).

    Returns
    -------
    dict
        {outcome: probability} for the outcomes the model's ends have.
    """
    result: dict[str, float] = {}
    for end in engine.ends:
        outcome = engine.graph.nodes[end]["step"].outcome
        result[outcome] = result.get(outcome, 0.0) + engine.visits.get(end, 0.0)
    return result


def conditional_expectation(engine: Engine, ends: Collection[str],
                            metric: Mapping[str, float]) -> float | None:
    """E[Σ metric | the journey ends in ``ends``] by the h-transform (§2.5).

    Parameters
    ----------
    engine : Engine
    ends : collection of str
        The ends of the outcome (for example every end with outcome ``success``).
    metric : mapping
        {step id: value per execution}; missing steps count 0.

    Returns
    -------
    float or None
        None when the outcome has probability 0.
    """
    h = absorption(engine, ends)
    p_outcome = sum(p * h.get(s, 0.0) for s, p in engine.starts.items())
    if p_outcome <= 0.0:
        return None
    visits = engine.visits
    total = sum([visits[n] * h[n] * m for n, m in metric.items() if n in h])  # list: faster
    return total / p_outcome


def metric_to_go(engine: Engine, metric: Mapping[str, float]) -> dict[str, float]:
    """τ = N·m: the expected remaining metric from each step, its own execution included
    (§2.3; the sensitivities of §8 use it).

    Parameters
    ----------
    engine : Engine
    metric : mapping
        {step id: value per execution}; missing steps count 0.

    Returns
    -------
    dict
        {step id: τ}.
    """
    chain = require_chain(engine)
    target = {chain.index[n]: m for n, m in metric.items() if n in chain.index and m != 0.0}
    return dict(zip(chain.nodes, backward_column(chain, target)))


def visit_variance(engine: Engine) -> dict[str, float]:
    """Var[visits to j] = x_j (2 N_jj − 1) − x_j², valid for any start mix (§2.3).

    Returns
    -------
    dict
        {step id: variance of its number of executions per journey}.
    """
    return {n: max(0.0, x * (2.0 * engine.returns[n] - 1.0) - x * x)
            for n, x in engine.visits.items()}
