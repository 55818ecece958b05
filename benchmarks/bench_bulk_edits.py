"""Benchmark: edits of a whole journey at once, each timed until the window has painted it.

    python benchmarks/bench_bulk_edits.py FILE [--skip NAME,...]

opens FILE in the window (offscreen), completes its scene, then, in this order: Select All,
Copy, one arrow-key nudge of everything, its Undo, a drag of everything by two grid steps
(the longest mouse move, and the release), its Undo, Delete, Undo, Redo, Undo, Paste
beside (the copy comes back as new steps), that paste's Undo, then Select All again,
Edit ▸ Arrange ▸ Align Left (every step piled in one column) and its Undo. Each gesture goes
through the window's own actions or mouse events. ``--skip`` leaves gestures out (on old
code some took minutes). FILE is a generated journey (``python benchmarks/generate.py
10000 FILE``). Prints one row per gesture, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402

from benchmarks.editor_worker import EditorBench, _mouse, application, paint  # noqa: E402

GESTURES = ("select_all", "copy", "nudge", "undo_nudge", "drag_move", "drag_release",
            "undo_drag", "delete", "undo_delete", "redo_delete", "undo_again", "paste",
            "undo_paste", "select_again", "align_left", "undo_align")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--skip", default="", help="gestures to leave out, comma-separated")
    args = parser.parse_args(argv)
    skipped = set(filter(None, args.skip.split(",")))
    bench = EditorBench(application())
    bench.open(args.file)
    window = bench.window
    actions, view = window.actions, window.view
    held = Qt.MouseButton.LeftButton
    drag_moves: list[float] = []
    grabbed: list[QPointF] = []  # where the drag of everything was pressed

    def timed(action: Callable[[], object]) -> float:
        start = time.perf_counter()
        action()
        bench.app.processEvents()
        paint(view)
        return time.perf_counter() - start

    def drag_move() -> None:
        """Press on the first step, then move in steps of 4 units to 20: the longest move."""
        item = window.scene.step_items[next(iter(window.editor.model.steps))]
        view.ensureVisible(item, 50, 50)
        grab = item.mapToScene(item.boundingRect().center())
        grabbed.append(grab)
        _mouse(view, QEvent.Type.MouseButtonPress, grab, held)
        for offset in range(4, 24, 4):
            drag_moves.append(timed(lambda o=offset: _mouse(view, QEvent.Type.MouseMove,
                                                            grab + QPointF(o, 0), held)))

    def drag_release() -> None:
        end = grabbed[-1] + QPointF(20, 0)
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    def paste_beside() -> None:
        window.scene.clearSelection()
        actions["paste"].trigger()

    steps: dict[str, Callable[[], object]] = {
        "select_all": actions["select_all"].trigger, "copy": actions["copy"].trigger,
        "nudge": actions["nudge_right"].trigger, "undo_nudge": actions["undo"].trigger,
        "drag_move": drag_move, "drag_release": drag_release, "undo_drag": actions["undo"].trigger,
        "delete": actions["delete"].trigger, "undo_delete": actions["undo"].trigger,
        "redo_delete": actions["redo"].trigger, "undo_again": actions["undo"].trigger,
        "paste": paste_beside, "undo_paste": actions["undo"].trigger,
        "select_again": actions["select_all"].trigger, "align_left": actions["align_left"].trigger,
        "undo_align": actions["undo"].trigger,
    }
    model = window.editor.model
    print(f"{Path(args.file).name}: {len(model.steps):,} steps, {len(model.flows):,} flows")
    for name in GESTURES:
        if name in skipped or (name == "drag_release" and "drag_move" in skipped):
            print(f"{name:14s} {'skipped':>10s}")
            continue
        seconds = timed(steps[name])
        if name == "drag_move":
            seconds = max(drag_moves)
        print(f"{name:14s} {seconds * 1000:10.1f} ms", flush=True)
    # What Copy left on the clipboard goes before the application: offscreen, Qt crashes at
    # exit otherwise (the editor under a real display quits cleanly after a Copy).
    bench.app.clipboard().clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
