"""Analysis layer: passes over the block chain (docs/methods.md §2.3-§2.6).

Vectors are sparse and *labelled*: a node holds ``{label: value}``, so one pass solves
many right-hand sides at once (one label each), which the censored chains and the hit
probabilities use. A pass may scale rows (``scale[i]`` multiplies node i's outgoing
weights: 0 makes it absorbing, 1 − p_eff gives the failure-free chain), make a node
absorbing for some labels only (``absorb``), and use the failure-free weights (``ok``).
Dense blocks use their batched inverses; a reduced block is solved through the Schur
complement on its feedback nodes, with passes over its inner chain.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import cast

import numpy as np

from customer_modeler.analysis.engine.chain import (
    SINGULAR_COND,
    Block,
    Chain,
    Edge,
    Label,
    Matrix,
    PassOptions,
    ReducedBlock,
    SingularChain,
    Vector,
)


def block_diagonal(chain: Chain) -> dict[int, float]:
    """N[j, j] for every node on a cycle (1 elsewhere): expected visits from j to itself.

    Returns
    -------
    dict
        {node index: N_jj} for members of cyclic components only.
    """
    result: dict[int, float] = {}
    for item in chain.order:
        if isinstance(item, Block) and item.inv is not None:
            for k, m in enumerate(item.members):
                result[m] = float(item.inv[k][k])
        elif isinstance(item, ReducedBlock):
            result.update(_reduced_diagonal(item))
    return result


def forward(chain: Chain, inflow: Mapping[int, Vector], *, scale: Sequence[float] | None = None,
            absorb: Mapping[int, Collection[Label]] | None = None,
            ok: bool = False, sparse: bool = False) -> list[Vector]:
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
    sparse : bool
        Leave out the zeros a dense block's solve gives a label at members it does not
        reach (the labelled passes carried every label of a block to all its members, at
        100,000 steps twice the entries each pass writes and pushes on). For callers that
        read a missing label as 0 and drop or add up zeros (censored chains, hit
        probabilities): a zero left out only ever changed the sign of another zero.

    Returns
    -------
    list of dict
        y per node index: {label: value}. For an absorbing node, y is the mass that
        reached it.
    """
    options = PassOptions(chain, scale, absorb, ok)
    options.sparse = sparse
    acc: list[Vector] = [{} for _ in chain.nodes]
    for i, vec in inflow.items():
        acc[i] = dict(vec)
    ext = chain.ext
    # a plain pass (no scale, no absorption: the visits, most passes' steps) pushes a
    # node's one label without the general case's look-ups; 0.12 → 0.09 s at 100,000 steps
    plain = scale is None and absorb is None
    pos = 2 if ok else 1
    number = 0
    for item in chain.order:
        if isinstance(item, int):
            vec = acc[item]
            if vec and ext[item]:
                if plain and len(vec) == 1:
                    _push_one(ext[item], acc, vec, pos)
                elif scale is None or scale[item] != 0.0:  # 0: absorbing, nothing leaves
                    _push(ext[item], acc, item, options)
            continue
        if isinstance(item, Block):
            _solve_block_forward(item, number, acc, options)
            number += 1
        else:
            _solve_reduced_forward(item, acc, options)
        for m in item.members:
            if acc[m] and ext[m]:
                _push(ext[m], acc, m, options)
    return acc


def forward_column(chain: Chain, inflow: Mapping[int, float], *,
                   scale: Sequence[float] | None = None, ok: bool = False) -> list[float]:
    """``column(forward(chain, _one_label(inflow), scale=scale, ok=ok))`` of a one-label pass
    (the visits, the failure chain), each node's value a float instead of a one-entry
    dict: the same sums in the same order, without 100,000 dicts at 100,000 steps.

    A node a pass never reaches stays None until the end (the dict pass's empty vector):
    like that vector it pushes nothing, and what reaches it first is added to 0.0.
    Chains with reduced blocks take the labelled pass.
    """
    if _has_reduced(chain):
        return column(forward(chain, _one_label(inflow), scale=scale, ok=ok))
    options = PassOptions(chain, scale, None, ok)
    acc = _floats(chain, inflow)
    ext = chain.ext
    pos = 2 if ok else 1
    number = 0
    for item in chain.order:
        if isinstance(item, int):
            if acc[item] is not None and ext[item]:
                _push_float(ext[item], acc, item, scale, pos)
            continue
        assert isinstance(item, Block)  # reduced blocks took the labelled pass
        _solve_block_float(item.members, options.base[number], acc)
        number += 1
        for m in item.members:
            if acc[m] is not None and ext[m]:
                _push_float(ext[m], acc, m, scale, pos)
    return [0.0 if value is None else value for value in acc]


