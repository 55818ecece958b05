"""Copy, cut, paste and duplicate through the window, as a person does them.

Key presses go to the diagram view (Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D); the checks look at
the model: new ids, every attribute kept, flows between the copies, the lanes they
landed in, and one undo step that takes the whole paste back.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from customer_modeler.editor.editing import clipboard as clip
from customer_modeler.model import Lane, Rect
from tests.editor import gestures as g
from tests.editor.gestures import ctrl_key as keys
from tests.editor.factory import make_model, snapshot

CTRL = Qt.KeyboardModifier.ControlModifier


def mouse_away(window) -> None:
    """The mouse leaves the diagram (for the menu bar, a dock, another window)."""
    QApplication.sendEvent(window.view.viewport(), QEvent(QEvent.Type.Leave))


def mouse_over(window, scene_pos) -> None:
    """The mouse moves over the diagram to ``scene_pos``, no button held."""
    g.move(window.view, scene_pos, buttons=g.NO_BUTTON)


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    QGuiApplication.clipboard().clear()


def select(window, *ids) -> None:
    window.scene.select_ids(list(ids))


def new_steps(window, before) -> list:
    model = window.editor.model
    return [model.steps[i] for i in model.steps if i not in before]


def test_copy_and_paste_beside_keeps_every_attribute_with_new_ids(window):
    model = window.editor.model
    model.steps["T_call"].fail_prob = 0.2
    model.steps["T_call"].systems = ("CRM",)
    before = set(model.steps)
    select(window, "T_call", "T_quote")
    mouse_away(window)
    keys(window, Qt.Key.Key_C)
    keys(window, Qt.Key.Key_V)
    call, quote = new_steps(window, before)
    assert {call.id, quote.id}.isdisjoint(before)
    assert (call.name, call.channel, call.visible, call.fail_prob, call.systems) == \
        ("Call the shop", "phone", True, 0.2, ("CRM",))
    assert (call.lane, quote.lane) == ("L_customer", "L_sales")
    assert call.bounds == Rect(320, 70, 120, 80)   # beside the original: 30 right, 30 down
    assert quote.bounds == Rect(520, 230, 120, 80)
    (flow,) = [f for f in model.flows.values() if f.source == call.id]
    assert flow.target == quote.id and flow.id not in ("F1", "F2", "F3")
    assert flow.waypoints == tuple((x + 30, y + 30) for x, y in model.flows["F2"].waypoints)
    assert sorted(window.scene.selected_ids()) == sorted([call.id, quote.id])


def test_one_undo_takes_back_the_whole_paste(window):
    model = window.editor.model
    select(window, "S_start", "T_call", "T_quote")
    mouse_away(window)
    keys(window, Qt.Key.Key_C)
    start = snapshot(model)
    keys(window, Qt.Key.Key_V)
    assert len(model.steps) == 7 and len(model.flows) == 5
    assert window.actions["undo"].text() == "Undo Paste 3 steps"
    keys(window, Qt.Key.Key_Z)
    assert snapshot(model) == start
    assert not window.scene.step_items.keys() - model.steps.keys()


def test_second_paste_goes_further_from_the_originals(window):
    model = window.editor.model
    select(window, "T_quote")
    mouse_away(window)
    keys(window, Qt.Key.Key_C)
    keys(window, Qt.Key.Key_V)
    keys(window, Qt.Key.Key_V)
    xs = sorted(s.bounds.x for s in model.steps.values() if s.name == "Prepare quote")
    assert xs == [490, 520, 550]


def test_paste_lands_under_the_mouse_in_the_lane_there(window):
    model = window.editor.model
    before = set(model.steps)
    select(window, "T_call", "T_quote")
    keys(window, Qt.Key.Key_C)
    mouse_over(window, (600, 390))   # Fulfilment lane, right of everything
    keys(window, Qt.Key.Key_V)
    call, quote = new_steps(window, before)
    # the group (290..610 × 40..280) is centred on the mouse: each step takes the lane
    # its centre lands in (Sales at 310, Fulfilment at 470) and is pulled up to lie inside it
    assert call.bounds == Rect(440, 235, 120, 80) and quote.bounds == Rect(640, 395, 120, 80)
    assert (call.lane, quote.lane) == ("L_sales", "L_fulfil")


def test_cut_removes_the_steps_and_paste_puts_copies_back(window):
    model = window.editor.model
    select(window, "T_quote", "E_end")
    mouse_away(window)
    keys(window, Qt.Key.Key_X)
    assert "T_quote" not in model.steps and "F3" not in model.flows and "F2" not in model.flows
    assert window.actions["undo"].text() == "Undo Cut 2 elements"
    keys(window, Qt.Key.Key_V)
    quote, end = new_steps(window, set(make_model().steps) - {"T_quote", "E_end"})
    assert (quote.name, quote.bounds, end.bounds) == \
        ("Prepare quote", Rect(490, 200, 120, 80), Rect(702, 222, 36, 36))  # where they were
    assert [(f.source, f.target) for f in model.flows.values() if f.source == quote.id] == \
        [(quote.id, end.id)]


def test_duplicate_copies_beside_and_leaves_the_clipboard_alone(window):
    model = window.editor.model
    QGuiApplication.clipboard().setText("a note")
    before = set(model.steps)
    select(window, "T_call")
    keys(window, Qt.Key.Key_D)
    (copy,) = new_steps(window, before)
    assert (copy.name, copy.bounds, copy.lane) == ("Call the shop", Rect(320, 70, 120, 80), "L_customer")
    assert window.actions["undo"].text() == "Undo Duplicate step 'Call the shop'"
    assert QGuiApplication.clipboard().text() == "a note"


def test_copy_puts_a_picture_beside_the_data(window):
    select(window, "T_call", "T_quote")
    keys(window, Qt.Key.Key_C)
    mime = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(mime.data(clip.MIME_TYPE).data()).decode())
    assert [s["id"] for s in payload["steps"]] == ["T_call", "T_quote"]
    assert [f["id"] for f in payload["flows"]] == ["F2"]
    assert mime.hasImage()
    picture = QGuiApplication.clipboard().image()
    assert picture.width() > 320 and picture.height() > 240   # both steps and the gap


@pytest.fixture
def other_window(qtbot, window):
    """A second window on another document: lanes 'Client' (customer), 'Sales', 'Warehouse'."""
    from customer_modeler.editor.window.main_window import MainWindow

    model = make_model()
    model.lanes["L_customer"].name = "Client"
    model.lanes["L_fulfil"].name = "Warehouse"
    for step_id in list(model.steps):
        for flow in model.flows_of(step_id):
            if flow.id in model.flows:
                model.remove_flow(flow.id)
        model.remove_step(step_id)
    other = MainWindow(model, title="Other")
    qtbot.addWidget(other)
    other.move(window.x() + window.width() + 40, window.y())  # side by side, no overlap
    other.show()
    qtbot.waitExposed(other)
    other.files.ask_save_changes = lambda: "discard"
    return other


def test_copy_in_one_window_paste_in_another_matches_lanes(window, other_window):
    select(window, "S_start", "T_call", "T_quote")
    mouse_away(window)
    keys(window, Qt.Key.Key_C)
    mouse_away(other_window)
    keys(other_window, Qt.Key.Key_V)
    pasted = {s.name: s for s in other_window.editor.model.steps.values()}
    # 'Customer' is 'Client' there: matched by role; 'Sales' by name
    assert {n: s.lane for n, s in pasted.items()} == {
        "Need": "L_customer", "Call the shop": "L_customer", "Prepare quote": "L_sales"}
    assert pasted["Call the shop"].bounds == Rect(290, 40, 120, 80)  # another document: same place
    assert len(other_window.editor.model.flows) == 2
    assert len(window.editor.model.steps) == 4                     # the original is untouched
    keys(other_window, Qt.Key.Key_Z)
    assert not other_window.editor.model.steps and not other_window.editor.model.flows
    assert window.editor.undo_stack.count() == 0


def test_lane_matching_by_name_then_role_then_customer(model):
    model.add_lane(Lane("L_it", "IT", "system", bounds=Rect(0, 480, 1000, 160)))
    target = make_model()
    target.lanes["L_sales"].name = "Verkauf"
    assert clip.match_lane(target, {"name": " fulfilment ", "role": "department"}).id == "L_fulfil"
    assert clip.match_lane(target, {"name": "Sales", "role": "department"}).id == "L_sales"
    assert clip.match_lane(target, {"name": "IT", "role": "system"}).id == "L_customer"


def test_paste_into_a_lane_of_another_height_keeps_the_place_inside_it():
    source, target = make_model(), make_model()
    target.lanes["L_sales"].bounds = Rect(0, 300, 1000, 100)   # lower and narrower
    payload = clip.copy_payload(source, ["T_quote"], "elsewhere")
    (step,), flows = clip.plan_paste(target, payload).steps, []
    assert step.lane == "L_sales"
    assert step.bounds == Rect(490, 315, 120, 80)   # 40 below the top, pulled in to fit


def test_payload_round_trips_through_json_and_refuses_other_text(model):
    payload = clip.copy_payload(model, ["T_call", "T_quote", "E_end"], "doc")
    assert clip.from_json(clip.to_json(payload)) == payload
    with pytest.raises(ValueError):
        clip.from_json('{"format": 99}')
    pasted = clip.plan_paste(model, clip.from_json(clip.to_json(payload)), offset=(10, 0))
    assert [s.kind for s in pasted.steps] == ["task", "task", "endEvent"]
    assert len({s.id for s in pasted.steps} | set(model.steps)) == 7
    assert [(f.source, f.target) for f in pasted.flows] == [
        (pasted.steps[0].id, pasted.steps[1].id), (pasted.steps[1].id, pasted.steps[2].id)]


def test_payload_lists_steps_and_flows_in_model_order_whatever_the_selection_order(model):
    # the steps given newest first, with one that is not a step
    chosen = ["E_end", "T_quote", "T_call", "no such step"]
    payload = clip.copy_payload(model, chosen, "doc")
    in_model = [s for s in model.steps if s in chosen]
    assert [s["id"] for s in payload["steps"]] == in_model
    # every flow between two copied steps, in the model's order, and no other
    between = [f.id for f in model.flows.values() if f.source in chosen and f.target in chosen]
    assert between and [f["id"] for f in payload["flows"]] == between


def test_edit_menu_paste_with_the_mouse_off_the_diagram_pastes_beside(window):
    model = window.editor.model
    before = set(model.steps)
    select(window, "E_end")
    window.actions["copy"].trigger()
    mouse_over(window, (300, 400))
    mouse_away(window)                                  # off to the menu bar
    window.actions["paste"].trigger()
    (end,) = new_steps(window, before)
    assert (end.bounds, end.lane) == (Rect(732, 252, 36, 36), "L_sales")


def test_paste_near_the_right_end_widens_the_lanes_in_the_same_undo_step(window):
    model = window.editor.model
    select(window, "T_quote")
    keys(window, Qt.Key.Key_C)
    mouse_over(window, (990, 240))
    keys(window, Qt.Key.Key_V)
    assert {lane.bounds.width for lane in model.lanes.values()} == {1090}   # 1050 + 40 room
    keys(window, Qt.Key.Key_Z)
    assert {lane.bounds.width for lane in model.lanes.values()} == {1000}


def test_paste_of_plain_text_changes_nothing_and_says_why(window):
    QGuiApplication.clipboard().setText("Call the shop")
    keys(window, Qt.Key.Key_V)
    assert window.editor.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "The clipboard holds no steps to paste."


def test_paste_at_the_left_end_keeps_the_lane_names_clear(window):
    model = window.editor.model
    before = set(model.steps)
    select(window, "S_start", "T_call")
    keys(window, Qt.Key.Key_C)
    mouse_over(window, (60, 240))                    # over the Sales lane's name
    keys(window, Qt.Key.Key_V)
    start, call = new_steps(window, before)
    header = window.scene.lane_items["L_sales"].header_scene_rect()
    assert start.bounds.x == header.right() + 5       # just right of the name band
    assert call.bounds.x - start.bounds.x == 108      # the group keeps its shape
    assert (start.lane, call.lane) == ("L_sales", "L_sales")
