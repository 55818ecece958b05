"""Analysis layer: the vectorised Monte Carlo walker for models without AND/OR branches.

Without parallel branches a journey is one token, so thousands of runs advance together:
each numpy step moves every unfinished run one node further. The next node is drawn
for all runs at once from a global cumulative table (node i's edges occupy (i, i + 1]),
so one ``searchsorted`` samples every branch. Runs go in chunks small enough to keep
a per-run visit count matrix (for standard errors and to drop runaway runs). The emotion
felt at the emotion curve's touchpoints is kept per run only for the columns asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from customer_modeler.analysis.engine.emotion_band import felt_means
from customer_modeler.analysis.engine.simulation import SimTables, sample_durations

#: Upper bound on the per-chunk working matrix (runs × nodes entries).
MATRIX_CELLS = 4_000_000
#: Upper bound on the kept per-run visit matrix; above it only totals are kept.
RECORD_CELLS = 20_000_000


@dataclass
class RunRecords:
    """What each run recorded (§2.8 step 5); arrays have one entry per run.

    ``visits`` is the (runs × nodes) count matrix when it fits, else None, in which case
    ``visit_totals`` also includes the partial visits of runaway runs. ``work`` is the sum
    of duration + wait over the executed steps (the elapsed time when one token runs).
    ``felt`` is the (runs × tracked touchpoints) mean emotion each run felt at each
    tracked touchpoint, NaN where it did not meet it; None when nothing is tracked.
    """

    elapsed: np.ndarray
    contacts: np.ndarray
    failures: np.ndarray
    pe: np.ndarray
    outcome: np.ndarray
    runaway: np.ndarray
    visits: np.ndarray | None
    visit_totals: np.ndarray
    work: np.ndarray
    felt: np.ndarray | None = None


def empty_records(runs: int, nodes: int, with_matrix: bool, tracked: int = 0) -> RunRecords:
    """Records for ``runs`` runs, zero-filled (pe and felt NaN, outcome −1)."""
    return RunRecords(
        elapsed=np.zeros(runs), contacts=np.zeros(runs), failures=np.zeros(runs, dtype=np.int64),
        pe=np.full(runs, np.nan), outcome=np.full(runs, -1, dtype=np.int64),
        runaway=np.zeros(runs, dtype=bool),
        visits=np.zeros((runs, nodes), dtype=np.int32) if with_matrix else None,
        visit_totals=np.zeros(nodes), work=np.zeros(runs),
        felt=np.full((runs, tracked), np.nan) if tracked else None)


def walk(tables: SimTables, runs: int, rng: np.random.Generator, limit: int,
         track: np.ndarray | None = None) -> RunRecords:
    """Simulate ``runs`` single-token journeys.

    Parameters
    ----------
    tables : SimTables
        From :func:`~customer_modeler.analysis.engine.simulation.simulation_tables`; must have no
        AND/OR splits or joins.
    runs : int
    rng : numpy.random.Generator
    limit : int
        Node executions after which a run is runaway.
    track : numpy.ndarray, optional
        Per node its column of ``felt`` or −1 (``emotion_band.track_columns``); no
        random draw depends on it, so tracking leaves every other record unchanged.

    Returns
    -------
    RunRecords
    """
    n = len(tables.nodes)
    with_matrix = runs * n <= RECORD_CELLS
    tracked = int(track.max()) + 1 if track is not None and track.size else 0
    records = empty_records(runs, n, with_matrix, tracked)
    cumulative = _cumulative(tables)
    chunk = max(1, min(runs, MATRIX_CELLS // max(n, 1)))
    for lo in range(0, runs, chunk):
        _walk_chunk(tables, cumulative, records, slice(lo, min(runs, lo + chunk)), rng, limit,
                    track)
    if records.visits is not None:
        records.visit_totals = records.visits[~records.runaway].sum(axis=0).astype(float)
    records.work = records.elapsed  # one token: all work is elapsed time
    return records


def _cumulative(tables: SimTables) -> np.ndarray:
    """Node i's edge probabilities as cumulative values i + c (last one exactly i + 1)."""
    cumulative = np.zeros(len(tables.prob))
    for i in range(len(tables.nodes)):
        lo, hi = tables.indptr[i], tables.indptr[i + 1]
        if hi > lo:
            c = np.cumsum(tables.prob[lo:hi])
            cumulative[lo:hi] = i + c / c[-1]
            cumulative[hi - 1] = i + 1
    return cumulative


