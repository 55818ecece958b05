"""One step's Delete, Duplicate and their Undo on a large journey cost the edit, not the
journey: the scene keeps its label order instead of counting every item again, and the
model puts back in order only the lookups the undo filled. Both orders stay the ones a
full count gives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.editor import gestures as g
from tests.editor.test_bulk_edits import journey_window


def lookups(model) -> tuple[object, ...]:  # noqa: ANN001
    """Every lane's steps and every step's flows, in the order the model lists them."""
    return ({lane: [s.id for s in model.steps_in_lane(lane)] for lane in model.lanes},
            {step: ([f.id for f in model.outgoing(step)], [f.id for f in model.incoming(step)])
             for step in model.steps})


def label_order_is_full_count(scene) -> bool:  # noqa: ANN001
    every = set(scene.step_items) | set(scene.flow_items)
    return scene.in_label_order(every) == [*scene.step_items, *scene.flow_items]


def test_deleting_one_step_and_undoing_it_keeps_the_orders(qtbot) -> None:
    # given a journey of 200 steps, its labels placed once
    window = journey_window(qtbot, 200)
    model, scene = window.editor.model, window.scene
    assert label_order_is_full_count(scene)
    counted = scene._label_order
    steps, flows, before = list(model.steps), list(model.flows), lookups(model)
    # a task in the middle of the journey, with flows in and out
    middle = next(s.id for s in list(model.steps.values())[len(steps) // 2:]
                  if s.kind == "task" and model.incoming(s.id) and model.outgoing(s.id))
    # when it is clicked and deleted with the Delete key
    g.click(window.view, g.centre(window, middle))
    assert scene.selected_ids() == [middle]
    window.activateWindow()  # the window's shortcuts answer only then
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.wait(1)  # the labels near the edit are placed once the edit has ended
    # then it and its flows are gone, and the label order was kept, without them
    assert middle not in model.steps and middle not in scene.step_items
    assert scene._label_order is counted and middle not in counted
    assert label_order_is_full_count(scene)
    # when the deletion is undone with Ctrl+Z
    g.ctrl_key(window, Qt.Key.Key_Z)
    qtbot.wait(1)
    # then the model lists its steps, flows, lanes' steps and steps' flows as before
    assert list(model.steps) == steps and list(model.flows) == flows
    assert lookups(model) == before
    # and the scene filed the step and its flows in the kept label order, where a full count
    # would put them
    assert scene._label_order is counted and middle in counted
    assert label_order_is_full_count(scene)


def test_duplicating_one_step_and_undoing_it_keeps_the_orders(qtbot) -> None:
    window = journey_window(qtbot, 200)
    model, scene = window.editor.model, window.scene
    assert label_order_is_full_count(scene)
    counted = scene._label_order
    steps, before = list(model.steps), lookups(model)
    task = next(s.id for s in model.steps.values() if s.kind == "task")
    # when a task is clicked and duplicated with Ctrl+D
    g.click(window.view, g.centre(window, task))
    g.ctrl_key(window, Qt.Key.Key_D)
    qtbot.wait(1)
    # then its copy is the last step, filed last in the kept label order
    copy = list(model.steps)[-1]
    assert copy not in steps and copy in scene.step_items
    assert scene._label_order is counted and label_order_is_full_count(scene)
    # and after Ctrl+Z the copy is gone and everything is listed as before
    g.ctrl_key(window, Qt.Key.Key_Z)
    qtbot.wait(1)
    assert list(model.steps) == steps and lookups(model) == before
    assert scene._label_order is counted and label_order_is_full_count(scene)