def _has_reduced(chain: Chain) -> bool:
    """Whether a cyclic component of ``chain`` is solved reduced (the float passes do not)."""
    return any(isinstance(item, ReducedBlock) for item in chain.order)


def _one_label(values: Mapping[int, float]) -> dict[int, Vector]:
    """{node: value} as the labelled passes' one-label vectors, zeros kept as the float
    passes keep them (:func:`unit` leaves them out)."""
    return {i: {0: v} for i, v in values.items()}


def _floats(chain: Chain, values: Mapping[int, float]) -> list[float | None]:
    """A float pass's start: ``values`` at their nodes, None (no value yet) elsewhere."""
    found: list[float | None] = [None] * len(chain)
    for i, value in values.items():
        found[i] = value
    return found


def _push_float(edges: list[Edge], acc: list[float | None], i: int,
                scale: Sequence[float] | None, pos: int) -> None:
    """:func:`_push` of a one-label pass on floats (``value * w * r`` as there)."""
    value = cast(float, acc[i])
    if scale is None:  # r = 1: value * w * 1.0 is value * w
        for edge in edges:
            j = edge[0]
            before = acc[j]
            acc[j] = (0.0 if before is None else before) + value * edge[pos]
        return
    r = scale[i]
    if r == 0.0:
        return
    for edge in edges:
        j = edge[0]
        before = acc[j]
        acc[j] = (0.0 if before is None else before) + value * edge[pos] * r


def _solve_block_float(members: list[int], inv: Matrix, acc: list[float | None]) -> None:
    """:func:`_solve_block_forward` of a one-label pass on floats."""
    entries: dict[int, float] = {}
    for k, m in enumerate(members):
        value = acc[m]
        if value is not None and value != 0.0:
            entries[k] = value
    if not entries:
        return
    if len(entries) == 1 and not isinstance(inv, np.ndarray):
        ((k, value),) = entries.items()
        solved = [value * v for v in inv[k]]
    else:
        solved = _block_row(inv, entries, len(members))
    for m, value in zip(members, solved):
        acc[m] = value


def _push_one(edges: list[Edge], acc: list[Vector], vec: Vector, pos: int) -> None:
    """:func:`_push` of a node's one label in a plain pass (row scale 1: ``value * w * 1.0``
    is ``value * w``)."""
    ((label, value),) = vec.items()
    for edge in edges:
        target = acc[edge[0]]
        target[label] = target.get(label, 0.0) + value * edge[pos]


def _push(edges: list[Edge], acc: list[Vector], i: int, options: PassOptions) -> None:
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
    if len(vec) == 1:  # the common case (visits, failure chain): one label, no inner loop
        ((label, value),) = vec.items()
        for edge in edges:
            target = acc[edge[0]]
            target[label] = target.get(label, 0.0) + value * edge[pos] * r
        return
    for edge in edges:
        factor = edge[pos] * r
        if factor == 0.0:
            continue
        target = acc[edge[0]]
        for label, value in vec.items():
            target[label] = target.get(label, 0.0) + value * factor


