"""Editor layer: orthogonal routes around obstacles (pure Python, no Qt).

A route from one shape to another is searched on a sparse orthogonal grid: its lines
are the borders of the obstacles pushed out by a clearance, the ports of the two ends,
the middle between them, and tracks beside routes already drawn. A* walks that grid
with a cost of length plus a penalty per bend, so routes are short, turn seldom, keep
clear of other shapes and run beside (not on top of) other routes. Only the obstacles
near the two ends are looked at; when that window holds no way through, it is widened.

Ports are the middles of the four sides (where a gateway's corners and an event's
extremes are); wide shapes offer two more per side, so several flows at one side do
not share a segment.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from customer_modeler.model.elements import Point, Rect

#: Room a route keeps from the borders of shapes it passes.
CLEARANCE = 12.0
#: Distance between routes that run side by side.
SPACING = 8.0
#: Cost of one bend, in units of length.
BEND = 40.0
#: Cost of running on a segment another route already uses, per unit of length, and once.
SHARED_PER_LENGTH, SHARED_ONCE = 20.0, 400.0
#: Extra cost of ports off the middle of a side, and of leaving backwards / arriving from behind.
OFF_MIDDLE, BACKWARDS = 80.0, 30.0
#: A shape at least this wide (or high) offers ports at a quarter and three quarters of a side.
WIDE_SIDE = 70.0
#: How far around the two ends the first search looks; the window grows by this factor.
WINDOW, GROWTH = 90.0, 4.0

#: Places (line crossings and directions) a search may reach before it asks whether the
#: shapes in its window lie on one another, and if so gives up (:class:`Crowded`). Routes
#: in the tests reach at most 4,315, most a few hundred; a flow back across sixty steps
#: more, through shapes that stand apart (it searches on); steps piled on one another
#: (fifty steps of a journey aligned left) tens of thousands, a tenth of a second or more
#: each, in every window tried.
MAX_STATES = 6_000
#: Shapes in a window from which it is asked at once whether some lie on one another.
DENSE_WINDOW = 40

Segment = tuple[Point, Point]


class Crowded(Exception):
    """The shapes near the two ends are so many, or so piled up, that no route is searched
    through them: a wider window or a tighter clearance would only be more crowded."""


# Directions: east, south, west, north.
_DX = (1, 0, -1, 0)
_DY = (0, 1, 0, -1)


@dataclass(frozen=True, slots=True)
class _Port:
    point: Point
    direction: int  # outward
    cost: float


def _ports(rect: Rect, facing: Point) -> list[_Port]:
    """The places a route may leave or enter ``rect``, with what each costs."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    cx, cy = rect.center
    fx, fy = facing
    ports: list[_Port] = []
    sides = ((x1, None, 0), (None, y1, 1), (x0, None, 2), (None, y0, 3))
    for sx, sy, direction in sides:
        # Sides turned away from the other end cost a little more.
        away = (direction == 0 and fx < x1) or (direction == 2 and fx > x0) or (
            direction == 1 and fy < y1) or (direction == 3 and fy > y0)
        side_cost = BACKWARDS if away else 0.0
        length = rect.height if sx is not None else rect.width
        fractions = (0.0, -0.25, 0.25) if length >= WIDE_SIDE else (0.0,)
        for f in fractions:
            point = (sx, cy + f * rect.height) if sx is not None else (cx + f * rect.width, sy)
            ports.append(_Port(point, direction, side_cost + (OFF_MIDDLE if f else 0.0)))
    return ports


def _stub(port: _Port, clearance: float) -> Point:
    return (port.point[0] + _DX[port.direction] * clearance,
            port.point[1] + _DY[port.direction] * clearance)


