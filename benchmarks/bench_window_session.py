"""Benchmark: what a person's session with a large file feels and costs, beyond the runner's
gestures on a completed scene.

    python benchmarks/bench_window_session.py idle FILE
        open FILE in the window, then let it make the rest of its scene by itself while a
        5 ms timer ticks: the gaps between ticks (what a click waits meanwhile), median and
        longest, and how long the scene took to complete
    python benchmarks/bench_window_session.py recovery FILE
        open FILE, move a task, write a recovery copy: the process's memory after the open,
        after the copy, and its peak; and the gaps between the ticks of a 5 ms timer on the
        window's thread while the copy is made off it (what a click meanwhile waits)
    python benchmarks/bench_window_session.py analysis FILE
        open FILE, then run Analysis > Where to Streamline three times, each as soon as the
        last one's highlights are drawn (as Run Again would): for each run, the longest gap
        between the ticks of a 5 ms timer on the window's thread while the job runs off it
        and while its result is shown and drawn, and the process's memory after it
    python benchmarks/bench_window_session.py select FILE
        open FILE in the window, then at once Edit > Select All and Esc, each timed until
        the window has painted it, while the rest of the scene is still to be made; then
        the same on the completed scene

FILE is a generated journey (``python benchmarks/generate.py 10000 FILE``). Qt runs offscreen.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402

from benchmarks.editor_worker import EditorBench, application, paint  # noqa: E402


def resident_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


class Ticks:
    """A 5 ms timer on the window's thread, started at once: the gaps between its ticks are
    what a click waits meanwhile."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        #: When each gap ended (``time.perf_counter``), to split the gaps by phase.
        self.ends: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self.ends.append(now)
        self._last = now

    def longest(self, after: float = 0.0, before: float = float("inf")) -> float:
        """The longest gap (s) that ended after ``after`` and no later than ``before``."""
        return max((gap for gap, end in zip(self.gaps, self.ends) if after < end <= before),
                   default=0.0)

    def stop(self) -> None:
        self._timer.stop()

    def __str__(self) -> str:
        return (f"median {statistics.median(self.gaps) * 1000:.1f} ms, longest "
                f"{max(self.gaps) * 1000:.0f} ms ({len(self.gaps)} ticks)")


def idle(bench: EditorBench, path: str) -> None:
    from customer_modeler.editor.window.main_window import MainWindow

    window = bench._new_window(MainWindow)
    start = time.perf_counter()
    window.files.load(Path(path))
    bench.app.processEvents()
    paint(window.view)
    print(f"open and first paint: {time.perf_counter() - start:.2f} s")
    ticks = Ticks()
    start = time.perf_counter()
    while window.scene.pending:
        bench.app.processEvents()
    ticks.stop()
    print(f"the rest of the scene, made while idle: {time.perf_counter() - start:.2f} s")
    if ticks.gaps:
        print(f"gaps between 5 ms ticks meanwhile: {ticks}")


def recovery(bench: EditorBench, path: str) -> None:
    bench.open(path)
    print(f"open (scene complete): {resident_mb():.0f} MB, peak {peak_mb():.0f} MB")
    bench.move()
    autosave = bench.window.files.autosave
    start = time.perf_counter()
    ticks = Ticks()  # on the window's own thread, while the copy is made off it
    copying = autosave.save_copy()
    while copying is not None and not copying.done():
        bench.app.processEvents()
    for _ in range(10):
        bench.app.processEvents()
    ticks.stop()
    print(f"after a move and a recovery copy ({time.perf_counter() - start:.1f} s): "
          f"{resident_mb():.0f} MB, peak {peak_mb():.0f} MB")
    print(f"gaps between 5 ms ticks of the window meanwhile: {ticks}")


def analysis(bench: EditorBench, path: str, runs: int = 3) -> None:
    bench.open(path)
    window = bench.window
    controller = window.analysis
    print(f"open (scene complete): {resident_mb():.0f} MB")
    for run in range(1, runs + 1):
        ticks = Ticks()
        start = time.perf_counter()
        window.actions["analysis_streamline"].trigger()
        while controller.runner.busy:
            bench.app.processEvents()
        arrived = time.perf_counter()  # the outcome is shown in the call that ended the wait
        while controller.layer.pending:
            bench.app.processEvents()
        for _ in range(10):
            bench.app.processEvents()
        ticks.stop()
        done = time.perf_counter()
        print(f"run {run}: the job {arrived - start:.2f} s, longest gap of the window meanwhile "
              f"{ticks.longest(before=arrived) * 1000:.0f} ms; its result shown and drawn "
              f"{done - arrived:.2f} s, longest gap {ticks.longest(after=arrived) * 1000:.0f} ms; "
              f"{len(controller.layer.items)} highlights; {resident_mb():.0f} MB")


def select(bench: EditorBench, path: str) -> None:
    from customer_modeler.editor.window.main_window import MainWindow

    window = bench._new_window(MainWindow)
    window.files.load(Path(path))
    bench.app.processEvents()
    paint(window.view)

    def timed(what: str, action: str) -> None:
        start = time.perf_counter()
        window.actions[action].trigger()
        bench.app.processEvents()
        paint(window.view)
        print(f"  {what}: {(time.perf_counter() - start) * 1000:.0f} ms "
              f"({window.selection_label.text()})")

    print(f"right after opening, {len(window.scene.pending):,} items still to be made:")
    timed("Select All", "select_all")
    timed("Esc", "cancel")
    window.scene.complete()
    for _ in range(20):  # the labels and filing that follow a completed scene
        bench.app.processEvents()
    paint(window.view)
    print("on the completed scene:")
    timed("Select All", "select_all")
    timed("Esc", "cancel")


def main(argv: list[str]) -> int:
    modes = {"idle": idle, "recovery": recovery, "analysis": analysis, "select": select}
    if len(argv) != 2 or argv[0] not in modes:
        print(__doc__)
        return 2
    bench = EditorBench(application())
    modes[argv[0]](bench, argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
