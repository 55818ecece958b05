"""Right-click menus: on a step, a flow, a lane header, empty canvas and a results row.

Each test right-clicks as a person does (a context-menu event on the viewport), picks an
entry of the menu that opened and checks what it did to the model.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from tests.editor import gestures as g


def right_click(widget, local: QPoint) -> None:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local, widget.mapToGlobal(local))
    QApplication.sendEvent(widget, event)


def canvas_menu(window, scene_pos) -> QMenu:
    if isinstance(scene_pos, tuple):
        scene_pos = QPointF(*scene_pos)
    right_click(window.view.viewport(), window.view.mapFromScene(scene_pos))
    menu = window.context_menu
    assert menu is not None and menu.isVisible()
    return menu


def entries(menu: QMenu) -> dict[str, object]:
    """Every action of the menu and its submenus by its text (without the & marks)."""
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            found.update(entries(action.menu()))
        if action.text():
            found[action.text().replace("&", "")] = action
    return found


def pick(menu: QMenu, text: str) -> None:
    action = entries(menu)[text]
    assert action.isEnabled(), text
    action.trigger()
    menu.close()


def test_step_menu_changes_its_kind_in_one_undo_step(window):
    model = window.editor.model
    menu = canvas_menu(window, g.centre(window, "T_quote"))
    assert window.scene.selected_ids() == ["T_quote"]  # the right-click selected it
    assert {"Rename", "Delete", "Change Kind", "Connect from Here", "Properties"} <= set(entries(menu))
    assert entries(menu)["Back-office step"].isChecked() is False
    pick(menu, "Decision")
    step = model.steps["T_quote"]
    assert (step.kind, step.bounds.width, step.bounds.height) == ("exclusiveGateway", 50, 50)
    assert step.bounds.center == (550, 240)  # where the task was
    assert {f.id for f in model.flows_of("T_quote")} == {"F2", "F3"}  # the flows stay,
    b = step.bounds  # re-routed to the diamond's outline
    for point in (model.flows["F2"].waypoints[-1], model.flows["F3"].waypoints[0]):
        x, y = point
        assert b.contains(x, y) and (x in (b.x, b.x + b.width) or y in (b.y, b.y + b.height))
    assert window.actions["undo"].text() == "Undo Change 'Prepare quote' to decision"
    window.actions["undo"].trigger()
    assert (model.steps["T_quote"].kind, model.steps["T_quote"].bounds.width) == ("task", 120)


def test_step_menu_connect_from_here_then_click_the_target(window):
    model = window.editor.model
    pick(canvas_menu(window, g.centre(window, "S_start")), "Connect from Here")
    assert window.actions["connect"].isChecked()
    g.click(window.view, g.centre(window, "T_quote"))
    new = [f for f in model.flows.values() if f.id not in ("F1", "F2", "F3")]
    assert [(f.source, f.target) for f in new] == [("S_start", "T_quote")]


def test_step_menu_properties_brings_the_dock_with_the_name_ready(window):
    window.properties.hide()
    pick(canvas_menu(window, g.centre(window, "T_call")), "Properties")
    assert window.properties.isVisible()
    assert window.properties.element_id == "T_call"
    assert window.properties.findChild(QLineEdit, "field-name").hasFocus()


def test_flow_menu_deletes_the_flow(window):
    model = window.editor.model
    x, y = model.flows["F3"].waypoints[0]
    menu = canvas_menu(window, (x + 30, y))
    assert window.scene.selected_ids() == ["F3"]
    pick(menu, "Delete")
    assert "F3" not in model.flows and "E_end" in model.steps


def test_lane_menu_sets_the_customer_lane_and_a_role(window):
    model = window.editor.model
    canvas_menu(window, (850, 400)).close()  # a menu closed without choosing comes first
    header = window.scene.lane_items["L_sales"].header_scene_rect().center()
    pick(canvas_menu(window, header), "Set as Customer Lane")
    assert model.lanes["L_sales"].role == "customer"
    assert model.lanes["L_customer"].role != "customer"
    header = window.scene.lane_items["L_fulfil"].header_scene_rect().center()
    pick(canvas_menu(window, header), "Partner")
    assert model.lanes["L_fulfil"].role == "partner"


def test_canvas_menu_adds_a_step_where_it_was_opened(window):
    model = window.editor.model
    before = set(model.steps)
    menu = canvas_menu(window, (850, 400))
    assert window.scene.selected_ids() == []
    pick(menu, "Phone touchpoint")
    (new_id,) = set(model.steps) - before
    step = model.steps[new_id]
    assert (step.lane, step.channel) == ("L_fulfil", "phone")
    assert step.bounds.contains(850, 400)
    assert window.scene.selected_ids() == [new_id]


def test_results_row_menu_selects_in_diagram_and_copies_the_row(qtbot):
    from customer_modeler.editor.window.main_window import MainWindow
    from customer_modeler.resources import example_path

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.files.load(example_path())
    window.show()
    qtbot.waitExposed(window)
    window.analysis.run_single("fail_points")
    dock = window.analysis.dock
    qtbot.waitUntil(lambda: dock.outcome is not None and not window.analysis.runner.busy,
                    timeout=20_000)
    view = dock.tables["fail_points"]
    table = view.model()
    row = table.column_values("element").index("T14")
    view.scrollTo(table.index(row, 0))
    where = view.visualRect(table.index(row, 0)).center()
    window.scene.clearSelection()
    right_click(view.viewport(), where)
    pick(view.context_menu, "Select in Diagram")
    assert window.scene.selected_ids() == ["T14"]
    right_click(view.viewport(), where)
    pick(view.context_menu, "Copy Row")
    cells = [table.index(row, c).data() for c in range(table.columnCount())]
    assert "Deliver order" in cells and "T14" not in cells  # names, not ids
    assert QApplication.clipboard().text() == "\t".join(cells)
    window.analysis.runner.wait(20_000)