class _Taken:
    """Segments other routes use, looked up by the line they lie on."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.rows: dict[float, list[tuple[float, float]]] = {}
        self.cols: dict[float, list[tuple[float, float]]] = {}
        for a, b in segments:
            if abs(a[1] - b[1]) < 0.5 and abs(a[0] - b[0]) >= 0.5:
                self.rows.setdefault(round(a[1], 1), []).append((min(a[0], b[0]), max(a[0], b[0])))
            elif abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) >= 0.5:
                self.cols.setdefault(round(a[0], 1), []).append((min(a[1], b[1]), max(a[1], b[1])))
        #: Lines many routes run on, their spans sorted by start (see :meth:`_overlap_sorted`).
        self._sorted: dict[tuple[bool, float], _SortedSpans] = {}

    def overlap(self, a: Point, b: Point) -> float:
        """How long the segment a–b runs on a taken segment."""
        across = abs(a[1] - b[1]) < 0.5
        if across:
            key, lo, hi = round(a[1], 1), min(a[0], b[0]), max(a[0], b[0])
            spans = self.rows.get(key, ())
        else:
            key, lo, hi = round(a[0], 1), min(a[1], b[1]), max(a[1], b[1])
            spans = self.cols.get(key, ())
        if len(spans) > _SORTED_FROM:
            return self._overlap_sorted((across, key), spans, lo, hi)
        return sum(max(0.0, min(hi, s_hi) - max(lo, s_lo)) for s_lo, s_hi in spans)

    def _overlap_sorted(self, line: tuple[bool, float], spans: list[tuple[float, float]],
                        lo: float, hi: float) -> float:
        """:meth:`overlap` on a line many routes share (piled steps put hundreds on one):
        only the spans that can reach ``lo``..``hi`` are looked at, found by binary search,
        and added in the order they were given, so the sum is the same to the last bit."""
        index = self._sorted.get(line)
        if index is None:
            index = self._sorted[line] = _SortedSpans(spans)
        first = bisect_left(index.starts, lo - index.longest)
        last = bisect_left(index.starts, hi)
        found = sorted((order, min(hi, s_hi) - max(lo, s_lo))
                       for s_lo, order, s_hi in index.spans[first:last])
        return sum(max(0.0, length) for _, length in found)


class _SortedSpans:
    """The spans of one line sorted by start, with their given order and the longest length."""

    def __init__(self, spans: list[tuple[float, float]]) -> None:
        self.spans = sorted((s_lo, order, s_hi) for order, (s_lo, s_hi) in enumerate(spans))
        self.starts = [s_lo for s_lo, _, _ in self.spans]
        self.longest = max(s_hi - s_lo for s_lo, s_hi in spans)


#: Spans on one line from which :class:`_Taken` looks them up by binary search.
_SORTED_FROM = 16


def _grid_lines(source: Rect, target: Rect, obstacles: Sequence[Rect], taken: _Taken,
                window: tuple[float, float, float, float], starts: list[_Port],
                ends: list[_Port], clearance: float) -> tuple[list[float], list[float]]:
    wx0, wy0, wx1, wy1 = window
    xs = {wx0, wx1}
    ys = {wy0, wy1}
    for r in (*obstacles, source, target):
        xs.update((r.x - clearance, r.x + r.width + clearance))
        ys.update((r.y - clearance, r.y + r.height + clearance))
    for port in (*starts, *ends):
        sx, sy = _stub(port, clearance)
        xs.add(sx)
        ys.add(sy)
    # The middle between the two ends: where a hand-drawn route would turn.
    xs.add(round((source.center[0] + target.center[0]) / 2))
    ys.add(round((source.center[1] + target.center[1]) / 2))
    # The middle of the gap between them, when they stand apart.
    for left, right in ((source.x + source.width, target.x), (target.x + target.width, source.x)):
        if right - left > 2 * clearance:
            xs.add(round((left + right) / 2))
    for top, bottom in ((source.y + source.height, target.y), (target.y + target.height, source.y)):
        if bottom - top > 2 * clearance:
            ys.add(round((top + bottom) / 2))
    for y in taken.rows:
        if wy0 <= y <= wy1:
            ys.update((y - SPACING, y + SPACING))
    for x in taken.cols:
        if wx0 <= x <= wx1:
            xs.update((x - SPACING, x + SPACING))
    return (sorted(x for x in xs if wx0 <= x <= wx1), sorted(y for y in ys if wy0 <= y <= wy1))


def _blocked(xs: list[float], ys: list[float], rects: Sequence[Rect],
             clearance: float) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Grid edges that run through the inside of an inflated rectangle.

    ``horizontal`` holds (i, j) for the edge from (xs[i], ys[j]) to (xs[i+1], ys[j]);
    ``vertical`` holds (i, j) for the edge from (xs[i], ys[j]) to (xs[i], ys[j+1]).
    """
    horizontal: set[tuple[int, int]] = set()
    vertical: set[tuple[int, int]] = set()
    for r in rects:
        x0, x1 = r.x - clearance + 0.01, r.x + r.width + clearance - 0.01
        y0, y1 = r.y - clearance + 0.01, r.y + r.height + clearance - 0.01
        i_in = range(bisect_left(xs, x0), bisect_right(xs, x1))     # columns strictly inside
        j_in = range(bisect_left(ys, y0), bisect_right(ys, y1))     # rows strictly inside
        if not i_in and not j_in:
            continue
        # Horizontal edges on an inside row that overlap (x0, x1).
        i_from = max(bisect_right(xs, x0) - 1, 0)
        i_to = min(bisect_left(xs, x1), len(xs) - 1)
        for j in j_in:
            for i in range(i_from, i_to):
                horizontal.add((i, j))
        j_from = max(bisect_right(ys, y0) - 1, 0)
        j_to = min(bisect_left(ys, y1), len(ys) - 1)
        for i in i_in:
            for j in range(j_from, j_to):
                vertical.add((i, j))
    return horizontal, vertical


