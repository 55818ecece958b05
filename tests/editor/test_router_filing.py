"""A router that files the moved steps and the decided routes by where they stand finds the
same neighbours as one that looks at every one: the same routes come out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from customer_modeler.editor.geometry import flow_router
from customer_modeler.editor.geometry.lane_layout import routes_after_move
from customer_modeler.model import Flow, Lane, ProcessModel, Step
from customer_modeler.model.elements import Rect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate_model  # noqa: E402


class _EveryRoute(flow_router._RouteEnds):
    """Offers every decided route, as the router did before it filed their ends."""

    def near(self, box):  # noqa: ANN001, ANN201
        yield from sorted(self._rank, key=self._rank.__getitem__)


def lower_lanes_moved_up(model):  # noqa: ANN001, ANN201
    """The new bounds of the steps of every lane below the second, moved up by 37 units
    (as deleting the second lane moves them) and the first third of them 11 units right."""
    lanes = list(model.lanes)[2:]
    moved = [s for s in model.steps.values() if s.lane in lanes and s.bounds is not None]
    return {s.id: Rect(s.bounds.x + (11 if i < len(moved) // 3 else 0), s.bounds.y - 37,
                       s.bounds.width, s.bounds.height) for i, s in enumerate(moved)}


def test_filed_neighbours_give_the_routes_the_walk_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    # given a journey whose lower lanes move, so that many routes are made anew
    model = generate_model(120)
    bounds = lower_lanes_moved_up(model)
    assert len(bounds) > flow_router.MOVED_FILED_FROM
    filed = routes_after_move(model, bounds, bounds)
    # when the same move is routed by a router that looks at every moved step and route
    monkeypatch.setattr(flow_router, "MOVED_FILED_FROM", 10**9)
    monkeypatch.setattr(flow_router, "_RouteEnds", _EveryRoute)
    walked = routes_after_move(model, bounds, bounds)
    # then the routes are the same, and some were made anew (not all translated)
    assert filed == walked
    made_anew = [f for f, points in filed.items() if points is not None
                 and points != model.flows[f].waypoints and model.flows[f].source not in bounds]
    assert made_anew


def crossing_move() -> tuple[ProcessModel, dict[str, Rect]]:
    """A step moved next to an unmoved one, and another moved step between them; forty
    more moved steps far off, so that the router files the moved steps."""
    model = ProcessModel("m")
    model.add_lane(Lane("L", "Lane", "customer", bounds=Rect(0, 0, 6000, 1200)))
    for step_id, x, y in (("A", 300, 300), ("B", 700, 600), ("C", 500, 600),
                          *((f"X{i}", 300 + 120 * i, 1000) for i in range(40))):
        model.add_step(Step(step_id, "task", lane="L", bounds=Rect(x, y, 100, 60)))
    model.add_flow(Flow("F", "A", "B", waypoints=((400, 330), (550, 330), (550, 630), (700, 630))))
    bounds = {"B": Rect(700, 300, 100, 60), "C": Rect(500, 300, 100, 60)}
    bounds.update({f"X{i}": Rect(300 + 120 * i, 1010, 100, 60) for i in range(40)})
    return model, bounds


def test_a_filed_moved_step_is_still_an_obstacle(monkeypatch: pytest.MonkeyPatch) -> None:
    # given "C" moved into the straight line between "A" and the moved "B"
    model, bounds = crossing_move()
    assert len(bounds) >= flow_router.MOVED_FILED_FROM
    # when the flow from A to B is routed anew
    filed = routes_after_move(model, bounds, bounds)["F"]
    monkeypatch.setattr(flow_router, "MOVED_FILED_FROM", 10**9)
    walked = routes_after_move(model, bounds, bounds)["F"]
    # then it goes round C, as when every moved step is looked at
    assert filed == walked
    c = bounds["C"]
    assert len(filed) > 2 and not any(
        c.x < x < c.x + c.width and c.y < y < c.y + c.height for x, y in filed)
