"""Model layer: automatic layout of a process (the layout hint of docs/methods.md §9.0).

Columns are longest-path layers once the loop-closing flows (depth-first back edges
from the start events) are set aside; rows are the lanes, top to bottom in the model's
lane order, with one extra row for steps in no lane. Steps of one lane that share a
column are stacked. Flows are routed orthogonally through the gaps between columns and
along tracks near lane borders, where no shape stands. Pure Python, linear in the size
of the model apart from sorting, so it also lays out large generated models and files
that come without diagram information.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Point, Rect, Step
from customer_modeler.model.errors import ModelError

TASK_SIZE = (120.0, 80.0)
EVENT_SIZE = (36.0, 36.0)
GATEWAY_SIZE = (50.0, 50.0)
COLUMN_PITCH = 170.0
LANE_HEIGHT = 140.0
LANE_HEADER = 30.0
POOL_HEADER = 30.0
ORIGIN = (0.0, 0.0)
#: Distance of a routing track from the lane border it runs along (shapes keep >= 30).
TRACK_OFFSET = 15.0
#: Shapes a route check looks at before it settles for a track (keeps routing linear).
_SCAN_LIMIT = 24
_WHITE, _GREY, _BLACK = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Layering:
    """The columns of a layout: ``column`` per step id, the ``loop_closing`` flow ids, and
    ``order``, the depth-first discovery rank that orders stacked steps top to bottom."""

    column: dict[str, int]
    loop_closing: frozenset[str]
    order: dict[str, int]


def step_size(step: Step) -> tuple[float, float]:
    """Width and height of a step's shape: task 120×80, event 36×36, gateway 50×50."""
    if step.type in ("start", "end", "event") or step.kind.endswith("Event"):
        return EVENT_SIZE
    if step.type in ("xor", "and", "or") or step.kind.endswith("Gateway"):
        return GATEWAY_SIZE
    return TASK_SIZE


def layer_steps(model: ProcessModel) -> Layering:
    """Assign every step its column (docs/methods.md §9.0).

    Parameters
    ----------
    model
        The process; every flow between two steps counts (message flows too).

    Returns
    -------
    Layering
        Starts are in column 0 and every other step one column right of its deepest
        predecessor, not counting loop-closing flows: the back edges of a depth-first
        search from the start events (then from steps without incoming flows, then from
        any step left, which catches cycles no start reaches). A search follows first
        the flow whose target is farthest from an end, so a loop is closed where it
        returns (G03→T02), not where a side branch joins it. Flows into a start event
        also count as loop-closing, so starts stay in column 0.
    """
    succ: dict[str, list[tuple[str, str]]] = {sid: [] for sid in model.steps}
    pred: dict[str, list[str]] = {sid: [] for sid in model.steps}
    for flow in _step_flows(model):
        succ[flow.source].append((flow.id, flow.target))
        pred[flow.target].append(flow.source)
    dist = _distance_to_end(succ, pred)
    for outs in succ.values():
        outs.sort(key=lambda out: -dist.get(out[1], -1))  # stable: ties keep file order
    starts = [sid for sid, step in model.steps.items() if step.type == "start"]
    roots = [*starts, *(sid for sid in model.steps if not pred[sid]), *model.steps]
    back, order = _back_edges(succ, roots)
    back |= {f.id for f in _step_flows(model) if model.steps[f.target].type == "start"}
    return Layering(_longest_path(succ, pred, back), frozenset(back), order)


def _distance_to_end(succ: dict[str, list[tuple[str, str]]],
                     pred: dict[str, list[str]]) -> dict[str, int]:
    """Fewest flows from each step to a step without outgoing flows (absent: none reachable)."""
    dist = {sid: 0 for sid, outs in succ.items() if not outs}
    queue = deque(dist)
    while queue:
        node = queue.popleft()
        for source in pred[node]:
            if source not in dist:
                dist[source] = dist[node] + 1
                queue.append(source)
    return dist


