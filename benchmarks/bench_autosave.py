"""Benchmark: what a recovery copy costs the GUI thread, and the worker, on a big model.

The GUI thread copies the model (``take_snapshot``); the worker copies the kept XML
(``finish_copy``) and serialises. ``full copy on the GUI thread`` is both copies in a
row, which is what the GUI thread paid before the kept XML moved to the worker. A later
copy of the same document (through its ``ModelCopies``, after one edit) copies only the
steps and flows changed since the one before.

    python benchmarks/bench_autosave.py [STEPS] [REPEATS]
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate import generate_model  # noqa: E402

from customer_modeler.bpmn.reader import read_bpmn  # noqa: E402
from customer_modeler.bpmn.writer import write_bpmn  # noqa: E402
from customer_modeler.editor.window.snapshot import copy_document, finish_copy, take_snapshot  # noqa: E402
from customer_modeler.model.copies import ModelCopies  # noqa: E402


def best_of(repeats: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    steps = int(argv[0]) if argv else 10_000
    repeats = int(argv[1]) if len(argv) > 1 else 5
    model = read_bpmn(write_bpmn(generate_model(steps))).model  # opened from a file, as in the editor
    write_bpmn(model)  # and saved once: the kept XML is synchronised
    copies = ModelCopies(model)
    take_snapshot(model, copies.kept)
    step_id = next(iter(model.steps))

    def later_snapshot() -> None:
        model.update_step(step_id, name=f"{model.steps[step_id].name}!")
        take_snapshot(model, copies.kept)

    rows = [
        ("full copy on the GUI thread (before)", best_of(repeats, lambda: copy_document(model))),
        ("GUI thread: take_snapshot, first copy", best_of(repeats, lambda: take_snapshot(model))),
        ("GUI thread: a later copy, one step renamed", best_of(repeats, later_snapshot)),
        ("worker: finish_copy", best_of(repeats, lambda: finish_copy(take_snapshot(model)))
         - best_of(repeats, lambda: take_snapshot(model))),
        ("worker: write_bpmn of the copy", best_of(1, lambda: write_bpmn(copy_document(model)))
         - best_of(1, lambda: copy_document(model))),
    ]
    print(f"{len(model.steps)} steps, {len(model.flows)} flows; best of {repeats}")
    for label, seconds in rows:
        print(f"  {label:40s} {seconds * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
