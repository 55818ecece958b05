"""The connect tool from the keyboard and the pool's edge, driven through the viewport.

C with a step selected used to start the flow at that step, so clicking the step again
(the first of the two clicks a user makes) was taken as a click beside the target and
switched the tool off: the second click made no flow. The pool's right edge could not
be dragged at all.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from customer_modeler.editor.geometry.bends import is_orthogonal
from customer_modeler.model.elements import Rect
from tests.editor import gestures as g


def flows_between(model, source, target) -> list:  # noqa: ANN001
    return [f for f in model.flows.values() if (f.source, f.target) == (source, target)]


def press_c(window) -> None:  # noqa: ANN001
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_C)


def test_c_then_two_clicks_makes_a_flow_when_the_start_was_selected(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "S_start"))  # the user looks at the start first
    press_c(window)
    assert window.controller.connecting and window.actions["connect"].isChecked()
    g.click(window.view, g.centre(window, "S_start"))
    g.move(window.view, g.centre(window, "T_quote"), buttons=Qt.MouseButton.NoButton)
    g.click(window.view, g.centre(window, "T_quote"))
    (flow,) = flows_between(model, "S_start", "T_quote")
    assert is_orthogonal(flow.waypoints)
    assert window.actions["undo"].text() == "Undo Connect 'Need' to 'Prepare quote'"
    assert not window.controller.connecting and not window.actions["connect"].isChecked()


def test_c_then_two_clicks_makes_a_flow_with_nothing_selected(window):
    model = window.editor.model
    window.scene.clearSelection()
    press_c(window)
    g.click(window.view, g.centre(window, "T_call"))
    g.click(window.view, g.centre(window, "E_end"))
    assert len(flows_between(model, "T_call", "E_end")) == 1


def test_a_click_beside_any_step_still_gives_up(window):
    model = window.editor.model
    count = len(model.flows)
    g.click(window.view, g.centre(window, "S_start"))
    press_c(window)
    g.click(window.view, QPointF(850, 400))  # empty lane body
    assert not window.controller.connecting and len(model.flows) == count


def test_dragging_the_pools_right_edge_widens_pool_and_lanes_in_one_undo_step(window):
    model = window.editor.model
    pool_before = model.pools["Org"].bounds
    lanes_before = {lane_id: lane.bounds for lane_id, lane in model.lanes.items()}
    right = pool_before.x + pool_before.width
    window.view.centerOn(right, 300)
    g.drag(window.view, QPointF(right, 300), QPointF(right + 200, 310))
    assert model.pools["Org"].bounds == Rect(pool_before.x, pool_before.y, pool_before.width + 200,
                                             pool_before.height)
    for lane_id, before in lanes_before.items():
        assert model.lanes[lane_id].bounds == Rect(before.x, before.y, before.width + 200, before.height)
    # the canvas shows it
    pool_item = window.scene.pool_items["Org"]
    assert pool_item.rect.right() == right + 200
    assert window.actions["undo"].text() == "Undo Resize pool 'Organisation'"
    window.editor.undo_stack.undo()
    assert model.pools["Org"].bounds == pool_before
    assert {lane_id: lane.bounds for lane_id, lane in model.lanes.items()} == lanes_before
    assert pool_item.rect.right() == right


def test_the_pools_edge_stops_short_of_its_steps(window):
    model = window.editor.model
    pool = model.pools["Org"].bounds
    right = pool.x + pool.width
    end = model.steps["E_end"].bounds
    window.view.centerOn(right - 200, 300)
    g.drag(window.view, QPointF(right, 300), QPointF(end.x, 300))  # onto the end event
    assert model.pools["Org"].bounds.x + model.pools["Org"].bounds.width >= end.x + end.width + 20


def test_dragging_the_pools_bottom_edge_gives_the_lowest_lane_the_room(window):
    model = window.editor.model
    pool = model.pools["Org"].bounds
    lowest = model.lanes["L_fulfil"].bounds
    bottom = pool.y + pool.height
    window.view.centerOn(900, bottom)
    g.drag(window.view, QPointF(960, bottom), QPointF(960, bottom + 80))
    assert model.pools["Org"].bounds.height == pool.height + 80
    assert model.lanes["L_fulfil"].bounds.height == lowest.height + 80
    window.editor.undo_stack.undo()
    assert model.pools["Org"].bounds == pool and model.lanes["L_fulfil"].bounds == lowest
