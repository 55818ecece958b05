"""Editor geometry: places along a route, as a share of its length.

While a drag reshapes a flow's route, its label keeps its place along the route: the
share of the length at which the route passes nearest the label stays the same, so the
label of a route that only moves moves with it, and the label of a route that stretches
stays as far along it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from customer_modeler.model.elements import Point


def share_nearest(points: Sequence[Point], point: Point) -> float:
    """The share of the route's length (0 to 1) at which it passes nearest ``point``."""
    best_distance, best_length, walked = math.inf, 0.0, 0.0
    px, py = point
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length ** 2))
        distance = math.hypot(ax + t * dx - px, ay + t * dy - py)
        if distance < best_distance:
            best_distance, best_length = distance, walked + t * length
        walked += length
    return best_length / walked if walked > 0 else 0.0


def point_at_share(points: Sequence[Point], share: float) -> Point:
    """The point at ``share`` (0 to 1) of the route's length."""
    lengths = [math.hypot(bx - ax, by - ay) for (ax, ay), (bx, by) in zip(points, points[1:])]
    left = share * sum(lengths)
    for (ax, ay), (bx, by), length in zip(points, points[1:], lengths):
        if left <= length and length > 0:
            t = left / length
            return ax + t * (bx - ax), ay + t * (by - ay)
        left -= length
    return points[-1]
