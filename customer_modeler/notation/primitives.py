"""Notation layer: the drawing vocabulary shared by the canvas and the SVG writer.

A picture is a tuple of :class:`Primitive` in model coordinates: polylines (open or
closed), circles and rectangles (optionally rounded). Each says how it is painted —
``fill`` and ``stroke`` are ``none``, ``ink`` (the element's line colour: a throwing
event's marker is filled with it), ``paper`` (white, drawn over ink) or ``body`` (the
element's own fill) — and its line width and dash (``solid``, ``dash``, ``dot``). The
painter of each output chooses the colours.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from customer_modeler.model.elements import Point, Rect

PAINTS: Final = ("none", "ink", "paper", "body")
DASHES: Final = ("solid", "dash", "dot")


@dataclass(frozen=True, slots=True)
class Primitive:
    """One stroke of a picture; ``kind`` is ``path``, ``circle`` or ``rect``.

    ``path``: ``points`` joined in order (``closed`` joins the last to the first).
    ``circle``: centre ``points[0]`` and ``radius``. ``rect``: ``box`` with corner ``radius``.
    """

    kind: str
    points: tuple[Point, ...] = ()
    closed: bool = False
    radius: float = 0.0
    box: Rect | None = None
    fill: str = "none"
    width: float = 1.0
    dash: str = "solid"
    stroke: str = "ink"


def path(points: list[Point] | tuple[Point, ...], *, closed: bool = False, fill: str = "none",
         width: float = 1.0, dash: str = "solid", stroke: str = "ink") -> Primitive:
    return Primitive("path", tuple(points), closed, fill=fill, width=width, dash=dash, stroke=stroke)


def circle(center: Point, radius: float, *, fill: str = "none", width: float = 1.0,
           dash: str = "solid", stroke: str = "ink") -> Primitive:
    return Primitive("circle", (center,), radius=radius, fill=fill, width=width, dash=dash, stroke=stroke)


def rect(box: Rect, *, radius: float = 0.0, fill: str = "none", width: float = 1.0,
         dash: str = "solid", stroke: str = "ink") -> Primitive:
    return Primitive("rect", box=box, radius=radius, fill=fill, width=width, dash=dash, stroke=stroke)


def arc(center: Point, radius: float, start_degrees: float, sweep_degrees: float,
        segments: int = 16) -> list[Point]:
    """Points along a circular arc (y down, angles clockwise from three o'clock)."""
    cx, cy = center
    return [(cx + radius * math.cos(math.radians(start_degrees + sweep_degrees * i / segments)),
             cy + radius * math.sin(math.radians(start_degrees + sweep_degrees * i / segments)))
            for i in range(segments + 1)]


def regular_polygon(center: Point, radius: float, corners: int, rotation_degrees: float = -90.0) -> list[Point]:
    """Corners of a regular polygon (the first one straight up by default)."""
    cx, cy = center
    return [(cx + radius * math.cos(math.radians(rotation_degrees + 360 * i / corners)),
             cy + radius * math.sin(math.radians(rotation_degrees + 360 * i / corners)))
            for i in range(corners)]


class UnitBox:
    """Maps a 0..1 design grid onto a box of the diagram (glyphs are designed on the grid)."""

    def __init__(self, box: Rect) -> None:
        self.box = box
        self.scale = min(box.width, box.height)
        self.x0 = box.x + (box.width - self.scale) / 2
        self.y0 = box.y + (box.height - self.scale) / 2

    def p(self, x: float, y: float) -> Point:
        return (self.x0 + x * self.scale, self.y0 + y * self.scale)

    def ps(self, *points: tuple[float, float]) -> list[Point]:
        return [self.p(x, y) for x, y in points]

    def length(self, value: float) -> float:
        return value * self.scale

    def sub(self, x: float, y: float, width: float, height: float) -> Rect:
        return Rect(self.x0 + x * self.scale, self.y0 + y * self.scale, width * self.scale, height * self.scale)
