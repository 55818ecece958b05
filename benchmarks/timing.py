"""Benchmarks: wall-clock timing and peak memory, the same way for every measure.

Each timed action starts after a full garbage collection (untimed), so the garbage of
the previous one is not charged to it; the figure of a measure is the median of its
repetitions.
"""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path


def seconds(action: Callable[[], object]) -> float:
    """Wall-clock seconds of one call of ``action``, after an untimed full collection."""
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median(values: Iterable[float]) -> float:
    """The median of the repetitions (the figure every table shows)."""
    return statistics.median(list(values))


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (VmHWM; ru_maxrss where no /proc)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
