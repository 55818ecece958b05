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
    # moved right past the bend: its kept first segment would run back through it
    assert follow_moved_end(tuple(ROUTE), CALL, CALL.moved(200, 0), at_start=True) is None


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


def _inside(a, b, rect, eps=0.5):
    """Whether an orthogonal segment enters the inside of ``rect``."""
    return (min(a[0], b[0]) < rect.x + rect.width - eps and max(a[0], b[0]) > rect.x + eps
            and min(a[1], b[1]) < rect.y + rect.height - eps and max(a[1], b[1]) > rect.y + eps)


def _shared_length(route, other):
    """How long ``route`` runs on top of ``other`` (collinear overlap of their segments)."""
    total = 0.0
    for a, b in zip(route, route[1:]):
        for c, d in zip(other, other[1:]):
            for axis in (0, 1):
                across = 1 - axis
                if a[across] == b[across] == c[across] == d[across]:
                    low = max(min(a[axis], b[axis]), min(c[axis], d[axis]))
                    high = min(max(a[axis], b[axis]), max(c[axis], d[axis]))
                    total += max(0.0, high - low)
    return total


def test_a_step_dragged_past_the_gateway_it_flows_into_leaves_it_clearly(qtbot, tmp_path):
    """Dragged right past the merge it flows into, a step's outgoing route neither runs
    back through the step nor along its incoming flow (both arrows seemed to enter it)."""
    from benchmarks.generate import generate_model
    from customer_modeler.bpmn.writer import save_bpmn_file
    from customer_modeler.editor.window.main_window import MainWindow
    from tests.editor import gestures

    path = tmp_path / "journey.bpmn"
    save_bpmn_file(generate_model(40), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    window.show()
    assert window.files.load(path)
    model, view = window.editor.model, window.view
    step, merge = model.steps["U0_c"], model.steps["U0_m"]
    incoming, outgoing = model.flows["F_U0_x_U0_c"], model.flows["F_U0_c_U0_m"]
    assert outgoing.target == merge.id and step.bounds.x < merge.bounds.x
    start = window.scene.step_items[step.id].sceneBoundingRect().center()
    view.centerOn(start)
    end = type(start)(start.x() + merge.bounds.x + merge.bounds.width + 100 - step.bounds.x, start.y())
    gestures.drag(view, start, end)
    moved = model.steps[step.id].bounds
    assert moved.x > merge.bounds.x + merge.bounds.width  # really past the merge
    route = model.flows[outgoing.id].waypoints
    assert not any(_inside(a, b, moved) for a, b in zip(route, route[1:])), route
    assert _shared_length(route, model.flows[incoming.id].waypoints) == 0, route
    # the canvas draws the route the model holds
    drawn = [point.toTuple() for point in window.scene.flow_items[outgoing.id].points]
    assert drawn == [tuple(point) for point in route]
