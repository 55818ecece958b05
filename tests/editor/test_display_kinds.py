"""Files of other tools display as drawn: sub-lanes, vertical pools, a customer pool,
sub-processes with their content, drill-down pages and pools without a shape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.editor.canvas.scene import ProcessScene
from tests.editor import gestures as g
from tests.editor.foreign import nested_lanes_file, read, vertical_pools_file


@pytest.fixture
def nested(qtbot):
    scene = ProcessScene(read(nested_lanes_file()))
    yield scene
    scene.detach()


@pytest.fixture
def vertical(qtbot):
    scene = ProcessScene(read(vertical_pools_file()))
    yield scene
    scene.detach()


@pytest.fixture
def open_file(qtbot, tmp_path):
    """Open BPMN bytes in a real window at 100 %, centred on ``centre``."""

    def opener(data: bytes, centre: tuple[float, float]) -> MainWindow:
        path = tmp_path / "foreign.bpmn"
        path.write_bytes(data)
        window = MainWindow()
        window.files.ask_save_changes = lambda: "discard"
        qtbot.addWidget(window)
        assert window.files.load(path)
        window.show()
        qtbot.waitExposed(window)
        window.view.set_zoom(1.0)
        window.view.centerOn(*centre)
        return window

    return opener


def scene_rect(item) -> QRectF:  # noqa: ANN001
    return item.mapRectToScene(QRectF(0, 0, item.width, item.height))


def test_nested_lanes_are_sub_lanes_inside_a_name_band(nested):
    ops, sales, bill = (nested.lane_items[i] for i in ("L_ops", "L_sales", "L_bill"))
    # the enclosing lane carries its name in the band the file leaves left of its sub-lanes
    assert ops.band == 30 and ops.header_rect() == QRectF(0, 0, 30, 300)
    # the sub-lanes lie inside it, drawn over it, each with its own header
    assert scene_rect(ops).contains(scene_rect(sales)) and scene_rect(ops).contains(scene_rect(bill))
    assert sales.zValue() > ops.zValue() and sales.band is None
    assert sales.header_scene_rect().left() == 60
    step = nested.step_items["T_sell"]
    assert scene_rect(sales).contains(step.sceneBoundingRect().center())


def test_sub_process_content_and_drill_down_pages(nested):
    open_sub, closed_sub = nested.step_items["Sub_open"], nested.step_items["Sub_closed"]
    inner, on_page = nested.step_items["T_in"], nested.step_items["T_page"]
    # an expanded sub-process lies under its flows and its content, its name top left
    assert open_sub.expanded and open_sub.read_only
    assert open_sub.zValue() < nested.flow_items["F2"].zValue() < inner.zValue()
    assert inner.isVisible() and inner.read_only
    # a collapsed one keeps its "+" look; content drawn on its own page is not drawn here
    assert not closed_sub.expanded and closed_sub.isVisible()
    assert not on_page.isVisible() and nested.off_page == {"T_page"}
    assert QRectF(40, 40, 100, 80) not in [i.sceneBoundingRect() for i in nested.items()
                                          if i.isVisible()]
    assert nested.diagram_rect().contains(QRectF(0, 0, 1000, 450))


def test_vertical_pools_and_lanes_keep_their_headers_on_top(vertical):
    sales = vertical.lane_items["L_sales"]
    assert not sales.horizontal
    assert sales.header_rect().width() == 200 and sales.header_rect().height() <= 34
    org = vertical.pool_items["P_org"]
    assert not org.horizontal and org.band_rect() == QRectF(300, 0, 400, 30)
    assert org.rect == QRectF(300, 0, 400, 600)


def test_customer_pool_is_shown_as_the_customer_lane_in_its_pool_form(vertical):
    customer = vertical.lane_items["P_cust"]
    assert customer.role == "customer" and customer.name == "Customer"
    assert customer.band == 30  # the pool's name band, on top of a vertical pool
    assert scene_rect(customer) == QRectF(0, 0, 200, 600)
    assert "pool" in customer.toolTip()
    assert vertical.step_items["T_order"].front_stage  # a task of the customer lane


def test_pool_without_a_shape_is_not_drawn(vertical):
    bank = vertical.pool_items["P_bank"]
    assert not bank.isVisible()
    assert vertical.diagram_rect().topLeft() == QPointF(-1, -1)


def test_a_step_dragged_between_sub_lanes_changes_lane(open_file):
    # given a window showing the file with sub-lanes
    window = open_file(nested_lanes_file(), (500, 225))
    # when a task is dragged from Sales down into Billing
    g.drag(window.view, QPointF(350, 225), QPointF(350, 375))
    # then its lane is the innermost lane under it, in one undo step
    model = window.editor.model
    assert model.steps["T_sell"].lane == "L_bill"
    assert window.editor.undo_stack.count() == 1


def test_vertical_lanes_are_not_reordered(open_file):
    # given a file whose lanes are drawn vertically
    window = open_file(vertical_pools_file(), (400, 300))
    # when a lane's header is dragged sideways
    header = window.scene.lane_items["L_sales"].header_scene_rect().center()
    g.drag(window.view, header, header + QPointF(250, 0))
    # then the lanes stay as drawn, and the status bar says why
    assert list(window.editor.model.lanes) == ["P_cust", "L_sales", "L_ship"]
    assert "vertical" in window.statusBar().currentMessage()
    assert window.editor.undo_stack.count() == 0
