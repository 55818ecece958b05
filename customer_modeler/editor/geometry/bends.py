"""Editor layer: editing a flow's bend points while keeping the route orthogonal (pure Python).

A route is a list of points; its first and last lie on the borders of the two steps.
Dragging a bend point moves the neighbouring bends with it so that every segment that
was horizontal or vertical stays so; dragging a segment's middle moves the whole
segment sideways. An end point slides along its step's border when it can; when it
cannot, a short dog-leg is inserted instead of a slanted line. When a single step
moves, a route the user shaped keeps its bends and only its end segments follow.
Segments a file drew slanted are left slanted.
"""

from __future__ import annotations

from customer_modeler.editor.geometry.routing import orthogonal_route
from customer_modeler.model.elements import Point, Rect

#: Coordinates closer than this are the same (files write rounded numbers).
EPS = 0.5


def _horizontal(a: Point, b: Point) -> bool:
    return abs(a[1] - b[1]) < EPS


def _vertical(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) < EPS


def is_orthogonal(points: list[Point] | tuple[Point, ...]) -> bool:
    """Every segment is horizontal or vertical."""
    return all(_horizontal(a, b) or _vertical(a, b) for a, b in zip(points, points[1:]))


def is_manual(points: tuple[Point, ...], source: Rect | None, target: Rect | None) -> bool:
    """The route has bends of its own: it is not what automatic routing would draw."""
    if len(points) < 3 or source is None or target is None:
        return len(points) >= 3
    auto = orthogonal_route(source, target)
    return len(auto) != len(points) or any(
        abs(a[0] - b[0]) >= EPS or abs(a[1] - b[1]) >= EPS for a, b in zip(auto, points))


def follow_moved_end(points: tuple[Point, ...], old: Rect, new: Rect,
                     at_start: bool) -> tuple[Point, ...] | None:
    """The route after the step at one end moved from ``old`` to ``new``, bends kept.

    The end point moves with the step; the first bend moves along to keep the first
    segment straight. Returns None when that is not possible (too few points, or the
    kept bends would run back through the step): the caller re-routes then.
    """
    if len(points) < 3:
        return None
    pts = list(points) if at_start else list(reversed(points))
    dx, dy = new.x - old.x, new.y - old.y
    end, bend = pts[0], pts[1]
    moved_end = (end[0] + dx, end[1] + dy)
    if _horizontal(end, bend):
        bend = (bend[0], moved_end[1])
    elif _vertical(end, bend):
        bend = (moved_end[0], bend[1])
    pts[0], pts[1] = moved_end, bend
    if not _keeps_axes(points if at_start else tuple(reversed(points)), pts):
        return None
    if any(_runs_through(a, b, new) for a, b in zip(pts, pts[1:])):
        return None  # e.g. a step moved past the bend: its first segment would cross it
    return tuple(pts) if at_start else tuple(reversed(pts))


def _keeps_axes(before: tuple[Point, ...], after: list[Point]) -> bool:
    """Segments that were horizontal or vertical still are, and none is slanted anew."""
    for (a, b), (c, d) in zip(zip(before, before[1:]), zip(after, after[1:])):
        if _horizontal(a, b) and not _horizontal(c, d):
            return False
        if _vertical(a, b) and not _vertical(c, d):
            return False
    return True


def _runs_through(a: Point, b: Point, rect: Rect) -> bool:
    """Whether the segment from ``a`` to ``b`` enters the inside of ``rect`` (running
    along its border or touching it from outside does not count)."""
    left, right = rect.x + EPS, rect.x + rect.width - EPS
    top, bottom = rect.y + EPS, rect.y + rect.height - EPS
    low_x, high_x = min(a[0], b[0]), max(a[0], b[0])
    low_y, high_y = min(a[1], b[1]), max(a[1], b[1])
    if low_x == high_x and low_y == high_y:
        return left < low_x < right and top < low_y < bottom
    # the segment's extent overlaps the inside on both axes (orthogonal segments; a slanted
    # one is judged by its box, which errs towards routing anew)
    return (max(low_x, left) < min(high_x, right) or left < low_x < right) and \
        (max(low_y, top) < min(high_y, bottom) or top < low_y < bottom)


