"""Notation layer: pools and lanes in our SVG, drawn as the window draws them.

A pool is an outline with its name band; a lane a body in its role's colour with a
header (name, role caption where it fits and helps, "faces the customer" for a company
lane holding a step the customer sees). The customer lane carries a heavier line under
it — the line of interaction — and the last lane of each run of lanes facing the
customer the dashed line of visibility. A lane holding sub-lanes, or a customer pool
shown as a lane, carries its name in a narrow band like a pool.
"""

from __future__ import annotations

from customer_modeler.model import visibility
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Rect
from customer_modeler.model.nesting import lane_ancestors
from customer_modeler.notation.diagram_view import POOL_BAND, VERTICAL_HEADER, DiagramView
from customer_modeler.notation.svg_shapes import (
    EYE,
    INK,
    LANE_BORDER,
    LANE_COLOURS,
    POOL_BAND_FILL,
    ROLE_TITLES,
    eye_svg,
    stroke_attrs,
)
from customer_modeler.notation.svg_text import PX_PER_PT, attr, num, rotated_text, text_block, text_width, wrap

VISIBILITY_LABEL = "line of visibility"


def pools_svg(model: ProcessModel, view: DiagramView) -> list[tuple[Rect, str]]:
    """(drawn rectangle, SVG group) of every pool shown."""
    out = []
    for pool in model.pools.values():
        if pool.id in view.hidden:
            continue
        lanes = [lane.bounds for lane in model.lanes.values()
                 if lane.pool == pool.id and lane.parent is None and lane.bounds is not None]
        band = view.pool_bands.get(pool.id, POOL_BAND)
        rect = pool_rect(pool.bounds, lanes, pool.horizontal, band)
        if rect is None:
            continue
        if pool.horizontal:
            band_rect = Rect(rect.x, rect.y, band, rect.height)
            name = rotated_text(pool.name, band_rect.x, band_rect.y, band_rect.width, band_rect.height,
                                size_pt=9.5, colour=INK, bold=True)
        else:
            band_rect = Rect(rect.x, rect.y, rect.width, band)
            name = text_block(pool.name, band_rect.x + 4, band_rect.y, band_rect.width - 8, band_rect.height,
                              size_pt=9.5, colour=INK, bold=True, valign="middle", wrap_lines=False)
        out.append((rect, f'<g data-element-id={attr(pool.id)} class="bpmn-participant">'
                          f'{_rect(rect, "#ffffff", 1.2)}{_rect(band_rect, POOL_BAND_FILL, 1.2)}{name}</g>'))
    return out


def pool_rect(bounds: Rect | None, lanes: list[Rect], horizontal: bool, band: float) -> Rect | None:
    """Where a pool is drawn: its shape grown to hold its lanes and their band (None: nothing)."""
    boxes = [bounds] if bounds is not None else []
    for lane in lanes:
        boxes.append(Rect(lane.x - band, lane.y, lane.width + band, lane.height) if horizontal
                     else Rect(lane.x, lane.y - band, lane.width, lane.height + band))
    if not boxes:
        return None
    left, top = min(b.x for b in boxes), min(b.y for b in boxes)
    right, bottom = max(b.x + b.width for b in boxes), max(b.y + b.height for b in boxes)
    return Rect(left, top, right - left, bottom - top) if right > left and bottom > top else None


def lanes_svg(model: ProcessModel, view: DiagramView) -> list[tuple[int, Rect, str]]:
    """(depth, rectangle, SVG group) of every lane shown, outer lanes first."""
    lines = _visibility_lines(model, view)
    out = []
    for lane in model.lanes.values():
        if lane.bounds is None or lane.id in view.hidden:
            continue
        depth = len(lane_ancestors(model, lane.id))
        out.append((depth, lane.bounds, _lane_svg(model, view, lane, lane.id in lines)))
    out.sort(key=lambda entry: entry[0])
    return out


def _lane_svg(model: ProcessModel, view: DiagramView, lane: Lane, line_of_visibility: bool) -> str:
    assert lane.bounds is not None
    b = lane.bounds
    body, header, accent = LANE_COLOURS.get(lane.role, LANE_COLOURS["department"])
    band = view.lane_bands.get(lane.id)
    if lane.horizontal:
        size = band if band is not None else min(view.header_width, b.width / 3)
        head = Rect(b.x, b.y, size, b.height)
        strip = Rect(b.x, b.y, 5, b.height)
    else:
        size = band if band is not None else min(view.vertical_headers.get(lane.id, VERTICAL_HEADER), b.height / 3)
        head = Rect(b.x, b.y, b.width, size)
        strip = Rect(b.x, b.y, b.width, 5)
    parts = [_rect(b, body, 1), _rect(head, header, 1),
             f'<rect x="{num(strip.x)}" y="{num(strip.y)}" width="{num(strip.width)}" '
             f'height="{num(strip.height)}" fill="{accent}"/>']
    parts.append(_edges(lane, head, accent, line_of_visibility))
    if band is not None:
        name = lane.name or ROLE_TITLES.get(lane.role, lane.role)
        if lane.horizontal:
            parts.append(rotated_text(name, head.x, head.y, head.width, head.height, size_pt=9.5, colour=INK,
                                      bold=True))
        else:
            parts.append(text_block(name, head.x + 4, head.y, head.width - 8, head.height, size_pt=9.5,
                                    colour=INK, bold=True, valign="middle", wrap_lines=False))
    else:
        faces = visibility.lane_faces_customer(model, lane.id) and lane.role != "customer"
        parts.append(_header_text(lane, head, accent, visibility.role_stated(model, lane), faces))
    classes = f"bpmn-lane lane-{lane.role}" + (" faces-customer" if "faces the customer" in parts[-1] else "")
    return f'<g data-element-id={attr(lane.id)} class={attr(classes)}>{"".join(parts)}</g>'