def _search(xs: list[float], ys: list[float], blocked_h: set[tuple[int, int]],
            blocked_v: set[tuple[int, int]], starts: list[_Port], ends: list[_Port],
            taken: _Taken, clearance: float, piled: Callable[[], bool]) -> list[Point] | None:
    """A* over (column, row, direction); the cheapest way from a start stub to an end stub.

    It runs for every flow an edit re-routes, so what each visit needs (the distances
    between grid lines, the estimate per column and per row) is worked out before the walk.
    Past :data:`MAX_STATES` places it raises :class:`Crowded` when ``piled()`` says the
    shapes in the window lie on one another.
    """
    x_index = {x: i for i, x in enumerate(xs)}
    y_index = {y: j for j, y in enumerate(ys)}
    goals: dict[tuple[int, int], list[_Port]] = {}
    for port in ends:
        sx, sy = _stub(port, clearance)
        if sx in x_index and sy in y_index:
            goals.setdefault((x_index[sx], y_index[sy]), []).append(port)
    if not goals:
        return None
    gx0, gx1 = min(xs[i] for i, _ in goals), max(xs[i] for i, _ in goals)
    gy0, gy1 = min(ys[j] for _, j in goals), max(ys[j] for _, j in goals)
    taken_rows = {j for j, y in enumerate(ys) if round(y, 1) in taken.rows}
    taken_cols = {i for i, x in enumerate(xs) if round(x, 1) in taken.cols}
    # The estimate is the distance to the box around the goals (never more than the real
    # cost), the sum of a part per column and a part per row.
    to_goal_x = [max(gx0 - x, 0.0, x - gx1) for x in xs]
    to_goal_y = [max(gy0 - y, 0.0, y - gy1) for y in ys]
    # Length of the grid edge after each line: xs[i + 1] - xs[i], ys[j + 1] - ys[j].
    gap_x = [b - a for a, b in zip(xs, xs[1:])]
    gap_y = [b - a for a, b in zip(ys, ys[1:])]
    last_i, last_j = len(xs) - 1, len(ys) - 1
    never = float("inf")

    best: dict[tuple[int, int, int], float] = {}
    came: dict[tuple[int, int, int], tuple[int, int, int] | _Port] = {}
    heap: list[tuple[float, float, tuple[int, int, int]]] = []
    for port in starts:
        sx, sy = _stub(port, clearance)
        if sx not in x_index or sy not in y_index:
            continue
        state = (x_index[sx], y_index[sy], port.direction)
        cost = port.cost + clearance + _shared_cost(taken, port.point, (sx, sy))
        if cost < best.get(state, never):
            best[state], came[state] = cost, port
            heapq.heappush(heap, (cost + (to_goal_x[state[0]] + to_goal_y[state[1]]), cost, state))
    finish: tuple[float, tuple[int, int, int], _Port] | None = None
    push, pop = heapq.heappush, heapq.heappop
    limit: float = MAX_STATES
    while heap:
        f, cost, state = pop(heap)
        if finish is not None and f >= finish[0]:
            break
        if len(best) > limit:
            if piled():
                raise Crowded
            limit = never  # a long way through shapes that stand apart: search on
        if cost > best.get(state, never):
            continue
        i, j, d = state
        if (i, j) in goals:
            for port in goals[(i, j)]:
                inward = (port.direction + 2) % 4
                if d == port.direction:
                    continue  # arriving away from the shape: it would have to turn back on itself
                total = cost + port.cost + clearance + (BEND if d != inward else 0.0) + _shared_cost(
                    taken, (xs[i], ys[j]), port.point)
                if finish is None or total < finish[0]:
                    finish = (total, state, port)
        # The four directions in their order (east, south, west, north), never straight back.
        for nd, ni, nj in ((0, i + 1, j), (1, i, j + 1), (2, i - 1, j), (3, i, j - 1)):
            if nd == (d + 2) % 4 or ni < 0 or ni > last_i or nj < 0 or nj > last_j:
                continue
            if nd == 0 or nd == 2:
                edge = (i if ni > i else ni, j)
                if edge in blocked_h:
                    continue
                new_cost = cost + gap_x[edge[0]] + (BEND if nd != d else 0.0)
                shared = j in taken_rows
            else:
                edge = (i, j if nj > j else nj)
                if edge in blocked_v:
                    continue
                new_cost = cost + gap_y[edge[1]] + (BEND if nd != d else 0.0)
                shared = i in taken_cols
            if shared:
                new_cost += _shared_cost(taken, (xs[i], ys[j]), (xs[ni], ys[nj]))
            new_state = (ni, nj, nd)
            if new_cost < best.get(new_state, never):
                best[new_state], came[new_state] = new_cost, state
                push(heap, (new_cost + (to_goal_x[ni] + to_goal_y[nj]), new_cost, new_state))
    if finish is None:
        return None
    _, state, end_port = finish
    points: list[Point] = [end_port.point]
    node: tuple[int, int, int] | _Port = state
    while not isinstance(node, _Port):
        points.append((xs[node[0]], ys[node[1]]))
        node = came[node]
    points.append(node.point)
    points.reverse()
    return points


