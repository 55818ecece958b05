"""Analysis layer: the tables a Monte Carlo simulation runs on (docs/methods.md §2.8).

:func:`simulation_tables` turns a solved engine into flat numpy arrays indexed like the
engine's chain: what each step costs in time, how likely it fails, what the customer
feels, and where a token goes next (out-edges in CSR form, a failure flow being its own
edge). Both simulators (:mod:`walker`, :mod:`tokens`) read these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from customer_modeler.analysis.engine.pipeline import Engine, require_chain
from customer_modeler.analysis.engine.failure_chain import effective_fail_prob

#: Duration distributions (§1.2 ``duration_dist``).
FIXED, EXP, TRI, LOGNORM = 0, 1, 2, 3


@dataclass
class SimTables:
    """Per-node arrays (index = chain index) and out-edges in CSR form."""

    nodes: list[str]
    start_index: np.ndarray
    start_p: np.ndarray
    wait: np.ndarray
    duration: np.ndarray
    dist: np.ndarray
    dist_params: np.ndarray
    p_eff: np.ndarray
    has_emotion: np.ndarray
    emotion: np.ndarray
    fail_emotion: np.ndarray
    contact: np.ndarray
    is_end: np.ndarray
    outcome: np.ndarray
    outcomes: list[str]
    indptr: np.ndarray
    target: np.ndarray
    prob: np.ndarray
    fail: np.ndarray
    split: list[str]
    join: list[str | None]
    join_k: list[int]
    or_p: dict[int, list[tuple[int, float]]]
    or_split: dict[int, int]

    @property
    def parallel(self) -> bool:
        """Whether any AND/OR split or join needs token semantics."""
        return any(s in ("and", "or") for s in self.split) or any(self.join)


def parse_dist(text: str, duration: float) -> tuple[int, tuple[float, float, float]]:
    """The distribution code and parameters of a ``duration_dist`` value.

    ``exp`` has mean ``duration``; ``tri:min,mode,max`` is taken as written;
    ``lognorm:sd`` has mean ``duration`` and standard deviation sd. Anything unreadable
    (or a zero duration) is ``fixed``.

    Returns
    -------
    (int, (float, float, float))
    """
    kind, _, params = text.partition(":")
    try:
        values = [float(v) for v in params.split(",")] if params else []
    except ValueError:
        return FIXED, (duration, 0.0, 0.0)
    if kind == "exp" and duration > 0:
        return EXP, (duration, 0.0, 0.0)
    if kind == "tri" and len(values) == 3 and values[0] <= values[1] <= values[2] \
            and values[0] < values[2]:
        return TRI, (values[0], values[1], values[2])
    if kind == "lognorm" and len(values) == 1 and duration > 0 and values[0] > 0:
        sigma2 = np.log1p((values[0] / duration) ** 2)
        return LOGNORM, (float(np.log(duration) - sigma2 / 2), float(np.sqrt(sigma2)), 0.0)
    return FIXED, (duration, 0.0, 0.0)


def simulation_tables(engine: Engine) -> SimTables:
    """Compile a solved engine into :class:`SimTables`.

    Returns
    -------
    SimTables
    """
    chain = require_chain(engine)
    graph = engine.graph
    steps = [graph.nodes[n]["step"] for n in chain.nodes]
    n = len(steps)
    tasks = np.array([s.is_task for s in steps])
    dists = [parse_dist(s.duration_dist, s.duration) if s.is_task else (FIXED, (0.0, 0.0, 0.0))
             for s in steps]
    p_eff = effective_fail_prob(engine)
    outcomes = sorted({graph.nodes[e]["step"].outcome for e in engine.ends})
    end_set = set(engine.ends)
    tables = SimTables(
        nodes=list(chain.nodes),
        start_index=np.array([chain.index[s] for s in engine.starts], dtype=np.int64),
        start_p=np.array(list(engine.starts.values())),
        wait=np.where(tasks, [s.wait for s in steps], 0.0),
        duration=np.where(tasks, [s.duration for s in steps], 0.0),
        dist=np.array([d[0] for d in dists], dtype=np.int64),
        dist_params=np.array([d[1] for d in dists], dtype=float).reshape(n, 3),
        p_eff=np.array([p_eff[node] for node in chain.nodes]),
        has_emotion=np.array([s.is_task and s.visible and s.emotion is not None for s in steps]),
        emotion=np.array([float(s.emotion or 0) for s in steps]),
        fail_emotion=np.array([float(s.fail_emotion) for s in steps]),
        contact=np.array([s.is_task and s.contact for s in steps]),
        is_end=np.array([node in end_set for node in chain.nodes]),
        outcome=np.array([outcomes.index(s.outcome) if node in end_set else -1
                          for node, s in zip(chain.nodes, steps)], dtype=np.int64),
        outcomes=outcomes,
        indptr=np.zeros(n + 1, dtype=np.int64), target=np.zeros(0, dtype=np.int64),
        prob=np.zeros(0), fail=np.zeros(0, dtype=bool),
        split=[graph.nodes[node]["split"] for node in chain.nodes],
        join=[graph.nodes[node]["join"] for node in chain.nodes],
        join_k=[sum(len(f) for _, _, f in graph.in_edges(node, data="flows"))
                for node in chain.nodes],
        or_p={}, or_split={},
    )
    _fill_edges(engine, tables)
    return tables


def _fill_edges(engine: Engine, tables: SimTables) -> None:
    """Out-edges by route choice (``w_split``): a failure flow is an edge of its own."""
    graph = engine.graph
    index = {node: i for i, node in enumerate(tables.nodes)}
    target: list[int] = []
    prob: list[float] = []
    fail: list[bool] = []
    for i, node in enumerate(tables.nodes):
        tables.indptr[i] = len(target)
        if tables.is_end[i]:
            continue
        for _, v, data in graph.out_edges(node, data=True):
            if v not in index:
                continue
            for weight, is_fail in ((data["w_split"] - data["w_fail_split"], False),
                                    (data["w_fail_split"], True)):
                if weight > 0:
                    target.append(index[v])
                    prob.append(weight)
                    fail.append(is_fail)
        if tables.split[i] == "or":
            tables.or_p[i] = [(index[v], p) for v, p in graph.nodes[node]["or_p"]]
        split = graph.nodes[node]["or_split"]
        if split is not None:
            tables.or_split[i] = index[split]
    tables.indptr[len(tables.nodes)] = len(target)
    tables.target = np.array(target, dtype=np.int64)
    tables.prob = np.array(prob, dtype=float)
    tables.fail = np.array(fail, dtype=bool)


def sample_durations(tables: SimTables, nodes: np.ndarray,
                     rng: np.random.Generator) -> np.ndarray:
    """Wait plus a sampled duration for each node in ``nodes`` (0 for non-tasks)."""
    result = tables.duration[nodes].copy()
    kinds = tables.dist[nodes]
    for kind in (EXP, TRI, LOGNORM):
        mask = kinds == kind
        if not mask.any():
            continue
        params = tables.dist_params[nodes[mask]]
        if kind == EXP:
            result[mask] = rng.exponential(params[:, 0])
        elif kind == TRI:
            result[mask] = rng.triangular(params[:, 0], params[:, 1], params[:, 2])
        else:
            result[mask] = rng.lognormal(params[:, 0], params[:, 1])
    total: np.ndarray = result + tables.wait[nodes]
    return total
