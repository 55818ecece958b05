"""Notation layer: the whole diagram as SVG, written from the notation description.

Qt's SVG generator cannot say which element a shape belongs to, so we write the SVG
ourselves from :func:`describe_step` and :func:`describe_flow` — the same description
the window paints — with our customer extras on top (the eye of a step the customer
sees, the channel, dimmed back-stage steps, the lines of interaction and visibility).
Every BPMN element is one group ``<g data-element-id="ID" class="...">`` whose classes
name its kind and markers (``bpmn-event bpmn-boundary-event bpmn-timer catching
non-interrupting``, ``bpmn-activity bpmn-user-task bpmn-user bpmn-marker-loop``,
``bpmn-flow bpmn-sequence-flow bpmn-default-flow``), so a web page can style or link
it; text is ``<text>`` (see :mod:`svg_text` for how lines are wrapped without a font
engine). Always the light palette; no selection, grid or handles.

Used by File ▸ Export ▸ SVG, Edit ▸ Copy as Image and ``customer-modeler convert``, and
meant for any report that shows the diagram (:func:`diagram_svg` with
``standalone=False`` gives an ``<svg>`` element to place in HTML).
"""

from __future__ import annotations

from dataclasses import replace

from customer_modeler.model import visibility
from customer_modeler.model.attributes import format_value
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Artifact, Flow, Point, Rect, Step, enclosing
from customer_modeler.model.nesting import step_nesting_depth
from customer_modeler.notation.badge_places import BadgePlaces, flow_badge_anchors, in_placing_order
from customer_modeler.notation.diagram_view import DiagramView, Highlight, badge_lines
from customer_modeler.notation.flows import describe_connection, describe_flow
from customer_modeler.notation.nodes import NodeNotation, category_of, describe_step
from customer_modeler.notation.primitives import Primitive
from customer_modeler.notation.svg_lanes import lanes_svg, pools_svg
from customer_modeler.notation.svg_shapes import (
    BACKSTAGE_BORDER,
    BACKSTAGE_FILL,
    FAILURE_FLOW,
    FLOW_INK,
    INK,
    MUTED_INK,
    READ_ONLY_FILL,
    SEVERITY_COLOURS,
    VISIBLE_FILL,
    Paint,
    eye_svg,
    path_data,
    primitive_svg,
    primitives_svg,
    stroke_attrs,
)
from customer_modeler.notation.svg_text import (
    FONT_FAMILY,
    LINE_HEIGHT,
    PX_PER_PT,
    attr,
    lines_block,
    num,
    text_block,
    text_content,
    text_width,
    wrap,
)

#: White space around the diagram, in diagram units (as the PNG export).
PADDING = 20.0
#: Widest a flow's label gets before it wraps (as in the window).
FLOW_LABEL_WIDTH = 180.0
CONTAINER_KINDS = frozenset({"subProcess", "adHocSubProcess", "transaction", "callActivity"})
HALO = 7.0

_Layer = tuple[float, str]


