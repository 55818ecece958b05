"""Edit ▸ Arrange: align, distribute and tidy the selected steps, each one undo step.

The menu actions are triggered as a person picks them; the checks are the exact
bounds in the model, the lanes steps move into, the flows that follow, and undo.
"""

from __future__ import annotations

import pytest

from customer_modeler.editor.geometry import arrange
from customer_modeler.model import Rect
from tests.editor.factory import snapshot


def pick(window, key: str, *ids: str) -> None:
    window.scene.select_ids(list(ids))
    window.actions[key].trigger()


def bounds(window, *ids: str) -> list[Rect]:
    return [window.editor.model.steps[i].bounds for i in ids]


def test_align_left_lines_up_left_edges_exactly(window):
    pick(window, "align_left", "T_call", "E_end")
    assert [b.x for b in bounds(window, "T_call", "E_end")] == [290, 290]
    assert bounds(window, "E_end")[0].y == 222                 # only x changed
    assert window.actions["undo"].text() == "Undo Align 2 steps left"
    assert window.editor.undo_stack.count() == 1


def test_align_centre_and_right(window):
    pick(window, "align_center", "S_start", "T_call", "T_quote")
    # the selection spans 182..610: its centre is 396
    assert [b.center[0] for b in bounds(window, "S_start", "T_call", "T_quote")] == [396, 396, 396]
    window.editor.undo_stack.undo()
    pick(window, "align_right", "S_start", "T_call")
    assert [b.x + b.width for b in bounds(window, "S_start", "T_call")] == [410, 410]


def test_align_middle_keeps_steps_in_their_lane_and_moves_flows(window):
    model = window.editor.model
    pick(window, "align_middle", "S_start", "T_call")
    assert [b.center[1] for b in bounds(window, "S_start", "T_call")] == [80, 80]
    pick(window, "align_bottom", "T_quote", "E_end")
    assert [b.y + b.height for b in bounds(window, "T_quote", "E_end")] == [280, 280]
    assert model.flows["F3"].waypoints[-1][1] == pytest.approx(262)   # the flow follows E_end


def test_align_top_across_lanes_moves_the_lower_step_into_the_upper_lane(window):
    model = window.editor.model
    start = snapshot(model)
    pick(window, "align_top", "T_call", "T_quote")
    assert [b.y for b in bounds(window, "T_call", "T_quote")] == [40, 40]
    assert model.steps["T_quote"].lane == "L_customer"          # as a drag up there would
    window.actions["undo"].trigger()
    assert snapshot(model) == start


def test_distribute_horizontally_makes_equal_gaps(window):
    pick(window, "distribute_horizontal", "S_start", "T_call", "T_quote", "E_end")
    rects = bounds(window, "S_start", "T_call", "T_quote", "E_end")
    gaps = [b.x - (a.x + a.width) for a, b in zip(rects, rects[1:])]
    # the span 182..738 less the widths 36+120+120+36, shared by three gaps
    assert gaps == [pytest.approx(244 / 3)] * 3
    assert rects[0].x == 182 and rects[-1].x == 702              # the ends stay
    assert window.actions["undo"].text() == "Undo Distribute 4 steps horizontally"


def test_distribute_vertically_keeps_the_outer_steps(window):
    model = window.editor.model
    model.steps["E_end"].bounds = Rect(702, 402, 36, 36)   # down in the Fulfilment lane
    pick(window, "distribute_vertical", "T_call", "T_quote", "E_end")
    rects = bounds(window, "T_call", "T_quote", "E_end")
    assert rects[0].y == 40 and rects[2].y == 402
    assert rects[1].y - (rects[0].y + 80) == pytest.approx(rects[2].y - (rects[1].y + 80))


def test_tidy_puts_each_lane_on_one_row_with_equal_gaps(window):
    pick(window, "tidy", "S_start", "T_call", "T_quote", "E_end")
    start, call, quote, end = bounds(window, "S_start", "T_call", "T_quote", "E_end")
    assert (start.center[1], call.center[1]) == (80, 80)        # middle of the customer lane
    assert (quote.center[1], end.center[1]) == (240, 240)       # middle of the sales lane
    assert call.x - (start.x + start.width) == 70                # the lane's average gap, rounded
    assert end.x - (quote.x + quote.width) == 90
    assert window.actions["undo"].text() == "Undo Tidy 4 steps"


def test_too_few_steps_says_so_and_changes_nothing(window):
    pick(window, "distribute_horizontal", "T_call", "T_quote")
    assert window.editor.undo_stack.count() == 0
    assert "at least 3 steps" in window.statusBar().currentMessage()


def test_align_geometry_without_the_window():
    rects = {"a": Rect(0, 0, 10, 10), "b": Rect(50, 20, 30, 40)}
    assert arrange.align(rects, "right") == {"a": Rect(70, 0, 10, 10)}
    assert arrange.align(rects, "middle") == {"a": Rect(0, 25, 10, 10), "b": Rect(50, 10, 30, 40)}
    with pytest.raises(ValueError):
        arrange.align(rects, "diagonal")
    assert arrange.distribute(rects, horizontal=True) == {}


def test_distribute_orders_by_centre_not_by_selection():
    rects = {"c": Rect(100, 0, 20, 20), "a": Rect(0, 0, 20, 20), "b": Rect(30, 0, 20, 20)}
    assert arrange.distribute(rects, horizontal=True) == {"b": Rect(50, 0, 20, 20)}
