"""Undo commands through the façade: execute, undo and redo restore the model exactly."""

from __future__ import annotations

import pytest

from customer_modeler.editor.editing.facade import EditRefused
from customer_modeler.model import ConnectionRefused, Rect
from customer_modeler.model.attributes import AttributeError_
from tests.editor.factory import snapshot


def roundtrip(editor, before):
    """Undo everything, compare with ``before``, then redo everything."""
    after = snapshot(editor.model)
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert snapshot(editor.model) == before
    while editor.undo_stack.canRedo():
        editor.undo_stack.redo()
    assert snapshot(editor.model) == after


def test_add_step_into_lane(editor, model):
    # given
    before = snapshot(model)
    # when
    step_id = editor.add_step("touchpoint:web", "L_sales", (400, 240))
    # then
    step = model.steps[step_id]
    assert (step.lane, step.kind, step.visible, step.channel) == ("L_sales", "task", True, "web")
    assert step.bounds.center == (400, 240)
    assert editor.undo_stack.undoText() == "Add web touchpoint"
    roundtrip(editor, before)


def test_move_step_into_other_lane_is_one_step(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.move_steps({"T_quote": Rect(490, 360, 120, 80)})
    # then
    assert model.steps["T_quote"].lane == "L_fulfil"
    assert model.flows["F2"].waypoints[-1] == (490, 400)  # re-routed into the left side
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "Move step 'Prepare quote'"
    roundtrip(editor, before)


def test_move_steps_snaps_and_names_the_count(editor, model):
    editor.move_steps({"T_call": Rect(293, 44, 120, 80), "T_quote": Rect(493, 204, 120, 80)})
    assert model.steps["T_call"].bounds == Rect(290, 40, 120, 80)
    assert editor.undo_stack.undoText() == "Move 2 steps"


def test_move_outside_every_lane_is_refused(editor, model):
    with pytest.raises(EditRefused):
        editor.move_steps({"T_call": Rect(290, 900, 120, 80)})
    assert editor.undo_stack.count() == 0


def test_nudges_merge_into_one_undo_step(editor, model):
    # given
    before = snapshot(model)
    # when
    for _ in range(3):
        editor.nudge_steps(["T_call"], 10, 0)
    # then
    assert model.steps["T_call"].bounds.x == 320
    assert editor.undo_stack.count() == 1
    roundtrip(editor, before)


def test_connect_and_refuse(editor, model):
    # given
    before = snapshot(model)
    # when
    flow_id = editor.connect("T_call", "E_end")
    # then
    flow = model.flows[flow_id]
    assert (flow.source, flow.target) == ("T_call", "E_end")
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(flow.waypoints, flow.waypoints[1:]))
    with pytest.raises(ConnectionRefused):
        editor.connect("T_quote", "S_start")
    roundtrip(editor, before)


def test_delete_step_takes_its_flows(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.remove(["T_quote"])
    # then
    assert "T_quote" not in model.steps
    assert set(model.flows) == {"F1"}
    assert editor.undo_stack.undoText() == "Delete step 'Prepare quote'"
    roundtrip(editor, before)


def test_set_attribute_parses_and_refuses(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.set_attribute("T_call", "duration", "8")
    editor.set_attribute("T_call", "systems", "CRM PBX")
    editor.set_attribute("F2", "prob", "0.4")
    # then
    assert model.steps["T_call"].duration == 8.0
    assert model.steps["T_call"].systems == ("CRM", "PBX")
    assert model.flows["F2"].prob == 0.4
    with pytest.raises(AttributeError_):
        editor.set_attribute("F2", "prob", "1.3")
    with pytest.raises(AttributeError_):
        editor.set_attribute("T_call", "wait", "-1")
    roundtrip(editor, before)
    editor.set_attribute("T_call", "duration", "")
    assert model.steps["T_call"].duration is None


def test_rename_lane_and_step(editor, model):
    before = snapshot(model)
    editor.rename("L_sales", "Sales & advice")
    editor.rename("T_call", "Phone the shop")
    assert model.lanes["L_sales"].name == "Sales & advice"
    assert editor.undo_stack.undoText() == "Rename step 'Call the shop' to 'Phone the shop'"
    roundtrip(editor, before)


def test_delete_lane_with_its_steps_closes_the_gap(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.lanes.remove("L_sales")
    # then
    assert list(model.lanes) == ["L_customer", "L_fulfil"]
    assert set(model.steps) == {"S_start", "T_call"}
    assert set(model.flows) == {"F1"}
    assert model.lanes["L_fulfil"].bounds.y == 160
    roundtrip(editor, before)


def test_reorder_lanes_moves_their_steps(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.lanes.reorder("L_fulfil", 1)
    # then
    assert list(model.lanes) == ["L_customer", "L_fulfil", "L_sales"]
    assert model.lanes["L_sales"].bounds.y == 320
    assert model.steps["T_quote"].bounds.y == 360
    assert editor.undo_stack.count() == 1
    roundtrip(editor, before)


def test_customer_lane_stays_on_top(editor, model):
    with pytest.raises(EditRefused):
        editor.lanes.reorder("L_sales", 0)
    with pytest.raises(EditRefused):
        editor.lanes.reorder("L_customer", 2)


def test_resize_lane_pushes_lanes_below(editor, model):
    # given
    before = snapshot(model)
    # when
    editor.lanes.resize("L_customer", 200)
    # then
    assert model.lanes["L_customer"].bounds.height == 200
    assert model.lanes["L_sales"].bounds.y == 200
    assert model.steps["T_quote"].bounds.y == 240
    assert model.steps["T_call"].bounds.y == 40
    roundtrip(editor, before)


def test_add_lane_and_mark_customer(editor, model):
    # given
    before = snapshot(model)
    # when
    lane_id = editor.lanes.add("IT", "system")
    editor.lanes.set_role("L_sales", "customer")
    # then
    assert model.lanes[lane_id].bounds.y == 480
    assert model.customer_lane.id == "L_sales"
    assert model.lanes["L_customer"].role == "department"
    assert editor.undo_stack.undoText() == "Mark 'Sales' as customer lane"
    roundtrip(editor, before)


def test_move_customer_lane_to_top(editor, model):
    # given a foreign file whose customer lane is the last one
    editor.lanes.set_role("L_fulfil", "customer")
    editor.undo_stack.clear()
    before = snapshot(model)
    # when
    editor.lanes.move_customer_to_top()
    # then
    assert list(model.lanes)[0] == "L_fulfil"
    assert model.lanes["L_fulfil"].bounds.y == 0
    roundtrip(editor, before)


def test_delete_mixed_selection_removes_each_element_once(editor, model):
    # given a selection of a lane, a step in it, a step outside and a flow between them
    before = snapshot(model)
    # when
    editor.remove(["L_sales", "T_quote", "T_call", "F2"])
    # then
    assert list(model.lanes) == ["L_customer", "L_fulfil"]
    assert set(model.steps) == {"S_start"} and not model.flows
    assert editor.undo_stack.undoText() == "Delete 4 elements"
    roundtrip(editor, before)
