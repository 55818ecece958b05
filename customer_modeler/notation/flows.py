"""Notation layer: how a sequence or message flow is drawn.

A sequence flow is a solid line with a filled arrowhead; a default flow carries a slash
near its source, a conditional flow leaving an activity a small diamond there. A message
flow is dashed, starts at a small circle and ends in an open arrowhead; when the file's
diagram shows its message, an envelope sits in the middle of its middle segment — white for the message
that starts the exchange (initiating), shaded for the answer (non-initiating), as the
specification draws them. Associations and data associations are dotted: an association
has an open arrowhead at each end its direction names, a data association one at its
target. Geometry is in model coordinates along the route the caller gives (the model's
waypoints, or a route made for a flow without one).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from customer_modeler.model.elements import Artifact, Flow, Point, Rect
from customer_modeler.notation.primitives import Primitive, circle, path, rect

ARROW_LENGTH, ARROW_SPREAD = 10.0, 0.4
LINE_WIDTH = 1.5
#: Size of a message flow's envelope.
ENVELOPE_WIDTH, ENVELOPE_HEIGHT = 20.0, 14.0


@dataclass(frozen=True, slots=True)
class FlowNotation:
    """The line, the source mark (slash, diamond or circle) and the arrowhead of a flow."""

    element_id: str
    kind: str
    classes: tuple[str, ...]
    points: tuple[Point, ...]
    line: Primitive
    source_mark: tuple[Primitive, ...]
    arrow: tuple[Primitive, ...]
    #: A message flow's envelope (body, then flap), and its box; empty when none is shown.
    envelope: tuple[Primitive, ...] = ()
    envelope_box: Rect | None = None


def describe_flow(flow: Flow, points: tuple[Point, ...], source_category: str | None) -> FlowNotation:
    """``source_category`` (activity, event, gateway, or None for a pool) decides the marks."""
    kind = "message" if flow.message else "sequence"
    classes = [f"bpmn-{kind}-flow"]
    marks: tuple[Primitive, ...] = ()
    if len(points) >= 2:
        if flow.message:
            marks = _message_start(points)
        elif flow.is_default and source_category in ("activity", "gateway"):
            marks = _slash(points)
            classes.append("bpmn-default-flow")
        elif flow.condition is not None and source_category == "activity":
            marks = _diamond(points)
            classes.append("bpmn-conditional-flow")
    line = path(points, width=LINE_WIDTH, dash="dash" if flow.message else "solid")
    arrow = _arrow(points, open_head=flow.message) if len(points) >= 2 else ()
    envelope: tuple[Primitive, ...] = ()
    box = None
    if flow.message and flow.message_visible is not None and len(points) >= 2:
        initiating = flow.message_visible == "initiating"
        box, envelope = _envelope(envelope_anchor(points), initiating)
        classes += ["bpmn-message-envelope", "initiating" if initiating else "non-initiating"]
    return FlowNotation(flow.id, kind, tuple(classes), tuple(points), line, marks, arrow, envelope, box)


def describe_connection(artifact: Artifact, points: tuple[Point, ...]) -> FlowNotation:
    """An association (``kind`` association) or a data association (``data-association``)."""
    data = artifact.kind != "association"
    kind = "data-association" if data else "association"
    classes = [f"bpmn-{kind}"]
    if not data:
        classes.append(f"direction-{artifact.direction.lower()}")
    line = path(points, width=1.2, dash="dot")
    heads: tuple[Primitive, ...] = ()
    if len(points) >= 2:
        if data or artifact.direction in ("One", "Both"):
            heads += _line_arrow(points)
        if not data and artifact.direction == "Both":
            heads += _line_arrow(tuple(reversed(points)))
    return FlowNotation(artifact.id, kind, tuple(classes), tuple(points), line, (), heads)


def envelope_anchor(points: tuple[Point, ...]) -> Point:
    """Where a message's envelope sits: the middle of the route's middle segment (the first
    of the two middle ones), clear of the bends, where tools also write the flow's name."""
    i = (len(points) - 2) // 2
    (ax, ay), (bx, by) = points[i], points[i + 1]
    return ((ax + bx) / 2, (ay + by) / 2)


def _envelope(centre: Point, initiating: bool) -> tuple[Rect, tuple[Primitive, ...]]:
    cx, cy = centre
    box = Rect(cx - ENVELOPE_WIDTH / 2, cy - ENVELOPE_HEIGHT / 2, ENVELOPE_WIDTH, ENVELOPE_HEIGHT)
    body = rect(box, fill="paper" if initiating else "ink", width=1.0)
    flap = path([(box.x, box.y), (cx, cy + 1), (box.x + box.width, box.y)], width=1.0,
                stroke="ink" if initiating else "paper")
    return box, (body, flap)


def _line_arrow(points: tuple[Point, ...]) -> tuple[Primitive, ...]:
    """An open arrowhead (two strokes) at the last point."""
    tip, left, right = _arrow_corners(points)
    return (path([left, tip, right], width=1.2),)


def _direction(a: Point, b: Point) -> tuple[float, float]:
    length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    return ((b[0] - a[0]) / length, (b[1] - a[1]) / length)


def _arrow(points: tuple[Point, ...], open_head: bool) -> tuple[Primitive, ...]:
    tip, left, right = _arrow_corners(points)
    return (path([tip, left, right], closed=True, fill="paper" if open_head else "ink", width=1.0),)


def _arrow_corners(points: tuple[Point, ...]) -> tuple[Point, Point, Point]:
    """The tip of an arrowhead at the last point and its two back corners."""
    tip, before = points[-1], points[-2]
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    left = (tip[0] - math.cos(angle - ARROW_SPREAD) * ARROW_LENGTH,
            tip[1] - math.sin(angle - ARROW_SPREAD) * ARROW_LENGTH)
    right = (tip[0] - math.cos(angle + ARROW_SPREAD) * ARROW_LENGTH,
             tip[1] - math.sin(angle + ARROW_SPREAD) * ARROW_LENGTH)
    return tip, left, right


def _slash(points: tuple[Point, ...]) -> tuple[Primitive, ...]:
    ux, uy = _direction(points[0], points[1])
    cx, cy = points[0][0] + ux * 10, points[0][1] + uy * 10
    dx, dy = (ux - uy) * 0.707 * 7, (uy + ux) * 0.707 * 7  # 45 degrees across the line
    return (path([(cx - dx, cy - dy), (cx + dx, cy + dy)], width=LINE_WIDTH),)


def _diamond(points: tuple[Point, ...]) -> tuple[Primitive, ...]:
    (x, y), (ux, uy) = points[0], _direction(points[0], points[1])
    nx, ny = -uy, ux
    corners = [(x, y), (x + ux * 8 + nx * 5, y + uy * 8 + ny * 5), (x + ux * 16, y + uy * 16),
               (x + ux * 8 - nx * 5, y + uy * 8 - ny * 5)]
    return (path(corners, closed=True, fill="paper", width=1.0),)


def _message_start(points: tuple[Point, ...]) -> tuple[Primitive, ...]:
    (x, y), (ux, uy) = points[0], _direction(points[0], points[1])
    return (circle((x + ux * 4, y + uy * 4), 4, fill="paper", width=1.0),)