def diagram_svg(model: ProcessModel, view: DiagramView | None = None, *, background: str | None = "#ffffff",
                standalone: bool = True) -> str:
    """The diagram of ``model`` as an SVG document (``standalone``) or a bare ``<svg>`` element.

    ``background``: a colour, or None for a transparent picture.
    """
    view = view or DiagramView()
    extent: list[Rect] = []
    pools = pools_svg(model, view)
    lanes = lanes_svg(model, view)
    extent += [rect for rect, _ in pools] + [rect for _, rect, _ in lanes]
    layers: list[_Layer] = []
    for step in model.steps.values():
        if step_shown(step, view):
            layers.append(_step_layer(model, step, view, extent))
    for flow in model.flows.values():
        points = flow_route(model, flow, view)
        if flow_shown(model, flow, view) and len(points) >= 2:
            layers.append(_flow_layer(model, view, flow, points, extent))
    for artifact in model.artifacts.values():
        if artifact.connection:
            if connection_shown(model, artifact, view.hidden):
                layers.append(_connection_layer(artifact, extent))
        elif artifact.bounds is not None and artifact.id not in view.hidden:
            layers.append(_artifact_layer(artifact, extent))
    layers.sort(key=lambda layer: layer[0])  # stable: the model's order within a level
    marks = _highlights(model, view)
    box = enclosing(extent) or Rect(0, 0, 100, 100)
    box = Rect(box.x - PADDING, box.y - PADDING, box.width + 2 * PADDING, box.height + 2 * PADDING)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="bpmn-diagram" '
             f'width="{num(box.width)}" height="{num(box.height)}" '
             f'viewBox="{num(box.x)} {num(box.y)} {num(box.width)} {num(box.height)}" '
             f'font-family={attr(FONT_FAMILY)}>',
             f"<title>{text_content(model.name or 'Customer process')}</title>"]
    if background is not None:
        parts.append(f'<rect class="background" x="{num(box.x)}" y="{num(box.y)}" width="{num(box.width)}" '
                     f'height="{num(box.height)}" fill="{background}"/>')
    parts.append('<g class="pools">' + "".join(svg for _, svg in pools) + "</g>")
    parts.append('<g class="lanes">' + "".join(svg for _, _, svg in lanes) + "</g>")
    parts.append('<g class="elements">' + "".join(svg for _, svg in layers) + "</g>")
    if marks:
        parts.append('<g class="highlights">' + marks + "</g>")
    parts.append("</svg>\n")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n' if standalone else ""
    return head + "\n".join(parts)


# -- which elements, where -------------------------------------------------------------------
def step_shown(step: Step, view: DiagramView) -> bool:
    """Drawn: the step has a shape, and not only on another page."""
    return step.bounds is not None and step.id not in view.hidden


def flow_shown(model: ProcessModel, flow: Flow, view: DiagramView) -> bool:
    """Drawn when both ends are (a message flow may end at a pool or a lane)."""
    if flow.id in view.hidden:
        return False
    for end in (flow.source, flow.target):
        step = model.steps.get(end)
        if (step is not None and not step_shown(step, view)) or end in view.hidden:
            return False
    return True


def connection_shown(model: ProcessModel, artifact: Artifact, hidden: frozenset[str] | set[str]) -> bool:
    """An association is drawn along the file's route while the ends it joins are there."""
    if not artifact.connection or artifact.id in hidden or len(artifact.waypoints) < 2:
        return False
    return all(end is None or (end not in hidden and model.element(end) is not None)
               for end in (artifact.source, artifact.target))


def flow_route(model: ProcessModel, flow: Flow, view: DiagramView) -> tuple[Point, ...]:
    """The view's route, else the file's waypoints, else straight from one shape to the other."""
    route = view.routes.get(flow.id) or flow.waypoints
    if route:
        return tuple(route)
    ends = [_end_box(model, end) for end in (flow.source, flow.target)]
    if ends[0] is None or ends[1] is None:
        return ()
    (sx, sy), (tx, ty) = ends[0].center, ends[1].center
    if abs(tx - sx) >= abs(ty - sy):
        sign = 1 if tx >= sx else -1
        return ((sx + sign * ends[0].width / 2, sy), (tx - sign * ends[1].width / 2, ty))
    sign = 1 if ty >= sy else -1
    return ((sx, sy + sign * ends[0].height / 2), (tx, ty - sign * ends[1].height / 2))


def _end_box(model: ProcessModel, element_id: str) -> Rect | None:
    for collection in (model.steps, model.lanes, model.pools):
        element = collection.get(element_id)
        if element is not None:
            return element.bounds
    return None


def expanded(step: Step, view: DiagramView) -> bool:
    """Drawn open with its content: the view says so, or the file draws it open."""
    return (step.id in view.expanded or step.notation.expanded is True) and step.kind in CONTAINER_KINDS


def node_notation(step: Step, view: DiagramView) -> NodeNotation:
    """The notation of a shown step, in model coordinates, as the window describes it."""
    assert step.bounds is not None
    return describe_step(step, step.bounds, expanded=expanded(step, view) if step.kind in CONTAINER_KINDS else None)