def _walk_chunk(tables: SimTables, cumulative: np.ndarray, records: RunRecords, part: slice,
                rng: np.random.Generator, limit: int, track: np.ndarray | None) -> None:
    size = part.stop - part.start
    felt = _Felt(size, records.felt.shape[1], track) if records.felt is not None else None
    counts = np.zeros((size, len(tables.nodes)), dtype=np.int32)
    current = rng.choice(tables.start_index, size=size, p=tables.start_p)
    active = np.arange(size)
    elapsed, contacts = np.zeros(size), np.zeros(size)
    failures = np.zeros(size, dtype=np.int64)
    peak, last = np.full(size, np.nan), np.full(size, np.nan)
    outcome = np.full(size, -1, dtype=np.int64)
    runaway = np.zeros(size, dtype=bool)
    steps = 0
    while active.size:
        nodes = current[active]
        counts[active, nodes] += 1
        steps += 1
        elapsed[active] += sample_durations(tables, nodes, rng)
        failed = rng.random(active.size) < tables.p_eff[nodes]
        failures[active] += failed
        contacts[active] += tables.contact[nodes]
        _feel(tables, nodes, failed, active, peak, last, felt)
        done = tables.is_end[nodes]
        outcome[active[done]] = tables.outcome[nodes[done]]
        if steps >= limit:
            runaway[active[~done]] = True
            break
        active, nodes = active[~done], nodes[~done]
        edge = np.searchsorted(cumulative, nodes + rng.random(active.size), side="right")
        failures[active] += tables.fail[edge]
        current[active] = tables.target[edge]
    _store(records, part, counts, elapsed, contacts, failures, (peak + last) / 2, outcome, runaway)
    if felt is not None and records.felt is not None:
        records.felt[part] = felt.means()


class _Felt:
    """One chunk's sums and counts of the emotion felt at the tracked touchpoints, kept
    flat (run × touchpoints + column) because flat indexing is the cheap one."""

    def __init__(self, size: int, tracked: int, track: np.ndarray | None) -> None:
        self.column = track if track is not None else np.zeros(0, dtype=np.int64)
        self.shape = (size, tracked)
        self.sums = np.zeros(size * tracked)
        self.counts = np.zeros(size * tracked, dtype=np.int32)

    def add(self, runs: np.ndarray, nodes: np.ndarray, e: np.ndarray) -> None:
        """Count emotion ``e`` felt by ``runs`` (each once) at ``nodes``."""
        column = self.column[nodes]
        kept = column >= 0
        if not kept.any():
            return
        cells = runs[kept] * self.shape[1] + column[kept]
        self.sums[cells] += e[kept]
        self.counts[cells] += 1

    def means(self) -> np.ndarray:
        return felt_means(self.sums.reshape(self.shape), self.counts.reshape(self.shape))


def _feel(tables: SimTables, nodes: np.ndarray, failed: np.ndarray, active: np.ndarray,
          peak: np.ndarray, last: np.ndarray, tracked: _Felt | None = None) -> None:
    """Update each run's peak and last emotion (the peak has the largest |e|, ties negative),
    and the emotion felt at the tracked touchpoints."""
    felt = tables.has_emotion[nodes]
    if not felt.any():
        return
    runs = active[felt]
    e = np.where(failed[felt], tables.fail_emotion[nodes[felt]], tables.emotion[nodes[felt]])
    old = peak[runs]
    better = np.isnan(old) | (np.abs(e) > np.abs(old)) | ((np.abs(e) == np.abs(old)) & (e < old))
    peak[runs[better]] = e[better]
    last[runs] = e
    if tracked is not None:
        tracked.add(runs, nodes[felt], e)


def _store(records: RunRecords, part: slice, counts: np.ndarray, elapsed: np.ndarray,
           contacts: np.ndarray, failures: np.ndarray, pe: np.ndarray, outcome: np.ndarray,
           runaway: np.ndarray) -> None:
    records.elapsed[part] = elapsed
    records.contacts[part] = contacts
    records.failures[part] = failures
    records.pe[part] = pe
    records.outcome[part] = outcome
    records.runaway[part] = runaway
    if records.visits is not None:
        records.visits[part] = counts
    else:
        records.visit_totals += counts.sum(axis=0)
