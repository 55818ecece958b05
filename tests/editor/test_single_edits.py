"""One step's Delete, Duplicate and their Undo on a large journey cost the edit, not the
journey: the scene keeps its label order instead of counting every element again, and
the model puts back in order only the lookups the undo filled. Both orders stay the
model's, so an undo gives back the labels' places too."""

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


def label_order_is_the_models(scene) -> bool:  # noqa: ANN001
    every = set(scene.step_items) | set(scene.flow_items)
    model = scene.model
    return scene.in_label_order(every) == ([k for k in model.steps if k in every]
                                           + [k for k in model.flows if k in every])


def label_places(scene) -> dict[str, tuple[float, float]]:  # noqa: ANN001
    """Where each flow label and each name beside a shape is drawn."""
    places = {key: (item._label_rect().x(), item._label_rect().y())  # noqa: SLF001
              for key, item in scene.flow_items.items() if item.label}
    places.update((key, (item.text_rect().x(), item.text_rect().y()))
                  for key, item in scene.step_items.items() if item.fitted.lines)
    return places


def press_delete(window, qtbot) -> None:  # noqa: ANN001
    window.activateWindow()  # the window's shortcuts answer only then
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)


def test_deleting_one_step_and_undoing_it_gives_back_orders_and_labels(qtbot) -> None:
    # given a journey of 200 steps, its labels placed once, in the model's order, not
    # counted yet for an edit
    window = journey_window(qtbot, 200)
    model, scene = window.editor.model, window.scene
    assert scene._label_order is None
    steps, flows, before = list(model.steps), list(model.flows), lookups(model)
    places = label_places(scene)
    # the task after the journey's first decision: the decision's two labels (70 %, 30 %)
    # stand one above the other
    task = "U0_c"
    assert model.steps[task].kind == "task" and model.incoming(task) and model.outgoing(task)
    # when it is clicked and deleted with the Delete key
    g.click(window.view, g.centre(window, task))
    assert scene.selected_ids() == [task]
    press_delete(window, qtbot)
    qtbot.wait(1)  # the labels near the edit are placed once the edit has ended
    # then it and its flows are gone, the label order was counted (with the places of
    # what was deleted), and the other label of the decision took the freed place
    assert task not in model.steps and task not in scene.step_items
    counted = scene._label_order
    assert counted is not None and label_order_is_the_models(scene)
    assert label_places(scene) != {k: v for k, v in places.items() if k in label_places(scene)}
    # when the deletion is undone with Ctrl+Z
    g.ctrl_key(window, Qt.Key.Key_Z)
    qtbot.wait(1)
    # then the model lists its steps, flows, lanes' steps and steps' flows as before
    assert list(model.steps) == steps and list(model.flows) == flows
    assert lookups(model) == before
    # and the scene kept its label order, with the step and flows at their old places,
    # so every label is drawn where it was before the deletion
    assert scene._label_order is counted and label_order_is_the_models(scene)
    assert label_places(scene) == places


def test_duplicating_one_step_and_undoing_it_keeps_the_orders(qtbot) -> None:
    window = journey_window(qtbot, 200)
    model, scene = window.editor.model, window.scene
    assert label_order_is_the_models(scene)
    counted = scene._label_order
    steps, before = list(model.steps), lookups(model)
    task = next(s.id for s in model.steps.values() if s.kind == "task")
    # when a task is clicked and duplicated with Ctrl+D
    g.click(window.view, g.centre(window, task))
    g.ctrl_key(window, Qt.Key.Key_D)
    qtbot.wait(1)
    # then its copy is the last step, last in the kept label order too
    copy = list(model.steps)[-1]
    assert copy not in steps and copy in scene.step_items
    assert scene._label_order is counted and label_order_is_the_models(scene)
    # and after Ctrl+Z the copy is gone and everything is listed as before
    g.ctrl_key(window, Qt.Key.Key_Z)
    qtbot.wait(1)
    assert list(model.steps) == steps and lookups(model) == before
    assert scene._label_order is counted and label_order_is_the_models(scene)
