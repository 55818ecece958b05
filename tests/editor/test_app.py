"""The application starts headless, shows read-only kinds, and pans like people expect."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from customer_modeler.editor.editing.facade import EditRefused
from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.model import Artifact, Rect, Step
from tests.editor import gestures as g
from tests.editor.factory import make_model

REPO = Path(__file__).resolve().parents[2]


def test_run_editor_starts_and_quits_with_status_0():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = "import sys; from customer_modeler.app import run_editor; sys.exit(run_editor([], quit_after=0.5))"
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_bundled_example_opens_when_no_file_is_given(qtbot):
    from customer_modeler.app import bundled_example

    model = bundled_example()
    window = MainWindow(model, title="Order journey (example)")
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Order journey (example)")
    assert len(window.scene.step_items) == len(model.steps) > 20
    assert next(iter(model.lanes.values())).role == "customer"


def test_with_no_file_the_bundled_example_file_opens_read_only(qtbot):
    from customer_modeler.app import _example_window
    from customer_modeler.resources import example_path

    window = _example_window(MainWindow)
    qtbot.addWidget(window)
    assert window.files.path == example_path()  # the shipped file, not a copy built from code
    assert window.files.read_only and window.files.lock is None
    assert len(window.scene.step_items) > 20
    lock = example_path().with_name(f".{example_path().name}.lock")
    assert not lock.exists()


def test_read_only_kinds_are_drawn_with_labels_and_kept(qtbot):
    model = make_model()
    model.add_step(Step("Sub_1", "subProcess", "Check stock", "L_sales", bounds=Rect(700, 190, 120, 80)))
    model.add_artifact(Artifact("Note_1", "textAnnotation", "Peak season", bounds=Rect(800, 20, 100, 40)))
    window = MainWindow(model)
    qtbot.addWidget(window)
    sub = window.scene.step_items["Sub_1"]
    assert sub.read_only and sub.name == "Check stock"
    assert window.scene.artifact_items["Note_1"].name == "Peak season"
    with pytest.raises(EditRefused):
        window.editor.remove(["Sub_1"])
    with pytest.raises(EditRefused):
        window.editor.move_steps({"Sub_1": Rect(700, 360, 120, 80)})


def test_space_drag_and_middle_drag_pan(qtbot):
    window = MainWindow(make_model())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(2.0)
    bar = window.view.horizontalScrollBar()
    start = bar.value()
    QTest.keyPress(window.view, Qt.Key.Key_Space)
    g.drag(window.view, QPointF(500, 240), QPointF(400, 240))
    QTest.keyRelease(window.view, Qt.Key.Key_Space)
    assert bar.value() > start
    assert window.editor.undo_stack.count() == 0  # panning edits nothing
