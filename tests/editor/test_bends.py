"""Orthogonal bend-point edits and routes that keep their bends (pure functions, and the
façade's move of one step with undo and redo)."""

from __future__ import annotations

import pytest

from customer_modeler.editor.geometry.bends import (
    drag_bend,
    drag_segment,
    follow_moved_end,
    is_manual,
    is_orthogonal,
)
from customer_modeler.editor.geometry.routing import orthogonal_route
from customer_modeler.model import Rect

CALL, QUOTE = Rect(290, 40, 120, 80), Rect(490, 200, 120, 80)
ROUTE = [(410, 80), (450, 80), (450, 240), (490, 240)]


@pytest.mark.parametrize("pos, expected", [
    ((470, 60), [(410, 60), (470, 60), (470, 240), (490, 240)]),  # the start slides
    ((470, 20), [(410, 80), (440, 80), (440, 20), (470, 20), (470, 240), (490, 240)]),  # dog-leg
])
def test_drag_bend_keeps_segments_on_their_axes(pos, expected):
    assert drag_bend(ROUTE, 1, pos, CALL, QUOTE) == expected
    assert is_orthogonal(expected)


@pytest.mark.parametrize("index, pos, expected", [
    (1, (470, 150), [(410, 80), (470, 80), (470, 240), (490, 240)]),
    (0, (430, 100), [(410, 100), (450, 100), (450, 240), (490, 240)]),
    (2, (430, 300), [(410, 80), (450, 80), (450, 300), (470, 300), (470, 240), (490, 240)]),
])
def test_drag_segment_moves_it_sideways(index, pos, expected):
    assert drag_segment(ROUTE, index, pos, CALL, QUOTE) == expected
    assert is_orthogonal(expected)


def test_a_slanted_segment_gets_a_bend_where_it_is_dragged():
    slanted = [(0, 0), (100, 50)]
    assert drag_segment(slanted, 0, (60, 10), None, None) == [(0, 0), (60, 10), (100, 50)]


def test_follow_moved_end_keeps_bends_or_gives_up():
    moved_down = Rect(490, 300, 120, 80)
    assert follow_moved_end(tuple(ROUTE), QUOTE, moved_down, at_start=False) == (
        (410, 80), (450, 80), (450, 340), (490, 340))
    past_the_bend = Rect(350, 0, 120, 80)
    assert follow_moved_end(tuple(ROUTE), CALL, past_the_bend, at_start=True) is None
    assert follow_moved_end(((410, 80), (490, 80)), CALL, CALL.moved(0, 10), True) is None


def test_is_manual_tells_the_users_route_from_the_automatic_one():
    assert not is_manual(orthogonal_route(CALL, QUOTE), CALL, QUOTE)
    assert is_manual(((410, 60), (470, 60), (470, 240), (490, 240)), CALL, QUOTE)


def test_moving_one_step_keeps_bends_and_undoes(editor, model):
    # given a route the user shaped
    shaped = ((410, 60), (470, 60), (470, 240), (490, 240))
    editor.set_waypoints("F2", shaped)
    # when the target step moves down
    editor.move_steps({"T_quote": Rect(490, 230, 120, 80)})
    # then only the last segment followed
    assert model.flows["F2"].waypoints == ((410, 60), (470, 60), (470, 270), (490, 270))
    # and undo / redo give the route back / again
    editor.undo_stack.undo()
    assert model.flows["F2"].waypoints == shaped
    editor.undo_stack.redo()
    assert model.flows["F2"].waypoints[2] == (470, 270)