# -- steps --------------------------------------------------------------------------------------
def _step_layer(model: ProcessModel, step: Step, view: DiagramView, extent: list[Rect]) -> _Layer:
    notation = node_notation(step, view)
    bounds = notation.bounds
    front_stage = visibility.step_visible(model, step)
    solid = visibility.drawn_solid(model, step) or front_stage
    read_only = not step.editable or step.container is not None
    is_open = expanded(step, view)
    ink = INK if solid or read_only else BACKSTAGE_BORDER
    fill = READ_ONLY_FILL if read_only else (VISIBLE_FILL if solid else BACKSTAGE_FILL)
    paint, factor = Paint(ink, fill, fill), 1.0 if solid or read_only else 0.8
    parts = [primitives_svg(notation.outline, paint, factor), primitives_svg(notation.symbols, paint, factor)]
    channel = step.channel if step.channel not in (None, "none") else None
    if front_stage and not read_only:
        if notation.category == "activity":
            parts.append(eye_svg(bounds.x + bounds.width - 13, bounds.y + 11))
            if channel:
                parts.append(text_block(channel.upper(), bounds.x + 8, bounds.y, bounds.width - 16,
                                        bounds.height - 3, size_pt=7, colour=MUTED_INK, align="left",
                                        valign="bottom", wrap_lines=False, css_class="channel"))
        elif step.type != "event":
            parts.append(eye_svg(bounds.x + bounds.width + 4, bounds.y, 11))
    label = notation.label
    if channel and notation.label_inside and not is_open:
        label = Rect(label.x, label.y, label.width, label.height - 8)
    colour = INK if solid or read_only else MUTED_INK
    placed = view.labels.get(step.id)
    if placed is not None:
        box = placed.box
        parts.append(lines_block(placed.lines, box.x, box.y, box.width, box.height, size_pt=placed.size_pt,
                                 colour=colour, align="left" if is_open else "center", bold=is_open))
        if not notation.label_inside:
            extent.append(box)
    elif step.name:
        if is_open:
            parts.append(text_block(step.name, label.x, label.y, label.width, label.height, size_pt=8.5,
                                    colour=colour, align="left", bold=True))
        elif notation.label_inside:
            parts.append(text_block(step.name, label.x, label.y, label.width, label.height, size_pt=9,
                                    colour=colour, valign="middle"))
        else:
            parts.append(text_block(step.name, label.x, label.y, label.width, label.height, size_pt=8.5,
                                    colour=colour))
            extent.append(label)
    extent.append(bounds)
    classes = list(notation.classes)
    classes.append("front-stage" if front_stage else "back-stage")
    if channel:
        classes.append(f"channel-{channel}")
    depth = step_nesting_depth(model, step)
    z = (3.0 if is_open else 11.0 if step.kind == "boundaryEvent" else 10.0) + depth * 0.01
    group = (f'<g data-element-id={attr(step.id)} class={attr(" ".join(classes))}>'
             f'<title>{text_content(step.name or step.kind)}</title>{"".join(parts)}</g>')
    return (z, group)


# -- flows --------------------------------------------------------------------------------------
def flow_label(flow: Flow) -> str:
    """What a flow's label says: its name and its branch probability."""
    if flow.prob is None:
        return flow.name
    share = f"{format_value(round(flow.prob * 100, 1))}%"
    return f"{flow.name} · {share}" if flow.name else share


