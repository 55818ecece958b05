"""Model layer: a label the file placed moves with its element.

A foreign file says where its tool wrote each event's, gateway's or flow's name
(``label_bounds``). When the user moves or resizes the element, the name keeps its
place relative to the element: along each axis it stays with the side it was nearest
to (a name below an event stays below when the event grows). A flow's label follows
the segment it sat beside while the route keeps its number of points; when the route
is made anew, the file's place no longer means anything and the label is placed by us.
"""

from __future__ import annotations

import math

from customer_modeler.model.elements import Point, Rect


def follow_shape(label: Rect, old: Rect, new: Rect) -> Rect:
    """Where ``label`` goes when its element's shape changes from ``old`` to ``new``."""
    dx = _axis_shift(label.x + label.width / 2, old.x, old.width, new.x, new.width)
    dy = _axis_shift(label.y + label.height / 2, old.y, old.height, new.y, new.height)
    return label.moved(dx, dy)


def _axis_shift(centre: float, old_start: float, old_size: float, new_start: float,
                new_size: float) -> float:
    """The shift of the side (start, middle or end) that ``centre`` is nearest to."""
    anchors = ((old_start, new_start), (old_start + old_size / 2, new_start + new_size / 2),
               (old_start + old_size, new_start + new_size))
    old_anchor, new_anchor = min(anchors, key=lambda pair: abs(centre - pair[0]))
    return new_anchor - old_anchor


def follow_route(label: Rect, old: tuple[Point, ...], new: tuple[Point, ...]) -> Rect | None:
    """Where ``label`` goes when a flow's route changes; None when the route was made anew."""
    if len(old) != len(new) or len(old) < 2:
        return None
    cx, cy = label.center
    nearest = min(range(len(old) - 1), key=lambda i: _distance_to_segment((cx, cy), old[i], old[i + 1]))
    dx = ((new[nearest][0] - old[nearest][0]) + (new[nearest + 1][0] - old[nearest + 1][0])) / 2
    dy = ((new[nearest][1] - old[nearest][1]) + (new[nearest + 1][1] - old[nearest + 1][1])) / 2
    return label.moved(dx, dy)


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    vx, vy = b[0] - ax, b[1] - ay
    length2 = vx * vx + vy * vy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * vx + (p[1] - ay) * vy) / length2))
    return math.hypot(p[0] - (ax + t * vx), p[1] - (ay + t * vy))
