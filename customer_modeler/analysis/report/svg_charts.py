"""Analysis layer: small inline SVG charts for the HTML report (no network, no JS).

The pictures of docs/methods.md: the emotion curve along the most likely path (§4: planned
e and expected e′ per step, with the F, W and ★ markers), a ranked horizontal bar chart
(fail points by EI, §4; reasons of failure demand, §8), the lane-by-lane handoff heatmap
(§3) and the tornado chart of the what-if economics (§7); :func:`report_charts` picks
them for an analysis report. Pure string building: every text goes through ``html.escape``;
colours are attributes, so a chart copied out of the page keeps them. Each data mark
carries a class (``point planned``, ``point expected``, ``bar``, ``bar low``/``bar
high``, ``cell``) so tests can count them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Final, NamedTuple

from customer_modeler.analysis.formatting import CHART, CHART_MONEY
from customer_modeler.analysis.report.display import cell_text, label as display_label

FONT: Final = "font-family=\"system-ui, 'Segoe UI', 'DejaVu Sans', sans-serif\""
INK: Final = "#1f2933"
MUTED: Final = "#7b8794"
GRID: Final = "#e4e7eb"
PLANNED: Final = "#9aa5b1"
EXPECTED: Final = "#2563eb"
BAND: Final = "#bcd0f5"
BAND_EDGE: Final = "#9db8ea"
#: Width of a letter of the 12 px chart text, for laying out legends.
LETTER: Final = 6.3
#: Half the height (px) of a band that shrinks to one value.
RIBBON: Final = 2.5
#: Width of a letter of the 11 px step names.
LABEL_LETTER: Final = 6.3
TONES: Final = {"red": "#d64545", "amber": "#f0a030", "yellow": "#e8d44d",
                "neutral": "#4c7fb8", "good": "#3f9142", "bad": "#d64545"}
EMOTION_RANGE: Final = (-3.0, 3.0)
#: Bars of the ranked fail-point chart.
MAX_BARS: Final = 12
#: The caption of the emotion curve.
EMOTION_CAPTION: Final = (
    "Emotion along the most likely path, from −3 (very negative) to +3 (very positive): "
    "planned e (dashed) and expected e′ = (1 − p)·e + p·f (solid), with p the step's "
    "chance of failing and f the emotion of a failure.")
#: What the caption adds when the curve has the Monte Carlo band.
BAND_CAPTION: Final = (
    " The shaded band holds what the middle 80 % of the simulated journeys that reach the "
    "step feel there (10th to 90th percentile, Monte Carlo); where fewer than one journey "
    "in ten fails it narrows to a thin ribbon at the planned emotion.")
#: Longest emotion curve drawn with a circle, markers and a name per step.
DETAIL_LIMIT: Final = 40

Row = dict[str, object]


@dataclass(frozen=True)
class CurvePoint:
    """One step of the emotion curve: label, planned e, expected e′ (None when only the
    planned emotion is known), markers (F W ★) and the Monte Carlo band's 10 % and 90 %
    edges (None without a run)."""

    label: str
    planned: float
    expected: float | None
    markers: str = ""
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Bar:
    """One bar: label, value, the text shown after it, and a tone of :data:`TONES`."""

    label: str
    value: float
    text: str
    tone: str = "neutral"


@dataclass(frozen=True)
class TornadoBar:
    """One tornado row: the parameter and net Δ with it at its low and its high value."""

    label: str
    low_label: str
    high_label: str
    at_low: float
    at_high: float


def wrap_svg(width: float, height: float, label: str, body: list[str]) -> str:
    """A standalone ``<svg>`` of the given size, titled ``label`` for screen readers."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
            f'width="{width:g}" height="{height:g}" role="img" aria-label="{escape(label)}" '
            f'{FONT} font-size="12" fill="{INK}">' f"<title>{escape(label)}</title>"
            + "".join(body) + "</svg>")


