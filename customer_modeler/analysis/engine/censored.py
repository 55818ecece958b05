"""Analysis layer: the next-kept-step matrix of docs/methods.md §2.4 (censored chain).

K = W_kk + W_ku (I − W_uu)⁻¹ W_uk: K[a, b] is the probability (with AND, the expected
number) that the next kept step after a is b. Both functions solve it as one forward
pass in which the kept steps are absorbing and the sources are the kept steps' own
outgoing weights, so the work grows with the model, not with its square.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from typing import TypeVar

from customer_modeler.analysis.engine.chain import Chain, Vector
from customer_modeler.analysis.engine.solve import forward
from customer_modeler.analysis.engine.pipeline import Engine, require_chain

L = TypeVar("L", bound=Hashable)


def next_kept(engine: Engine, keep: Collection[str]) -> dict[str, dict[str, float]]:
    """The censored chain K on the kept steps, as a sparse matrix.

    Parameters
    ----------
    engine : Engine
        A solved engine.
    keep : collection of str
        The kept steps (for example every task); unreachable ids are ignored.

    Returns
    -------
    dict
        {a: {b: K[a, b]}} for kept a and b, zero entries left out.
    """
    chain = require_chain(engine)
    nodes = chain.nodes
    kept = _indices(chain, keep)
    inflow: dict[int, Vector] = {}
    for a in kept:
        _inject(chain, inflow, a, (nodes[a],), 1.0, distinct=True)
    arrivals = _absorbed(chain, kept, inflow)
    matrix: dict[str, dict[str, float]] = {nodes[a]: {} for a in kept}
    for b in kept:
        arrived = arrivals[b]
        if arrived:
            node = nodes[b]
            for label, value in arrived.items():
                if value != 0.0:
                    matrix[str(label)][node] = value
    return matrix


def _indices(chain: Chain, keep: Collection[str]) -> list[int]:
    """The chain indices of the kept steps that are reachable, in the order given."""
    return [i for i in map(chain.index.get, keep) if i is not None]


def transitions(engine: Engine, keep: Collection[str],
                labels_of: Callable[[str], Iterable[L]]) -> dict[L, dict[str, float]]:
    """Expected direct a→b transitions t(a, b) = x_a·K[a, b], summed by a's labels.

    Parameters
    ----------
    engine : Engine
        A solved engine.
    keep : collection of str
        The kept steps.
    labels_of : callable
        Maps a kept step a to the labels its transitions are counted under (for example
        its lane, and its channel family).

    Returns
    -------
    dict
        {label: {b: Σ over kept a with that label of x_a·K[a, b]}}.
    """
    chain = require_chain(engine)
    nodes, visits = chain.nodes, engine.visits
    kept = _indices(chain, keep)
    inflow: dict[int, Vector] = {}
    labels: dict[L, None] = {}
    # {labels of a step: whether they are distinct}; steps share a few label tuples
    tuples: dict[tuple[L, ...], bool] = {}
    for a in kept:
        x = visits[nodes[a]]
        if x > 0.0:
            mine = tuple(labels_of(nodes[a]))
            distinct = tuples.get(mine)
            if distinct is None:
                labels.update(dict.fromkeys(mine))
                distinct = tuples[mine] = len(set(mine)) == len(mine)
            _inject(chain, inflow, a, mine, x, distinct)
    arrivals = _absorbed(chain, kept, inflow)
    result: dict[L, dict[str, float]] = {label: {} for label in labels}
    for b in kept:
        arrived = arrivals[b]
        if arrived:
            node = nodes[b]
            for label, value in arrived.items():
                if value != 0.0:
                    result[label][node] = value  # type: ignore[index]  # labels come from labels_of
    return {label: found for label, found in result.items() if found}


def _inject(chain: Chain, inflow: dict[int, Vector], a: int, labels: tuple[Hashable, ...],
            amount: float, distinct: bool = False) -> None:
    """Add a's outgoing weights (times ``amount``) under each label at its successors
    (``distinct``: no label repeats, so a successor's first vector is built at once)."""
    for j, w, _ in chain.out[a]:
        add = amount * w  # the same product for every label
        target = inflow.get(j)
        if target is None:
            inflow[j] = {label: add for label in labels} if distinct else _summed(labels, add)
            continue
        for label in labels:
            target[label] = target.get(label, 0.0) + add


def _summed(labels: tuple[Hashable, ...], add: float) -> Vector:
    """A fresh vector with ``add`` under each label, added up where a label repeats."""
    found: Vector = {}
    for label in labels:
        found[label] = found.get(label, 0.0) + add
    return found


def _absorbed(chain: Chain, kept: list[int], inflow: dict[int, Vector]) -> list[Vector]:
    scale = [1.0] * len(chain)
    for i in kept:
        scale[i] = 0.0
    return forward(chain, inflow, scale=scale, sparse=True)  # the callers drop zeros
