"""Routes through crowds of shapes: a search among shapes piled on one another gives up
early and the flow is drawn plainly (aligning fifty steps of a journey left took ten
seconds, two hundred four and a half minutes), while a long way through shapes that
stand apart is still searched to the end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from customer_modeler.editor.geometry.obstacle_routing import Crowded, crowded, lies_on, route_around
from customer_modeler.editor.geometry.routing import orthogonal_route
from customer_modeler.model.elements import Rect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate_model  # noqa: E402

SOURCE, TARGET = Rect(0, 0, 40, 40), Rect(1400, 1400, 40, 40)


def field(n: int = 24) -> list[Rect]:
    """``n`` × ``n`` small shapes standing apart between the two ends."""
    gap = 1400 / n
    return [Rect(60 + i * gap, 60 + j * gap, 20, 20) for i in range(n) for j in range(n)]


def test_a_long_way_through_shapes_that_stand_apart_is_searched_to_the_end() -> None:
    # given more shapes between the ends than a search may pass before it asks
    shapes = field()
    # when a route is asked for
    route = route_around(SOURCE, TARGET, shapes)
    # then one is found that passes inside none of them
    assert route is not None and route[0] == (40.0, 20.0) and route[-1][0] == 1400.0
    for (ax, ay), (bx, by) in zip(route, route[1:]):
        for r in shapes:
            assert not (min(ax, bx) < r.x + r.width and max(ax, bx) > r.x
                        and min(ay, by) < r.y + r.height and max(ay, by) > r.y)


def test_a_search_among_piled_shapes_gives_up() -> None:
    # given the same shapes with one more put on top of one of them
    shapes = field()
    shapes.append(Rect(shapes[0].x + 5, shapes[0].y + 5, 20, 20))
    # when a route is asked for, then the search gives up
    with pytest.raises(Crowded):
        route_around(SOURCE, TARGET, shapes)


def test_a_window_of_many_shapes_on_one_another_is_crowded_before_any_search() -> None:
    # given fifty shapes put in one place between the ends, and the field standing apart
    pile = [Rect(700, 700, 100, 80) for _ in range(50)]
    # then only the pile is crowded, and route_around gives up on it at once
    assert crowded(SOURCE, TARGET, pile) and not crowded(SOURCE, TARGET, field())
    with pytest.raises(Crowded):
        route_around(SOURCE, TARGET, pile)


def test_aligning_many_steps_left_draws_the_flows_of_piled_steps_plainly(qtbot) -> None:  # noqa: ANN001
    # given fifty steps of a generated journey, selected, in the window
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(generate_model(60), title="Journey")
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    model = window.editor.model
    chosen = [s.id for s in model.steps.values()][:50]
    window.scene.select_ids(chosen)
    before = {s: model.steps[s].bounds for s in chosen}
    # when Edit ▸ Arrange ▸ Align Left is chosen
    window.actions["align_left"].trigger()
    # then the steps share their left edge, and each flow between them (routed anew: they
    # moved by different amounts) with an end under another step runs plainly between its ends
    assert len({model.steps[s].bounds.x for s in chosen}) == 1

    def hidden(step_id: str) -> bool:
        rect = model.steps[step_id].bounds
        return any(lies_on(rect, other.bounds) for other in model.steps.values()
                   if other.id != step_id and other.bounds is not None)

    piled = [f for f in model.flows.values() if f.source in chosen and f.target in chosen
             and (hidden(f.source) or hidden(f.target))]
    assert len(piled) > 10
    for flow in piled:
        ends = model.steps[flow.source].bounds, model.steps[flow.target].bounds
        assert flow.waypoints == orthogonal_route(*ends)
    # and Undo puts every step back
    window.actions["undo"].trigger()
    assert {s: model.steps[s].bounds for s in chosen} == before
