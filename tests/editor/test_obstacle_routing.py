"""Routes we compute go round the other steps and lane headers and never share a segment.

Every flow of the bundled examples, of MIWG C.2.0 and of generated models is routed
afresh (the stored waypoints dropped), in model order, by one router as when a file
without routes is opened. Then no segment may pass through the inside of a step other
than the flow's two ends (and the shapes that enclose or touch an end: the sub-process
a step sits in, the task a boundary event is attached to), and no two routes may run
on the same stretch of line.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.geometry.bends import is_orthogonal
from customer_modeler.editor.geometry.flow_router import FlowRouter
from customer_modeler.editor.geometry.obstacle_routing import route_around
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Rect

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.bpmn"))
MIWG_C2 = ROOT.parent / "shared" / "interop" / "Reference" / "C.2.0.bpmn"
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate_model  # noqa: E402


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def _through(a, b, rect: Rect) -> bool:  # noqa: ANN001
    """The segment a–b passes through the inside of ``rect`` (touching its border is not)."""
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((a[1], b[1]))
    return (x0 < rect.x + rect.width - 0.5 and x1 > rect.x + 0.5
            and y0 < rect.y + rect.height - 0.5 and y1 > rect.y + 0.5)


def _on_border(point, rect: Rect) -> bool:  # noqa: ANN001
    x, y = point
    inside = rect.x - 0.5 <= x <= rect.x + rect.width + 0.5 and rect.y - 0.5 <= y <= rect.y + rect.height + 0.5
    edge = min(abs(x - rect.x), abs(x - rect.x - rect.width), abs(y - rect.y), abs(y - rect.y - rect.height))
    return inside and edge < 0.5


def reroute_all(model: ProcessModel) -> dict[str, tuple]:
    """Drop every stored route and compute them all again, in model order."""
    for flow in list(model.flows.values()):
        model.flows[flow.id] = dataclasses.replace(flow, waypoints=())
    router = FlowRouter(model)
    routes = {}
    for flow in model.flows.values():
        ends = [model.steps.get(flow.source), model.steps.get(flow.target)]
        if all(step is not None and step.bounds is not None for step in ends):
            routes[flow.id] = router.route_flow(flow)
    return routes


def crossings(model: ProcessModel, routes: dict[str, tuple]) -> list[str]:
    found = []
    steps = [(s.id, s.bounds) for s in model.steps.values() if s.bounds is not None]
    for flow_id, points in routes.items():
        flow = model.flows[flow_id]
        ends = (model.steps[flow.source].bounds, model.steps[flow.target].bounds)
        for step_id, rect in steps:
            if step_id in (flow.source, flow.target) or any(_overlap(rect, end) for end in ends):
                continue
            for a, b in zip(points, points[1:]):
                if _through(a, b, rect):
                    found.append(f"{flow_id} runs through {step_id} on {a}-{b}")
    return found


def shared_segments(routes: dict[str, tuple]) -> list[str]:
    """Pairs of routes with a stretch of line in common (longer than half a unit)."""
    lines: dict[tuple[str, float], list[tuple[float, float, str]]] = defaultdict(list)
    for flow_id, points in routes.items():
        for a, b in zip(points, points[1:]):
            if abs(a[1] - b[1]) < 0.5:
                lines[("row", round(a[1]))].append((min(a[0], b[0]), max(a[0], b[0]), flow_id))
            elif abs(a[0] - b[0]) < 0.5:
                lines[("column", round(a[0]))].append((min(a[1], b[1]), max(a[1], b[1]), flow_id))
    found = []
    for line, spans in lines.items():
        spans.sort()
        for i, (lo, hi, flow_id) in enumerate(spans):
            for lo2, hi2, other in spans[i + 1:]:
                if lo2 >= hi - 0.5:
                    break
                if other != flow_id and min(hi, hi2) - lo2 > 0.5:
                    found.append(f"{flow_id} and {other} share {line} from {lo2} to {min(hi, hi2)}")
    return found


def check_routes(model: ProcessModel) -> int:
    routes = reroute_all(model)
    assert routes
    for flow_id, points in routes.items():
        flow = model.flows[flow_id]
        assert len(points) >= 2 and is_orthogonal(points), flow_id
        assert _on_border(points[0], model.steps[flow.source].bounds), flow_id
        assert _on_border(points[-1], model.steps[flow.target].bounds), flow_id
    assert crossings(model, routes) == []
    assert shared_segments(routes) == []
    return len(routes)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_routes_of_the_bundled_examples_avoid_steps_and_each_other(path):
    assert check_routes(read_bpmn_file(path).model) >= 20


def test_routes_of_miwg_c2_avoid_steps_and_each_other():
    if not MIWG_C2.exists():
        pytest.skip("the MIWG reference files are not here")
    assert check_routes(read_bpmn_file(MIWG_C2).model) >= 20


@pytest.mark.parametrize("steps", [100, 600])
def test_routes_of_generated_models_avoid_steps_and_each_other(steps):
    assert check_routes(generate_model(steps)) > steps


def test_the_checks_see_a_route_through_a_step_and_a_shared_segment():
    """The two checks above are not blind: a straight line through a step is caught."""
    model = generate_model(10)
    routes = reroute_all(model)
    flow = next(f for f in model.flows.values() if f.source == "U0_a" and f.target == "U0_b")
    a = model.steps["U0_a"].bounds
    far = max(model.steps.values(), key=lambda s: s.bounds.x if s.bounds else 0).bounds
    routes[flow.id] = ((a.x + a.width, a.y + 10), (far.x + far.width + 50, a.y + 10))
    assert crossings(model, routes)
    other = next(i for i in routes if i != flow.id)
    routes[flow.id] = routes[other]
    assert shared_segments(routes)


def test_a_route_goes_round_a_step_in_the_way_and_leaves_at_the_facing_sides():
    source, target = Rect(0, 0, 120, 80), Rect(400, 0, 120, 80)
    blocker = Rect(200, 0, 120, 80)
    points = route_around(source, target, [blocker])
    assert points[0] == (120, 40) and points[-1] == (400, 40)  # out of the right, into the left
    assert not any(_through(a, b, blocker) for a, b in zip(points, points[1:]))
    # nothing in the way: one straight line
    assert route_around(source, target, []) == ((120, 40), (400, 40))


def test_parallel_routes_keep_apart():
    source, target = Rect(0, 0, 120, 80), Rect(400, 200, 120, 80)
    first = route_around(source, target, [])
    second = route_around(source, target, [], list(zip(first, first[1:])))
    assert shared_segments({"first": first, "second": second}) == []


def test_moving_a_step_re_routes_only_its_flows(editor):
    model = editor.model
    # a route the router would not draw, on a flow the move does not touch
    model.flows["F1"] = dataclasses.replace(model.flows["F1"],
                                            waypoints=((200, 62), (200, 20), (350, 20), (350, 40)))
    before = {f.id: f.waypoints for f in model.flows.values()}
    step = model.steps["T_quote"]
    editor.move_steps({"T_quote": step.bounds.moved(0, 30)})
    changed = {f.id for f in model.flows.values() if f.waypoints != before[f.id]}
    assert changed == {f.id for f in model.flows_of("T_quote")}
