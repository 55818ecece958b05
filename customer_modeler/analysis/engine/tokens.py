"""Analysis layer: the general Monte Carlo token simulation of docs/methods.md §2.8.

One run at a time, tokens in time order (a heap): XOR samples a branch, an AND split
spawns a token per branch and an AND join waits for all k, then continues at the latest
arrival; an OR split activates each branch with its probability (resampling until one
fires) and its matching join waits for exactly the activated ones. Slower than the
vectorised :mod:`walker`, so used only when the model has parallel branches. Like the
walker it keeps the emotion felt at the tracked touchpoints of the emotion curve.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

import numpy as np

from customer_modeler.analysis.engine.emotion_band import felt_means
from customer_modeler.analysis.engine.paths import peak_end
from customer_modeler.analysis.engine.simulation import FIXED, SimTables, sample_durations
from customer_modeler.analysis.engine.walker import RECORD_CELLS, RunRecords, empty_records


class _Uniforms:
    """Uniform draws fetched from the generator in blocks (scalar draws are slow)."""

    def __init__(self, rng: np.random.Generator, block: int = 65_536) -> None:
        self._rng = rng
        self._block = block
        self._values: Iterator[float] = iter(())

    def __call__(self) -> float:
        value = next(self._values, None)
        if value is None:
            self._values = iter(self._rng.random(self._block).tolist())
            value = next(self._values)
        return value


class _Run:
    """The state of one journey while its tokens move."""

    def __init__(self, n: int, tracked: int = 0) -> None:
        self.counts = [0] * n
        self.felt_sums = [0.0] * tracked
        self.felt_counts = [0] * tracked
        self.elapsed = 0.0
        self.work = 0.0
        self.failures = 0
        self.contacts = 0.0
        self.emotions: list[float] = []
        self.outcome = -1
        self.executions = 0
        self.waiting: dict[int, list[float]] = {}
        self.expected: dict[int, list[int]] = {}


def simulate_tokens(tables: SimTables, runs: int, rng: np.random.Generator,
                    limit: int, track: np.ndarray | None = None) -> RunRecords:
    """Simulate ``runs`` journeys with full token semantics.

    Parameters
    ----------
    tables : SimTables
    runs : int
    rng : numpy.random.Generator
    limit : int
        Node executions after which a run is runaway.
    track : numpy.ndarray, optional
        Per node its column of ``felt`` or −1, as for the walker.

    Returns
    -------
    RunRecords
    """
    n = len(tables.nodes)
    tracked = int(track.max()) + 1 if track is not None and track.size else 0
    records = empty_records(runs, n, runs * n <= RECORD_CELLS, tracked)
    columns = track.tolist() if tracked and track is not None else [-1] * n
    uniform = _Uniforms(rng)
    starts = rng.choice(tables.start_index, size=runs, p=tables.start_p).tolist()
    joins_of: dict[int, list[int]] = {}
    for join, split in tables.or_split.items():
        joins_of.setdefault(split, []).append(join)
    edges = [_edges(tables, i) for i in range(n)]
    for r, start in enumerate(starts):
        run = _Run(n, tracked)
        finished = _one_run(tables, edges, joins_of, run, start, rng, uniform, limit, columns)
        records.elapsed[r] = run.elapsed
        records.work[r] = run.work
        records.contacts[r] = run.contacts
        records.failures[r] = run.failures
        pe = peak_end(run.emotions)
        records.pe[r] = np.nan if pe is None else pe
        records.outcome[r] = run.outcome
        records.runaway[r] = not finished
        if records.felt is not None:
            records.felt[r] = felt_means(np.asarray(run.felt_sums), np.asarray(run.felt_counts))
        if records.visits is not None:
            records.visits[r] = run.counts
        elif finished:
            records.visit_totals += np.asarray(run.counts, dtype=float)
    if records.visits is not None:
        records.visit_totals = records.visits[~records.runaway].sum(axis=0).astype(float)
    return records


def _edges(tables: SimTables, i: int) -> list[tuple[int, float, bool]]:
    lo, hi = int(tables.indptr[i]), int(tables.indptr[i + 1])
    return [(int(tables.target[k]), float(tables.prob[k]), bool(tables.fail[k]))
            for k in range(lo, hi)]


def _one_run(tables: SimTables, edges: list[list[tuple[int, float, bool]]],
             joins_of: dict[int, list[int]], run: _Run, start: int,
             rng: np.random.Generator, uniform: _Uniforms, limit: int,
             columns: list[int]) -> bool:
    """Move the run's tokens until none is left; False when it ran away."""
    heap: list[tuple[float, int, int]] = [(0.0, 0, start)]
    sequence = 1
    while heap:
        time, _, i = heapq.heappop(heap)
        fired = _join(tables, run, i, time)
        if fired is None:
            continue
        run.executions += 1
        if run.executions > limit:
            return False
        time = _execute(tables, run, i, fired, rng, uniform, columns[i])
        if tables.is_end[i]:
            run.outcome = int(tables.outcome[i])
            continue
        for j in _successors(tables, edges, joins_of, run, i, uniform):
            heapq.heappush(heap, (time, sequence, j))
            sequence += 1
    return True


