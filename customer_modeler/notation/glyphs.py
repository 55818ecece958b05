"""Notation layer: the small pictures of BPMN — event triggers, task types, activity markers
and gateway symbols — as primitives placed in a box of the diagram.

Each glyph is designed on a 0..1 grid (see :class:`UnitBox`). Event triggers come in two
forms: outlined for a catching event, filled for a throwing one. Unknown names give an
empty picture, never an error.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from customer_modeler.model.elements import Point, Rect
from customer_modeler.notation.primitives import Primitive, UnitBox, arc, circle, path, rect, regular_polygon

Glyph = tuple[Primitive, ...]
_Maker = Callable[[UnitBox, bool], list[Primitive]]


@lru_cache(maxsize=4096)
def glyph(name: str, box: Rect, filled: bool = False) -> Glyph:
    """The picture called ``name`` fitted into ``box``; ``filled`` for throwing events.

    Kept for the boxes last asked: steps of one size draw the same glyphs in their own
    coordinates, so a large model builds each picture once.
    """
    maker = _GLYPHS.get(name)
    return tuple(maker(UnitBox(box), filled)) if maker else ()


def glyph_names() -> frozenset[str]:
    return frozenset(_GLYPHS)


def _w(u: UnitBox, fraction: float, least: float = 1.0) -> float:
    return max(least, u.length(fraction))


def _inked(filled: bool) -> str:
    return "ink" if filled else "body"


# -- event triggers ------------------------------------------------------------------------
def _message(u: UnitBox, filled: bool) -> list[Primitive]:
    body = rect(u.sub(0.12, 0.25, 0.76, 0.5), fill=_inked(filled), width=_w(u, 0.05))
    flap = path(u.ps((0.12, 0.25), (0.5, 0.53), (0.88, 0.25)), width=_w(u, 0.05),
                stroke="paper" if filled else "ink")
    return [body, flap]


def _timer(u: UnitBox, filled: bool) -> list[Primitive]:
    centre, radius = u.p(0.5, 0.5), u.length(0.42)
    parts = [circle(centre, radius, fill="body", width=_w(u, 0.05))]
    for hour in range(12):
        angle = math.radians(hour * 30)
        inner, outer = radius * 0.78, radius * 0.95
        parts.append(path([(centre[0] + inner * math.cos(angle), centre[1] + inner * math.sin(angle)),
                           (centre[0] + outer * math.cos(angle), centre[1] + outer * math.sin(angle))],
                          width=_w(u, 0.03, 0.6)))
    parts.append(path(u.ps((0.5, 0.5), (0.5, 0.2)), width=_w(u, 0.05)))
    parts.append(path(u.ps((0.5, 0.5), (0.72, 0.58)), width=_w(u, 0.05)))
    return parts


def _polygon(*points: tuple[float, float]) -> _Maker:
    def make(u: UnitBox, filled: bool) -> list[Primitive]:
        return [path(u.ps(*points), closed=True, fill=_inked(filled), width=_w(u, 0.05))]
    return make


def _conditional(u: UnitBox, filled: bool) -> list[Primitive]:
    parts = [rect(u.sub(0.24, 0.14, 0.52, 0.72), fill="body", width=_w(u, 0.05))]
    parts += [path(u.ps((0.32, y), (0.68, y)), width=_w(u, 0.04)) for y in (0.3, 0.44, 0.58, 0.72)]
    return parts


def _compensation(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(u.ps((0.1, 0.5), (0.47, 0.24), (0.47, 0.76)), closed=True, fill=_inked(filled),
                 width=_w(u, 0.05)),
            path(u.ps((0.47, 0.5), (0.84, 0.24), (0.84, 0.76)), closed=True, fill=_inked(filled),
                 width=_w(u, 0.05))]


def _cross(u: UnitBox, half_width: float, arm: float, rotation: float) -> list[Point]:
    """A plus sign (rotation 0) or a cross (45) as one outline, on the unit grid."""
    w, a = half_width, arm
    corners = [(-w, -a), (w, -a), (w, -w), (a, -w), (a, w), (w, w), (w, a), (-w, a), (-w, w),
               (-a, w), (-a, -w), (-w, -w)]
    c, s = math.cos(math.radians(rotation)), math.sin(math.radians(rotation))
    return u.ps(*((0.5 + x * c - y * s, 0.5 + x * s + y * c) for x, y in corners))


def _cancel(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(_cross(u, 0.08, 0.4, 45), closed=True, fill=_inked(filled), width=_w(u, 0.04))]


def _terminate(u: UnitBox, filled: bool) -> list[Primitive]:
    return [circle(u.p(0.5, 0.5), u.length(0.34), fill="ink", width=_w(u, 0.04))]


def _multiple(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(regular_polygon(u.p(0.5, 0.52), u.length(0.36), 5), closed=True, fill=_inked(filled),
                 width=_w(u, 0.05))]


def _parallel_multiple(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(_cross(u, 0.1, 0.38, 0), closed=True, fill=_inked(filled), width=_w(u, 0.05))]


# -- task types ----------------------------------------------------------------------------
def _user(u: UnitBox, filled: bool) -> list[Primitive]:
    shoulders = path(u.ps((0.12, 0.95), (0.12, 0.76), (0.3, 0.58), (0.7, 0.58), (0.88, 0.76),
                          (0.88, 0.95)), closed=True, fill="body", width=_w(u, 0.06))
    return [shoulders, circle(u.p(0.5, 0.32), u.length(0.2), fill="body", width=_w(u, 0.06))]


def _service(u: UnitBox, filled: bool) -> list[Primitive]:
    centre, teeth = u.p(0.5, 0.5), 8
    outline: list[Point] = []
    for i in range(teeth * 4):
        angle = math.radians(i * 360 / (teeth * 4) - 90)
        radius = u.length(0.46 if i % 4 in (1, 2) else 0.34)
        outline.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    return [path(outline, closed=True, fill="body", width=_w(u, 0.05)),
            circle(centre, u.length(0.13), fill="body", width=_w(u, 0.05))]


def _script(u: UnitBox, filled: bool) -> list[Primitive]:
    left = [(0.3 - 0.08 * math.sin(t / 8 * 2 * math.pi), 0.1 + 0.8 * t / 8) for t in range(9)]
    right = [(0.82 - 0.08 * math.sin(t / 8 * 2 * math.pi), 0.9 - 0.8 * t / 8) for t in range(9)]
    page = path(u.ps(*left, *right), closed=True, fill="body", width=_w(u, 0.05))
    lines = [path(u.ps((0.34, y), (0.7, y)), width=_w(u, 0.04)) for y in (0.32, 0.5, 0.68)]
    return [page, *lines]


def _manual(u: UnitBox, filled: bool) -> list[Primitive]:
    hand = u.ps((0.06, 0.46), (0.32, 0.24), (0.92, 0.24), (0.92, 0.36), (0.56, 0.36), (0.96, 0.36),
                (0.96, 0.5), (0.56, 0.5), (0.92, 0.5), (0.92, 0.64), (0.56, 0.64), (0.84, 0.64),
                (0.84, 0.78), (0.3, 0.78), (0.06, 0.66))
    return [path(hand, closed=True, fill="body", width=_w(u, 0.05))]


def _business_rule(u: UnitBox, filled: bool) -> list[Primitive]:
    return [rect(u.sub(0.08, 0.18, 0.84, 0.64), fill="body", width=_w(u, 0.05)),
            rect(u.sub(0.08, 0.18, 0.84, 0.16), fill="ink", width=_w(u, 0.05)),
            path(u.ps((0.08, 0.58), (0.92, 0.58)), width=_w(u, 0.04)),
            path(u.ps((0.34, 0.34), (0.34, 0.82)), width=_w(u, 0.04))]


# -- activity markers ----------------------------------------------------------------------
def _loop(u: UnitBox, filled: bool) -> list[Primitive]:
    points = arc(u.p(0.5, 0.5), u.length(0.36), 120, 300)
    tip = points[0]
    head = [(tip[0] - u.length(0.24), tip[1] - u.length(0.02)), tip, (tip[0] - u.length(0.04), tip[1] - u.length(0.24))]
    return [path(points, width=_w(u, 0.08)), path(head, width=_w(u, 0.08))]


def _bars(vertical: bool) -> _Maker:
    def make(u: UnitBox, filled: bool) -> list[Primitive]:
        bars = []
        for at in (0.22, 0.5, 0.78):
            ends = ((at, 0.12), (at, 0.88)) if vertical else ((0.12, at), (0.88, at))
            bars.append(path(u.ps(*ends), width=_w(u, 0.12, 1.2)))
        return bars
    return make


def _ad_hoc(u: UnitBox, filled: bool) -> list[Primitive]:
    wave = [(0.08 + 0.84 * t / 16, 0.5 - 0.16 * math.sin(t / 16 * 2 * math.pi)) for t in range(17)]
    return [path(u.ps(*wave), width=_w(u, 0.09))]


def _sub_process(u: UnitBox, filled: bool) -> list[Primitive]:
    return [rect(u.sub(0.04, 0.04, 0.92, 0.92), fill="body", width=_w(u, 0.07)),
            path(u.ps((0.5, 0.22), (0.5, 0.78)), width=_w(u, 0.08)),
            path(u.ps((0.22, 0.5), (0.78, 0.5)), width=_w(u, 0.08))]


# -- gateway symbols (the box is the whole diamond) ----------------------------------------
def _gateway_x(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(_cross(u, 0.05, 0.25, 45), closed=True, fill="ink", width=_w(u, 0.01, 0.5))]


def _gateway_plus(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(_cross(u, 0.05, 0.27, 0), closed=True, fill="ink", width=_w(u, 0.01, 0.5))]


def _gateway_o(u: UnitBox, filled: bool) -> list[Primitive]:
    return [circle(u.p(0.5, 0.5), u.length(0.22), width=_w(u, 0.06, 2.0))]


def _gateway_complex(u: UnitBox, filled: bool) -> list[Primitive]:
    return [path(_cross(u, 0.04, 0.27, angle), closed=True, fill="ink", width=_w(u, 0.01, 0.5))
            for angle in (0, 45)]


def _gateway_event(parallel: bool, instantiate: bool) -> _Maker:
    def make(u: UnitBox, filled: bool) -> list[Primitive]:
        centre = u.p(0.5, 0.5)
        parts = [circle(centre, u.length(0.3), width=_w(u, 0.025))]
        if not instantiate and not parallel:
            parts.append(circle(centre, u.length(0.25), width=_w(u, 0.025)))
        if parallel:
            parts.append(path(_cross(u, 0.06, 0.19, 0), closed=True, width=_w(u, 0.025)))
        else:
            parts.append(path(regular_polygon(u.p(0.5, 0.51), u.length(0.15), 5), closed=True,
                              width=_w(u, 0.025)))
        return parts
    return make


_GLYPHS: dict[str, _Maker] = {
    "message": _message,
    "timer": _timer,
    "error": _polygon((0.14, 0.86), (0.34, 0.24), (0.6, 0.58), (0.86, 0.14), (0.66, 0.76), (0.4, 0.42)),
    "escalation": _polygon((0.5, 0.1), (0.8, 0.86), (0.5, 0.56), (0.2, 0.86)),
    "signal": _polygon((0.5, 0.12), (0.88, 0.8), (0.12, 0.8)),
    "conditional": _conditional,
    "compensation": _compensation,
    "link": _polygon((0.14, 0.38), (0.54, 0.38), (0.54, 0.2), (0.88, 0.5), (0.54, 0.8), (0.54, 0.62),
                     (0.14, 0.62)),
    "cancel": _cancel,
    "terminate": _terminate,
    "multiple": _multiple,
    "parallelMultiple": _parallel_multiple,
    "user": _user,
    "service": _service,
    "send": lambda u, filled: _message(u, True),
    "receive": lambda u, filled: _message(u, False),
    "script": _script,
    "manual": _manual,
    "business-rule": _business_rule,
    "loop": _loop,
    "parallel": _bars(vertical=True),
    "sequential": _bars(vertical=False),
    "ad-hoc": _ad_hoc,
    "sub-process": _sub_process,
    "gateway-exclusive": _gateway_x,
    "gateway-parallel": _gateway_plus,
    "gateway-inclusive": _gateway_o,
    "gateway-complex": _gateway_complex,
    "gateway-event-based": _gateway_event(parallel=False, instantiate=False),
    "gateway-event-based-start": _gateway_event(parallel=False, instantiate=True),
    "gateway-parallel-event-based": _gateway_event(parallel=True, instantiate=True),
}
