"""Benchmarks: where the time goes — cProfile of one measure on a generated journey.

``python -m benchmarks.profile [--size N] [--top K] [MEASURE ...]`` profiles the open in the
editor, save, all analyses, undo back to the saved state, zoom to fit + paint and one step's
repaint request (``update()`` and the events it queues), or the measures named, once each,
after one unprofiled warm-up, and prints for each the functions with the most time of their
own and our functions with the most time below them.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import core  # noqa: E402
from benchmarks.editor_worker import MOVE_BY, TARGET, EditorBench, application, paint  # noqa: E402
from benchmarks.generate import generate_model  # noqa: E402

MEASURES = ("open", "save", "analyses", "undo_clean", "zoom_fit", "repaint_request")


def actions(path: Path, work: Path) -> dict[str, Callable[[], Callable[[], object]]]:
    """For each measure, a set-up (unprofiled) that returns the action to profile."""
    bench = EditorBench(application())

    def open_() -> Callable[[], object]:
        return lambda: bench.open(str(path))

    def save() -> Callable[[], object]:
        model = core.read(path, for_editing=True)
        return lambda: core.save(model, work / "saved.bpmn")

    def analyses() -> Callable[[], object]:
        model = core.read(path)
        return lambda: core.all_analyses(model)

    def undo_clean() -> Callable[[], object]:
        from customer_modeler.model import Rect

        if bench.window is None:
            bench.open(str(path))
        editor = bench.window.editor
        b = editor.model.steps[TARGET].bounds
        editor.move_steps({TARGET: Rect(b.x + MOVE_BY, b.y, b.width, b.height)})
        bench.app.processEvents()
        return lambda: (editor.undo_stack.undo(), bench.app.processEvents(), paint(bench.window.view))

    def zoom_fit() -> Callable[[], object]:
        if bench.window is None:
            bench.open(str(path))
        view = bench.window.view
        view.set_zoom(1.0)
        bench.app.processEvents()
        return lambda: (view.zoom_to_fit(), bench.app.processEvents(), paint(view))

    def repaint_request() -> Callable[[], object]:
        if bench.window is None:
            bench.open(str(path))
        item = bench.window.scene.step_items[TARGET]
        bench.app.processEvents()
        return lambda: (item.update(), bench.app.processEvents())

    return {"open": open_, "save": save, "analyses": analyses, "undo_clean": undo_clean,
            "zoom_fit": zoom_fit, "repaint_request": repaint_request}


def profile(action: Callable[[], object], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    print(f"total {stats.total_tt:.3f} s (under the profiler)")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats("customer_modeler", top)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measures", nargs="*", metavar="MEASURE",
                        help=f"any of {', '.join(MEASURES)} (default: all)")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    unknown = set(args.measures) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measure {', '.join(sorted(unknown))}; choose from {', '.join(MEASURES)}")
    with tempfile.TemporaryDirectory(prefix="cpm-profile-") as folder:
        work = Path(folder)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[name] = str(work / name.lower())  # not the person's settings
        path = work / f"generated-{args.size}.bpmn"
        core.save(generate_model(args.size), path)
        setups = actions(path, work)
        for name in args.measures or MEASURES:
            setups[name]()()  # warm-up, unprofiled
            print(f"\n=== {name} at {args.size:,} steps ===")
            profile(setups[name](), args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