def _join(tables: SimTables, run: _Run, i: int, time: float) -> float | None:
    """The firing time of node i for a token arriving at ``time``; None while it waits."""
    join = tables.join[i]
    if join == "and":
        need = tables.join_k[i]
    elif join == "or" and i in tables.or_split:
        pending = run.expected.get(i)
        need = pending[0] if pending else 1
    else:
        return time
    waiting = run.waiting.setdefault(i, [])
    waiting.append(time)
    if len(waiting) < need:
        return None
    fired = max(waiting)
    waiting.clear()
    if join == "or" and run.expected.get(i):
        run.expected[i].pop(0)
    return fired


def _execute(tables: SimTables, run: _Run, i: int, time: float, rng: np.random.Generator,
             uniform: _Uniforms, column: int = -1) -> float:
    """Count the execution of node i at ``time`` (its felt emotion in ``column`` of the
    tracked touchpoints, −1 for none); return when it is done."""
    run.counts[i] += 1
    if tables.dist[i] == FIXED:
        took = float(tables.duration[i] + tables.wait[i])
    else:
        took = float(sample_durations(tables, np.array([i]), rng)[0])
    run.work += took
    time += took
    failed = tables.p_eff[i] > 0 and uniform() < tables.p_eff[i]
    run.failures += int(failed)
    run.contacts += float(tables.contact[i])
    if tables.has_emotion[i]:
        felt = float(tables.fail_emotion[i] if failed else tables.emotion[i])
        run.emotions.append(felt)
        if column >= 0:
            run.felt_sums[column] += felt
            run.felt_counts[column] += 1
    run.elapsed = max(run.elapsed, time)
    return time


def _successors(tables: SimTables, edges: list[list[tuple[int, float, bool]]],
                joins_of: dict[int, list[int]], run: _Run, i: int,
                uniform: _Uniforms) -> list[int]:
    split = tables.split[i]
    out = edges[i]
    if split == "and":
        run.failures += sum(1 for _, _, f in out if f)
        return [j for j, _, _ in out]
    if split == "or":
        branches = tables.or_p[i]
        if all(p <= 0.0 for _, p in branches):
            branches = [(j, 1.0) for j, _ in branches]
        chosen: list[int] = []
        while not chosen:
            chosen = [j for j, p in branches if uniform() < p]
        for join in joins_of.get(i, []):
            run.expected.setdefault(join, []).append(len(chosen))
        return chosen
    if not out:
        return []
    u = uniform() * sum(p for _, p, _ in out)
    j, is_fail = out[-1][0], out[-1][2]
    for j, p, is_fail in out:
        u -= p
        if u < 0:
            break
    run.failures += int(is_fail)
    return [j]