def _flow_layer(model: ProcessModel, view: DiagramView, flow: Flow, points: tuple[Point, ...],
                extent: list[Rect]) -> _Layer:
    source = model.steps.get(flow.source)
    notation = describe_flow(flow, points, category_of(source.kind) if source else None)
    colour = FAILURE_FLOW if flow.failure else FLOW_INK
    paint = Paint(colour, "#ffffff")
    line = notation.line
    if flow.failure and line.dash == "solid":  # our failure branches: dashed red
        line = replace(line, dash="dash")
    parts = [primitive_svg(line, paint).replace("<path ", '<path class="line" ', 1),
             primitives_svg(notation.source_mark + notation.arrow, paint)]
    if notation.envelope:
        parts.append('<g class="message-envelope">' + primitives_svg(notation.envelope, paint) + "</g>")
        assert notation.envelope_box is not None
        extent.append(notation.envelope_box)
    label = flow_label(flow)
    placed = view.labels.get(flow.id)
    if label and placed is not None:
        box = placed.box
        parts.append(lines_block(placed.lines, box.x, box.y, box.width, box.height, size_pt=placed.size_pt,
                                 colour=colour))
        extent.append(box)
    elif label:
        size = 8 * PX_PER_PT
        lines = wrap(label, FLOW_LABEL_WIDTH, size)
        width = max([text_width(line_text, size) for line_text in lines] + [20.0]) + 6
        height = len(lines) * size * LINE_HEIGHT + 2
        (ax, ay), (bx, by) = points[0], points[1]
        mid_x, mid_y = (ax + bx) / 2, (ay + by) / 2
        box = flow.label_bounds or Rect(mid_x - width / 2, mid_y - height - 2, width, height)
        parts.append(text_block(label, box.x, box.y, box.width, box.height, size_pt=8, colour=colour,
                                valign="bottom"))
        extent.append(box)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    extent.append(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    classes = ["bpmn-flow", *notation.classes]
    if flow.failure:
        classes.append("failure")
    group = (f'<g data-element-id={attr(flow.id)} class={attr(" ".join(classes))}>'
             f'<title>{text_content(label or flow.id)}</title>{"".join(parts)}</g>')
    return (5.0, group)


# -- artifacts ---------------------------------------------------------------------------------
def _connection_layer(artifact: Artifact, extent: list[Rect]) -> _Layer:
    notation = describe_connection(artifact, artifact.waypoints)
    paint = Paint(MUTED_INK, "#ffffff")
    parts = [primitive_svg(notation.line, paint).replace("<path ", '<path class="line" ', 1),
             primitives_svg(notation.arrow, paint)]
    xs, ys = [p[0] for p in notation.points], [p[1] for p in notation.points]
    extent.append(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    classes = " ".join(("bpmn-connection", *notation.classes))
    return (6.0, f'<g data-element-id={attr(artifact.id)} class={attr(classes)}>{"".join(parts)}</g>')


def _artifact_layer(artifact: Artifact, extent: list[Rect]) -> _Layer:
    assert artifact.bounds is not None
    r = artifact.bounds
    look = f' fill="{READ_ONLY_FILL}"{stroke_attrs(MUTED_INK, 1.2)}'
    kind, parts = artifact.kind, []
    below = True
    if kind == "textAnnotation":
        bracket = ((r.x + 12, r.y), (r.x, r.y), (r.x, r.y + r.height), (r.x + 12, r.y + r.height))
        parts.append(f'<path d="{path_data(bracket)}" fill="none"{stroke_attrs(MUTED_INK, 1.2)}/>')
        parts.append(text_block(artifact.name, r.x + 6, r.y + 2, r.width - 8, r.height - 4, size_pt=8.5,
                                colour=MUTED_INK, align="left", valign="middle"))
        below = False
    elif kind == "group":
        parts.append(f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.width)}" height="{num(r.height)}" '
                     f'rx="8" ry="8" fill="none"{stroke_attrs(MUTED_INK, 1.2)} stroke-dasharray="6 3 1.5 3"/>')
        parts.append(text_block(artifact.name, r.x + 6, r.y + 4, r.width - 12, r.height - 8, size_pt=8.5,
                                colour=MUTED_INK, align="left"))
        below = False
    elif kind.startswith("dataStore"):
        parts.append(f'<rect x="{num(r.x)}" y="{num(r.y + 5)}" width="{num(r.width)}" '
                     f'height="{num(r.height - 10)}"{look}/>')
        parts.append(f'<ellipse cx="{num(r.x + r.width / 2)}" cy="{num(r.y + 5)}" rx="{num(r.width / 2)}" '
                     f'ry="5"{look}/>')
    elif kind.startswith("data"):
        fold = min(10.0, r.width / 3)
        corners = ((r.x, r.y), (r.x + r.width - fold, r.y), (r.x + r.width, r.y + fold),
                   (r.x + r.width, r.y + r.height), (r.x, r.y + r.height))
        parts.append(f'<path d="{path_data(corners, closed=True)}"{look}/>')
    else:
        parts.append(f'<rect x="{num(r.x)}" y="{num(r.y)}" width="{num(r.width)}" height="{num(r.height)}"'
                     f'{look} stroke-dasharray="4.8 2.4"/>')
    if below and artifact.name:
        box = artifact.label_bounds or Rect(r.x - 45, r.y + r.height + 3, r.width + 90, 36)
        parts.append(text_block(artifact.name, box.x, box.y, box.width, box.height, size_pt=8.5,
                                colour=MUTED_INK))
        extent.append(box)
    extent.append(r)
    kebab = "".join("-" + c.lower() if c.isupper() else c for c in kind)
    group = f'<g data-element-id={attr(artifact.id)} class={attr(f"bpmn-artifact bpmn-{kebab}")}>{"".join(parts)}</g>'
    return (4.0 if kind == "group" else 8.0, group)


