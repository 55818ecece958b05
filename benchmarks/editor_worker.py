"""Benchmarks: the editor measures, run in a process of their own (Qt offscreen).

The runner starts ``python -m benchmarks.editor_worker`` once per size and sends it one
JSON command per line (``open``, ``pan``, ``drag``, ``move``, ``fit``, ``quit``); each
answer is one JSON line of seconds. A command line of its own lets the runner alternate
our figures with bpmn-js's, one repetition each, and keeps every size's memory apart.
``--peak-rss FILE`` instead opens FILE once, paints it, and prints the peak resident
memory in MB: the memory of the model open in the editor.

Everything goes through the real window: :class:`MainWindow` opens the file with
File ▸ Open's own code (``files.load``), a move goes through the editing façade, a drag
through mouse events on the view (the move tool), and every gesture ends with a paint of
the view's viewport (``viewport().grab()``, Qt's own paint event), so a figure is the
time until the person sees the result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timing import collector_pauses, peak_rss_mb, seconds  # noqa: E402

#: The task every gesture grabs: in the first unit, so it is in view after opening (in
#: bpmn-js's first view too), in a department lane, with a branch and a merge around it.
TARGET = "U0_c"
#: How far a move takes the task (scene units; a multiple of the grid, inside its lane).
MOVE_BY = 40.0
#: How long ``idle`` watches the window make the rest of a large scene by itself (s).
IDLE_SECONDS = 1.0


def paint(view: Any) -> Any:
    """Paint the view's viewport now (its paint event, into a pixmap)."""
    return view.viewport().grab()


def _mouse(view: Any, kind: QEvent.Type, scene_pos: QPointF, buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()
    local = QPointF(view.mapFromScene(scene_pos))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), button,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


