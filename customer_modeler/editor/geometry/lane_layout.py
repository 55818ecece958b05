"""Editor layer: the geometry that lane edits imply, as lists of model changes (pure Python).

Lanes are stacked top to bottom. Resizing, adding or deleting a lane opens or closes
vertical space: everything below moves with it and the enclosing lanes and pool grow
or shrink. Reordering restacks sibling lanes; each lane's steps move with their lane.
Flows whose two ends move alike are translated; a route the user shaped keeps its
bends when one end moves; the others are re-routed. The façade
turns these lists into one undo command. These scans run once per lane edit, never on
a mouse move.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from customer_modeler.editor.geometry.bends import follow_moved_end, is_manual
from customer_modeler.editor.geometry.flow_router import FlowRouter, was_computed
from customer_modeler.editor.geometry.routing import route_detached, translated
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Point, Rect

Change = tuple[str, str, dict[str, Any]]

DEFAULT_LANE_HEIGHT = 160.0
DEFAULT_LANE_WIDTH = 1200.0
MIN_LANE_HEIGHT = 60.0


def _bottom(rect: Rect) -> float:
    return rect.y + rect.height


def descendants(model: ProcessModel, lane_id: str) -> list[str]:
    """The lane and every lane nested in it."""
    found = [lane_id]
    for child in model.child_lanes(lane_id):
        found.extend(descendants(model, child.id))
    return found


def siblings(model: ProcessModel, lane: Lane) -> list[Lane]:
    """Lanes with the same pool and parent as ``lane``, top to bottom (it included)."""
    return [other for other in model.lanes.values()
            if other.parent == lane.parent and other.pool == lane.pool]


def flow_changes(model: ProcessModel, step_shift: dict[str, tuple[float, float]],
                 new_bounds: dict[str, Rect]) -> list[Change]:
    """Changes to the flows of moved steps (see :func:`routes_after_move`).

    Parameters
    ----------
    step_shift
        (dx, dy) for every moved step.
    new_bounds
        The bounds each moved step will have.
    """
    routes = routes_after_move(model, step_shift, new_bounds)
    return [("flow", flow_id, {"waypoints": points}) for flow_id, points in routes.items()
            if points is not None and points != model.flows[flow_id].waypoints]


def routes_after_move(model: ProcessModel, step_ids: Iterable[str],
                      new_bounds: dict[str, Rect]) -> dict[str, tuple[Point, ...] | None]:
    """The route of every flow of the moved ``step_ids`` (None: left as it is), as the move
    and its preview on screen draw them.

    The routes that keep their shape (translated, or bends kept) are settled first, so
    that the routes made anew run beside them: a step moved past the gateway it flows
    into no longer sends its new route back along its incoming flow's last segment.
    """
    router = FlowRouter(model, new_bounds)
    routes: dict[str, tuple[Point, ...] | None] = {}
    anew: list[Flow] = []
    for step_id in step_ids:
        for flow in model.flows_of(step_id):
            if flow.id in routes:
                continue
            settled, points = _kept_route(model, flow, new_bounds)
            routes[flow.id] = points
            if not settled:
                anew.append(flow)
            elif points is not None:
                router.keep(flow.id, points)
    for flow in anew:
        routes[flow.id] = router.route_flow(flow)
    return routes


def _kept_route(model: ProcessModel, flow: Flow,
                new_bounds: dict[str, Rect]) -> tuple[bool, tuple[Point, ...] | None]:
    """A flow's route once the steps in ``new_bounds`` have moved, when it keeps its shape:
    (True, the route); (True, None) when it stays as it is; (False, None) when it is to
    be routed anew.

    Both ends moved alike: the route is translated. One end moved and the user shaped
    the route (or a file brought it): its bends stay and only the end segment follows
    (:func:`~customer_modeler.editor.geometry.bends.follow_moved_end`). Otherwise, or when
    the kept bends would run through the step, it is routed around the other steps.
    """
    source, target = model.steps.get(flow.source), model.steps.get(flow.target)
    old_source = source.bounds if source is not None else None
    old_target = target.bounds if target is not None else None
    new_source = new_bounds.get(flow.source, old_source)
    new_target = new_bounds.get(flow.target, old_target)
    moved_source = new_source != old_source
    moved_target = new_target != old_target
    if not (moved_source or moved_target):
        return True, None
    points = flow.waypoints
    usable = bool(points) and not route_detached(points, old_source, old_target)
    if usable and moved_source and moved_target and old_source and old_target:
        dx, dy = new_source.x - old_source.x, new_source.y - old_source.y  # type: ignore[union-attr]
        if (new_target.x - old_target.x, new_target.y - old_target.y) == (dx, dy):  # type: ignore[union-attr]
            return True, translated(points, dx, dy)
    elif (usable and moved_source != moved_target and is_manual(points, old_source, old_target)
          and not was_computed(model, flow)):
        old, new = (old_source, new_source) if moved_source else (old_target, new_target)
        if old is not None and new is not None:
            kept = follow_moved_end(points, old, new, at_start=moved_source)
            if kept is not None:
                return True, kept
    if new_source is None or new_target is None:
        return True, None
    return False, None


def shift_below(model: ProcessModel, y: float, dy: float, grow: set[str],
                skip_lanes: set[str] = frozenset()) -> list[Change]:  # type: ignore[assignment]
    """Open (dy > 0) or close (dy < 0) vertical space at ``y``.

    Lanes and pools in ``grow`` change height by ``dy``; every other lane, pool and step
    whose top is at or below ``y`` moves down by ``dy``.
    """
    changes: list[Change] = []
    for pool in model.pools.values():
        b = pool.bounds
        if b is None:
            continue
        if pool.id in grow:
            changes.append(("pool", pool.id, {"bounds": Rect(b.x, b.y, b.width, b.height + dy)}))
        elif b.y >= y - 0.5:
            changes.append(("pool", pool.id, {"bounds": b.moved(0, dy)}))
    for lane in model.lanes.values():
        if lane.bounds is None or lane.id in skip_lanes:
            continue
        if lane.id in grow:
            b = lane.bounds
            changes.append(("lane", lane.id, {"bounds": Rect(b.x, b.y, b.width, b.height + dy)}))
        elif lane.bounds.y >= y - 0.5:
            changes.append(("lane", lane.id, {"bounds": lane.bounds.moved(0, dy)}))
    shift: dict[str, tuple[float, float]] = {}
    bounds: dict[str, Rect] = {}
    for step in model.steps.values():
        if step.bounds is not None and step.bounds.y >= y - 0.5:
            shift[step.id] = (0.0, dy)
            bounds[step.id] = step.bounds.moved(0, dy)
            changes.append(("step", step.id, {"bounds": bounds[step.id]}))
    return changes + flow_changes(model, shift, bounds)


def close_gap(model: ProcessModel, removed: Lane, grow: set[str]) -> list[Change]:
    """Changes that close the space a removed lane leaves: what lies below moves up and
    the enclosing lanes and pool (``grow``) shrink by its height.

    Computed against the model once the lane, its nested lanes, steps and flows are
    gone, so nothing removed is changed; ``removed.bounds`` is where the lane stood.
    """
    if removed.bounds is None:
        return []
    return shift_below(model, _bottom(removed.bounds), -removed.bounds.height, grow)


def restack(model: ProcessModel, lane_id: str, new_index: int) -> list[Change]:
    """Changes that put ``lane_id`` at ``new_index`` among its siblings, content included.

    The siblings keep their heights and fill the same vertical span as before.
    """
    lane = model.lanes[lane_id]
    order = siblings(model, lane)
    if any(other.bounds is None for other in order):
        return []
    top = min(other.bounds.y for other in order)  # type: ignore[union-attr]
    order.remove(lane)
    order.insert(new_index, lane)
    changes: list[Change] = []
    lane_dy: dict[str, float] = {}
    y = top
    for other in order:
        assert other.bounds is not None
        dy = y - other.bounds.y
        y += other.bounds.height
        if abs(dy) < 1e-9:
            continue
        for inner in descendants(model, other.id):
            lane_dy[inner] = dy
    shift: dict[str, tuple[float, float]] = {}
    bounds: dict[str, Rect] = {}
    for inner, dy in lane_dy.items():
        inner_bounds = model.lanes[inner].bounds
        if inner_bounds is not None:
            changes.append(("lane", inner, {"bounds": inner_bounds.moved(0, dy)}))
        for step in model.steps_in_lane(inner):
            if step.bounds is not None:
                shift[step.id] = (0.0, dy)
                bounds[step.id] = step.bounds.moved(0, dy)
                changes.append(("step", step.id, {"bounds": bounds[step.id]}))
    return changes + flow_changes(model, shift, bounds)


def new_lane_bounds(model: ProcessModel, pool: str | None, height: float) -> Rect:
    """Where a lane appended at the bottom of ``pool`` goes."""
    top_level = [lane for lane in model.lanes.values()
                 if lane.pool == pool and lane.parent is None and lane.bounds is not None]
    if not top_level:
        pool_bounds = model.pools[pool].bounds if pool in model.pools else None
        if pool_bounds is not None:
            return Rect(pool_bounds.x + 30, pool_bounds.y, pool_bounds.width - 30, height)
        return Rect(0.0, 0.0, DEFAULT_LANE_WIDTH, height)
    last = max(top_level, key=lambda lane: _bottom(lane.bounds))  # type: ignore[arg-type]
    assert last.bounds is not None
    return Rect(last.bounds.x, _bottom(last.bounds), last.bounds.width, height)


def min_lane_height(model: ProcessModel, lane_id: str) -> float:
    """The smallest height that keeps every step (and nested lane) of the lane inside it."""
    lane = model.lanes[lane_id]
    if lane.bounds is None:
        return MIN_LANE_HEIGHT
    lowest = lane.bounds.y + MIN_LANE_HEIGHT
    for inner in descendants(model, lane_id):
        for step in model.steps_in_lane(inner):
            if step.bounds is not None:
                lowest = max(lowest, _bottom(step.bounds) + 10)
        inner_bounds = model.lanes[inner].bounds
        if inner != lane_id and inner_bounds is not None:
            lowest = max(lowest, inner_bounds.y + MIN_LANE_HEIGHT)
    return lowest - lane.bounds.y


def widen_to(model: ProcessModel, pool: str | None, right: float) -> list[Change]:
    """Widen every lane of ``pool`` (and the pool) so that it reaches at least ``right``."""
    changes: list[Change] = []
    pool_bounds = model.pools[pool].bounds if pool in model.pools else None
    if pool_bounds is not None and pool_bounds.x + pool_bounds.width < right:
        b = pool_bounds
        changes.append(("pool", pool, {"bounds": Rect(b.x, b.y, right - b.x, b.height)}))
    for lane in model.lanes.values():
        b = lane.bounds
        if lane.pool == pool and b is not None and b.x + b.width < right:
            changes.append(("lane", lane.id, {"bounds": Rect(b.x, b.y, right - b.x, b.height)}))
    return changes