def _solve_block_forward(block: Block, number: int, acc: list[Vector],
                         options: PassOptions) -> None:
    members = block.members
    vectors = [acc[m] for m in members]
    inflow: dict[Label, dict[int, float]] = {}
    for k, vec in enumerate(vectors):
        for label, value in vec.items():
            if value != 0.0:
                if label in inflow:
                    inflow[label][k] = value
                else:
                    inflow[label] = {k: value}
    inv = options.base[number] if not options.absorb else None
    for label, entries in inflow.items():
        if inv is None or isinstance(inv, np.ndarray):
            solved = _block_row(options.inverse(number, label), entries, len(members))
        elif len(entries) == 1:  # the mass enters the loop at one step (nearly always)
            ((k, value),) = entries.items()
            solved = [value * v for v in inv[k]]
        else:
            solved = _block_row(inv, entries, len(members))
        if options.sparse:
            for vec, value in zip(vectors, solved):
                if value != 0.0 or label in vec:
                    vec[label] = value
        else:
            for vec, value in zip(vectors, solved):
                vec[label] = value


def _block_row(inv: Matrix, entries: dict[int, float], size: int) -> list[float]:
    """b (I − W_CC)⁻¹ for one label's inflow ``entries`` {member position: value}."""
    if isinstance(inv, np.ndarray):
        dense = np.zeros(size)
        for k, value in entries.items():
            dense[k] = value
        solved: list[float] = (dense @ inv).tolist()
        return solved
    rows = iter(entries.items())
    k, value = next(rows)
    solved = [value * v for v in inv[k]]
    for k, value in rows:
        solved = [s + value * v for s, v in zip(solved, inv[k])]
    return solved


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
    options = PassOptions(chain, scale, None, ok)
    val: list[Vector] = [{} for _ in chain.nodes]
    for i, vec in target.items():
        val[i] = dict(vec)
    number = len(chain.blocks)
    ext = chain.ext
    pos = 2 if ok else 1
    for item in reversed(chain.order):
        if isinstance(item, int):
            if scale is None:  # plain: no row scale to read (absorption, metric to go)
                if ext[item]:
                    _pull_plain(ext[item], val, item, pos)
            else:
                _pull(ext[item], val, item, options)
            continue
        for m in item.members:
            _pull(chain.ext[m], val, m, options)
        if isinstance(item, Block):
            number -= 1
            _solve_block_backward(item, options.base[number], val)
        else:
            _solve_reduced_backward(item, val, options)
    return val


def backward_column(chain: Chain, target: Mapping[int, float], *,
                    scale: Sequence[float] | None = None, ok: bool = False) -> list[float]:
    """``column(backward(chain, _one_label(target), scale=scale, ok=ok))`` of a one-label pass
    (absorption, metric to go) on floats, as :func:`forward_column` is of a forward one."""
    if _has_reduced(chain):
        return column(backward(chain, _one_label(target), scale=scale, ok=ok))
    options = PassOptions(chain, scale, None, ok)
    val = _floats(chain, target)
    ext = chain.ext
    pos = 2 if ok else 1
    number = len(chain.blocks)
    for item in reversed(chain.order):
        if isinstance(item, int):
            if ext[item]:
                _pull_float(ext[item], val, item, scale, pos)
            continue
        assert isinstance(item, Block)  # reduced blocks took the labelled pass
        for m in item.members:
            if ext[m]:
                _pull_float(ext[m], val, m, scale, pos)
        number -= 1
        _solve_block_backward_float(item.members, options.base[number], val)
    return [0.0 if value is None else value for value in val]


def _pull_float(edges: list[Edge], val: list[float | None], i: int,
                scale: Sequence[float] | None, pos: int) -> None:
    """:func:`_pull` of a one-label pass on floats (None: no value yet, as an empty vector)."""
    r = 1.0 if scale is None else scale[i]
    if r == 0.0:
        return
    mine = val[i]
    for edge in edges:
        factor = edge[pos] * r
        if factor == 0.0:
            continue
        value = val[edge[0]]
        if value is not None:
            mine = (0.0 if mine is None else mine) + value * factor
    val[i] = mine


def _solve_block_backward_float(members: list[int], inv: Matrix,
                                val: list[float | None]) -> None:
    """:func:`_solve_block_backward` of a one-label pass on floats (the same one-column
    product, so the same sums)."""
    if all(val[m] is None for m in members):
        return
    rhs = np.array([[0.0 if val[m] is None else val[m]] for m in members])
    solved = (np.asarray(inv) @ rhs).tolist()
    for m, row in zip(members, solved):
        val[m] = row[0]