class EditorBench:
    """One main window and the timed gestures on the document it shows."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: Any = None

    # -- opening --------------------------------------------------------------------------
    def open(self, path: str) -> dict[str, float]:
        """File ▸ Open of ``path`` in a new shown window, split into its parts, then a paint.

        ``read`` is the BPMN reader (parse and model), ``scene`` the scene's items, ``model``
        the rest of the document's set-up (file stamp and lock, undo history, the analysis
        snapshot, docks, the first view), ``first_paint`` the queued events and the paint.
        A large model's scene makes the start of the journey at once and its other items
        while idle: ``scene_rest`` is that work, done at once right after the paint.
        ``gc_longest`` and ``gc_total`` are the garbage collector's own pauses in all of it.
        """
        from customer_modeler.bpmn import reader
        from customer_modeler.editor.window import main_window

        self._close()
        window = self._new_window(main_window.MainWindow)
        parts = {"read": 0.0, "scene": 0.0}
        read_file, scene_class = reader.read_bpmn_file, main_window.ProcessScene
        reader.read_bpmn_file = _timed(read_file, parts, "read")
        main_window.ProcessScene = _timed(scene_class, parts, "scene")
        with collector_pauses() as pauses:
            try:
                loaded: list[bool] = []
                load = seconds(lambda: loaded.append(window.files.load(Path(path))))
            finally:
                reader.read_bpmn_file, main_window.ProcessScene = read_file, scene_class
            if not loaded[0] or window.errors:
                raise RuntimeError(f"the editor refused {path}: {window.errors}")
            start = time.perf_counter()
            self.app.processEvents()
            paint(window.view)
            first_paint = time.perf_counter() - start
            first_items = len(window.scene.items())
            start = time.perf_counter()  # right after the paint, as the idle work follows it
            self._rest_of_scene(window)
            rest = time.perf_counter() - start
        return {"read": parts["read"], "scene": parts["scene"],
                "model": load - parts["read"] - parts["scene"], "first_paint": first_paint,
                "open": load + first_paint, "scene_rest": rest, "first_items": first_items,
                "items": len(window.scene.items()), "gc_longest": max(pauses, default=0.0),
                "gc_total": sum(pauses)}

    def idle(self, path: str) -> dict[str, float]:
        """Open ``path`` and let the window make the rest of its scene by itself for
        :data:`IDLE_SECONDS`: ``idle_longest`` is the longest the event loop was held by
        that work (what a click or a key meanwhile waits), in seconds; absent for a model
        drawn whole at once. The window is then left as it is (``open`` makes a new one)."""
        from customer_modeler.editor.window import main_window

        self._close()
        window = self._new_window(main_window.MainWindow)
        if not window.files.load(Path(path)) or window.errors:
            raise RuntimeError(f"the editor refused {path}: {window.errors}")
        self.app.processEvents()
        paint(window.view)
        held: list[float] = []
        end = time.perf_counter() + IDLE_SECONDS
        while window.scene.pending and time.perf_counter() < end:
            start = time.perf_counter()
            self.app.processEvents()
            held.append(time.perf_counter() - start)
        return {"idle_longest": max(held)} if held else {}

    def _rest_of_scene(self, window: Any) -> None:
        """The items a large model's scene makes while idle after the first view, made now
        with their labels, and the copies of steps and flows the window makes ahead after
        them (every gesture is then measured on the whole scene, and the memory with it)."""
        window.scene.complete()
        self.app.processEvents()
        ahead = getattr(window, "copy_ahead", None)
        while ahead is not None and not ahead.done:
            self.app.processEvents()

    def _new_window(self, window_class: type) -> Any:
        window = window_class()
        window.files.ask_save_changes = lambda: "discard"
        window.errors = []
        window.files.show_error = lambda _title, text: window.errors.append(text)
        window.show()
        self.app.processEvents()
        self.window = window
        return window

    def _close(self) -> None:
        if self.window is None:
            return
        self.window.files.close_document()
        self.window.close()
        self.window.deleteLater()
        self.window = None
        self.app.processEvents()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # -- gestures -------------------------------------------------------------------------
    def pan(self) -> dict[str, float]:
        """Scroll a third of the view sideways (alternately right and left) and repaint."""
        view = self.window.view
        bar = view.horizontalScrollBar()
        step = view.viewport().width() // 3
        step = step if bar.value() + step <= bar.maximum() else -step
        return {"pan": self._timed(lambda: bar.setValue(bar.value() + step))}

    def drag(self) -> dict[str, float]:
        """One mouse move of a drag of the task with the move tool, and its repaint.

        The task is scrolled into view if needed; the press and a first move come before
        the timed move;
        the release (one undoable move) and its undo after it, untimed.
        """
        window = self.window
        view, stack = window.view, window.editor.undo_stack
        item = window.scene.step_items[TARGET]
        view.ensureVisible(item, 50, 50)  # a pan may have scrolled it away
        self.app.processEvents()
        before = window.editor.model.steps[TARGET].bounds
        grab = item.mapToScene(item.node_rect().center())
        held = Qt.MouseButton.LeftButton
        _mouse(view, QEvent.Type.MouseButtonPress, grab, held)
        _mouse(view, QEvent.Type.MouseMove, grab + QPointF(8, 0), held)
        end = grab + QPointF(MOVE_BY, 0)
        step = self._timed(lambda: _mouse(view, QEvent.Type.MouseMove, end, held))
        index = stack.index()
        _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
        moved = window.editor.model.steps[TARGET].bounds != before and stack.index() == index + 1
        if moved:
            stack.undo()
        self.app.processEvents()
        return {"drag_step": step, "dragged": float(moved)}

    def move(self) -> dict[str, float]:
        """Apply and undo a move through the editing façade, each with its repaint.

        From the saved state: an untimed first move, then the timed ``apply`` of a second
        move, its ``undo``, and the ``undo_clean`` of the first, back to the saved state.
        """
        from customer_modeler.model import Rect

        editor = self.window.editor
        stack = editor.undo_stack
        if not stack.isClean():
            raise RuntimeError("the document has unsaved changes before the move")
        b = editor.model.steps[TARGET].bounds
        editor.move_steps({TARGET: Rect(b.x + MOVE_BY, b.y, b.width, b.height)})
        self.app.processEvents()
        apply = self._timed(lambda: editor.move_steps(
            {TARGET: Rect(b.x + 2 * MOVE_BY, b.y, b.width, b.height)}))
        undo = self._timed(stack.undo)
        undo_clean = self._timed(stack.undo)
        if not stack.isClean() or editor.model.steps[TARGET].bounds != b:
            raise RuntimeError("undo did not bring the document back to its saved state")
        return {"move_apply": apply, "move_undo": undo, "move_undo_clean": undo_clean}

    def fit(self) -> dict[str, float]:
        """View ▸ Zoom to Fit from 100 %, and the paint of the whole diagram; then the same
        right after a move of the task (which the view may have to measure again), undone
        after."""
        from customer_modeler.model import Rect

        view, editor = self.window.view, self.window.editor
        fit = self._fit_from_100()
        b = editor.model.steps[TARGET].bounds
        editor.move_steps({TARGET: Rect(b.x + MOVE_BY, b.y, b.width, b.height)})
        after_edit = self._fit_from_100()
        editor.undo_stack.undo()
        self.app.processEvents()
        return {"zoom_fit": fit, "zoom_fit_after_edit": after_edit, "zoom": view.zoom()}

    def _fit_from_100(self) -> float:
        view = self.window.view
        view.set_zoom(1.0)
        view.centerOn(self.window.scene.step_items[TARGET].sceneBoundingRect().center())
        self.app.processEvents()
        paint(view)
        return self._timed(view.zoom_to_fit)

    def _timed(self, action: Callable[[], object]) -> float:
        """Seconds of ``action``, the events it queued and the repaint of the view."""
        view = self.window.view

        def whole() -> None:
            action()
            self.app.processEvents()
            paint(view)

        return seconds(whole)


def _timed(call: Callable[..., Any], parts: dict[str, float], key: str) -> Callable[..., Any]:
    """``call`` that adds its seconds to ``parts[key]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            parts[key] += time.perf_counter() - start

    return wrapper


def application() -> QApplication:
    """The Qt application, with settings kept apart from the person's own."""
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Customer Process Modeler")
    app.setOrganizationName("customer-process-modeler")
    return app


def serve(bench: EditorBench) -> None:
    """Answer one JSON command per line of stdin until ``quit`` or the end of input."""
    for line in sys.stdin:
        command = json.loads(line)
        if command["do"] == "quit":
            break
        try:
            answer = getattr(bench, command["do"])(*command.get("args", ()))
        except Exception as error:  # noqa: BLE001 - reported to the runner, which says so
            answer = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peak-rss", metavar="FILE", help="open FILE once; print the peak RSS in MB")
    args = parser.parse_args(argv)
    bench = EditorBench(application())
    if args.peak_rss:
        bench.open(args.peak_rss)
        print(json.dumps({"peak_rss": peak_rss_mb()}), flush=True)
        return 0
    serve(bench)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
