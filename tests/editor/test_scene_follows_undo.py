"""The scene equals the model after every edit, undo and redo (driven through the viewport).

A step dragged into another lane and taken back with Ctrl+Z must bring its flows back
with it; the Properties dock must show the lane the step is in now, and a lane's role
as the model has it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from tests.editor import gestures as g

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo(window) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)


def redo(window) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)


def assert_scene_equals_model(window) -> None:
    """Every flow item is drawn along the model's waypoints; steps and lanes where the model has them."""
    scene, model = window.scene, window.editor.model
    for flow in model.flows.values():
        item = scene.flow_items[flow.id]
        drawn = tuple((p.x(), p.y()) for p in item.points)
        assert drawn == flow.waypoints, f"flow {flow.id} drawn along {drawn}, model {flow.waypoints}"
        path = item.path()
        assert path.elementCount() == len(flow.waypoints)
        for i, (x, y) in enumerate(flow.waypoints):
            assert (path.elementAt(i).x, path.elementAt(i).y) == (x, y)
    for step in model.steps.values():
        item = scene.step_items[step.id]
        assert (item.pos().x(), item.pos().y(), item.width, item.height) == \
            (step.bounds.x, step.bounds.y, step.bounds.width, step.bounds.height), step.id
    for lane in model.lanes.values():
        rect = scene.lane_items[lane.id].sceneBoundingRect().adjusted(1, 1, -1, -1)
        assert (rect.x(), rect.y(), rect.width(), rect.height()) == \
            (lane.bounds.x, lane.bounds.y, lane.bounds.width, lane.bounds.height), lane.id


def shown_lane(window) -> str:
    """The text of the dock's "Lane" row."""
    layout = window.properties.scroll.widget().layout()
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, layout.ItemRole.LabelRole)
        if label is not None and label.widget().text() == "Lane":
            return layout.itemAt(row, layout.ItemRole.FieldRole).widget().text()
    raise AssertionError("no Lane row in the Properties dock")


def test_undo_of_a_drag_into_another_lane_brings_the_flows_back(window):
    model = window.editor.model
    before = {f.id: f.waypoints for f in model.flows.values()}
    g.drag(window.view, g.centre(window, "T_quote"), (553, 397))
    assert model.steps["T_quote"].lane == "L_fulfil"
    moved = {f.id: f.waypoints for f in model.flows.values()}
    assert moved["F2"] != before["F2"] and moved["F3"] != before["F3"]
    assert_scene_equals_model(window)
    undo(window)
    assert {f.id: f.waypoints for f in model.flows.values()} == before
    assert_scene_equals_model(window)
    redo(window)
    assert {f.id: f.waypoints for f in model.flows.values()} == moved
    assert_scene_equals_model(window)
    undo(window)
    assert_scene_equals_model(window)


def test_a_move_and_its_undo_draw_each_flow_once_on_its_final_waypoints(window, monkeypatch):
    """A flow is drawn when the edit has moved both its step and its waypoints: drawn in
    between, its route would have been computed afresh around the steps for nothing."""
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.geometry import flow_router

    drawn: list[tuple[str, tuple]] = []
    draw = ProcessScene._draw_flow
    monkeypatch.setattr(ProcessScene, "_draw_flow",
                        lambda scene, flow: drawn.append((flow.id, flow.waypoints)) or draw(scene, flow))
    display_routes: list[str] = []
    route = flow_router.FlowRouter.route_flow

    def route_flow(router, flow):  # noqa: ANN001, ANN202
        display_routes.append(flow.id)
        return route(router, flow)

    monkeypatch.setattr(flow_router.FlowRouter, "route_flow", route_flow)
    model = window.editor.model
    g.drag(window.view, g.centre(window, "T_quote"), g.centre(window, "T_quote") + QPointF(40, 0))
    moved = {f.id: f.waypoints for f in model.flows.values()}
    assert {"F2", "F3"} <= {flow_id for flow_id, _ in drawn}
    assert len(drawn) == len({flow_id for flow_id, _ in drawn})  # each once
    assert all(points == moved[flow_id] for flow_id, points in drawn)
    assert_scene_equals_model(window)
    for take_back in (undo, redo, undo):
        drawn.clear()
        display_routes.clear()
        take_back(window)
        assert {"F2", "F3"} <= {flow_id for flow_id, _ in drawn}
        assert len(drawn) == len({flow_id for flow_id, _ in drawn})
        assert display_routes == []  # the moved flows' waypoints fit their steps at every draw
        assert_scene_equals_model(window)


def test_undo_of_a_drag_of_several_connected_steps(window):
    model = window.editor.model
    before = {f.id: f.waypoints for f in model.flows.values()}
    g.click(window.view, g.centre(window, "T_quote"))
    g.click(window.view, g.centre(window, "E_end"), Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.scene.selected_ids()) == ["E_end", "T_quote"]
    g.drag(window.view, g.centre(window, "T_quote"), g.centre(window, "T_quote") + QPointF(0, 160))
    assert (model.steps["T_quote"].lane, model.steps["E_end"].lane) == ("L_fulfil", "L_fulfil")
    assert_scene_equals_model(window)
    undo(window)
    assert {f.id: f.waypoints for f in model.flows.values()} == before
    assert (model.steps["T_quote"].lane, model.steps["E_end"].lane) == ("L_sales", "L_sales")
    assert_scene_equals_model(window)
    redo(window)
    assert_scene_equals_model(window)


def test_properties_dock_follows_a_move_and_its_undo(window):
    g.click(window.view, g.centre(window, "T_quote"))
    assert shown_lane(window) == "Sales"
    g.drag(window.view, g.centre(window, "T_quote"), (553, 397))
    assert window.properties.element_id == "T_quote"
    assert shown_lane(window) == "Fulfilment"
    undo(window)
    assert shown_lane(window) == "Sales"
    redo(window)
    assert shown_lane(window) == "Fulfilment"


def role_box(window) -> QComboBox:
    return window.properties.findChild(QComboBox, "field-role")


def test_properties_role_shows_the_lanes_role_and_sets_it(window):
    header = window.scene.lane_items["L_sales"].header_scene_rect().center()
    g.click(window.view, header)
    box = role_box(window)
    assert box.currentData() == "department"
    assert box.currentText() == "Department"
    box.setCurrentIndex(box.findData("system"))
    box.activated.emit(box.currentIndex())
    assert window.editor.model.lanes["L_sales"].role == "system"
    undo(window)
    assert window.editor.model.lanes["L_sales"].role == "department"
    assert role_box(window).currentData() == "department"
    g.click(window.view, window.scene.lane_items["L_customer"].header_scene_rect().center())
    assert role_box(window).currentData() == "customer"


def test_new_models_department_lane_shows_department(qtbot):
    from customer_modeler.editor.window.main_window import MainWindow
    from customer_modeler.editor.window.files import new_model

    window = MainWindow(new_model(), title="New")
    qtbot.addWidget(window)
    department = next(l for l in window.editor.model.lanes.values() if l.role != "customer")
    window.scene.select_ids([department.id])
    window.properties.show_ids([department.id])
    assert department.role == "department"
    assert role_box(window).currentData() == "department"
