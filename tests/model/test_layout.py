"""Tests of the automatic layout (docs/methods.md §9.0 layout hint), model layer only.

Run as a module (``python -m tests.model.test_layout [N]``) to time a layout of an
N-step generated model (default 10,000); the tests themselves assert no timings.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from customer_modeler.model import Flow, Lane, ModelError, Pool, ProcessModel, Rect, Step
from customer_modeler.model.layout import COLUMN_PITCH, EVENT_SIZE, GATEWAY_SIZE, LANE_HEIGHT
from customer_modeler.model.layout import TASK_SIZE, Layering, layer_steps, layout_model
from customer_modeler.samples import competitor_online_first, order_journey
from customer_modeler.samples import order_journey_account_executive

SAMPLES = [order_journey, order_journey_account_executive, competitor_online_first]
EPS = 1e-6


# -- builders ---------------------------------------------------------------------------
def build(steps: list[tuple[str, str, str | None]], flows: list[tuple[str, str]],
          lanes: tuple[str, ...] = ("A", "B")) -> ProcessModel:
    """A model with one pool; steps as (id, kind, lane); flows get ids F1, F2 ..."""
    model = ProcessModel("test")
    model.add_pool(Pool("P", "Org", process_id=model.process_id))
    for lane_id in lanes:
        model.add_lane(Lane(lane_id, lane_id, pool="P"))
    for step_id, kind, lane in steps:
        model.add_step(Step(step_id, kind=kind, lane=lane))
    for number, (source, target) in enumerate(flows, start=1):
        model.add_flow(Flow(f"F{number}", source, target))
    return model


def generated(n: int, seed: int = 7) -> ProcessModel:
    """A chain with branches, side trips and loops across five lanes, about ``n`` steps."""
    rng = random.Random(seed)
    lanes = ("CUS", "SAL", "FUL", "CSV", "ITS")
    model = build([("S", "startEvent", "CUS")], [], lanes)
    flows: list[tuple[str, str]] = []
    last, i = "S", 0
    while len(model.steps) < n - 1:
        i += 1
        gateway, side, main = f"G{i}", f"X{i}", f"T{i}"
        model.add_step(Step(gateway, kind="exclusiveGateway", lane=rng.choice(lanes)))
        model.add_step(Step(side, lane=rng.choice(lanes)))
        model.add_step(Step(main, lane=rng.choice(lanes)))
        flows += [(last, gateway), (gateway, main), (gateway, side), (side, main)]
        if i % 7 == 0 and i > 3:
            flows.append((main, f"T{i - 3}"))  # a loop back over three branches
        last = main
    model.add_step(Step("E", kind="endEvent", lane="CUS"))
    flows.append((last, "E"))
    for number, (source, target) in enumerate(flows, start=1):
        model.add_flow(Flow(f"F{number}", source, target))
    return model


def edge(model: ProcessModel, source: str, target: str) -> str:
    return next(f.id for f in model.outgoing(source) if f.target == target)


# -- checks shared by every layout -------------------------------------------------------
def inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x - EPS <= inner.x and inner.x + inner.width <= outer.x + outer.width + EPS
            and outer.y - EPS <= inner.y and inner.y + inner.height <= outer.y + outer.height + EPS)


def on_border(point: tuple[float, float], box: Rect) -> bool:
    x, y = point
    within_x = box.x - EPS <= x <= box.x + box.width + EPS
    within_y = box.y - EPS <= y <= box.y + box.height + EPS
    on_vertical = abs(x - box.x) < EPS or abs(x - box.x - box.width) < EPS
    on_horizontal = abs(y - box.y) < EPS or abs(y - box.y - box.height) < EPS
    return (on_vertical and within_y) or (on_horizontal and within_x)


def overlapping_pairs(boxes: dict[str, Rect]) -> Iterator[tuple[str, str]]:
    """Pairs of shapes whose interiors overlap (sweep over x, so large models stay fast)."""
    ordered = sorted(boxes.items(), key=lambda item: item[1].x)
    active: list[tuple[str, Rect]] = []
    for name, box in ordered:
        active = [(n, b) for n, b in active if b.x + b.width > box.x + EPS]
        for other, b in active:
            if b.y < box.y + box.height - EPS and box.y < b.y + b.height - EPS:
                yield other, name
        active.append((name, box))


def check_layout(model: ProcessModel) -> None:
    """Everything every layout promises (the lane-less row sits in the pool below the lanes)."""
    boxes = {sid: step.bounds for sid, step in model.steps.items()}
    assert all(box is not None for box in boxes.values())
    placed = {sid: box for sid, box in boxes.items() if box is not None}
    for step in model.steps.values():
        assert step.bounds is not None
        if step.lane is not None:
            lane_box = model.lanes[step.lane].bounds
            assert lane_box is not None and inside(step.bounds, lane_box), step.id
        else:
            assert all(lane.bounds is None or step.bounds.y >= lane.bounds.y + lane.bounds.height
                       for lane in model.lanes.values()), step.id
    assert list(overlapping_pairs(placed)) == []
    for flow in model.flows.values():
        points = flow.waypoints
        assert len(points) >= 2, flow.id
        assert on_border(points[0], placed[flow.source]), flow.id
        assert on_border(points[-1], placed[flow.target]), flow.id
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            assert abs(x1 - x2) < EPS or abs(y1 - y2) < EPS, flow.id
    check_lanes_and_pool(model)


def check_lanes_and_pool(model: ProcessModel) -> None:
    """Top-level lanes stacked in model order without gaps, inside the pool, customer on top."""
    top_lanes = [lane for lane in model.lanes.values() if lane.parent is None]
    boxes = [lane.bounds for lane in top_lanes]
    assert all(box is not None for box in boxes)
    for upper, lower in zip(boxes, boxes[1:]):
        assert upper is not None and lower is not None
        assert abs(upper.y + upper.height - lower.y) < EPS
    pool_boxes = [pool.bounds for pool in model.pools.values()]
    if len(pool_boxes) == 1 and boxes:
        pool_box = pool_boxes[0]
        assert pool_box is not None and boxes[0] is not None
        assert abs(pool_box.y - boxes[0].y) < EPS
        assert all(box is not None and inside(box, pool_box) for box in boxes)
        assert all(step.bounds is not None and inside(step.bounds, pool_box)
                   for step in model.steps.values())
    customer = model.customer_lane
    if customer is not None:
        assert customer.bounds is not None and boxes[0] is not None
        assert customer.bounds.y == min(box.y for box in boxes if box is not None)


def check_layering(model: ProcessModel, layering: Layering) -> None:
    """Starts in column 0; every other step one right of its deepest kept predecessor."""
    for sid, step in model.steps.items():
        kept = [f for f in model.incoming(sid) if f.id not in layering.loop_closing]
        expected = 0 if step.type == "start" or not kept else max(
            layering.column[f.source] + 1 for f in kept)
        assert layering.column[sid] == expected, sid


def crossings(model: ProcessModel) -> list[tuple[str, str]]:
    """(flow, step) pairs where a flow segment runs through the inside of a shape."""
    found = []
    for flow in model.flows.values():
        for (x1, y1), (x2, y2) in zip(flow.waypoints, flow.waypoints[1:]):
            for step in model.steps.values():
                b = step.bounds
                assert b is not None
                if (max(x1, x2) > b.x + EPS and min(x1, x2) < b.x + b.width - EPS
                        and max(y1, y2) > b.y + EPS and min(y1, y2) < b.y + b.height - EPS):
                    found.append((flow.id, step.id))
    return found


# -- the samples -------------------------------------------------------------------------
@pytest.mark.parametrize("builder", SAMPLES)
def test_samples_are_laid_out_cleanly(builder: Callable[[], ProcessModel]) -> None:
    model = builder()
    check_layout(model)
    check_layering(model, layer_steps(model))
    assert crossings(model) == []
    assert next(iter(model.lanes)) == "CUS"


@pytest.mark.parametrize(("builder", "loop"), [
    (order_journey, ("G03", "T02")),
    (order_journey_account_executive, ("G03", "T04")),
    (competitor_online_first, ("G03", "T04")),
])
def test_loop_closing_flow_of_each_sample_is_found(builder: Callable[[], ProcessModel],
                                                   loop: tuple[str, str]) -> None:
    model = builder()
    assert layer_steps(model).loop_closing == {edge(model, *loop)}


def test_current_order_journey_columns() -> None:
    model = order_journey()
    column = layer_steps(model).column
    assert [column[s] for s in ("S0", "T01", "G01", "T02", "G02", "T03", "T04", "T05")] == [
        0, 1, 2, 3, 4, 5, 6, 7]
    assert column["G04"] == column["EAB"] == 9
    assert column["ERET"] == 28


def test_shapes_have_bpmn_sizes_and_sit_in_their_column() -> None:
    model = order_journey()
    column = layer_steps(model).column
    sizes = {"T01": TASK_SIZE, "S0": EVENT_SIZE, "EOK": EVENT_SIZE, "G01": GATEWAY_SIZE}
    for sid, (width, height) in sizes.items():
        box = model.steps[sid].bounds
        assert box is not None and (box.width, box.height) == (width, height)
    centres = {sid: box.center[0] for sid, step in model.steps.items()
               if (box := step.bounds) is not None}
    assert len(centres) == len(model.steps)
    for sid, x in centres.items():
        assert x - centres["S0"] == pytest.approx(column[sid] * COLUMN_PITCH)


def test_lane_heights_grow_only_where_steps_stack() -> None:
    model = order_journey()  # the customer lane stacks G04 over EAB and T16 over EOK
    heights = {lane.id: box.height for lane in model.lanes.values()
               if (box := lane.bounds) is not None}
    assert heights == {"CUS": 2 * LANE_HEIGHT, "SAL": LANE_HEIGHT, "FUL": LANE_HEIGHT,
                       "CSV": LANE_HEIGHT, "ITS": LANE_HEIGHT}


def test_layout_is_deterministic() -> None:
    first, second = order_journey(), order_journey()
    assert [s.bounds for s in first.steps.values()] == [s.bounds for s in second.steps.values()]
    assert [f.waypoints for f in first.flows.values()] == [
        f.waypoints for f in second.flows.values()]


# -- small hand-made models --------------------------------------------------------------
def test_simple_loop() -> None:
    # given
    model = build([("S", "startEvent", "A"), ("T1", "task", "A"), ("T2", "task", "B"),
                   ("G", "exclusiveGateway", "A"), ("E", "endEvent", "A")],
                  [("S", "T1"), ("T1", "T2"), ("T2", "G"), ("G", "T1"), ("G", "E")])
    # when
    layering = layout_model(model)
    # then
    assert layering.loop_closing == {edge(model, "G", "T1")}
    assert [layering.column[s] for s in ("S", "T1", "T2", "G", "E")] == [0, 1, 2, 3, 4]
    check_layout(model)
    assert crossings(model) == []


def test_loop_entered_from_a_side_branch_closes_where_it_returns() -> None:
    # given: like G01→T02 in the Order journey, a branch joins the loop body late
    model = build([("S", "startEvent", "A"), ("G1", "exclusiveGateway", "A"),
                   ("X", "task", "B"), ("M", "task", "A"), ("G2", "exclusiveGateway", "A"),
                   ("E", "endEvent", "A")],
                  [("S", "G1"), ("G1", "M"), ("G1", "X"), ("X", "M"), ("M", "G2"),
                   ("G2", "X"), ("G2", "E")])
    # when
    layering = layout_model(model)
    # then
    assert layering.loop_closing == {edge(model, "G2", "X")}
    assert layering.column["M"] == 3
    check_layout(model)


def test_two_starts_are_both_in_column_zero() -> None:
    model = build([("S1", "startEvent", "A"), ("S2", "startEvent", "B"), ("T1", "task", "A"),
                   ("T2", "task", "B"), ("T3", "task", "A"), ("E", "endEvent", "A")],
                  [("S1", "T1"), ("S2", "T2"), ("T2", "T1"), ("T1", "T3"), ("T3", "E")])
    layering = layout_model(model)
    assert layering.column["S1"] == layering.column["S2"] == 0
    assert layering.column["T1"] == 2 and layering.loop_closing == frozenset()
    check_layout(model)
    check_layering(model, layering)


def test_cycle_no_start_reaches() -> None:
    model = build([("S", "startEvent", "A"), ("T", "task", "A"), ("E", "endEvent", "A"),
                   ("X", "task", "B"), ("Y", "task", "B"), ("Z", "task", "A")],
                  [("S", "T"), ("T", "E"), ("X", "Y"), ("Y", "Z"), ("Z", "X")])
    layering = layout_model(model)
    assert layering.loop_closing == {edge(model, "Z", "X")}
    assert [layering.column[s] for s in ("X", "Y", "Z")] == [0, 1, 2]
    check_layout(model)
    assert crossings(model) == []


def test_loop_back_to_a_stacked_step_enters_from_the_left() -> None:
    # given: T1 and T2 share column 2 of lane A and T1 is stacked above T2
    model = build([("S", "startEvent", "A"), ("G", "exclusiveGateway", "A"),
                   ("T1", "task", "A"), ("T2", "task", "A"), ("J", "exclusiveGateway", "A"),
                   ("E", "endEvent", "A")],
                  [("S", "G"), ("G", "T1"), ("G", "T2"), ("T1", "J"), ("T2", "J"),
                   ("J", "T1"), ("J", "E")])
    # when
    layout_model(model)
    # then
    t1, t2 = model.steps["T1"].bounds, model.steps["T2"].bounds
    assert t1 is not None and t2 is not None and t1.x == t2.x and t1.y < t2.y
    back = model.flows[edge(model, "J", "T1")].waypoints
    assert back[-1] == (t1.x, t1.y + t1.height / 2)
    check_layout(model)
    assert crossings(model) == []


def test_flow_into_a_start_event_keeps_it_in_column_zero() -> None:
    model = build([("S", "startEvent", "A"), ("T", "task", "A"), ("U", "task", "B")],
                  [("S", "T"), ("T", "U"), ("U", "S")])
    layering = layout_model(model)
    assert layering.column == {"S": 0, "T": 1, "U": 2}
    check_layout(model)


def test_self_loop() -> None:
    model = build([("S", "startEvent", "A"), ("T", "task", "A")], [("S", "T"), ("T", "T")])
    layering = layout_model(model)
    assert layering.loop_closing == {"F2"}
    check_layout(model)
    assert crossings(model) == []


def test_step_without_lane_goes_to_an_extra_row_in_the_pool() -> None:
    # given
    model = build([("S", "startEvent", "A"), ("T", "task", None), ("E", "endEvent", "B")],
                  [("S", "T"), ("T", "E")])
    # when
    layout_model(model)
    # then
    lane_b, pool = model.lanes["B"].bounds, model.pools["P"].bounds
    box = model.steps["T"].bounds
    assert lane_b is not None and pool is not None and box is not None
    assert box.y >= lane_b.y + lane_b.height
    assert pool.y + pool.height == lane_b.y + lane_b.height + LANE_HEIGHT
    check_layout(model)


def test_model_without_lanes_or_pools() -> None:
    model = ProcessModel()
    for sid, kind in (("S", "startEvent"), ("T", "task"), ("E", "endEvent")):
        model.add_step(Step(sid, kind=kind))
    model.add_flow(Flow("F1", "S", "T"))
    model.add_flow(Flow("F2", "T", "E"))
    layout_model(model)
    check_layout(model)


def test_empty_model() -> None:
    model = build([], [])
    assert layout_model(model).column == {}
    check_lanes_and_pool(model)


def test_nested_lanes_span_their_sub_lanes() -> None:
    model = ProcessModel()
    model.add_lane(Lane("C", "Customer", role="customer"))
    model.add_lane(Lane("O", "Org"))
    model.add_lane(Lane("O1", "Sales", parent="O"))
    model.add_lane(Lane("O2", "Support", parent="O"))
    for sid, lane in (("S", "C"), ("T1", "O1"), ("T2", "O2")):
        model.add_step(Step(sid, kind="startEvent" if sid == "S" else "task", lane=lane))
    model.add_flow(Flow("F1", "S", "T1"))
    model.add_flow(Flow("F2", "T1", "T2"))
    layout_model(model)
    org, sales, support = (model.lanes[i].bounds for i in ("O", "O1", "O2"))
    assert org is not None and sales is not None and support is not None
    assert inside(sales, org) and inside(support, org) and sales.x > org.x
    assert sales.y + sales.height == support.y
    check_layout(model)


def test_unknown_pool_is_refused() -> None:
    with pytest.raises(ModelError):
        layout_model(build([], []), pool_id="nope")


# -- large generated models --------------------------------------------------------------
def test_large_generated_model() -> None:
    model = generated(2000)
    layering = layout_model(model)
    assert len(model.steps) >= 2000
    check_layering(model, layering)
    check_layout(model)
    assert {model.flows[f].target for f in layering.loop_closing} <= {
        s for s in model.steps if s.startswith("T")}


def test_generated_model_routes_avoid_shapes() -> None:
    model = generated(300)
    layout_model(model)
    assert crossings(model) == []


def benchmark(n: int = 10_000) -> float:
    """Seconds to lay out a generated model of about ``n`` steps (not run by pytest)."""
    model = generated(n)
    began = time.perf_counter()
    layout_model(model)
    return time.perf_counter() - began


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"layout of {size} steps: {benchmark(size):.3f} s")
