"""Lanes of a long journey, seen through the window: the dashed line of visibility, the
system lane's dashed edge and a drop target's outline stay dashed however long the lane
(Qt strokes a line of more than 10,000 dashes solid), and a repaint away from the header,
which skips the header's text, leaves a view that looks as it did once scrolled back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from customer_modeler.editor import style
from tests.editor.factory import make_model

#: Long enough for Qt's limit: 400,000 units of a 16-unit dash period is 25,000 periods.
LONG = 400_000.0


def long_model():
    """The small journey with its lanes 400,000 units long, Sales seen by the customer and
    Fulfilment an IT system's lane."""
    from customer_modeler.model import Rect

    model = make_model()
    for lane in model.lanes.values():
        lane.bounds = Rect(lane.bounds.x, lane.bounds.y, LONG, lane.bounds.height)
    pool = next(iter(model.pools.values()))
    pool.bounds = Rect(pool.bounds.x, pool.bounds.y, LONG + 30, pool.bounds.height)
    model.steps["T_quote"].visible = True
    model.lanes["L_fulfil"].role = "system"
    return model


@pytest.fixture
def long_window(qtbot):
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(long_model(), title="Long journey")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    return window


def scroll_to(window, x: float) -> QImage:  # noqa: ANN001
    """Drag the horizontal scroll bar so that scene ``x`` is at the view's centre; the view
    as painted."""
    view = window.view
    view.centerOn(x, 240)
    return view.viewport().grab().toImage()


def runs_along(window, image: QImage, scene_y: float, colour: QColor) -> tuple[int, int]:  # noqa: ANN001
    """How many pixels of the view's row at ``scene_y`` (± 1) have ``colour``, and how many
    separate runs they make (one run: a solid line)."""
    view = window.view
    row = view.mapFromScene(QPointF(view.mapToScene(0, 0).x(), scene_y)).y()
    hits = [any(_close(image.pixelColor(x, y), colour) for y in (row - 1, row, row + 1))
            for x in range(60, image.width() - 20)]  # clear of the pinned lane names
    runs = sum(1 for i, hit in enumerate(hits) if hit and (i == 0 or not hits[i - 1]))
    return sum(hits), runs


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_line_of_visibility_stays_dashed_in_the_middle_of_a_long_lane(long_window):
    sales = long_window.scene.lane_items["L_sales"]
    assert sales.line_of_visibility
    image = scroll_to(long_window, LONG / 2)
    painted, runs = runs_along(long_window, image, 320 - 1.5, style.EYE)
    assert painted > image.width() / 3  # the line is there...
    assert runs > 20  # ...in dashes, not one solid stroke


def test_the_system_lanes_edge_stays_dashed_in_the_middle_of_a_long_lane(long_window):
    fulfilment = long_window.scene.lane_items["L_fulfil"]
    accent = style.LANE_COLOURS["system"][2]
    image = scroll_to(long_window, LONG / 2)
    painted, runs = runs_along(long_window, image, fulfilment.scenePos().y(), accent)
    assert painted > image.width() / 3 and runs > 20


def test_a_long_lane_shown_as_a_drop_target_has_a_dashed_outline(long_window):
    sales = long_window.scene.lane_items["L_sales"]
    sales.set_drop_target(True)  # a palette kind dragged over it
    image = scroll_to(long_window, LONG / 2)
    painted, runs = runs_along(long_window, image, sales.scenePos().y() + 1, style.SELECTION)
    assert painted > image.width() / 4 and runs > 20


def test_a_view_scrolled_away_and_back_looks_as_before(long_window):
    before = scroll_to(long_window, 400)
    scroll_to(long_window, 900)  # headers partly off screen, repainted in pieces
    scroll_to(long_window, LONG / 2)  # headers off screen
    after = scroll_to(long_window, 400)
    assert after == before
