"""Benchmarks: time the analysis engine, the scorecard and Monte Carlo.

Prints a table: engine (``analyse``) and scorecard on generated models of 1,000 and
10,000 steps (best and median of several repeats, wall-clock seconds), and Monte Carlo
per 10,000 runs on the bundled Order journey (both simulators) and on the 1,000-step
model. The target is engine + scorecard under 0.5 s on the 10,000-step model. Each repeat
starts after a full garbage collection (untimed), as an analysis in the editor would.

Run from the repository root: ``python benchmarks/bench_engine.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_model  # noqa: E402

from customer_modeler.analysis import analyse, scorecard# noqa: E402
from customer_modeler.analysis import monte_carlo
from customer_modeler.model import ProcessModel  # noqa: E402
from customer_modeler.samples import order_journey  # noqa: E402

TARGET_SECONDS = 0.5


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def engine_row(size: int, repeat: int) -> str:
    model = generate_model(size)
    engine_times, card_times, totals = [], [], []
    for _ in range(repeat):
        gc.collect()  # the previous repeat's garbage is not this repeat's cost
        start = time.perf_counter()
        engine = analyse(model)
        middle = time.perf_counter()
        scorecard(engine)
        end = time.perf_counter()
        engine_times.append(middle - start)
        card_times.append(end - middle)
        totals.append(end - start)
    best, median = min(totals), statistics.median(totals)
    verdict = "ok" if best < TARGET_SECONDS else "over target"
    return (f"| engine+scorecard | {len(model.steps):>6} steps, {len(model.flows):>6} flows | "
            f"{min(engine_times):.3f} | {min(card_times):.3f} | {best:.3f} | {median:.3f} | "
            f"{verdict} |")


def monte_carlo_row(label: str, model: ProcessModel, method: str, runs: int) -> str:
    engine = analyse(model)
    seconds = timed(lambda: monte_carlo(engine, runs, seed=1, method=method), 1)[0]
    per_10k = seconds * 10_000 / runs
    return f"| Monte Carlo ({method}) | {label} | {runs} runs | {seconds:.3f} | {per_10k:.3f} s per 10,000 runs |"


def main(argv: list[str]) -> int:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="repeats per size (default 5)")
    args = parser.parse_args(argv)
    print("| what | model | engine s (best) | scorecard s (best) | total s (best) | "
          "total s (median) | target < 0.5 s |")
    print("|---|---|---|---|---|---|---|")
    for size in (1_000, 10_000):
        print(engine_row(size, args.repeat))
    print()
    print("| what | model | size | seconds | rate |")
    print("|---|---|---|---|---|")
    print(monte_carlo_row("Order journey (current)", order_journey(), "walk", 10_000))
    print(monte_carlo_row("Order journey (current)", order_journey(), "tokens", 10_000))
    print(monte_carlo_row("generated, 1,000 steps", generate_model(1_000), "walk", 10_000))
    print(monte_carlo_row("generated, 1,000 steps", generate_model(1_000), "tokens", 1_000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