def svg_text(x: float, y: float, text: str, **attrs: str) -> str:
    """A ``<text>`` at (x, y); ``font_weight="bold"`` becomes ``font-weight``, ``class_``
    ``class``."""
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"'
                    for k, v in attrs.items())
    return f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(text)}</text>'


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


# -- the emotion curve ---------------------------------------------------------------------

def emotion_curve_svg(points: Sequence[CurvePoint], *, width: float = 760.0,
                      title: str = "Emotion curve along the most likely path",
                      heading: str = "", colour: str = PLANNED) -> str:
    """The emotion curve: x = steps of the most likely path, y = emotion −3..+3.

    Two lines, planned e (grey, dashed) and expected e′ (blue; left out when no point
    has one), one circle per step on each, the markers above the expected value and the
    step names below; behind them, when the points carry one, the Monte Carlo band of the
    emotion felt by the middle 80 % of simulated journeys (class ``band``). Beyond
    :data:`DETAIL_LIMIT` steps only the lines and the band are drawn (no circles, markers
    or names, which would overlap). ``heading`` is written above the plot (a side's name
    when two curves stand side by side); ``colour`` is the planned line's, which is solid
    when it is drawn alone. Empty string without points.
    """
    if not points:
        return ""
    detailed = len(points) <= DETAIL_LIMIT
    step = (width - 64.0) / len(points)
    left = max(48.0, _label_reach(points[0]) - step / 2 + 14.0) if detailed else 48.0
    right = 16.0
    first = 40.0 if heading else 16.0
    alone = not _has_expected(points)
    legend, legend_height = _legend(points, 10.0, first, width - right, colour)
    top = first + legend_height + 8.0
    plot = 200.0
    height = top + plot + (_label_room(points) if detailed else 30.0)
    step = (width - left - right) / len(points)
    xs = [left + step * (i + 0.5) for i in range(len(points))]
    low, high = EMOTION_RANGE

    def y(value: float) -> float:
        value = min(high, max(low, value))
        return top + (high - value) / (high - low) * plot

    body = [svg_text(10.0, 16.0, heading, font_weight="bold", font_size="14")] if heading else []
    body += legend
    body += _emotion_axes(left, width - right, y)
    body += _band(xs, points, y)
    for kind, stroke in (("planned", colour), ("expected", EXPECTED)):
        if kind == "expected" and alone:
            continue
        line = [(x, y(_value(p, kind))) for x, p in zip(xs, points)]
        body += _curve(line, kind, stroke, circles=detailed,
                       dashed=kind == "planned" and not alone)
    if detailed:
        body += _step_labels(xs, points, y, top + plot + 14)
    else:
        body.append(svg_text((left + width - right) / 2, top + plot + 20, f"{len(points)} steps "
                          "of the most likely path, first to last", text_anchor="middle",
                          fill=MUTED))
    return wrap_svg(width, height, title, body)


def _value(point: CurvePoint, kind: str) -> float:
    value = point.planned if kind == "planned" else point.expected
    return point.planned if value is None else value


def _has_expected(points: Sequence[CurvePoint]) -> bool:
    return any(p.expected is not None for p in points)


def _label_room(points: Sequence[CurvePoint]) -> float:
    """Height below the plot for the step names, written at −35° (clipped to 24 letters)."""
    longest = max(len(_clip(p.label, 24)) for p in points)
    return 24.0 + LABEL_LETTER * longest * math.sin(math.radians(35))


def _label_reach(point: CurvePoint) -> float:
    """How far left of its step a name written at −35° reaches."""
    return LABEL_LETTER * len(_clip(point.label, 24)) * math.cos(math.radians(35))


def _band(xs: list[float], points: Sequence[CurvePoint],
          y: Callable[[float], float]) -> list[str]:
    """The 10–90 % band as one shaded polygon per run of points that have it; a band
    that shrinks to one value (fewer than one journey in ten differs) keeps a thin ribbon
    so the reader sees it was measured."""
    body: list[str] = []
    run: list[tuple[float, CurvePoint]] = []
    for x, p in [*zip(xs, points), (0.0, None)]:
        if p is not None and p.low is not None and p.high is not None:
            run.append((x, p))
            continue
        if run:
            body.append(_band_polygon(run, y))
            run = []
    return body


