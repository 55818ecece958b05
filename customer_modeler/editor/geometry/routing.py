"""Editor layer: orthogonal routing of flows between step rectangles (pure Python).

Kept free of Qt so commands and the façade can compute waypoints for the model.
Routes leave and enter shapes at the middle of a side, which is also where the
corners of a gateway's diamond and the extremes of an event's circle are.
"""

from __future__ import annotations

from customer_modeler.model.elements import Point, Rect

#: Minimum horizontal gap for a left-to-right (or right-to-left) route.
GAP = 12.0
#: How far a route steps out of overlapping shapes before turning back.
DETOUR = 24.0
#: How far a route's end may lie from its step before the route counts as broken.
DETACHED = 30.0


def _right(r: Rect) -> float:
    return r.x + r.width


def _bottom(r: Rect) -> float:
    return r.y + r.height


def orthogonal_route(source: Rect, target: Rect) -> tuple[Point, ...]:
    """Waypoints of an orthogonal route from ``source`` to ``target`` (first and last on the borders).

    Parameters
    ----------
    source, target
        Bounds of the two steps, in diagram coordinates.

    Returns
    -------
    tuple of (x, y)
        Two to four points; each segment is horizontal or vertical.
    """
    sx, sy = source.center
    tx, ty = target.center
    if target.x - _right(source) >= GAP:
        return _horizontal((_right(source), sy), (target.x, ty))
    if source.x - _right(target) >= GAP:
        return _horizontal((source.x, sy), (_right(target), ty))
    if target.y - _bottom(source) >= GAP:
        return _vertical((sx, _bottom(source)), (tx, target.y))
    if source.y - _bottom(target) >= GAP:
        return _vertical((sx, source.y), (tx, _bottom(target)))
    # Overlapping shapes: leave on the right, go round, come back into the right side.
    out = max(_right(source), _right(target)) + DETOUR
    return ((_right(source), sy), (out, sy), (out, ty), (_right(target), ty))


def _horizontal(start: Point, end: Point) -> tuple[Point, ...]:
    if abs(start[1] - end[1]) < 0.5:
        return (start, (end[0], start[1]))
    mid = round((start[0] + end[0]) / 2)
    return (start, (mid, start[1]), (mid, end[1]), end)


def _vertical(start: Point, end: Point) -> tuple[Point, ...]:
    if abs(start[0] - end[0]) < 0.5:
        return (start, (start[0], end[1]))
    mid = round((start[1] + end[1]) / 2)
    return (start, (start[0], mid), (end[0], mid), end)


def translated(points: tuple[Point, ...], dx: float, dy: float) -> tuple[Point, ...]:
    """The same route shifted by (dx, dy)."""
    return tuple((x + dx, y + dy) for x, y in points)


def snap(value: float, grid: float) -> float:
    """``value`` rounded to the nearest multiple of ``grid`` (no snapping when grid <= 0)."""
    if grid <= 0:
        return value
    return round(value / grid) * grid


def route_detached(points: tuple[Point, ...], source: Rect | None, target: Rect | None) -> bool:
    """True when the route does not start at ``source`` or end at ``target``.

    MID Innovator writes many edges whose last waypoint is (0, 0); drawn as given they
    fan out to the corner of the diagram. Ends that are not steps (None) are not checked.
    """
    if len(points) < 2:
        return True
    return any(rect is not None and _distance(point, rect) > DETACHED
               for point, rect in ((points[0], source), (points[-1], target)))


def _distance(point: Point, rect: Rect) -> float:
    dx = max(rect.x - point[0], 0.0, point[0] - (rect.x + rect.width))
    dy = max(rect.y - point[1], 0.0, point[1] - (rect.y + rect.height))
    return max(dx, dy)
