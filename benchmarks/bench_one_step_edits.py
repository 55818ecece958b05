"""Benchmark: the everyday gestures on one step of a large journey, each timed until painted.

    python benchmarks/bench_one_step_edits.py FILE [--repeat N]

opens FILE in the window (offscreen), completes its scene, lets the window do its idle
work, then times, N times each (default 5): a click on a task and a click on the empty
diagram (mouse events on the view), a rename and a new duration (as the properties panel
makes them), the right arrow key, Delete, the Undo of a Delete, Copy, Paste, Duplicate,
a new task (as a drop from the palette makes it), a new flow between two tasks (as the
Connect tool makes it), Zoom In, an Undo back to the saved state with its Redo, and a key
typed in the find bar (the bar open on "Step 9", its first search made). Every
edit is undone between repetitions, untimed. FILE is a generated journey
(``python benchmarks/generate.py 100000 FILE``). Prints the median and the longest of each
gesture in milliseconds: a frame is 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from benchmarks.editor_worker import TARGET, EditorBench, _mouse, application, paint  # noqa: E402

GESTURES = ("click_step", "click_empty", "rename", "set_duration", "arrow_key", "delete",
            "undo_delete", "copy", "paste", "duplicate", "add_task", "connect", "zoom_in",
            "undo_to_saved_and_redo", "find_key")
#: How long the window is left to its idle work after opening (the rest of the scene).
SETTLE_SECONDS = 2.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--repeat", type=int, default=5, help="times each gesture is timed")
    args = parser.parse_args(argv)
    bench = EditorBench(application())
    bench.open(args.file)
    window = bench.window
    app, view, scene, actions = bench.app, window.view, window.scene, window.actions
    editor = window.editor
    model, stack = editor.model, editor.undo_stack
    end = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < end:
        app.processEvents()

    item = scene.step_items[TARGET]
    view.ensureVisible(item, 50, 50)
    app.processEvents()
    on_task = item.mapToScene(item.node_rect().center())
    off_steps = on_task + QPointF(0, -200)  # above the task, in its lane: no step there
    bounds = model.steps[TARGET].bounds
    lane = model.steps[TARGET].lane
    after = {flow.target for flow in model.outgoing(TARGET)}
    other = next(s.id for s in model.steps.values()
                 if s.id != TARGET and s.id not in after and s.kind == "task")

    def click(pos: QPointF) -> None:
        _mouse(view, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)
        _mouse(view, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)

    def select_task() -> None:
        scene.select_ids([TARGET])

    def delete_task() -> None:
        select_task()
        actions["delete"].trigger()

    def add_task() -> None:
        from customer_modeler.editor.step_kinds import STEP_KINDS

        kind = next(k for k, v in STEP_KINDS.items() if v.bpmn_kind == "task")
        editor.add_step(kind, lane, (bounds.x + bounds.width / 2, bounds.y + 300))

    def undo_to_saved_and_redo() -> None:
        stack.undo()
        stack.redo()

    find_field = window.find_bar.field

    def find_step_9() -> None:
        actions["find"].trigger()
        find_field.setText("Step 9")

    def close_find() -> None:
        QTest.keyClick(find_field, Qt.Key.Key_Escape)

    # name -> (set-up, gesture, tidy-up), the set-up and tidy-up untimed
    nothing = None
    undo = stack.undo
    plan: dict[str, tuple[Callable[[], object] | None, Callable[[], object], Callable[[], object] | None]] = {
        "click_step": (scene.clearSelection, lambda: click(on_task), nothing),
        "click_empty": (select_task, lambda: click(off_steps), nothing),
        "rename": (nothing, lambda: editor.rename(TARGET, "Renamed"), undo),
        "set_duration": (nothing, lambda: editor.set_attribute(TARGET, "duration", "7"), undo),
        "arrow_key": (select_task, actions["nudge_right"].trigger, undo),
        "delete": (select_task, actions["delete"].trigger, undo),
        "undo_delete": (delete_task, undo, nothing),
        "copy": (select_task, actions["copy"].trigger, nothing),
        "paste": (select_task, actions["paste"].trigger, undo),
        "duplicate": (select_task, actions["duplicate"].trigger, undo),
        "add_task": (nothing, add_task, undo),
        "connect": (nothing, lambda: editor.connect(TARGET, other), undo),
        "zoom_in": (nothing, actions["zoom_in"].trigger, actions["zoom_out"].trigger),
        "undo_to_saved_and_redo": (lambda: editor.rename(TARGET, "Renamed"), undo_to_saved_and_redo, undo),
        "find_key": (find_step_9, lambda: QTest.keyClick(find_field, "1"), close_find),
    }
    print(f"{Path(args.file).name}: {len(model.steps):,} steps, {len(model.flows):,} flows; "
          f"median and longest of {args.repeat}, ms")
    for name in GESTURES:
        set_up, gesture, tidy_up = plan[name]
        times = []
        for _ in range(args.repeat):
            if set_up is not None:
                set_up()
            app.processEvents()
            paint(view)
            start = time.perf_counter()
            gesture()
            app.processEvents()
            paint(view)
            times.append(time.perf_counter() - start)
            if tidy_up is not None:
                tidy_up()
                app.processEvents()
        print(f"{name:24s} {statistics.median(times) * 1000:8.1f} {max(times) * 1000:8.1f}", flush=True)
    if not stack.isClean():
        print("error: the gestures left unsaved changes", file=sys.stderr)
        return 1
    # What Copy left on the clipboard goes before the application (see bench_bulk_edits).
    app.clipboard().clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
