"""The window driven as a person would: palette drop, drags, connect, dock, rename, undo, save.

Every gesture goes through the view's viewport (mouse and drop events) or the keyboard;
the assertions look at the model and at the saved file, not only at the scene.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.editor import gestures as g
from tests.editor.test_bulk_edits import announcements
from tests.editor.factory import snapshot



def header(window, lane_id) -> QPointF:
    return window.scene.lane_items[lane_id].header_scene_rect().center()


def drop_touchpoint(window, pos=(300, 240)) -> str:
    before = set(window.editor.model.steps)
    g.drop_mime(window.view, window.palette.mime_for("touchpoint:phone"), pos)
    (new_id,) = set(window.editor.model.steps) - before
    return new_id


def connect(window, source, target) -> None:
    g.click(window.view, g.centre(window, source))
    handle = window.scene.step_items[source].handle_scene_pos()
    g.drag(window.view, handle, g.centre(window, target))


def edit_field(window, name, text) -> None:
    field = window.properties.findChild(QLineEdit, f"field-{name}")
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_palette_drop_creates_a_touchpoint_in_the_lane(window):
    step_id = drop_touchpoint(window)
    step = window.editor.model.steps[step_id]
    assert (step.lane, step.kind, step.channel, step.visible) == ("L_sales", "task", "phone", True)
    assert step.bounds.center == (300, 240)
    assert window.scene.selected_ids() == [step_id]
    assert window.isWindowModified()


def test_click_palette_then_click_in_lane(window):
    window.palette.item_for("decision").setSelected(True)
    window.palette.itemClicked.emit(window.palette.item_for("decision"))
    before = set(window.editor.model.steps)
    g.click(window.view, (300, 400))
    (new_id,) = set(window.editor.model.steps) - before
    assert window.editor.model.steps[new_id].kind == "exclusiveGateway"
    assert window.editor.model.steps[new_id].lane == "L_fulfil"


def test_drag_step_into_another_lane_is_one_undo_step(window):
    model = window.editor.model
    g.drag(window.view, g.centre(window, "T_quote"), (553, 397))
    assert model.steps["T_quote"].lane == "L_fulfil"
    assert model.steps["T_quote"].bounds.center == (550, 400)  # snapped to the grid
    assert model.flows["F2"].waypoints[-1] == (490, 400)       # the flow followed
    assert window.editor.undo_stack.count() == 1
    assert window.actions["undo"].text() == "Undo Move step 'Prepare quote'"


def test_rubber_band_drag_of_three_steps_reads_undo_move_3_steps(window):
    g.drag(window.view, (250, 20), (800, 310))  # from empty lane space, around three steps
    assert sorted(window.scene.selected_ids()) == ["E_end", "F2", "F3", "T_call", "T_quote"]
    g.drag(window.view, g.centre(window, "T_call"), g.centre(window, "T_call") + QPointF(0, 20))
    assert window.actions["undo"].text() == "Undo Move 3 steps"
    assert window.selection_label.text() == "5 selected"


def test_connect_by_dragging_the_handle_and_refusal_feedback(window):
    model = window.editor.model
    connect(window, "S_start", "T_quote")
    flows = [f for f in model.flows.values() if (f.source, f.target) == ("S_start", "T_quote")]
    assert len(flows) == 1
    connect(window, "T_quote", "S_start")  # into a start event: refused
    assert not [f for f in model.flows.values() if f.target == "S_start"]
    assert "start" in window.statusBar().currentMessage()
    notes = [i for i in window.scene.items() if hasattr(i, "text") and "start" in i.text()]
    assert notes, "a refusal note is shown next to the cursor"


def test_drag_a_bend_point_keeps_the_route_orthogonal(window):
    model = window.editor.model
    points = model.flows["F2"].waypoints  # (410,80) (450,80) (450,240) (490,240)
    g.click(window.view, QPointF(450, 120))  # on the vertical segment: selects the flow
    assert window.scene.selected_ids() == ["F2"]
    g.drag(window.view, QPointF(450, 80), QPointF(470, 60))
    # the bend went where it was dragged; its neighbours followed, the start slid along
    # the right side of 'Call the shop'
    assert model.flows["F2"].waypoints == ((410, 60), (470, 60), (470, 240), (490, 240))
    assert window.actions["undo"].text() == "Undo Move bend point of 'F2'"
    window.actions["undo"].trigger()
    assert model.flows["F2"].waypoints == points


def test_property_dock_edits_and_refuses(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "T_quote"))
    edit_field(window, "duration", "12")
    assert model.steps["T_quote"].duration == 12
    assert window.actions["undo"].text() == "Undo Set duration of 'Prepare quote' to 12 min"
    edit_field(window, "fail_prob", "1.3")
    error = window.properties.findChild(QLabel, "error-fail_prob")
    assert model.steps["T_quote"].fail_prob is None
    assert error.isVisible() and error.text() == "Failure probability must be between 0 and 1"
    edit_field(window, "duration", "")
    assert model.steps["T_quote"].duration is None


def test_property_dock_keeps_its_form_from_task_to_task_with_the_new_values(window):
    model = window.editor.model
    model.update_step("T_call", duration=5.0)
    # given "Prepare quote" shown, with a refused value and its message
    g.click(window.view, g.centre(window, "T_quote"))
    edit_field(window, "fail_prob", "1.3")
    error = window.properties.findChild(QLabel, "error-fail_prob")
    assert error.isVisible()
    duration = window.properties.findChild(QLineEdit, "field-duration")
    # when another task is clicked
    heard = announcements(window)
    g.click(window.view, g.centre(window, "T_call"))
    # then the new selection was announced once (not "nothing", then the task)
    assert heard == [1]
    # and the same form shows its values and lane, without the other task's message
    assert window.properties.findChild(QLineEdit, "field-duration") is duration
    assert duration.text() == "5" and window.properties.fields["fail_prob"].text() == ""
    assert window.properties.fields["name"].text() == "Call the shop"
    assert window.properties.lane_label.text() == "Customer"
    assert "Call the shop" in window.properties.title.text() and not error.isVisible()
    # and an edit there goes to that task
    edit_field(window, "duration", "7")
    assert model.steps["T_call"].duration == 7 and model.steps["T_quote"].duration is None
    # when an end event is clicked, its own form is built, with its own fields
    g.click(window.view, g.centre(window, "E_end"))
    assert window.properties.findChild(QLineEdit, "field-duration") is not duration
    assert window.properties.fields["name"].text() == "Quoted"
    # and after a click on the empty diagram, then on a task, the task's form is back
    g.click(window.view, QPointF(1000, 500))
    assert window.properties.shown_ids == [] and not window.properties.fields
    nothing = window.properties.scroll.widget()
    assert [label.text() for label in nothing.findChildren(QLabel)] == ["Select a step, flow or lane."]
    g.click(window.view, g.centre(window, "T_quote"))
    assert window.properties.findChild(QLineEdit, "field-duration") is duration
    assert window.properties.fields["name"].text() == "Prepare quote" and duration.text() == ""
    assert window.properties.lane_label.text() == "Sales"
    # and the page shown when nothing is selected is the one kept too
    g.click(window.view, QPointF(1000, 500))
    assert window.properties.scroll.widget() is nothing and not window.properties.fields


def test_rename_lane_by_double_clicking_its_header(window, qtbot):
    g.double_click(window.view, header(window, "L_sales"))
    editor = window.view.viewport().findChild(QLineEdit, "inline-editor")
    assert editor is not None and editor.text() == "Sales"
    editor.selectAll()
    QTest.keyClicks(editor, "Sales & advice")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.editor.model.lanes["L_sales"].name == "Sales & advice"


def test_reorder_lanes_by_dragging_a_header(window):
    model = window.editor.model
    g.drag(window.view, header(window, "L_fulfil"), header(window, "L_sales") - QPointF(0, 30))
    assert list(model.lanes) == ["L_customer", "L_fulfil", "L_sales"]
    assert model.steps["T_quote"].bounds.y == 360  # the step moved with its lane
    g.drag(window.view, header(window, "L_fulfil"), QPointF(60, 20))  # above the customer: refused
    assert list(model.lanes) == ["L_customer", "L_fulfil", "L_sales"]
    assert "customer lane" in window.statusBar().currentMessage()


def test_resize_lane_by_its_bottom_edge(window):
    model = window.editor.model
    g.drag(window.view, QPointF(700, 160), QPointF(700, 200))
    assert model.lanes["L_customer"].bounds.height == 200
    assert model.lanes["L_sales"].bounds.y == 200


def test_delete_key_removes_selection_with_flows(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "T_quote"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert "T_quote" not in model.steps and set(model.flows) == {"F1"}


def test_arrow_keys_nudge_and_merge(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "T_call"))
    window.view.setFocus()
    for _ in range(3):
        QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert model.steps["T_call"].bounds.x == 320
    assert window.editor.undo_stack.count() == 1


def test_double_click_step_edits_its_label(window):
    g.double_click(window.view, g.centre(window, "T_call"))
    editor = window.view.viewport().findChild(QLineEdit, "inline-editor")
    editor.selectAll()
    QTest.keyClicks(editor, "Phone the shop")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.editor.model.steps["T_call"].name == "Phone the shop"


def test_everything_undoes_back_to_the_original_redoes_and_saves(window, tmp_path):
    model = window.editor.model
    original = snapshot(model)
    new_id = drop_touchpoint(window)
    g.drag(window.view, g.centre(window, new_id), (300, 400))
    connect(window, new_id, "T_quote")
    g.double_click(window.view, header(window, "L_sales"))
    editor = window.view.viewport().findChild(QLineEdit, "inline-editor")
    QTest.keyClicks(editor, "Advice")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    g.drag(window.view, header(window, "L_fulfil"), header(window, "L_sales") - QPointF(0, 30))
    g.click(window.view, g.centre(window, "E_end"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    edited = snapshot(model)
    assert model.steps[new_id].lane == "L_fulfil" and list(model.lanes)[1] == "L_fulfil"
    assert "E_end" not in model.steps and model.lanes["L_sales"].name == "Advice"
    while window.actions["undo"].isEnabled():
        QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(model) == original
    assert not window.isWindowModified()
    while window.actions["redo"].isEnabled():
        QTest.keyClick(window.view, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert snapshot(model) == edited
    # and the redone model survives a save and a reopen
    from customer_modeler.bpmn.reader import read_bpmn_file

    path = tmp_path / "edited.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert path.exists() and not window.isWindowModified()
    reread = read_bpmn_file(path).model
    assert [(l.id, l.name, l.bounds) for l in reread.lanes.values()] == \
        [(l.id, l.name, l.bounds) for l in model.lanes.values()]
    assert {s.id: (s.lane, s.bounds, s.channel, s.visible) for s in reread.steps.values()} == \
        {s.id: (s.lane, s.bounds, s.channel, s.visible) for s in model.steps.values()}
    assert {f.id: (f.source, f.target, f.waypoints) for f in reread.flows.values()} == \
        {f.id: (f.source, f.target, f.waypoints) for f in model.flows.values()}


def test_delete_a_lane_by_its_header_takes_its_steps_and_undoes(window):
    model = window.editor.model
    before = snapshot(model)
    g.click(window.view, header(window, "L_sales"))
    assert window.scene.selected_ids() == ["L_sales"]
    assert window.properties.findChild(QLineEdit, "field-name").text() == "Sales"
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert list(model.lanes) == ["L_customer", "L_fulfil"]
    assert "T_quote" not in model.steps and "E_end" not in model.steps
    assert window.actions["undo"].text() == "Undo Delete lane 'Sales'"
    window.actions["undo"].trigger()
    assert snapshot(model) == before
