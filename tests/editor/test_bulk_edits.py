"""Edits of many elements at once: Select All, Delete, Undo, arrow keys, a group drag,
Copy and Paste. The selection is announced once per edit, not once per element (each
announcement had the window read the whole selection: minutes on a large journey);
a group moves as one block, so the routes between its steps keep their shape; and the
diagram after Undo is the one before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene, QLabel

from customer_modeler.editor.editing import clipboard as clip
from customer_modeler.editor.window import clipboard_actions
from customer_modeler.model.elements import Rect
from tests.editor import gestures as g

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate_model  # noqa: E402

def announcements(window) -> list[int]:  # noqa: ANN001
    """The size of the selection each time the scene announces it changed (until the scene
    is being destroyed, which announces it too)."""
    heard: list[int] = []
    scene = window.scene

    def hear() -> None:
        if shiboken6.isValid(scene):
            heard.append(len(scene.selectedItems()))

    scene.selectionChanged.connect(hear)
    return heard


def journey_window(qtbot, steps: int):  # noqa: ANN001, ANN201
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(generate_model(steps), title="Journey")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.files.ask_save_changes = lambda: "discard"
    window.view.setFocus()
    return window


def panel_text(window) -> list[str]:  # noqa: ANN001
    """What the properties panel says (its labels, top to bottom)."""
    return [label.text() for label in window.properties.scroll.widget().findChildren(QLabel)]


def lane_marks(window) -> dict[str, tuple[bool, bool]]:  # noqa: ANN001
    return {lane_id: (item.faces_customer, item.line_of_visibility)
            for lane_id, item in window.scene.lane_items.items()}


def test_select_all_delete_and_undo_announce_the_selection_once_each(qtbot) -> None:
    # given a journey of 120 steps in a window
    window = journey_window(qtbot, 120)
    model, scene = window.editor.model, window.scene
    steps, flows, marks = list(model.steps), list(model.flows), lane_marks(window)
    assert any(faces for faces, _ in marks.values())
    heard = announcements(window)
    # when everything is selected with Ctrl+A and deleted with Delete
    g.ctrl_key(window, Qt.Key.Key_A)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    # then the selection was announced twice: all of it, then none of it
    assert heard == [len(steps) + len(flows), 0]
    assert not model.steps and not model.flows and not scene.step_items
    assert window.selection_label.text() == "Nothing selected"
    assert panel_text(window) == ["Select a step, flow or lane."]
    assert not any(faces for faces, _ in lane_marks(window).values())  # no lane holds a step
    # when the deletion is undone with Ctrl+Z
    g.ctrl_key(window, Qt.Key.Key_Z)
    # then every step and flow is back in its order, drawn, and the lanes look as before
    assert list(model.steps) == steps and list(model.flows) == flows
    assert set(scene.step_items) == set(steps) and set(scene.flow_items) == set(flows)
    assert lane_marks(window) == marks


@pytest.fixture
def off_grid(window):  # noqa: ANN001, ANN201
    """The small journey with "Prepare quote" moved off the grid, as another tool places
    shapes, and it and "Call the shop" selected."""
    editor = window.editor
    editor.move_steps({"T_quote": Rect(493, 203, 120, 80)}, snap_to_grid=False)
    window.scene.select_ids(["T_call", "T_quote"])
    return window


def test_arrow_keys_move_a_selection_as_one_block(off_grid) -> None:
    # given two selected steps, one off the grid, and the route between them
    model = off_grid.editor.model
    before = {s: model.steps[s].bounds for s in ("T_call", "T_quote")}
    flow = next(f for f in model.flows.values() if (f.source, f.target) == ("T_call", "T_quote"))
    route = flow.waypoints
    # when the right arrow key is pressed
    off_grid.view.setFocus()
    QTest.keyClick(off_grid.view, Qt.Key.Key_Right)
    # then both moved by exactly 10 (the grid did not pull the off-grid step further),
    # and the route between them moved with them, keeping its shape
    for step_id, old in before.items():
        assert model.steps[step_id].bounds == Rect(old.x + 10, old.y, old.width, old.height)
    assert model.flows[flow.id].waypoints == tuple((x + 10, y) for x, y in route)


def test_a_dragged_group_lands_where_the_drag_showed_it(off_grid) -> None:
    # given two selected steps 203 units apart, one off the grid
    model, scene = off_grid.editor.model, off_grid.scene
    # when "Call the shop" is dragged 53 units right and released, Alt held so that only
    # the grid guides it (no lining up with other steps)
    start, alt = g.centre(off_grid, "T_call"), Qt.KeyboardModifier.AltModifier
    g.press(off_grid.view, start)
    g.move(off_grid.view, start + QPointF(20, 0), modifiers=alt)
    g.move(off_grid.view, start + QPointF(53, 0), modifiers=alt)
    shown = {s: scene.step_items[s].pos() for s in ("T_call", "T_quote")}
    g.release(off_grid.view, start + QPointF(53, 0), modifiers=alt)
    # then the pressed step's centre is on the grid, and each step is where the drag showed it
    call, quote = model.steps["T_call"].bounds, model.steps["T_quote"].bounds
    assert call.center[0] % 10 == 0 and call.x > 290
    assert (call.x, call.y) == (shown["T_call"].x(), shown["T_call"].y())
    assert (quote.x, quote.y) == (shown["T_quote"].x(), shown["T_quote"].y())
    assert quote.x - call.x == 203


def test_paste_announces_the_pasted_selection_once(off_grid) -> None:
    # given two copied steps
    g.ctrl_key(off_grid, Qt.Key.Key_C)
    heard = announcements(off_grid)
    # when they are pasted with Ctrl+V
    g.ctrl_key(off_grid, Qt.Key.Key_V)
    # then the copies are selected, and that was announced once
    selected = off_grid.scene.selected_ids()
    assert len(selected) == 2 and not {"T_call", "T_quote"} & set(selected)
    assert heard == [2]


def test_a_copy_too_large_for_a_picture_makes_no_scene_for_one(window, monkeypatch) -> None:
    # given a copy of steps that span more than a picture may
    model = window.editor.model
    payload = clip.copy_payload(model, ["T_call", "T_quote"])
    payload["steps"][1]["bounds"]["x"] = clipboard_actions.MAX_PICTURE_SIDE + 1000
    made: list[object] = []
    monkeypatch.setattr("customer_modeler.editor.canvas.scene.ProcessScene",
                        lambda *args, **kwargs: made.append(args))
    # when its picture is asked for
    picture = clipboard_actions.selection_picture(model, payload)
    # then there is none, and no scene was made to find that out
    assert picture is None and made == []


def index_changes(scene) -> list:  # noqa: ANN001
    """The index methods the scene is switched to from now on."""
    switched: list = []
    switch = scene.setItemIndexMethod

    def recorded(method) -> None:  # noqa: ANN001
        switched.append(method)
        switch(method)

    scene.setItemIndexMethod = recorded
    return switched


def test_aligning_every_step_files_the_items_once_at_the_end(qtbot) -> None:  # noqa: ANN001
    # given a journey of 300 steps, everything selected with Ctrl+A
    window = journey_window(qtbot, 300)
    model, scene = window.editor.model, window.scene
    scene.items(QPointF(0, 0))  # Qt chooses the tree's depth when first asked
    depth, switched = scene.bspTreeDepth(), index_changes(scene)
    before = {s: model.steps[s].bounds for s in model.steps}
    g.ctrl_key(window, Qt.Key.Key_A)
    # when Edit ▸ Arrange ▸ Align Left piles them up in one column
    window.actions["align_left"].trigger()
    qtbot.waitUntil(lambda: not scene.index.paused)
    # then the scene went without its index during the edit and is indexed again, as deep
    bsp, none = QGraphicsScene.ItemIndexMethod.BspTreeIndex, QGraphicsScene.ItemIndexMethod.NoIndex
    assert switched == [none, bsp]
    # and a click finds each step where it now is, in a tree as deep as before
    moved = [s for s in model.steps if model.steps[s].bounds != before[s]]
    assert len(moved) > 200 and len({model.steps[s].bounds.x for s in moved}) == 1
    for step_id in moved:
        assert scene.step_items[step_id] in scene.items(g.centre(window, step_id))
    assert scene.itemIndexMethod() == bsp and scene.bspTreeDepth() == depth
    # when it is undone with Ctrl+Z, then every step is back and found there
    g.ctrl_key(window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: not scene.index.paused)
    assert switched == [none, bsp, none, bsp]
    for step_id in moved:
        assert model.steps[step_id].bounds == before[step_id]
        assert scene.step_items[step_id] in scene.items(g.centre(window, step_id))


def test_a_small_edit_keeps_the_index(off_grid) -> None:
    # given two selected steps of the small journey
    switched = index_changes(off_grid.scene)
    # when they are moved with an arrow key, then the index stayed as it was
    off_grid.view.setFocus()
    QTest.keyClick(off_grid.view, Qt.Key.Key_Right)
    QTest.qWait(20)
    assert switched == [] and off_grid.editor.model.steps["T_call"].bounds.x > 0


def test_flow_labels_move_with_the_routes_a_group_drag_shows(qtbot, example_window) -> None:  # noqa: ANN001
    # given the Order journey at 100 %, "Order channel" and the two steps it leads to selected
    window = example_window
    window.view.set_zoom(1.0)
    scene = window.scene
    window.view.centerOn(scene.step_items["G04"])
    scene.select_ids(["G04", "T06", "T07"])
    inside, into = scene.flow_items["F14"], scene.flow_items["F13"]  # "75%", and "70%" into G04
    assert inside.label == "75%" and into.label == "70%"
    labels = {item: item._label_rect() for item in (inside, into)}  # noqa: SLF001
    at_rest = scene.step_items["G04"].pos()
    # when "Order channel" is dragged 200 right and 120 down, not yet released
    start, offset = g.centre(window, "G04"), QPointF(200, 120)
    g.press(window.view, start)
    g.move(window.view, start + QPointF(20, 0))
    g.move(window.view, start + offset)
    moved = scene.step_items["G04"].pos() - at_rest
    assert moved.manhattanLength() > 200
    # then the label between two dragged steps moved with its route, exactly as far
    assert inside._label_rect() == labels[inside].translated(moved)  # noqa: SLF001
    # and the label of the flow into the group kept close to its reshaped route
    centre = into._label_rect().center()  # noqa: SLF001
    assert into.shape().boundingRect().adjusted(-30, -30, 30, 30).contains(centre)
    assert min(abs(centre.y() - p.y()) for p in into.points) < 30 or \
        min(abs(centre.x() - p.x()) for p in into.points) < 30
    # when released, then the labels are placed again on the routes the model now holds
    g.release(window.view, start + offset)
    qtbot.waitUntil(lambda: not scene._labels_due)  # noqa: SLF001
    assert inside._label_shift is None and into._label_shift is None  # noqa: SLF001
