"""Analysis layer: the pictures of the comparison page (docs/methods.md §5) — a radar of the
comparable measures and the two emotion curves side by side.

The radar has one axis per measure both sides have a number for, numbered around the
circle and named, with both values and units, in a key beside it (two dozen names around
a circle would overlap). Every axis is scaled so that better is outward: the better side
sits on the outer ring and the other at its ratio to it (:func:`outward`). The sides are
called as the page calls them: ours/theirs for a competitor, current/what-if for a variant.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

from customer_modeler.analysis.report.display import SIDES, View, label
from customer_modeler.analysis.report.svg_charts import (
    EMOTION_RANGE,
    INK,
    MUTED,
    Chart,
    CurvePoint,
    emotion_curve_svg,
    svg_text,
    wrap_svg,
)

#: The two sides' colours: ours (or current) blue, theirs (or the what-if) orange.
COLOURS: Final = ("#2563eb", "#d9730d")
RING: Final = "#d5dae1"
#: The radar's outer ring and centre, in the chart's pixels.
RADIUS: Final = 180.0
CENTRE: Final = (230.0, 56.0 + RADIUS)
#: Measures on the emotion scale: counted from its bottom, so a ratio means something.
EMOTION_KEYS: Final = frozenset({"pe_design", "pe_mc", "avg_expected_emotion", "emotion"})
RADAR_CAPTION: Final = (
    "Each numbered axis is one measure, scaled so that better is outward: on every axis "
    "the better side sits on the outer ring and the other at its ratio to it (better ÷ "
    "worse where less is better, worse ÷ better where more is better; emotions counted "
    "from −3). The centre is zero, or far worse; where both sides are equal they meet on "
    "the outer ring. The key names each axis with both values.")
CURVES_CAPTION: Final = (
    "The planned emotion at each visible step along each side's most likely path, from −3 "
    "(very negative) to +3 (very positive), on the same scale side by side.")


@dataclass(frozen=True)
class RadarAxis:
    """One measure of the radar: its display name, both values as text, both scores."""

    label: str
    texts: tuple[str, str]
    scores: tuple[float, float]


def outward(value: float, other: float, higher_is_better: bool) -> float:
    """Where ``value`` sits on its axis (0 centre, 1 outer ring) against ``other``.

    The better of the two is 1; the worse is worse ÷ better when more is better and
    better ÷ worse when less is better, 0 when that ratio has no meaning (a zero or
    negative value on the worse side).
    """
    best = max(value, other) if higher_is_better else min(value, other)
    if value == best:
        return 1.0
    if higher_is_better:
        return value / best if best > 0 and value > 0 else 0.0
    return best / value if best >= 0 and value > 0 else 0.0


def radar_axes(rows: Sequence[Mapping[str, object]], view: View) -> list[RadarAxis]:
    """The comparable measures of a side-by-side scorecard (``kpi``, ``ours``, ``theirs``,
    ``higher_is_better``): those with a number on both sides, in the scorecard's order."""
    axes = []
    for row in rows:
        key, a, b = str(row.get("kpi")), row.get("ours"), row.get("theirs")
        if not (_number(a) and _number(b)):
            continue
        va, vb = float(a), float(b)  # type: ignore[arg-type]
        if key in EMOTION_KEYS:
            va, vb = va - EMOTION_RANGE[0], vb - EMOTION_RANGE[0]
        higher = bool(row.get("higher_is_better"))
        axes.append(RadarAxis(label(key, view.sides),
                              (view.figure(key, a), view.figure(key, b)),
                              (outward(va, vb, higher), outward(vb, va, higher))))
    return axes


def _number(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def side_names(view: View) -> tuple[str, str]:
    """"Ours"/"Theirs" for a competitor, "Current"/"What-if" for a variant."""
    words = SIDES[view.sides]
    return words["ours"][:1].upper() + words["ours"][1:], \
        words["theirs"][:1].upper() + words["theirs"][1:]


# -- the radar ----------------------------------------------------------------------------

def radar_svg(axes: Sequence[RadarAxis], names: tuple[str, str], *,
              title: str = "Radar of the comparable measures") -> str:
    """The radar (left) and its key (right); each side a closed polygon (class ``radar
    side-1`` and ``radar side-2``), each axis a line of class ``axis`` titled with its
    name. Empty string with fewer than three axes (no area to draw)."""
    if len(axes) < 3:
        return ""
    radius, (cx, cy) = RADIUS, CENTRE
    row = 19.0
    key_top = 60.0
    height = max(2 * radius + 110.0, key_top + row * (len(axes) + 1) + 10.0)
    body = _radar_legend(names, 16.0, 22.0)
    body += _rings(cx, cy, radius)
    for i, axis in enumerate(axes):
        body += _axis(i, len(axes), axis, cx, cy, radius)
    for side in (0, 1):
        body.append(_polygon(axes, side, cx, cy, radius))
    body += _key(axes, names, 500.0, key_top, row)
    return wrap_svg(1080.0, height, title, body)


def _angle(i: int, count: int) -> float:
    """Axis i's angle: the first straight up, then clockwise."""
    return -math.pi / 2 + 2 * math.pi * i / count


def _point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _rings(cx: float, cy: float, radius: float) -> list[str]:
    body = [f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius * share:.1f}" fill="none" '
            f'stroke="{RING}" stroke-width="1"/>' for share in (0.25, 0.5, 0.75, 1.0)]
    return body