def _back_edges(succ: dict[str, list[tuple[str, str]]],
                roots: list[str]) -> tuple[set[str], dict[str, int]]:
    """Iterative depth-first search; returns the back-edge flow ids and the discovery order."""
    colour = dict.fromkeys(succ, _WHITE)
    order: dict[str, int] = {}
    back: set[str] = set()
    for root in roots:
        if colour[root] != _WHITE:
            continue
        colour[root], order[root] = _GREY, len(order)
        stack = [(root, iter(succ[root]))]
        while stack:
            node, outs = stack[-1]
            for flow_id, target in outs:
                if colour[target] == _GREY:
                    back.add(flow_id)
                elif colour[target] == _WHITE:
                    colour[target], order[target] = _GREY, len(order)
                    stack.append((target, iter(succ[target])))
                    break
            else:
                colour[node] = _BLACK
                stack.pop()
    return back, order


def _longest_path(succ: dict[str, list[tuple[str, str]]], pred: dict[str, list[str]],
                  back: set[str]) -> dict[str, int]:
    """Longest-path layers over the flows that are not in ``back`` (Kahn's order)."""
    indegree = {sid: 0 for sid in succ}
    for outs in succ.values():
        for flow_id, target in outs:
            if flow_id not in back:
                indegree[target] += 1
    layer = dict.fromkeys(succ, 0)
    queue = deque(sid for sid, n in indegree.items() if n == 0)
    while queue:
        node = queue.popleft()
        for flow_id, target in succ[node]:
            if flow_id in back:
                continue
            layer[target] = max(layer[target], layer[node] + 1)
            indegree[target] -= 1
            if indegree[target] == 0:
                queue.append(target)
    return layer


class _LaneSlot(NamedTuple):
    """A lane's place in the top-to-bottom order: nesting depth and enclosing lane."""

    id: str
    depth: int
    parent: str | None


@dataclass(slots=True)
class _Row:
    """A horizontal band: one lane's own steps (``lane``), or steps in no lane (None)."""

    lane: str | None
    top: float = 0.0
    height: float = LANE_HEIGHT

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(slots=True)
class _Grid:
    """Where rows and columns lie, and which cells hold shapes (for route checks)."""

    content_x: float
    rows: list[_Row]
    row_of: dict[str, int]
    column: dict[str, int]
    bounds: dict[str, Rect] = field(default_factory=dict)
    cells: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    occupied: list[list[int]] = field(default_factory=list)

    def gap_before(self, column: int) -> float:
        """The x of the middle of the gap left of ``column`` (cells are one pitch wide)."""
        return self.content_x + column * COLUMN_PITCH

    def free(self, row: int, first: int, last: int, y: float) -> bool:
        """Whether a horizontal line at ``y`` crosses no shape of ``row`` in columns first..last."""
        columns = self.occupied[row]
        index, looked = bisect_left(columns, first), 0
        while index < len(columns) and columns[index] <= last:
            for step_id in self.cells[(row, columns[index])]:
                box = self.bounds[step_id]
                looked += 1
                if looked > _SCAN_LIMIT or box.y - 1 <= y <= box.y + box.height + 1:
                    return False
            index += 1
        return True


def layout_model(model: ProcessModel, *, pool_id: str | None = None) -> Layering:
    """Lay out the whole model: step bounds, flow waypoints, lane and pool bounds.

    Parameters
    ----------
    model
        The process; changed through ``update_step``, ``update_flow`` and ``update_lane``
        (one change event each). Lanes keep their order; the customer lane is not moved.
    pool_id
        The pool drawn around every lane (and the row of lane-less steps). By default the
        model's only pool; with several pools each one spans the lanes it holds.

    Returns
    -------
    Layering
        The columns and loop-closing flows the layout used.

    Raises
    ------
    ModelError
        When ``pool_id`` names no pool of the model.
    """
    if pool_id is not None and pool_id not in model.pools:
        raise ModelError(f"no pool {pool_id}")
    layering = layer_steps(model)
    lanes = _lane_order(model)
    grid = _make_grid(model, layering, lanes)
    _place_steps(model, grid, layering)
    width = grid.gap_before(max(layering.column.values(), default=0) + 1) - ORIGIN[0]
    _set_lane_bounds(model, grid, lanes, width)
    _set_pool_bounds(model, grid, pool_id, width)
    for flow in _step_flows(model):
        model.update_flow(flow.id, waypoints=_route(grid, flow.source, flow.target))
    return layering


