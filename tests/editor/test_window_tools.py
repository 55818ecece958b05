"""The connect tool, bend points that keep their shape, the palette after click-to-place,
the company-as-one-entity view, the line of visibility and the toolbar, driven as a
person would: toolbar buttons, menu entries, keys and the mouse on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QToolButton

from customer_modeler.editor import style
from customer_modeler.editor.geometry.bends import is_orthogonal
from customer_modeler.editor.geometry.flow_router import FlowRouter
from tests.editor import gestures as g
from tests.editor.factory import snapshot


def flows_between(model, source, target) -> list:  # noqa: ANN001
    return [f for f in model.flows.values() if (f.source, f.target) == (source, target)]


def toolbar_button(window, key) -> QToolButton:  # noqa: ANN001
    toolbar = window.findChild(QToolBar, "main-toolbar")
    return toolbar.widgetForAction(window.actions[key])


def test_connect_tool_from_the_toolbar_in_two_clicks(window):
    model = window.editor.model
    # when the toolbar's Connect is pressed, then the start and the target are clicked
    QTest.mouseClick(toolbar_button(window, "connect"), Qt.MouseButton.LeftButton)
    assert window.actions["connect"].isChecked()
    g.click(window.view, g.centre(window, "S_start"))
    g.move(window.view, g.centre(window, "T_quote"), buttons=Qt.MouseButton.NoButton)
    g.click(window.view, g.centre(window, "T_quote"))
    # then there is one new flow, one undo step, and the tool is off again
    (flow,) = flows_between(model, "S_start", "T_quote")
    assert is_orthogonal(flow.waypoints)
    assert window.actions["undo"].text() == "Undo Connect 'Need' to 'Prepare quote'"
    assert not window.actions["connect"].isChecked() and not window.controller.connecting
    assert window.scene.selected_ids() == [flow.id]


def test_connect_key_starts_at_the_selected_step(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "T_call"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_C)
    assert window.controller.connecting
    g.click(window.view, g.centre(window, "E_end"))
    assert len(flows_between(model, "T_call", "E_end")) == 1


def test_connect_tool_refusal_waits_and_escape_cancels(window):
    model = window.editor.model
    window.actions["connect"].trigger()  # Insert ▸ Connect
    g.click(window.view, g.centre(window, "T_quote"))
    g.click(window.view, g.centre(window, "S_start"))  # into a start event: refused
    assert not flows_between(model, "T_quote", "S_start")
    assert "start" in window.statusBar().currentMessage()
    assert window.controller.connecting  # still waiting for a target
    window.scene.select_ids(["T_call"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.controller.connecting and not window.actions["connect"].isChecked()
    assert window.editor.undo_stack.count() == 0
    # the first Esc ended the gesture and kept the selection; a second clears it
    assert window.scene.selected_ids() == ["T_call"]
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.selected_ids() == [] and window.selection_label.text() == "Nothing selected"


def test_palette_highlight_resets_after_click_to_place(window):
    entry = window.palette.item_for("decision")
    QTest.mouseClick(window.palette.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.palette.visualItemRect(entry).center())
    assert window.palette.selectedItems() == [entry]
    g.click(window.view, (300, 400))
    assert window.palette.selectedItems() == []
    assert window.controller.armed_kind is None


def shape_f2(window) -> None:  # noqa: ANN001
    """Drag F2's first bend: the user's route (410,60) (470,60) (470,240) (490,240)."""
    g.click(window.view, QPointF(450, 120))
    g.drag(window.view, QPointF(450, 80), QPointF(470, 60))


def test_moving_one_step_keeps_the_bends_the_user_made(window):
    model = window.editor.model
    shape_f2(window)
    # when the flow's target moves down within its lane
    g.drag(window.view, g.centre(window, "T_quote"), g.centre(window, "T_quote") + QPointF(0, 30))
    # then the user's bends stay and only the last segment follows
    assert model.flows["F2"].waypoints == ((410, 60), (470, 60), (470, 270), (490, 270))
    # while the automatically routed flow is routed afresh: out of the right side, into the end
    assert model.flows["F3"].waypoints == ((610, 270), (720, 270), (720, 258))
    assert model.flows["F3"].waypoints == FlowRouter(model).route_flow(model.flows["F3"])


def test_a_move_that_would_cross_the_bends_re_routes(window):
    model = window.editor.model
    shape_f2(window)
    g.drag(window.view, g.centre(window, "T_quote"), QPointF(470, 400))  # under the bends
    waypoints = model.flows["F2"].waypoints
    assert waypoints == FlowRouter(model).route_flow(model.flows["F2"])
    assert (470, 60) not in waypoints and is_orthogonal(waypoints)


def test_dragging_a_segment_moves_it_sideways(window):
    model = window.editor.model
    g.click(window.view, QPointF(450, 120))
    g.drag(window.view, QPointF(450, 160), QPointF(480, 150))  # the middle of the vertical segment
    assert model.flows["F2"].waypoints == ((410, 80), (480, 80), (480, 240), (490, 240))


def test_company_view_merges_the_lanes_in_the_view_only(window):
    model = window.editor.model
    before = snapshot(model)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    entry = next(a for a in view_menu.actions() if a.text() == "&Company as One Entity")
    entry.trigger()
    scene = window.scene
    (band,) = scene.company_bands
    assert band.isVisible() and band.name == "Company"
    assert band.sceneBoundingRect().adjusted(1, 1, -1, -1) == QRectF(0, 160, 1000, 320)
    assert scene.lane_items["L_customer"].isVisible()
    assert not scene.lane_items["L_sales"].isVisible() and not scene.lane_items["L_fulfil"].isVisible()
    assert snapshot(model) == before and window.editor.undo_stack.count() == 0
    assert not window.isWindowModified()
    # the band faces the customer as soon as a company step is visible
    assert not band.faces_customer
    window.editor.set_attribute("T_quote", "visible", "true")
    assert scene.company_bands[0].faces_customer
    entry.trigger()
    assert scene.company_bands is None and scene.lane_items["L_sales"].isVisible()


def eye_pixels_along(scene, y: float) -> int:  # noqa: ANN001
    """Columns (x 150 to 950) with the line-of-visibility colour within 5 px of row ``y``."""
    image = QImage(800, 10, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 800, 10), QRectF(150, y - 5, 800, 10))
    painter.end()
    eye = style.EYE
    return sum(1 for x in range(800) if any(_close(image.pixelColor(x, row), eye) for row in range(10)))


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_line_of_visibility_runs_under_the_lanes_that_face_the_customer(window):
    scene = window.scene
    assert eye_pixels_along(scene, 320) == 0  # nothing in Sales is visible yet
    window.editor.set_attribute("T_quote", "visible", "true")
    assert scene.lane_items["L_sales"].faces_customer
    assert eye_pixels_along(scene, 320) > 300  # a dashed line along Sales' lower edge
    assert eye_pixels_along(scene, 480) == 0  # Fulfilment does not face the customer
    # when Fulfilment faces the customer too, one line runs under both lanes
    window.editor.add_step("touchpoint:phone", "L_fulfil", (300, 400))
    assert eye_pixels_along(scene, 320) == 0
    assert eye_pixels_along(scene, 480) > 300


def test_toolbar_buttons_have_drawn_icons(window):
    toolbar = window.findChild(QToolBar, "main-toolbar")
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 12
    assert all(not a.icon().isNull() for a in actions)
    assert toolbar_button(window, "connect").toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert toolbar_button(window, "save").toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly


def scroll_left_edge_to(view, x: float) -> None:  # noqa: ANN001
    """Scroll horizontally until scene ``x`` is at the view's left edge."""
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + round((x - view.mapToScene(0, 0).x()) * view.zoom()))


def test_lane_names_are_pinned_as_soon_as_the_header_names_are_cut(window):
    view = window.view
    view.set_zoom(2.0)
    header = window.scene.lane_items["L_sales"].header_scene_rect()
    # given the headers wholly on screen: nothing is pinned over their names
    scroll_left_edge_to(view, header.left() - 10)
    view.viewport().grab()
    assert view.pinned_names == []
    # when the view is scrolled so that only a sliver of the headers is left
    scroll_left_edge_to(view, header.left() + 40)
    assert header.left() + 12 < view.mapToScene(0, 0).x() < header.right()
    image = view.viewport().grab().toImage()
    # then every lane's name is pinned at the left edge, over the cut header
    assert view.pinned_names == ["Customer", "Sales", "Fulfilment"]
    sales = view.mapFromScene(header.center()).y()
    accent = style.LANE_COLOURS["department"][2]
    assert image.pixelColor(0, sales) == accent  # the band's accent stripe
    # and they stay pinned once the headers are off screen
    scroll_left_edge_to(view, header.right() + 60)
    view.viewport().grab()
    assert view.pinned_names == ["Customer", "Sales", "Fulfilment"]