def _axis(i: int, count: int, axis: RadarAxis, cx: float, cy: float,
          radius: float) -> list[str]:
    angle = _angle(i, count)
    x, y = _point(cx, cy, radius, angle)
    lx, ly = _point(cx, cy, radius + 16, angle)
    return [f'<line class="axis" x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" '
            f'stroke="{RING}" stroke-width="1"><title>{escape(axis.label)}</title></line>',
            svg_text(lx, ly + 4, str(i + 1), text_anchor="middle", fill=INK, font_size="11",
                     font_weight="bold")]


def _polygon(axes: Sequence[RadarAxis], side: int, cx: float, cy: float,
             radius: float) -> str:
    corners = [_point(cx, cy, radius * axis.scores[side], _angle(i, len(axes)))
               for i, axis in enumerate(axes)]
    outline = " ".join(f"{x:.1f},{y:.1f}" for x, y in corners)
    colour = COLOURS[side]
    dash = ' stroke-dasharray="6 3"' if side else ""
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>'
                   for x, y in corners)
    return (f'<g class="radar side-{side + 1}"><polygon points="{outline}" fill="{colour}" '
            f'fill-opacity="0.12" stroke="{colour}" stroke-width="2"{dash}/>{dots}</g>')


def _radar_legend(names: tuple[str, str], x: float, y: float) -> list[str]:
    body: list[str] = []
    for side, name in enumerate(names):
        colour = COLOURS[side]
        dash = ' stroke-dasharray="6 3"' if side else ""
        body.append(f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 24:.1f}" y2="{y - 4:.1f}" '
                    f'stroke="{colour}" stroke-width="2.5"{dash}/>')
        body.append(svg_text(x + 30, y, name, font_weight="bold"))
        x += 48 + 8 * len(name)
    body.append(svg_text(x, y, "outer ring = better", fill=MUTED))
    return body


def _key(axes: Sequence[RadarAxis], names: tuple[str, str], x: float, top: float,
         row: float) -> list[str]:
    """The numbered list of measures with both sides' values."""
    columns = (x, x + 28, x + 400, x + 560)
    body = [svg_text(columns[1], top, "Measure", font_weight="bold", fill=MUTED),
            svg_text(columns[2] + 40, top, names[0], font_weight="bold", text_anchor="end",
                     fill=COLOURS[0]),
            svg_text(columns[3] - 20, top, names[1], font_weight="bold", text_anchor="end",
                     fill=COLOURS[1])]
    for i, axis in enumerate(axes):
        y = top + row * (i + 1)
        better = [s for s in (0, 1) if axis.scores[s] == 1.0 and axis.scores[1 - s] < 1.0]
        body.append(svg_text(columns[0] + 18, y, str(i + 1), text_anchor="end",
                             font_weight="bold"))
        body.append(svg_text(columns[1], y, _clip(axis.label, 56)))
        for side, at in ((0, columns[2] + 40), (1, columns[3] - 20)):
            weight = "bold" if side in better else "normal"
            body.append(svg_text(at, y, axis.texts[side], text_anchor="end",
                                 font_weight=weight))
    return body


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


# -- both emotion curves --------------------------------------------------------------------

def emotion_pair_svg(rows: Sequence[Mapping[str, object]], names: tuple[str, str], *,
                     width: float = 1080.0) -> str:
    """Both sides' emotion curves side by side on one scale, from the comparison's emotion
    table (``side`` ours/theirs, ``name``, ``element``, ``emotion`` in path order). Empty
    string when neither side has a curve."""
    curves = [[CurvePoint(_name(r), float(r["emotion"]), None)  # type: ignore[arg-type]
               for r in rows if r.get("side") == key and _number(r.get("emotion"))]
              for key in ("ours", "theirs")]
    if not any(curves):
        return ""
    half, gap = (width - 20.0) / 2, 20.0
    panels: list[tuple[str, float]] = []
    for side, points in enumerate(curves):
        title = f"Emotion curve, {names[side]}"
        if points:
            svg = emotion_curve_svg(points, width=half, heading=names[side], title=title,
                                    colour=COLOURS[side])
        else:
            svg = wrap_svg(half, 80.0, title, [
                svg_text(10.0, 16.0, names[side], font_weight="bold", font_size="14"),
                svg_text(10.0, 44.0, "No visible step with an emotion on the most likely "
                         "path.", fill=MUTED)])
        panels.append((svg, _height(svg)))
    inner = "".join(svg.replace("<svg ", f'<svg x="{side * (half + gap):.1f}" y="0" ', 1)
                    for side, (svg, _) in enumerate(panels))
    return wrap_svg(width, max(h for _, h in panels), "Emotion curves of both sides", [inner])


def _height(svg: str) -> float:
    """The height an ``<svg>`` element declares."""
    found = re.search(r'height="([0-9.]+)"', svg)
    return float(found.group(1)) if found else 0.0


def _name(row: Mapping[str, object]) -> str:
    name = " ".join(str(row.get("name") or "").split())
    return name or str(row.get("element"))


def compare_charts(report: Mapping[str, object], view: View) -> list[Chart]:
    """The comparison page's pictures: the radar and both emotion curves."""
    tables = report.get("tables")
    if not isinstance(tables, Mapping):
        return []
    names = side_names(view)
    charts = []
    axes = radar_axes(tables.get("scorecard") or [], view)
    if axes:
        charts.append(Chart("radar", radar_svg(axes, names), RADAR_CAPTION))
    if tables.get("emotion"):
        charts.append(Chart("emotion-curves", emotion_pair_svg(tables["emotion"], names),
                            CURVES_CAPTION))
    return charts