def _step_flows(model: ProcessModel) -> list[Flow]:
    """Flows between two steps (a message flow may end at a pool: it is drawn as it was)."""
    return [f for f in model.flows.values() if f.source in model.steps and f.target in model.steps]


def _lane_order(model: ProcessModel) -> list[_LaneSlot]:
    """Lanes top to bottom with depth and parent: nested lanes follow their parent."""
    children: dict[str | None, list[str]] = {}
    for lane in model.lanes.values():
        parent = lane.parent if lane.parent in model.lanes else None
        children.setdefault(parent, []).append(lane.id)
    result: list[_LaneSlot] = []
    stack = [_LaneSlot(lane_id, 0, None) for lane_id in reversed(children.get(None, []))]
    while stack:
        slot = stack.pop()
        result.append(slot)
        stack.extend(_LaneSlot(child, slot.depth + 1, slot.id)
                     for child in reversed(children.get(slot.id, [])))
    placed = {slot.id for slot in result}
    # Lanes whose parents form a cycle are unreachable from the top; show them flat.
    result += [_LaneSlot(lane_id, 0, None) for lane_id in model.lanes if lane_id not in placed]
    return result


def _make_grid(model: ProcessModel, layering: Layering, lanes: list[_LaneSlot]) -> _Grid:
    """Rows for leaf lanes and for lanes holding steps themselves, plus one for lane-less steps."""
    parents = {slot.parent for slot in lanes}
    rows = [_Row(slot.id) for slot in lanes
            if slot.id not in parents or model.steps_in_lane(slot.id)]
    row_index = {row.lane: i for i, row in enumerate(rows)}
    if any(step.lane not in row_index for step in model.steps.values()):
        rows.append(_Row(None))
    row_of = {sid: row_index.get(step.lane, len(rows) - 1) for sid, step in model.steps.items()}
    depth = max((slot.depth for slot in lanes), default=0)
    grid = _Grid(ORIGIN[0] + POOL_HEADER + LANE_HEADER * (depth + 1), rows, row_of,
                 layering.column)
    for sid in sorted(model.steps, key=layering.order.__getitem__):
        grid.cells.setdefault((row_of[sid], layering.column[sid]), []).append(sid)
    grid.occupied = [[] for _ in rows]
    for row, column in sorted(grid.cells):
        grid.occupied[row].append(column)
        stacked = len(grid.cells[(row, column)])
        rows[row].height = max(rows[row].height, LANE_HEIGHT * stacked)
    top = ORIGIN[1]
    for row_ in rows:
        row_.top, top = top, top + row_.height
    return grid


def _place_steps(model: ProcessModel, grid: _Grid, layering: Layering) -> None:
    """Centre every shape in its cell; stacked shapes share the row's height evenly."""
    for (row, column), stack in grid.cells.items():
        band = grid.rows[row]
        cell_height = band.height / len(stack)
        centre_x = grid.gap_before(column) + COLUMN_PITCH / 2
        for i, step_id in enumerate(stack):
            width, height = step_size(model.steps[step_id])
            centre_y = band.top + cell_height * (i + 0.5)
            box = Rect(centre_x - width / 2, centre_y - height / 2, width, height)
            grid.bounds[step_id] = box
            model.update_step(step_id, bounds=box)