def _shared_cost(taken: _Taken, a: Point, b: Point) -> float:
    shared = taken.overlap(a, b)
    return shared * SHARED_PER_LENGTH + SHARED_ONCE if shared > 0.5 else 0.0


def simplify(points: Sequence[Point]) -> tuple[Point, ...]:
    """Drop repeated points and points in the middle of a straight run."""
    kept: list[Point] = []
    for p in points:
        if kept and abs(p[0] - kept[-1][0]) < 0.01 and abs(p[1] - kept[-1][1]) < 0.01:
            continue
        if len(kept) >= 2:
            a, b = kept[-2], kept[-1]
            if (abs(a[0] - b[0]) < 0.01 and abs(b[0] - p[0]) < 0.01) or (
                    abs(a[1] - b[1]) < 0.01 and abs(b[1] - p[1]) < 0.01):
                kept[-1] = p
                continue
        kept.append(p)
    return tuple((float(x), float(y)) for x, y in kept)


def _intersects(a: Rect, b: Rect) -> bool:
    return (a.x < b.x + b.width and b.x < a.x + a.width
            and a.y < b.y + b.height and b.y < a.y + a.height)


def lies_on(a: Rect, b: Rect) -> bool:
    """Whether ``a`` and ``b`` lie on one another: they overlap by half the larger one or
    more (steps put in one place, as aligning many steps of a journey does; not an event
    on its task's border, nor a step inside a sub-process)."""
    width = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    height = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    return width > 0 and height > 0 and 2 * width * height >= max(a.width * a.height,
                                                                    b.width * b.height)