# -- analysis highlights ------------------------------------------------------------------------
def _highlights(model: ProcessModel, view: DiagramView) -> str:
    """The marks in their order, their badges placed as the window places them
    (``badge_places``): the steps' and lanes' first, then the flows' where no badge is."""
    drawn = []
    for mark in view.highlights:
        colour = SEVERITY_COLOURS.get(mark.severity, SEVERITY_COLOURS["info"])
        ring, anchors = _ring(model, view, mark, colour)
        if ring:
            drawn.append((mark, colour, ring, anchors))
    places = BadgePlaces()
    badges: dict[int, str] = {}
    for i in in_placing_order(range(len(drawn)), lambda i: drawn[i][0].element_id in model.flows):
        mark, colour, _, anchors = drawn[i]
        if mark.badge and anchors:
            badges[i] = _badge(mark.badges or (mark.badge,), anchors, colour, places, mark.element_id)
    return "".join(f'<g data-element-id={attr(mark.element_id)} class={attr(f"highlight {mark.severity}")}>'
                   f"{ring}{badges.get(i, '')}</g>" for i, (mark, _, ring, _) in enumerate(drawn))


def _ring(model: ProcessModel, view: DiagramView, mark: Highlight, colour: str) -> tuple[str, list[Point]]:
    step = model.steps.get(mark.element_id)
    if step is not None and step_shown(step, view):
        outline = node_notation(step, view).outline[0]
        halo = replace(outline, fill="none", width=HALO, dash="solid")
        ring = primitive_svg(halo, Paint(colour, "none")).replace("/>", ' stroke-opacity="0.59"/>', 1)
        assert step.bounds is not None
        return ring, [(step.bounds.x + step.bounds.width, step.bounds.y)]
    flow = model.flows.get(mark.element_id)
    if flow is not None and flow_shown(model, flow, view):
        points = flow_route(model, flow, view)
        if len(points) < 2:
            return "", []
        ring = primitive_svg(Primitive("path", points, width=HALO + 2), Paint(colour, "none"))
        return ring.replace("/>", ' stroke-opacity="0.47"/>', 1), flow_badge_anchors(points)
    lane = model.lanes.get(mark.element_id)
    if lane is not None and lane.bounds is not None and lane.id not in view.hidden:
        b = lane.bounds
        width = view.header_width if lane.horizontal else b.width
        height = b.height if lane.horizontal else 34.0
        return (f'<rect x="{num(b.x + 2)}" y="{num(b.y + 2)}" width="{num(min(width, b.width) - 4)}" '
                f'height="{num(height - 4)}" fill="none"{stroke_attrs(colour, 3)}/>'), [(b.x + width, b.y)]
    return "", []


def _badge(badges: tuple[str, ...], anchors: list[Point], colour: str, places: BadgePlaces,
           key: str) -> str:
    """The badges on one line when they fit, else one a line (``badge_lines``, as the
    window), at the first of ``anchors`` where no badge placed before is."""
    size = 8.5 * PX_PER_PT
    lines = badge_lines(badges, lambda text: text_width(text, size, bold=True))
    line_height = size * LINE_HEIGHT
    width = max(text_width(line, size, bold=True) for line in lines) + 10
    height = line_height * len(lines) + 3
    box = places.place(key, anchors, width, height)
    x, y = box.x, box.y
    radius = min(height, line_height + 3) / 2
    text = "".join(text_block(line, x, y + i * line_height, width, line_height + 3, size_pt=8.5,
                              colour="#ffffff", valign="middle", bold=True, wrap_lines=False,
                              css_class="badge")
                   for i, line in enumerate(lines))
    return (f'<rect x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}" rx="{num(radius)}" '
            f'fill="{colour}" stroke="#ffffff"/>' + text)
