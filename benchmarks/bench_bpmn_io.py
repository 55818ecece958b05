"""Benchmarks: time reading and writing BPMN for large generated models.

Prints a table for models of 1,000, 10,000 and 20,000 steps: file size, read (parse +
model + DI), write of the model read from the file (keeping the tree), write of a model
built in code (a new document), and automatic layout. The ratio column compares each
size with the one before: near the size ratio means linear growth.

Run from the repository root: ``python benchmarks/bench_bpmn_io.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_model  # noqa: E402

from customer_modeler.bpmn.reader import read_bpmn  # noqa: E402
from customer_modeler.bpmn.writer import write_bpmn  # noqa: E402
from customer_modeler.model.layout import layout_model  # noqa: E402

SIZES = (1_000, 10_000, 20_000)


def best_of(action: Callable[[], object], repeat: int) -> float:
    """Best wall-clock time of ``repeat`` runs, each after an untimed garbage collection."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def row(size: int, repeat: int) -> tuple[int, dict[str, float]]:
    data = write_bpmn(generate_model(size))
    model = read_bpmn(data).model
    figures = {
        "read": best_of(lambda: read_bpmn(data), repeat),
        "write (kept tree)": best_of(lambda: write_bpmn(model), repeat),
        "write (new)": best_of(lambda: write_bpmn(generate_model(size)), repeat)
        - best_of(lambda: generate_model(size), repeat),
        "layout": best_of(lambda: layout_model(read_bpmn(data).model), 1)
        - best_of(lambda: read_bpmn(data), 1),
    }
    return len(data), figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'steps':>7} {'file MB':>8} {'read s':>8} {'write kept s':>13} {'write new s':>12} "
          f"{'layout s':>9}")
    for size in SIZES:
        length, f = row(size, args.repeat)
        print(f"{size:>7} {length / 2**20:>8.2f} {f['read']:>8.3f} {f['write (kept tree)']:>13.3f} "
              f"{f['write (new)']:>12.3f} {f['layout']:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