def drag_bend(points: list[Point], index: int, pos: Point,
              source: Rect | None, target: Rect | None) -> list[Point]:
    """The route with bend point ``index`` moved to ``pos``, its neighbours following."""
    before = list(points)
    pts = list(points)
    pts[index] = pos
    # Later neighbour first: a dog-leg inserted there does not shift the earlier index.
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(before):
            pts = _follow(pts, before, index, neighbour,
                          source, target)
    return _without_repeats(pts)


def drag_segment(points: list[Point], index: int, pos: Point,
                 source: Rect | None, target: Rect | None) -> list[Point]:
    """The route with segment ``index`` (points ``index``, ``index + 1``) moved to ``pos``.

    A horizontal segment moves up or down, a vertical one sideways; a slanted one gets a
    new bend point at ``pos``.
    """
    a, b = points[index], points[index + 1]
    if _horizontal(a, b) and not _vertical(a, b):
        value, axis = pos[1], 1
    elif _vertical(a, b) and not _horizontal(a, b):
        value, axis = pos[0], 0
    else:
        return [*points[:index + 1], pos, *points[index + 1:]]
    pts = list(points)
    last = len(pts) - 1
    # The later point first, so a dog-leg there does not shift the earlier index.
    for i in (index + 1, index):
        pts = _set_axis(pts, i, axis, value, source if i == 0 else target if i == last else None,
                        away=index + 1 if i == index else index)
    return _without_repeats(pts)


def _follow(pts: list[Point], before: list[Point], moved: int, neighbour: int,
            source: Rect | None, target: Rect | None) -> list[Point]:
    """Keep the segment between ``moved`` and ``neighbour`` on its axis."""
    old_moved, old_neighbour = before[moved], before[neighbour]
    if _horizontal(old_moved, old_neighbour) and not _vertical(old_moved, old_neighbour):
        axis = 1
    elif _vertical(old_moved, old_neighbour) and not _horizontal(old_moved, old_neighbour):
        axis = 0
    else:
        return pts  # slanted, or a point: leave it
    last = len(pts) - 1
    rect = source if neighbour == 0 else target if neighbour == last else None
    return _set_axis(pts, neighbour, axis, pts[moved][axis], rect, away=moved)


def _set_axis(pts: list[Point], i: int, axis: int, value: float, rect: Rect | None,
              away: int) -> list[Point]:
    """Set coordinate ``axis`` of point ``i`` to ``value``; an end point on ``rect`` slides
    along the border if it stays on it, else a dog-leg keeps it where it is."""
    point = pts[i]
    moved = (value, point[1]) if axis == 0 else (point[0], value)
    is_end = i in (0, len(pts) - 1)
    if not is_end or rect is None or _on_side(moved, rect, axis):
        pts[i] = moved
        return pts
    # Dog-leg: from the fixed end across to the middle, along, and on to the bend.
    other = pts[away]
    if axis == 1:  # the segment is horizontal at height ``value``
        mid = (point[0] + other[0]) / 2
        leg = [(mid, point[1]), (mid, value)]
    else:
        mid = (point[1] + other[1]) / 2
        leg = [(point[0], mid), (value, mid)]
    if i == 0:
        return [point, *leg, *pts[1:]]
    return [*pts[:-1], *reversed(leg), point]


def _on_side(point: Point, rect: Rect, axis: int) -> bool:
    """The point lies on a side of ``rect`` along which moving on ``axis`` keeps it there."""
    x, y = point
    if axis == 1:  # sliding up/down along the left or right side
        return rect.y - EPS <= y <= rect.y + rect.height + EPS and (
            abs(x - rect.x) < EPS or abs(x - rect.x - rect.width) < EPS)
    return rect.x - EPS <= x <= rect.x + rect.width + EPS and (
        abs(y - rect.y) < EPS or abs(y - rect.y - rect.height) < EPS)


def _without_repeats(pts: list[Point]) -> list[Point]:
    """Drop interior points that repeat their predecessor (zero-length segments)."""
    kept = [pts[0]]
    for i, point in enumerate(pts[1:], start=1):
        if i < len(pts) - 1 and abs(point[0] - kept[-1][0]) < EPS and abs(point[1] - kept[-1][1]) < EPS:
            continue
        kept.append(point)
    return kept
