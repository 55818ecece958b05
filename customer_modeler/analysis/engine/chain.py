"""Analysis layer: the structure of the absorbing chain of docs/methods.md §2.3-§2.6.

No dense n×n matrix is ever built. :func:`compile_chain` groups the transient nodes into
strongly connected components in topological order of the condensation: a node on no
cycle stays a node, a cyclic component up to :data:`DENSE_LIMIT` nodes becomes a small
dense :class:`Block` whose inverse ``(I − W_CC)⁻¹`` is computed once (in batches of equal
size), and a larger component becomes a :class:`ReducedBlock`: a few feedback nodes F
whose removal leaves small components, solved later through the |F|×|F| Schur
complement. :mod:`customer_modeler.analysis.engine.solve` runs the passes over this structure.
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
#: Cyclic components up to this size are solved as dense blocks; larger ones are reduced.
DENSE_LIMIT: Final = 200
#: Feedback nodes taken from one large component before giving up on reducing it further.
FEEDBACK_MAX: Final = 64


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


@dataclass(eq=False)
class ReducedBlock:
    """A large cyclic component: feedback nodes F plus a chain over the rest R.

    ``rest[k]`` is the component node at index k of ``sub`` (the chain over R, whose own
    components are small); ``f_edges[p]`` lists the edges of feedback node ``feedback[p]``
    inside the component as (global target, w, w_ok); ``r_to_f[k]`` the edges from R node k
    to feedback nodes as (feedback position, w, w_ok). ``cache`` keeps the Schur data of the
    plain pattern once computed.
    """

    members: list[int]
    names: list[str]
    feedback: list[int]
    rest: list[int]
    local: dict[int, int]
    sub: Chain
    f_edges: list[list[Edge]]
    r_to_f: dict[int, list[tuple[int, float, float]]]
    cache: dict[str, object] = field(default_factory=dict)


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
    those leaving its component. ``order`` holds a node index for an acyclic node, a
    :class:`Block` or a :class:`ReducedBlock` for a cyclic component. ``singular`` lists
    the members of blocks that could not be inverted (E-SINGULAR).
    """

    nodes: list[str]
    index: dict[str, int]
    out: list[list[Edge]]
    ext: list[list[Edge]]
    order: list[int | Block | ReducedBlock]
    blocks: list[Block] = field(default_factory=list)
    groups: dict[int, SizeGroup] = field(default_factory=dict)
    block_of: dict[int, Block] = field(default_factory=dict)
    singular: list[list[str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.nodes)


def compile_chain(nodes: Sequence[str], edges: Iterable[tuple[str, str, float, float]],
                  absorbing: Collection[str], *, depth: int = 0) -> Chain:
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
    depth : int
        Nesting level of reduced components (internal; deep nesting falls back to dense).

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
    _build_blocks(chain, components, depth)
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


def _build_blocks(chain: Chain, components: list[list[int]], depth: int) -> None:
    """Fill ``order``, ``ext`` and the blocks; invert equal-sized blocks in one batch."""
    chain.ext = [[] for _ in chain.nodes]
    for component in components:
        first = component[0]
        cyclic = len(component) > 1 or any(j == first for j, _, _ in chain.out[first])
        if not cyclic:
            chain.order.append(first)
            chain.ext[first] = chain.out[first]
        elif len(component) > DENSE_LIMIT and depth < 3:
            chain.order.append(_reduced(chain, component, depth))
        else:
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
        inverses = invert_stack(group.w, np.ones((len(numbers), size)))
        for block, inv in zip(blocks, inverses):
            if inv is None:
                chain.singular.append([chain.nodes[m] for m in block.members])
            else:
                block.inv = inv


def _reduced(chain: Chain, component: list[int], depth: int) -> ReducedBlock:
    """Split a large component into feedback nodes and a chain over the rest."""
    feedback = _feedback_nodes(chain, component)
    chosen = set(feedback)
    rest = [m for m in component if m not in chosen]
    members = set(component)
    position = {f: p for p, f in enumerate(feedback)}
    local = {m: k for k, m in enumerate(rest)}
    f_edges: list[list[Edge]] = [[] for _ in feedback]
    r_to_f: dict[int, list[tuple[int, float, float]]] = {}
    inner: list[tuple[str, str, float, float]] = []
    for m in component:
        for j, w, w_ok in chain.out[m]:
            if j not in members:
                chain.ext[m].append((j, w, w_ok))
            elif m in chosen:
                f_edges[position[m]].append((j, w, w_ok))
            elif j in chosen:
                r_to_f.setdefault(local[m], []).append((position[j], w, w_ok))
            else:
                inner.append((chain.nodes[m], chain.nodes[j], w, w_ok))
    sub = compile_chain([chain.nodes[m] for m in rest], inner, (), depth=depth + 1)
    chain.singular.extend(sub.singular)
    return ReducedBlock(component, [chain.nodes[m] for m in component], feedback, rest, local,
                        sub, f_edges, r_to_f)


def _feedback_nodes(chain: Chain, component: list[int]) -> list[int]:
    """Feedback nodes: the earliest node of every component still too large, repeatedly.

    Loops in a process usually return to an earlier step, so the earliest node of a
    large component is the head of its outermost loop.
    """
    feedback: list[int] = []
    chosen: set[int] = set()
    while len(feedback) < FEEDBACK_MAX:
        rest = [m for m in component if m not in chosen]
        local = {m: k for k, m in enumerate(rest)}
        out = [[(local[j], w, w_ok) for j, w, w_ok in chain.out[m] if j in local]
               for m in rest]
        large = [c for c in _components(out) if len(c) > DENSE_LIMIT]
        if not large:
            break
        for c in large:
            node = rest[min(c)]
            feedback.append(node)
            chosen.add(node)
    return feedback


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


def invert_stack(weights: np.ndarray, patterns: np.ndarray) -> list[Matrix | None]:
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


class SingularChain(ValueError):
    """A component of the chain cannot be solved (E-SINGULAR); ``members`` names it."""

    def __init__(self, members: list[str]) -> None:
        super().__init__("singular component: " + ", ".join(members))
        self.members = members


class PassOptions:
    """One solve's options (row scales, per-label absorption, failure-free weights) and
    the block inverses they need: every block's up front, in batches of equal size, and
    a block's with the members that absorb a label made absorbing once a pass brings that
    label to it (most labels of a hit-probability pass die out long before most blocks)."""

    def __init__(self, chain: Chain, scale: Sequence[float] | None,
                 absorb: Mapping[int, Collection[Label]] | None, ok: bool) -> None:
        self.scale = scale
        self.absorb = absorb
        self.ok = ok
        #: Whether a block's solve may leave out the zeros it gives (``forward``'s ``sparse``).
        self.sparse = False
        self.base: list[Matrix] = []
        self.special: dict[tuple[int, Label], Matrix] = {}
        self._blocks = chain.blocks
        self._scales = np.ones(len(chain)) if scale is None else np.asarray(scale, float)
        self._prepare(chain)

    def _prepare(self, chain: Chain) -> None:
        self.base = [b.inv if b.inv is not None else [] for b in chain.blocks]
        if self.scale is None and not self.ok:
            return
        for group in chain.groups.values():
            weights = group.w_ok if self.ok else group.w
            patterns = self._scales[group.members]
            for number, inv in zip(group.numbers, invert_stack(weights, patterns)):
                self.base[number] = _checked(inv)

    def inverse(self, number: int, label: Label) -> Matrix:
        """The inverse of block ``number`` for the mass of ``label``."""
        if not self.absorb:
            return self.base[number]
        found = self.special.get((number, label))
        if found is None:
            found = self.special[(number, label)] = self._absorbing(number, label)
        return found

    def _absorbing(self, number: int, label: Label) -> Matrix:
        """The block's inverse with the rows of the members absorbing ``label`` zeroed."""
        block = self._blocks[number]
        absorb = self.absorb or {}
        hit = np.array([label in absorb.get(m, ()) for m in block.members])
        if not hit.any():
            return self.base[number]
        weights = block.w_ok if self.ok else block.w
        pattern = self._scales[block.members] * ~hit
        return _checked(invert_stack(weights[None], pattern[None])[0])


def _checked(inv: Matrix | None) -> Matrix:
    if inv is None:
        raise SingularChain([])
    return inv