def _band_polygon(run: list[tuple[float, CurvePoint]], y: Callable[[float], float]) -> str:
    half = 6.0 if len(run) == 1 else 0.0  # a lone point gets a visible width
    upper: list[str] = []
    lower: list[str] = []
    for x, p in run:
        top, bottom = y(float(p.high or 0.0)), y(float(p.low or 0.0))
        if bottom - top < 2 * RIBBON:
            middle = (top + bottom) / 2
            top, bottom = middle - RIBBON, middle + RIBBON
        for at in ((x - half, x + half) if half else (x,)):
            upper.append(f"{at:.1f},{top:.1f}")
            lower.append(f"{at:.1f},{bottom:.1f}")
    outline = " ".join(upper + lower[::-1])
    return (f'<polygon class="band" points="{outline}" fill="{BAND}" fill-opacity="0.6" '
            f'stroke="{BAND_EDGE}" stroke-width="1"/>')


def _step_labels(xs: list[float], points: Sequence[CurvePoint], y: Callable[[float], float],
                 baseline: float) -> list[str]:
    body: list[str] = []
    for x, p in zip(xs, points):
        if p.markers:
            top = max(_value(p, "expected"), p.planned, p.high if p.high is not None else -3.0)
            body.append(svg_text(x, y(top) - 10, p.markers, text_anchor="middle",
                              font_weight="bold", class_="marker"))
        body.append(f'<text transform="translate({x:.1f},{baseline:.1f}) rotate(-35)" '
                    f'text-anchor="end" font-size="11">{escape(_clip(p.label, 24))}</text>')
    return body


def _emotion_axes(x0: float, x1: float, y: Callable[[float], float]) -> list[str]:
    body: list[str] = []
    for value in range(-3, 4):
        at = y(float(value))
        colour = MUTED if value == 0 else GRID
        body.append(f'<line x1="{x0:.1f}" y1="{at:.1f}" x2="{x1:.1f}" y2="{at:.1f}" '
                    f'stroke="{colour}" stroke-width="1"/>')
        body.append(svg_text(x0 - 8, at + 4, f"{value:+d}" if value else "0", text_anchor="end",
                          fill=MUTED))
    return body


def _curve(points: list[tuple[float, float]], kind: str, colour: str, *,
           circles: bool = True, dashed: bool = False) -> list[str]:
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    width = 2 if circles else 1
    body = [f'<polyline class="line {kind}" points="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="{width}"{dash}/>']
    if circles:
        body += [f'<circle class="point {kind}" cx="{x:.1f}" cy="{y:.1f}" r="4" '
                 f'fill="{colour}"/>' for x, y in points]
    return body


def _legend(points: Sequence[CurvePoint], x0: float, y0: float, x1: float,
            colour: str = PLANNED) -> tuple[list[str], float]:
    """The legend of what the curve draws, from (x0, y0), wrapped at x1.

    Returns the SVG elements and the height they take.
    """
    entries: list[tuple[str, str]] = [("planned", "planned emotion e")]
    if _has_expected(points):
        entries.append(("expected", "expected emotion e′ (with failures)"))
    if any(p.low is not None for p in points):
        entries.append(("band", "what 10–90 % of simulated journeys feel (MC)"))
    if any(p.markers for p in points):
        entries.append(("markers", "F fail point · W wait point · ★ moment of truth"))
    body: list[str] = []
    x, row = x0, 0
    for kind, label in entries:
        size = (0.0 if kind == "markers" else 28.0) + LETTER * len(label)
        if x + size > x1 and x > x0:
            x, row = x0, row + 1
        body += _legend_entry(kind, label, x, y0 + row * 18.0,
                              colour if kind == "planned" else EXPECTED,
                              kind == "planned" and _has_expected(points))
        x += size + 18.0
    return body, (row + 1) * 18.0