def _set_lane_bounds(model: ProcessModel, grid: _Grid, lanes: list[_LaneSlot],
                     width: float) -> None:
    """Each lane spans its own row and its nested lanes' rows; headers step in by depth."""
    span: dict[str, tuple[float, float]] = {
        row.lane: (row.top, row.bottom) for row in grid.rows if row.lane is not None}
    for slot in reversed(lanes):  # nested lanes come after their parent
        if slot.parent is not None:
            top, bottom = span[slot.id]
            old = span.get(slot.parent, (top, bottom))
            span[slot.parent] = (min(old[0], top), max(old[1], bottom))
    for slot in lanes:
        x = ORIGIN[0] + POOL_HEADER + LANE_HEADER * slot.depth
        top, bottom = span[slot.id]
        model.update_lane(slot.id, bounds=Rect(x, top, ORIGIN[0] + width - x, bottom - top))


def _set_pool_bounds(model: ProcessModel, grid: _Grid, pool_id: str | None,
                     width: float) -> None:
    """The main pool spans every row; other pools span their lanes, else stack below."""
    main = pool_id if pool_id is not None else (
        next(iter(model.pools)) if len(model.pools) == 1 else None)
    bottom = grid.rows[-1].bottom if grid.rows else ORIGIN[1] + LANE_HEIGHT
    span: dict[str, tuple[float, float]] = {}
    if main is not None:
        span[main] = (ORIGIN[1], bottom)
    for row in grid.rows:
        if row.lane is None:  # the lane-less row goes to the first pool without lanes
            owner = next((p for p in model.pools if p not in span and not _has_lanes(model, p)),
                         None)
        else:
            owner = model.lanes[row.lane].from_pool or model.lanes[row.lane].pool
        if owner in model.pools and owner != main:
            old = span.get(owner, (row.top, row.bottom))
            span[owner] = (min(old[0], row.top), max(old[1], row.bottom))
    for pool in model.pools.values():
        if pool.id not in span:  # a pool without lanes or steps: an empty band below
            span[pool.id], bottom = (bottom, bottom + LANE_HEIGHT), bottom + LANE_HEIGHT
        top, low = span[pool.id]
        model.update_pool(pool.id, bounds=Rect(ORIGIN[0], top, width, low - top))


def _has_lanes(model: ProcessModel, pool_id: str) -> bool:
    return any(pool_id in (lane.pool, lane.from_pool) for lane in model.lanes.values())


def _route(grid: _Grid, source: str, target: str) -> tuple[Point, ...]:
    """Orthogonal waypoints from the source's right side to the target.

    Forward flows bend in the gap after the source column or before the target column,
    whichever leaves the horizontal run clear of shapes, else they run along a track
    beside a lane border. Loop-closing flows run back along the bottom border of the
    target's lane and enter the target from below (from the left when a stacked shape
    is in the way). Vertical runs stay in the gaps between columns.
    """
    s, t = grid.bounds[source], grid.bounds[target]
    start, end = (s.x + s.width, s.y + s.height / 2), (t.x, t.y + t.height / 2)
    first, last = grid.column[source], grid.column[target]
    after, before = grid.gap_before(first + 1), grid.gap_before(last)
    rs, rt = grid.row_of[source], grid.row_of[target]
    if last <= first:
        track = grid.rows[rt].bottom - TRACK_OFFSET
        if grid.cells[(rt, last)][-1] == target:
            below = (t.x + t.width / 2, t.y + t.height)
            return _simplify([start, (after, start[1]), (after, track), (below[0], track), below])
    elif grid.free(rt, first + 1, last - 1, end[1]):
        return _simplify([start, (after, start[1]), (after, end[1]), end])
    elif grid.free(rs, first + 1, last - 1, start[1]):
        return _simplify([start, (before, start[1]), (before, end[1]), end])
    elif rt < rs:
        track = grid.rows[rt].bottom - TRACK_OFFSET
    else:
        track = grid.rows[rt].top + TRACK_OFFSET
    return _simplify([start, (after, start[1]), (after, track), (before, track),
                      (before, end[1]), end])


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and the middle one of three on a line."""
    kept: list[Point] = []
    for point in points:
        if kept and kept[-1] == point:
            continue
        if len(kept) >= 2 and (kept[-2][0] == kept[-1][0] == point[0]
                               or kept[-2][1] == kept[-1][1] == point[1]):
            kept[-1] = point
        else:
            kept.append(point)
    return tuple(kept)