def _pull(edges: list[Edge], val: list[Vector], i: int, options: PassOptions) -> None:
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


def _pull_plain(edges: list[Edge], val: list[Vector], i: int, pos: int) -> None:
    """:func:`_pull` with row scale 1 (``w * 1.0`` is ``w``)."""
    mine = val[i]
    for edge in edges:
        factor = edge[pos]
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


# -- reduced blocks: Schur complement on the feedback nodes ------------------------------
Schur = tuple[list[Vector], np.ndarray]


def _row_scales(block: ReducedBlock, options: PassOptions,
                absorbed: Collection[int] = ()) -> tuple[list[float], list[float]]:
    """Row scales of R and F for one label group (0 where the labels are absorbed)."""
    def scale(g: int) -> float:
        if g in absorbed:
            return 0.0
        return 1.0 if options.scale is None else options.scale[g]
    return [scale(g) for g in block.rest], [scale(f) for f in block.feedback]


def _schur(block: ReducedBlock, scale_r: list[float], scale_f: list[float],
           ok: bool) -> Schur:
    """G = (I − W'_RR)⁻¹ W'_RF (a vector per R node over F) and S⁻¹, where
    S = I − W'_FF − W'_FR G is the Schur complement on F."""
    plain = not ok and all(v == 1.0 for v in scale_r) and all(v == 1.0 for v in scale_f)
    if plain and "plain" in block.cache:
        cached: Schur = block.cache["plain"]  # type: ignore[assignment]
        return cached
    pos = 2 if ok else 1
    targets: dict[int, Vector] = {}
    for k, edges in block.r_to_f.items():
        row = targets.setdefault(k, {})
        for edge in edges:
            row[edge[0]] = row.get(edge[0], 0.0) + scale_r[k] * edge[pos]
    g = backward(block.sub, targets, scale=scale_r, ok=ok)
    size = len(block.feedback)
    matrix = np.eye(size)
    position = {f: p for p, f in enumerate(block.feedback)}
    for p, edges in enumerate(block.f_edges):
        for edge in edges:
            weight = scale_f[p] * edge[pos]
            if edge[0] in position:
                matrix[p, position[edge[0]]] -= weight
                continue
            matrix[p] -= weight * _as_array(g[block.local[edge[0]]], size)
    result = (g, _schur_inverse(block, matrix))
    if plain:
        block.cache["plain"] = result
    return result


def _schur_inverse(block: ReducedBlock, matrix: np.ndarray) -> np.ndarray:
    try:
        inverse = np.linalg.inv(matrix)
    except np.linalg.LinAlgError:
        raise SingularChain(block.names) from None
    condition = np.abs(matrix).sum(axis=0).max() * np.abs(inverse).sum(axis=0).max()
    if not np.isfinite(condition) or condition > SINGULAR_COND:
        raise SingularChain(block.names)
    return inverse


def _solve_reduced_forward(block: ReducedBlock, acc: list[Vector], options: PassOptions) -> None:
    """x_F = (b_F + b_R G) S⁻¹, then x_R by a forward pass over the inner chain."""
    labels: dict[Label, None] = {}
    for m in block.members:
        labels.update(dict.fromkeys(acc[m]))
    groups: dict[frozenset[int], list[Label]] = {}
    for label in labels:
        absorbed = frozenset(m for m in block.members
                             if options.absorb and label in options.absorb.get(m, ()))
        groups.setdefault(absorbed, []).append(label)
    for absorbed, group in groups.items():
        _reduced_forward_group(block, acc, group, options, absorbed)