def _legend_entry(kind: str, label: str, x: float, y: float, colour: str,
                  dashed: bool) -> list[str]:
    """One legend entry: its sample (line, dashed line or shaded box) and words."""
    if kind == "markers":
        return [svg_text(x, y, label, fill=MUTED)]
    if kind == "band":
        sample = (f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="22" height="11" fill="{BAND}" '
                  f'fill-opacity="0.55" stroke="{BAND_EDGE}"/>')
    else:
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        sample = (f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 22:.1f}" y2="{y - 4:.1f}" '
                  f'stroke="{colour}" stroke-width="2"{dash}/>')
    return [sample, svg_text(x + 28, y, label)]


# -- ranked horizontal bars ----------------------------------------------------------------

def bar_chart_svg(bars: Sequence[Bar], *, title: str, width: float = 760.0) -> str:
    """A ranked horizontal bar chart, first bar on top, scaled to the largest value.

    Empty string without bars; negative values are drawn as zero-length bars.
    """
    if not bars:
        return ""
    label_width, row, top = 280.0, 24.0, 8.0
    text_room = 170.0
    span = width - label_width - text_room
    largest = max(max(b.value for b in bars), 0.0) or 1.0
    body: list[str] = []
    for i, bar in enumerate(bars):
        y = top + i * row
        length = max(bar.value, 0.0) / largest * span
        colour = TONES.get(bar.tone, TONES["neutral"])
        body.append(svg_text(label_width - 8, y + 15, _clip(bar.label, 38), text_anchor="end"))
        body.append(f'<rect class="bar" x="{label_width:.1f}" y="{y + 3:.1f}" '
                    f'width="{length:.1f}" height="{row - 6:.1f}" rx="2" fill="{colour}">'
                    f"<title>{escape(bar.label)}: {escape(bar.text)}</title></rect>")
        body.append(svg_text(label_width + length + 6, y + 15, bar.text, fill=MUTED))
    height = top * 2 + row * len(bars)
    body.append(f'<line x1="{label_width:.1f}" y1="{top:.1f}" x2="{label_width:.1f}" '
                f'y2="{height - top:.1f}" stroke="{MUTED}"/>')
    return wrap_svg(width, height, title, body)


# -- the tornado chart ---------------------------------------------------------------------

def tornado_svg(rows: Sequence[TornadoBar], base: float, *, title: str,
                width: float = 900.0, money: str = "CU") -> str:
    """The tornado of §7: per parameter, net Δ at its low and high value around the base.

    Rows come sorted by swing (largest on top). A bar runs from the base net Δ to the
    value at the low setting (class ``bar low``, light) and at the high setting (``bar
    high``, dark); the vertical line marks the base and, when in range, a dashed line 0.
    """
    if not rows:
        return ""
    label_width, row, top, side = 290.0, 34.0, 30.0, 30.0
    values = [base] + [v for r in rows for v in (r.at_low, r.at_high)]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.3 or 1.0  # room for the value written beyond each bar
    lo, hi = lo - pad, hi + pad
    span = width - label_width - side

    def x(value: float) -> float:
        return label_width + (value - lo) / (hi - lo) * span

    body = [svg_text(x(base), 14, f"base {CHART_MONEY.format(base)} {money}",
                  text_anchor="middle", fill=MUTED)]
    for i, r in enumerate(rows):
        body += _tornado_row(r, top + i * row, row, x, base, label_width)
    bottom = top + row * len(rows)
    body.append(f'<line x1="{x(base):.1f}" y1="{top - 6:.1f}" x2="{x(base):.1f}" '
                f'y2="{bottom:.1f}" stroke="{INK}"/>')
    if lo < 0.0 < hi:
        body.append(f'<line class="zero" x1="{x(0.0):.1f}" y1="{top - 6:.1f}" '
                    f'x2="{x(0.0):.1f}" y2="{bottom:.1f}" stroke="{MUTED}" '
                    'stroke-dasharray="3 3"/>')
    return wrap_svg(width, bottom + 12, title, body)


