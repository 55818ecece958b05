"""Benchmarks: wall-clock timing and peak memory, the same way for every measure.

Each timed action starts after a full garbage collection (untimed), so the garbage of
the previous one is not charged to it; the figure of a measure is the median of its
repetitions. :func:`collector_pauses` records the collections the program itself makes,
which those forced ones would otherwise hide.
"""

from __future__ import annotations

import gc
import resource
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: True while :func:`seconds` collects: that collection is the runner's, not the program's.
_runner_collecting = False


def seconds(action: Callable[[], object]) -> float:
    """Wall-clock seconds of one call of ``action``, after an untimed full collection."""
    global _runner_collecting
    _runner_collecting = True
    try:
        gc.collect()
    finally:
        _runner_collecting = False
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@contextmanager
def collector_pauses() -> Iterator[list[float]]:
    """The seconds of each garbage collection the program makes inside the block (the
    runner's own, before each timed action, left out): a pause the person would feel."""
    pauses: list[float] = []
    started: list[float] = []

    def watch(phase: str, _info: dict) -> None:
        if _runner_collecting:
            return
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            pauses.append(time.perf_counter() - started.pop())

    gc.callbacks.append(watch)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(watch)


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