def _piled(rects: Sequence[Rect]) -> bool:
    """Whether two of ``rects`` lie on one another (:func:`lies_on`)."""
    ordered = sorted(rects, key=lambda r: r.x)
    for i, a in enumerate(ordered):
        right = a.x + a.width
        for b in ordered[i + 1:]:
            if b.x >= right:
                break
            if lies_on(a, b):
                return True
    return False


def route_around(source: Rect, target: Rect, obstacles: Sequence[Rect],
                 taken: Sequence[Segment] = (), *, clearance: float = CLEARANCE,
                 window: float = WINDOW) -> tuple[Point, ...] | None:
    """An orthogonal route from ``source`` to ``target`` that passes no obstacle's inside.

    Parameters
    ----------
    source, target
        Bounds of the two ends.
    obstacles
        Shapes to go round (steps, lane headers). Those that overlap an end (the
        sub-process a step sits in, the task a boundary event is on) are ignored.
    taken
        Segments of other routes: the new route runs beside them, not on them.

    Returns
    -------
    tuple of (x, y) or None
        First and last point on the borders of the ends; None when no way was found.

    Raises
    ------
    Crowded
        When shapes in the window lie on one another and the window holds more than
        :data:`DENSE_WINDOW` shapes, or a search reaches more than :data:`MAX_STATES` places.
    """
    obstacles = _clear_of_ends(obstacles, source, target)
    taken_index = _Taken(taken)
    starts = _ports(source, target.center)
    ends = _ports(target, source.center)
    margin = window
    for _ in range(3):
        box = window_around(source, target, margin)
        near = _within(obstacles, box)
        if _dense_and_piled(near):
            raise Crowded
        xs, ys = _grid_lines(source, target, near, taken_index, box, starts, ends, clearance)
        # The ends themselves are obstacles: a route leaves and enters only at a port.
        blocked_h, blocked_v = _blocked(xs, ys, [*near, source, target], clearance)
        found = _search(xs, ys, blocked_h, blocked_v, starts, ends, taken_index, clearance,
                        lambda: _piled(near))
        if found is not None:
            return simplify(found)
        margin *= GROWTH
    return None


def crowded(source: Rect, target: Rect, obstacles: Sequence[Rect], window: float = WINDOW) -> bool:
    """Whether :func:`route_around` would give up at once (:class:`Crowded`): the caller
    need not gather the routes to run beside (each of a thousand piled steps' flows would
    gather those of all the others)."""
    return _dense_and_piled(_within(_clear_of_ends(obstacles, source, target),
                                    window_around(source, target, window)))


def _clear_of_ends(obstacles: Sequence[Rect], source: Rect, target: Rect) -> list[Rect]:
    """The obstacles but those that overlap an end (the sub-process a step sits in, the
    task a boundary event is on)."""
    return [r for r in obstacles if not _intersects(r, source) and not _intersects(r, target)]


def window_around(source: Rect, target: Rect, margin: float) -> tuple[float, float, float, float]:
    """The box around both ends, ``margin`` wider on every side."""
    return (min(source.x, target.x) - margin, min(source.y, target.y) - margin,
            max(source.x + source.width, target.x + target.width) + margin,
            max(source.y + source.height, target.y + target.height) + margin)


def _within(rects: Sequence[Rect], box: tuple[float, float, float, float]) -> list[Rect]:
    return [r for r in rects if r.x < box[2] and r.x + r.width > box[0]
            and r.y < box[3] and r.y + r.height > box[1]]


def _dense_and_piled(near: Sequence[Rect]) -> bool:
    return len(near) > DENSE_WINDOW and _piled(near)


def segments(points: Sequence[Point]) -> list[Segment]:
    """The segments of a route."""
    return list(zip(points, points[1:]))