def _tornado_row(r: TornadoBar, y: float, row: float, x: Callable[[float], float],
                 base: float, label_width: float) -> list[str]:
    """The label and the two bars (low light, high dark) of one parameter."""
    body = [svg_text(label_width - 8, y + 20, _clip(r.label, 44), text_anchor="end")]
    for kind, value, label, colour in (("low", r.at_low, r.low_label, "#93b5e1"),
                                       ("high", r.at_high, r.high_label, "#2f5d9e")):
        a, b = sorted((x(base), x(value)))
        body.append(f'<rect class="bar {kind}" x="{a:.1f}" y="{y + 6:.1f}" '
                    f'width="{max(b - a, 1.0):.1f}" height="{row - 12:.1f}" '
                    f'fill="{colour}"><title>{escape(r.label)} {escape(label)}: '
                    f"{CHART_MONEY.format(value)}</title></rect>")
        left = value < base
        body.append(svg_text(x(value) - 4 if left else x(value) + 4, y + 21,
                          f"{CHART_MONEY.format(value)} ({label})",
                          text_anchor="end" if left else "start", font_size="10", fill=MUTED))
    return body


# -- the handoff heatmap -------------------------------------------------------------------

def heatmap_svg(lanes: Sequence[tuple[str, str]], cells: Mapping[tuple[str, str], float], *,
                title: str) -> str:
    """A lane-by-lane matrix (from lane = row, to lane = column), cells shaded white to
    orange by value, each with its value; ``lanes`` are (id, name) in display order and
    shown by name (the id when a lane has none)."""
    if not lanes or not cells:
        return ""
    label_width, size, row, top = 190.0, 96.0, 35.2, 30.0
    largest = max(cells.values()) or 1.0
    names = {lane: name.strip() or lane for lane, name in lanes}
    body = [svg_text(label_width + size * (j + 0.5), top - 10, _clip(names[lane], 13),
                     text_anchor="middle", font_weight="bold")
            for j, (lane, _) in enumerate(lanes)]
    for i, (source, _) in enumerate(lanes):
        y = top + i * row
        body.append(svg_text(label_width - 8, y + 22, _clip(names[source], 26),
                             text_anchor="end"))
        for j, (target, _) in enumerate(lanes):
            value = cells.get((source, target), 0.0)
            share = value / largest
            colour = _shade(share) if value > 0 else "#f5f7fa"
            body.append(f'<rect class="cell" x="{label_width + j * size:.1f}" y="{y:.1f}" '
                        f'width="{size - 2:.1f}" height="{row - 2:.1f}" '
                        f'fill="{colour}"><title>{escape(names[source])} → '
                        f'{escape(names[target])}: '
                        f"{CHART.format(value)}</title></rect>")
            if value > 0:
                body.append(svg_text(label_width + size * (j + 0.5), y + 22, CHART.format(value),
                                  text_anchor="middle",
                                  fill="#ffffff" if share > 0.55 else INK))
    height = top + len(lanes) * row + 8
    return wrap_svg(label_width + len(lanes) * size + 10, height, title, body)


def _shade(share: float) -> str:
    """White (0) to a strong orange (1)."""
    start, end = (255, 244, 229), (217, 95, 2)
    r, g, b = (round(a + (z - a) * min(1.0, max(0.0, share))) for a, z in zip(start, end))
    return f"#{r:02x}{g:02x}{b:02x}"


# -- charts of the analysis reports --------------------------------------------------------

class Chart(NamedTuple):
    """One chart of a report: its kind (``data-chart``), the SVG and a caption."""

    kind: str
    svg: str
    caption: str