def _reduced_forward_group(block: ReducedBlock, acc: list[Vector], group: list[Label],
                           options: PassOptions, absorbed: frozenset[int]) -> None:
    scale_r, scale_f = _row_scales(block, options, absorbed)
    g, inverse = _schur(block, scale_r, scale_f, options.ok)
    pos = 2 if options.ok else 1
    inflow: dict[int, Vector] = {}
    for k, node in enumerate(block.rest):
        vec = {label: acc[node][label] for label in group if label in acc[node]}
        if vec:
            inflow[k] = vec
    x_f: dict[Label, np.ndarray] = {}
    for label in group:
        rhs = np.array([acc[f].get(label, 0.0) for f in block.feedback])
        for k, vec in inflow.items():
            value = vec.get(label, 0.0)
            if value != 0.0 and g[k]:
                rhs += value * _as_array(g[k], len(block.feedback))
        x_f[label] = rhs @ inverse
    for p, edges in enumerate(block.f_edges):
        for edge in edges:
            local = block.local.get(edge[0])
            if local is None:
                continue
            target = inflow.setdefault(local, {})
            for label in group:
                add = float(x_f[label][p]) * scale_f[p] * edge[pos]
                target[label] = target.get(label, 0.0) + add
    solved = forward(block.sub, inflow, scale=scale_r, ok=options.ok)
    for k, node in enumerate(block.rest):
        for label in group:
            acc[node][label] = solved[k].get(label, 0.0)
    for p, f in enumerate(block.feedback):
        for label in group:
            acc[f][label] = float(x_f[label][p])


def _solve_reduced_backward(block: ReducedBlock, val: list[Vector], options: PassOptions) -> None:
    """h_F = S⁻¹ (c_F + W'_FR u) with u = (I − W'_RR)⁻¹ c_R, then h_R by a backward pass."""
    labels: dict[Label, None] = {}
    for m in block.members:
        labels.update(dict.fromkeys(val[m]))
    if not labels:
        return
    scale_r, scale_f = _row_scales(block, options)
    g, inverse = _schur(block, scale_r, scale_f, options.ok)
    pos = 2 if options.ok else 1
    c_r = {k: dict(val[node]) for k, node in enumerate(block.rest) if val[node]}
    u = backward(block.sub, c_r, scale=scale_r, ok=options.ok)
    group = list(labels)
    rhs = np.array([[val[f].get(label, 0.0) for label in group] for f in block.feedback])
    for p, edges in enumerate(block.f_edges):
        for edge in edges:
            k = block.local.get(edge[0])
            if k is not None:
                weight = scale_f[p] * edge[pos]
                for j, label in enumerate(group):
                    rhs[p, j] += weight * u[k].get(label, 0.0)
    h_f = inverse @ rhs
    for k, edges in block.r_to_f.items():
        row = c_r.setdefault(k, {})
        for edge in edges:
            for j, label in enumerate(group):
                row[label] = row.get(label, 0.0) + scale_r[k] * edge[pos] * h_f[edge[0], j]
    h_r = backward(block.sub, c_r, scale=scale_r, ok=options.ok)
    for k, node in enumerate(block.rest):
        val[node] = h_r[k]
    for p, f in enumerate(block.feedback):
        val[f] = {label: float(h_f[p, j]) for j, label in enumerate(group)}


def _reduced_diagonal(block: ReducedBlock) -> dict[int, float]:
    """N_jj inside a reduced block: S⁻¹ on F; M_rr + G_r S⁻¹ (W_FR M)_·r on R."""
    g, inverse = _schur(block, [1.0] * len(block.rest), [1.0] * len(block.feedback), False)
    inflow: dict[int, Vector] = {}
    for p, edges in enumerate(block.f_edges):
        for edge in edges:
            k = block.local.get(edge[0])
            if k is not None:
                inflow.setdefault(k, {})[p] = inflow.get(k, {}).get(p, 0.0) + edge[1]
    h = forward(block.sub, inflow)
    inner = block_diagonal(block.sub)
    result = {f: float(inverse[p, p]) for p, f in enumerate(block.feedback)}
    size = len(block.feedback)
    for k, node in enumerate(block.rest):
        correction = _as_array(g[k], size) @ inverse @ _as_array(h[k], size)
        result[node] = inner.get(k, 1.0) + float(correction)
    return result


def _as_array(vector: Vector, size: int) -> np.ndarray:
    """A vector labelled by feedback positions as a dense array."""
    dense = np.zeros(size)
    for position, value in vector.items():
        dense[cast(int, position)] = value
    return dense
