"""Analysis layer: the absorbing chain of ANALYSES.md §2.3-§2.6, solved block by block.

No dense n×n matrix is ever built. The transient nodes are grouped into strongly
connected components and visited in topological order of the condensation: a node on
no cycle is one multiply-add per outgoing edge, and a cyclic component is a small dense
block whose inverse ``(I − W_CC)⁻¹`` is computed once (in batches of equal size).

Vectors are sparse and *labelled*: a node holds ``{label: value}``. One pass solves many
right-hand sides at once (one label each), which the censored chains and the hit
probabilities use. A pass may scale rows (``scale[i]`` multiplies node i's outgoing
weights: 0 makes it absorbing, 1 − p_eff gives the failure-free chain), make a node
absorbing for some labels only (``absorb``), and use the failure-free weights (``ok``).
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np

Label = Hashable
Vector = dict[Label, float]
Edge = tuple[int, float, float]

#: Above this condition number a block counts as singular (§2.2 step 6).
SINGULAR_COND: Final = 1e12


#: Inverses of blocks up to this size are kept as nested lists (pure Python is faster).
_SMALL: Final = 24

Matrix = list[list[float]] | np.ndarray


@dataclass(eq=False)
class Block:
    """A cyclic strongly connected component (or a node with a self-loop).

    ``w``/``w_ok`` are its internal weights; ``inv`` is (I − W_CC)⁻¹, None if singular.
    """

    members: list[int]
    w: np.ndarray
    w_ok: np.ndarray
    inv: Matrix | None = None


@dataclass
class SizeGroup:
    """The blocks of one size, stacked for batched inversion."""

    numbers: list[int]
    members: np.ndarray
    w: np.ndarray
    w_ok: np.ndarray


@dataclass
class Chain:
    """The transient structure: nodes, edges and blocks in topological order.

    ``out[i]`` lists every edge ``(target, w, w_ok)`` leaving node i; ``ext[i]`` only
    those leaving its block. ``order`` holds a node index for an acyclic node and a
    :class:`Block` for a cyclic component. ``singular`` lists the members of blocks that
    could not be inverted (E-SINGULAR).
    """

    nodes: list[str]
    index: dict[str, int]
    out: list[list[Edge]]
    ext: list[list[Edge]]
    order: list[int | Block]
    blocks: list[Block] = field(default_factory=list)
    groups: dict[int, SizeGroup] = field(default_factory=dict)
    block_of: dict[int, Block] = field(default_factory=dict)
    singular: list[list[str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.nodes)


def compile_chain(nodes: Sequence[str], edges: Iterable[tuple[str, str, float, float]],
                  absorbing: Collection[str]) -> Chain:
    """Build the block structure of the chain restricted to ``nodes``.

    Parameters
    ----------
    nodes : sequence of str
        The nodes of the chain (the reachable steps), in a stable order.
    edges : iterable of (source, target, w, w_ok)
        Weighted edges; edges touching other nodes, edges with w <= 0 and edges leaving
        an absorbing node are dropped.
    absorbing : collection of str
        Nodes whose row of W is zero (ends, and traps when measuring them).

    Returns
    -------
    Chain
    """
    index = {n: i for i, n in enumerate(nodes)}
    out: list[list[Edge]] = [[] for _ in nodes]
    stop = {index[n] for n in absorbing if n in index}
    for u, v, w, w_ok in edges:
        i, j = index.get(u), index.get(v)
        if i is not None and j is not None and w > 0 and i not in stop:
            out[i].append((j, w, w_ok))
    chain = Chain(list(nodes), index, out, [], [])
    components = _components(out)
    _build_blocks(chain, components)
    return chain


def _components(out: list[list[Edge]]) -> list[list[int]]:
    """Strongly connected components in topological order (iterative Tarjan)."""
    n = len(out)
    low, num = [0] * n, [-1] * n
    on_stack = [False] * n
    stack: list[int] = []
    found: list[list[int]] = []
    counter = 0
    for root in range(n):
        if num[root] >= 0:
            continue
        work = [(root, 0)]
        while work:
            v, pos = work[-1]
            if pos == 0:
                num[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack[v] = True
            edges = out[v]
            while pos < len(edges) and num[edges[pos][0]] >= 0:
                w = edges[pos][0]
                if on_stack[w]:
                    low[v] = min(low[v], num[w])
                pos += 1
            if pos < len(edges):
                work[-1] = (v, pos + 1)
                work.append((edges[pos][0], 0))
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
            if low[v] == num[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    component.append(w)
                    if w == v:
                        break
                found.append(sorted(component))
    found.reverse()
    return found


def _build_blocks(chain: Chain, components: list[list[int]]) -> None:
    """Fill ``order``, ``ext`` and the blocks; invert equal-sized blocks in one batch."""
    chain.ext = [[] for _ in chain.nodes]
    for component in components:
        first = component[0]
        cyclic = len(component) > 1 or any(j == first for j, _, _ in chain.out[first])
        if not cyclic:
            chain.order.append(first)
            chain.ext[first] = chain.out[first]
            continue
        block = _block(chain, component)
        chain.order.append(block)
        chain.blocks.append(block)
    by_size: dict[int, list[int]] = {}
    for number, block in enumerate(chain.blocks):
        by_size.setdefault(len(block.members), []).append(number)
    for size, numbers in by_size.items():
        blocks = [chain.blocks[k] for k in numbers]
        group = SizeGroup(numbers, np.array([b.members for b in blocks], dtype=np.int64),
                          np.stack([b.w for b in blocks]), np.stack([b.w_ok for b in blocks]))
        chain.groups[size] = group
        inverses = _invert(group.w, np.ones((len(numbers), size)))
        for block, inv in zip(blocks, inverses):
            if inv is None:
                chain.singular.append([chain.nodes[m] for m in block.members])
            else:
                block.inv = inv


def _block(chain: Chain, members: list[int]) -> Block:
    local = {m: k for k, m in enumerate(members)}
    size = len(members)
    w = [[0.0] * size for _ in members]
    w_ok = [[0.0] * size for _ in members]
    for m in members:
        row = local[m]
        for j, weight, weight_ok in chain.out[m]:
            k = local.get(j)
            if k is None:
                chain.ext[m].append((j, weight, weight_ok))
            else:
                w[row][k] += weight
                w_ok[row][k] += weight_ok
    block = Block(members, np.array(w), np.array(w_ok))
    for m in members:
        chain.block_of[m] = block
    return block


def _invert(weights: np.ndarray, patterns: np.ndarray) -> list[Matrix | None]:
    """(I − diag(pattern)·W)⁻¹ for a stack of equal-sized blocks; None where singular."""
    size = weights.shape[-1]
    matrices = np.eye(size) - patterns[:, :, None] * weights
    try:
        inverses = np.linalg.inv(matrices)
    except np.linalg.LinAlgError:
        inverses = np.stack([_safe_inv(m) for m in matrices])
    finite: np.ndarray = np.asarray(np.isfinite(inverses).all(axis=(1, 2)))
    safe = np.where(finite[:, None, None], inverses, 0.0)
    condition = (np.abs(matrices).sum(axis=1).max(axis=1)
                 * np.abs(safe).sum(axis=1).max(axis=1))
    good = finite & (condition <= SINGULAR_COND)
    rows: list[Matrix] = inverses.tolist() if size <= _SMALL else list(inverses)
    return [row if ok else None for row, ok in zip(rows, good.tolist())]


def _safe_inv(matrix: np.ndarray) -> np.ndarray:
    try:
        return np.linalg.inv(matrix)
    except np.linalg.LinAlgError:
        return np.full(matrix.shape, np.inf)


def block_diagonal(chain: Chain) -> dict[int, float]:
    """N[j, j] for every node on a cycle (1 elsewhere): expected visits from j to itself.

    Returns
    -------
    dict
        {node index: N_jj} for members of cyclic blocks only.
    """
    result: dict[int, float] = {}
    for block in chain.blocks:
        if block.inv is not None:
            for k, m in enumerate(block.members):
                result[m] = float(block.inv[k][k])
    return result


class _Pass:
    """One solve's options (row scales, per-label absorption, failure-free weights) and
    the block inverses they need, computed up front in batches of equal size."""

    def __init__(self, chain: Chain, scale: Sequence[float] | None,
                 absorb: Mapping[int, Collection[Label]] | None, ok: bool) -> None:
        self.scale = scale
        self.absorb = absorb
        self.ok = ok
        self.base: list[Matrix] = []
        self.special: dict[tuple[int, Label], Matrix] = {}
        self._prepare(chain)

    def _prepare(self, chain: Chain) -> None:
        plain = self.scale is None and not self.ok
        self.base = [b.inv if b.inv is not None else [] for b in chain.blocks]
        scale = np.ones(len(chain)) if self.scale is None else np.asarray(self.scale, float)
        masks = self._label_masks(len(chain))
        for group in chain.groups.values():
            weights = group.w_ok if self.ok else group.w
            patterns = scale[group.members]
            if not plain:
                for number, inv in zip(group.numbers, _invert(weights, patterns)):
                    self.base[number] = _checked(inv)
            for label, mask in masks.items():
                hit = mask[group.members]
                rows = np.flatnonzero(hit.any(axis=1))
                if rows.size == 0:
                    continue
                inverses = _invert(weights[rows], patterns[rows] * ~hit[rows])
                for row, inv in zip(rows.tolist(), inverses):
                    self.special[(group.numbers[row], label)] = _checked(inv)

    def _label_masks(self, n: int) -> dict[Label, np.ndarray]:
        masks: dict[Label, np.ndarray] = {}
        for i, labels in (self.absorb or {}).items():
            for label in labels:
                mask = masks.get(label)
                if mask is None:
                    mask = masks[label] = np.zeros(n, dtype=bool)
                mask[i] = True
        return masks

    def inverse(self, number: int, label: Label) -> Matrix:
        special = self.special.get((number, label)) if self.special else None
        return self.base[number] if special is None else special


def _checked(inv: Matrix | None) -> Matrix:
    if inv is None:
        raise np.linalg.LinAlgError("a block of the chain is singular")
    return inv


def forward(chain: Chain, inflow: Mapping[int, Vector], *, scale: Sequence[float] | None = None,
            absorb: Mapping[int, Collection[Label]] | None = None,
            ok: bool = False) -> list[Vector]:
    """Solve y = b (I − R·W)⁻¹ for every label at once (expected visits and relatives).

    Parameters
    ----------
    chain : Chain
    inflow : mapping
        b: {node index: {label: value}}, e.g. the start distribution under one label.
    scale : sequence of float, optional
        Row scale per node (default 1); 0 makes the node absorbing for every label.
    absorb : mapping, optional
        {node index: labels for which the node is absorbing} (hit probabilities).
    ok : bool
        Use the failure-free weights (failure flows dropped, §2.6).

    Returns
    -------
    list of dict
        y per node index: {label: value}. For an absorbing node, y is the mass that
        reached it.
    """
    options = _Pass(chain, scale, absorb, ok)
    acc: list[Vector] = [{} for _ in chain.nodes]
    for i, vec in inflow.items():
        acc[i] = dict(vec)
    number = 0
    for item in chain.order:
        if isinstance(item, Block):
            _solve_block_forward(item, number, acc, options)
            number += 1
            for m in item.members:
                _push(chain.ext[m], acc, m, options)
        else:
            _push(chain.ext[item], acc, item, options)
    return acc


def _push(edges: list[Edge], acc: list[Vector], i: int, options: _Pass) -> None:
    vec = acc[i]
    if not vec or not edges:
        return
    r = 1.0 if options.scale is None else options.scale[i]
    if r == 0.0:
        return
    stop = None if options.absorb is None else options.absorb.get(i)
    if stop:
        vec = {label: value for label, value in vec.items() if label not in stop}
    pos = 2 if options.ok else 1
    for edge in edges:
        factor = edge[pos] * r
        if factor == 0.0:
            continue
        target = acc[edge[0]]
        for label, value in vec.items():
            target[label] = target.get(label, 0.0) + value * factor


def _solve_block_forward(block: Block, number: int, acc: list[Vector], options: _Pass) -> None:
    members = block.members
    size = len(members)
    inflow: dict[Label, dict[int, float]] = {}
    for k, m in enumerate(members):
        for label, value in acc[m].items():
            if value != 0.0:
                inflow.setdefault(label, {})[k] = value
    for label, entries in inflow.items():
        inv = options.inverse(number, label)
        if isinstance(inv, np.ndarray):
            dense = np.zeros(size)
            for k, value in entries.items():
                dense[k] = value
            solved: list[float] = (dense @ inv).tolist()
        else:
            solved = [0.0] * size
            for k, value in entries.items():
                row = inv[k]
                for j in range(size):
                    solved[j] += value * row[j]
        for m, value in zip(members, solved):
            acc[m][label] = value


def backward(chain: Chain, target: Mapping[int, Vector], *,
             scale: Sequence[float] | None = None, ok: bool = False) -> list[Vector]:
    """Solve h = (I − R·W)⁻¹ c for every label at once (absorption and hit functions).

    Parameters
    ----------
    chain : Chain
    target : mapping
        c: {node index: {label: value}}, e.g. 1 on the ends of one outcome.
    scale, ok
        As for :func:`forward`.

    Returns
    -------
    list of dict
        h per node index: {label: value}.
    """
    options = _Pass(chain, scale, None, ok)
    val: list[Vector] = [{} for _ in chain.nodes]
    for i, vec in target.items():
        val[i] = dict(vec)
    number = len(chain.blocks)
    for item in reversed(chain.order):
        if isinstance(item, Block):
            number -= 1
            for m in item.members:
                _pull(chain.ext[m], val, m, options)
            _solve_block_backward(item, options.base[number], val)
        else:
            _pull(chain.ext[item], val, item, options)
    return val


def _pull(edges: list[Edge], val: list[Vector], i: int, options: _Pass) -> None:
    r = 1.0 if options.scale is None else options.scale[i]
    if r == 0.0 or not edges:
        return
    pos = 2 if options.ok else 1
    mine = val[i]
    for edge in edges:
        factor = edge[pos] * r
        if factor == 0.0:
            continue
        for label, value in val[edge[0]].items():
            mine[label] = mine.get(label, 0.0) + value * factor


def _solve_block_backward(block: Block, inv: Matrix, val: list[Vector]) -> None:
    members = block.members
    labels: dict[Label, None] = {}
    for m in members:
        labels.update(dict.fromkeys(val[m]))
    if not labels:
        return
    group = list(labels)
    rhs = np.array([[val[m].get(label, 0.0) for label in group] for m in members])
    solved = (np.asarray(inv) @ rhs).tolist()
    for m, row in zip(members, solved):
        val[m] = dict(zip(group, row))


def unit(index: Mapping[int, float], label: Label = 0) -> dict[int, Vector]:
    """A one-label vector {node: {label: value}} from {node: value}."""
    return {i: {label: v} for i, v in index.items() if v != 0.0}


def column(vectors: Sequence[Vector], label: Label = 0) -> list[float]:
    """One label of a solved pass as a plain list (0 where absent)."""
    return [vec.get(label, 0.0) for vec in vectors]