def report_charts(name: str, report: Mapping[str, object]) -> list[Chart]:
    """The charts of one analysis report (the common report shape), in page order.

    ``streamline``: the handoff heatmap; ``fail_points``: the emotion curve and the
    fail points by EI; ``failure_demand``: contacts by reason; ``what_if``: the tornado.
    """
    tables: Mapping[str, list[Row]] = report.get("tables") or {}  # type: ignore[assignment]
    kpis: Mapping[str, object] = report.get("kpis") or {}  # type: ignore[assignment]
    if name == "streamline" and "handoffs" in tables:
        return [_handoff_chart(tables["handoffs"])]
    if name == "fail_points" and "fail_points" in tables:
        points = _curve_points(tables["emotion_curve"])
        banded = any(p.low is not None for p in points)
        return [Chart("emotion-curve", emotion_curve_svg(points),
                      EMOTION_CAPTION + (BAND_CAPTION if banded else "")),
                Chart("fail-points", bar_chart_svg(_fail_bars(tables["fail_points"]),
                                                   title="Fail points by EI"),
                      f"Fail points ranked by EI = F·S (expected severity points per "
                      f"journey), at most {MAX_BARS}; colour = EI tercile (red, amber, yellow).")]
    if name == "failure_demand" and "reasons" in tables:
        bars = [Bar(cell_text("reason", r["reason"], CHART), _number(r["contacts"]),
                    f"{CHART.format(r['contacts'])} per journey",
                    "bad" if r["avoidable"] else "neutral") for r in tables["reasons"]]
        return [Chart("reasons", bar_chart_svg(bars, title="Contacts by reason"),
                      "Contacts per journey by reason; red = avoidable (failure demand).")]
    if name == "what_if" and tables.get("tornado"):
        rows = [TornadoBar(display_label(str(r["parameter"])), CHART.format(r["low"]),
                           CHART.format(r["high"]), _number(r["net_at_low"]),
                           _number(r["net_at_high"])) for r in tables["tornado"]]
        svg = tornado_svg(rows, _number(kpis.get("net_delta_per_year")),
                          title="Tornado: net Δ per year")
        return [Chart("tornado", svg, "Net Δ per year with each parameter at its low (light) "
                      "and high (dark) value, the others at base; largest swing on top.")]
    return []


def _handoff_chart(rows: list[Row]) -> Chart:
    names: dict[str, str] = {}
    for r in rows:
        names.setdefault(str(r["from_lane"]), str(r["from_name"]))
        names.setdefault(str(r["to_lane"]), str(r["to_name"]))
    cells = {(str(r["from_lane"]), str(r["to_lane"])): _number(r["handoffs"]) for r in rows}
    svg = heatmap_svg(list(names.items()), cells, title="Handoffs between lanes")
    return Chart("handoff-heatmap", svg, "Expected handoffs per journey from the row's lane "
                 "to the column's lane; darker = more.")


def _curve_points(rows: list[Row]) -> list[CurvePoint]:
    points = []
    for r in rows:
        marks = "".join(m for m, on in (("F", r["fail_point"]), ("W", r["wait_point"]),
                                        ("★", r["moment_of_truth"])) if on)
        points.append(CurvePoint(_step_name(r), _number(r["emotion"]),
                                 _number(r["expected_emotion"]), marks,
                                 _optional(r.get("felt_p10")), _optional(r.get("felt_p90"))))
    return points


def _step_name(row: Mapping[str, object]) -> str:
    """A step's name, its id only when it has none."""
    name = " ".join(str(row.get("name") or "").split())
    return name or str(row["element"])


def _optional(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _fail_bars(rows: list[Row]) -> list[Bar]:
    bars = []
    for r in rows[:MAX_BARS]:
        star = " ★" if r.get("moment_of_truth") else ""
        bars.append(Bar(_step_name(r) + star,
                        _number(r["EI"]), f"EI {CHART.format(r['EI'])} · "
                        f"{CHART.format(r['per_1000'])} per 1000",
                        str(r.get("band") or "neutral")))
    return bars


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0

