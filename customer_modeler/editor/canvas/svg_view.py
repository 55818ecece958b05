"""Editor layer: the canvas's decisions about a picture, made without Qt (for SVG export).

The window decides which page of a foreign file it shows, which sub-processes are open,
how wide lane headers are, where flows without a usable route run and where names
go; :func:`diagram_view` makes the same decisions from the model alone so that
``customer-modeler convert IN OUT.svg`` draws what the window draws without loading
Qt. Names are fitted and placed by the window's own rules (wrap, shrink, place clear of
each other), with text widths estimated (:mod:`customer_modeler.notation.svg_text`)
instead of measured in the font, so a name may wrap a word earlier or later than in
the window. From the window itself, ``export.scene_view`` reads the scene instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from customer_modeler.editor.canvas import display
from customer_modeler.editor.geometry.flow_router import flow_points
from customer_modeler.editor.geometry.label_fit import fit_text_in
from customer_modeler.editor.geometry.label_placement import LabelRequest, along_route, around_shape, place_labels
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Point, Rect
from customer_modeler.notation.diagram_view import LANE_HEADER_WIDTH, DiagramView, Highlight, PlacedLabel
from customer_modeler.notation.svg import expanded, flow_label, flow_shown, node_notation, step_shown
from customer_modeler.notation.svg_text import LINE_HEIGHT, PX_PER_PT, text_width, wrap

INSIDE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
OUTSIDE_SIZES = (8.5, 8.0, 7.5, 7.0)
FLOW_LABEL_WIDTH = 180.0
FLOW_SIZES = (8.0, 7.5, 7.0)
#: A file's label box is sized for its tool's font: a name may be this much taller in ours.
FILE_LABEL_SLACK = 2.0


def measure(text: str, size_pt: float) -> float:
    return text_width(text, size_pt * PX_PER_PT) + 1.0


def measure_bold(text: str, size_pt: float) -> float:
    return text_width(text, size_pt * PX_PER_PT, bold=True) + 1.0


def line_height(size_pt: float) -> float:
    return size_pt * PX_PER_PT * LINE_HEIGHT


def diagram_view(model: ProcessModel, highlights: Iterable[Highlight] = ()) -> DiagramView:
    """What the window would show of ``model``, decided without Qt."""
    hidden = display.off_page_ids(model)
    view = DiagramView(
        hidden=hidden,
        expanded=frozenset(display.expanded_containers(model, hidden)),
        routes={flow.id: flow_points(model, flow) for flow in model.flows.values()},
        header_width=display.header_width_for(model, LANE_HEADER_WIDTH),
        lane_bands={lane.id: band for lane in model.lanes.values()
                    if (band := display.band_size(model, lane)) is not None},
        vertical_headers={lane.id: display.vertical_header_height(model, lane)
                          for lane in model.lanes.values() if not lane.horizontal},
        pool_bands={pool.id: display.pool_band(
            pool.bounds, [lane.bounds for lane in model.lanes.values()
                          if lane.pool == pool.id and lane.parent is None and lane.bounds is not None],
            pool.horizontal) for pool in model.pools.values()},
        highlights=tuple(highlights))
    return replace(view, labels=_labels(model, view))


def _labels(model: ProcessModel, view: DiagramView) -> dict[str, PlacedLabel]:
    """Names fitted to their boxes; names beside shapes and flow labels placed clear of each other."""
    labels: dict[str, PlacedLabel] = {}
    fixed: list[Rect] = []
    requests: list[LabelRequest] = []
    for step in model.steps.values():
        if not step_shown(step, view):
            continue
        notation = node_notation(step, view)
        is_open = expanded(step, view)
        boxes = list(notation.label_options or (notation.label,))
        if step.channel not in (None, "none") and notation.label_inside and not is_open:
            boxes = [Rect(b.x, b.y, b.width, b.height - 8) for b in boxes]
        sizes = (8.5,) if is_open else (INSIDE_SIZES if notation.label_inside else OUTSIDE_SIZES)
        slack = FILE_LABEL_SLACK if notation.label_from_file else 0.0
        fitted, choice = fit_text_in(step.name or "", [(b.width, b.height + slack) for b in boxes],
                                     measure_bold if is_open else measure, line_height, sizes)
        box = boxes[choice]
        if not fitted.lines:
            if not is_open:
                fixed.append(notation.bounds)
            continue
        width = fitted.width(measure_bold if is_open else measure)
        height = fitted.height(line_height)
        if notation.label_from_file:
            text = box  # where the file's tool wrote it
            fixed += [notation.bounds, box]
        elif is_open:
            text = Rect(box.x, box.y, width, height)
            fixed.append(text)
        elif notation.label_inside:
            text = Rect(box.center[0] - width / 2, box.center[1] - height / 2, width, height)
            fixed += [notation.bounds]
        else:
            text = Rect(box.center[0] - width / 2, box.y, width, height)
            fixed.append(notation.bounds)
            requests.append(LabelRequest(step.id, width, height, around_shape(notation.bounds, width, height)))
        labels[step.id] = PlacedLabel(text, fitted.lines, fitted.size)
    for lane in model.lanes.values():
        if lane.bounds is not None and lane.id not in view.hidden:
            b = lane.bounds
            fixed.append(Rect(b.x, b.y, min(view.header_width, b.width / 3), b.height) if lane.horizontal
                         else Rect(b.x, b.y, b.width, view.vertical_headers.get(lane.id, 34.0)))
    lines: list[tuple[Point, Point]] = []
    for flow in model.flows.values():
        points = view.routes.get(flow.id) or flow.waypoints
        if not flow_shown(model, flow, view) or len(points) < 2:
            continue
        lines.extend(zip(points, points[1:]))
        label = flow_label(flow)
        if label and flow.label_bounds is not None:
            box = flow.label_bounds
            fitted, _ = fit_text_in(label, [(box.width, box.height + FILE_LABEL_SLACK)], measure, line_height,
                                    FLOW_SIZES)
            labels[flow.id] = PlacedLabel(box, fitted.lines, fitted.size)
            fixed.append(box)
        elif label:
            size = 8 * PX_PER_PT
            wrapped = tuple(wrap(label, FLOW_LABEL_WIDTH, size))
            width = max([text_width(t, size) for t in wrapped] + [20.0]) + 6
            height = len(wrapped) * line_height(8) + 2
            requests.append(LabelRequest(flow.id, width, height, along_route(points, width, height)))
            labels[flow.id] = PlacedLabel(Rect(0, 0, width, height), wrapped, 8.0)
    for key, rect in place_labels(requests, fixed, lines).items():
        labels[key] = PlacedLabel(rect, labels[key].lines, labels[key].size_pt)
    return labels