def _edges(lane: Lane, head: Rect, accent: str, line_of_visibility: bool) -> str:
    b = lane.bounds
    assert b is not None
    if lane.horizontal:
        def far(inset: float) -> tuple[float, float, float, float]:
            return b.x, b.y + b.height - inset, b.x + b.width, b.y + b.height - inset
    else:
        def far(inset: float) -> tuple[float, float, float, float]:
            return b.x + b.width - inset, b.y, b.x + b.width - inset, b.y + b.height
    out = ""
    if lane.role == "customer":
        out += _line(far(1.25), stroke_attrs(accent, 2.5), "line-of-interaction")
    elif line_of_visibility:
        out += _line(far(1.5), f' stroke="{EYE}" stroke-width="1.6" stroke-dasharray="6 4"', "line-of-visibility")
        if lane.horizontal:
            out += text_block(VISIBILITY_LABEL, head.x + head.width + 8, b.y + b.height - 16, 160, 14, size_pt=7.5,
                              colour=EYE, align="left", valign="bottom", italic=True, wrap_lines=False,
                              css_class="line-of-visibility-label")
    if lane.role == "system":
        end = (b.x + b.width, b.y) if lane.horizontal else (b.x, b.y + b.height)
        out += _line((b.x, b.y, *end), stroke_attrs(accent, 1.2, "dash"), "system-edge")
    return out


def _header_text(lane: Lane, head: Rect, accent: str, show_role: bool, faces_customer: bool) -> str:
    if lane.horizontal:
        text = Rect(head.x + 12, head.y + 8, head.width - 18, head.height - 16)
        align = "left"
    else:
        text = Rect(head.x + 6, head.y + 6, head.width - 12, head.height - 8)
        align = "center"
    size_pt = 10 if head.width >= 120 else 9
    size = size_pt * PX_PER_PT
    if lane.horizontal and any(text_width(w, size, True) > text.width for w in lane.name.split()):
        # a header too narrow for the name (files of other tools): written along it, whole
        return rotated_text(lane.name, head.x + 5, head.y, head.width - 5, head.height, size_pt=size_pt,
                            colour=INK, bold=True)
    out = text_block(lane.name, text.x, text.y, text.width, text.height, size_pt=size_pt, colour=INK,
                     align=align, bold=True)
    used_bottom = text.y + len(wrap(lane.name, text.width, size, True)) * size * 1.17
    title = ROLE_TITLES.get(lane.role, lane.role)
    role_top = min(used_bottom + 3, text.y + text.height - 14)
    caption_fits = text_width(title, 8 * PX_PER_PT) <= text.width
    if show_role and title.casefold() != lane.name.strip().casefold() and caption_fits \
            and (lane.horizontal or role_top >= used_bottom):
        out += text_block(title, text.x, role_top, text.width, 16, size_pt=8, colour=accent, align=align,
                          wrap_lines=False, css_class="lane-role")
    if faces_customer and lane.horizontal and head.height >= 70:
        bottom = text.y + text.height
        out += eye_svg(text.x + 7, bottom - 6, 13)
        out += text_block("faces the customer", text.x + 17, bottom - 28, text.width - 17, 30, size_pt=7.5,
                          colour=EYE, align="left", valign="bottom", css_class="faces-customer-label")
    return out


def _visibility_lines(model: ProcessModel, view: DiagramView) -> set[str]:
    """Lanes drawing the line of visibility: the last of each run of siblings facing the customer."""
    groups: dict[tuple[str | None, str | None], list[Lane]] = {}
    for lane in model.lanes.values():
        if lane.bounds is not None and lane.id not in view.hidden:
            groups.setdefault((lane.pool, lane.parent), []).append(lane)
    chosen = set()
    for siblings in groups.values():
        siblings.sort(key=_reading_order)
        faces = [visibility.lane_faces_customer(model, lane.id) and lane.role != "customer" for lane in siblings]
        for i, lane in enumerate(siblings):
            if faces[i] and (i + 1 == len(siblings) or not faces[i + 1]):
                chosen.add(lane.id)
    return chosen


def _reading_order(lane: Lane) -> tuple[float, float]:
    b = lane.bounds or Rect(0, 0, 0, 0)
    return (b.y, b.x) if lane.horizontal else (b.x, b.y)


def _rect(r: Rect, fill: str, width: float) -> str:
    return (f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.width)}" height="{num(r.height)}" '
            f'fill="{fill}"{stroke_attrs(LANE_BORDER, width)}/>')


def _line(ends: tuple[float, float, float, float], look: str, css_class: str) -> str:
    x1, y1, x2, y2 = ends
    return f'<line class="{css_class}" x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}"{look}/>'
