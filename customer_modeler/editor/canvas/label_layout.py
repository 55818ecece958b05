"""Editor layer: placing the names beside shapes and the flow labels of a scene.

Gathers what labels must keep clear of — the shapes, the names inside them, lane
headers and pool bands, every flow's line — and asks
:func:`~customer_modeler.editor.geometry.label_placement.place_labels` where the names
of events and gateways and the labels of flows go; then tells the items.
Event and gateway names come first (they sit at their shape), then the flow labels.
A name for which the file gives a label box stays there, and the others keep clear of it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from customer_modeler.editor.geometry.label_placement import (
    LabelRequest,
    along_route,
    around_shape,
    place_labels,
)
from customer_modeler.model.elements import Rect


def _rect(r: QRectF) -> Rect:
    return Rect(r.x(), r.y(), r.width(), r.height())


def label_boxes(scene) -> list[tuple[str, QRectF]]:  # noqa: ANN001
    """Every label's text box in scene coordinates: (what it belongs to, box).

    Steps' names (inside or beside), flow labels and lane headers; hidden items left out.
    """
    boxes: list[tuple[str, QRectF]] = []
    for step_id, item in scene.step_items.items():
        if item.isVisible() and item.fitted.lines:
            boxes.append((step_id, item.mapRectToScene(item.text_rect())))
    for flow_id, item in scene.flow_items.items():
        if item.isVisible() and item.label and len(item.points) >= 2:
            boxes.append((flow_id, item.boundingRect() & item._label_rect()))  # noqa: SLF001
    for lane_id, item in scene.lane_items.items():
        if item.isVisible():
            boxes.append((lane_id, item.header_scene_rect()))
    return boxes


def place_scene_labels(scene) -> None:  # noqa: ANN001
    """Place every event, gateway and flow label of ``scene`` clear of the others."""
    fixed: list[Rect] = []
    requests: list[LabelRequest] = []
    for step_id, item in scene.step_items.items():
        if not item.isVisible():
            continue
        if item.expanded:
            fixed.append(_rect(item.mapRectToScene(item.text_rect())))
            continue
        fixed.append(_rect(item.sceneBoundingRect() & item.mapRectToScene(item.node_rect())))
        if item.notation.label_from_file and item.fitted.lines:  # the file says where it goes
            fixed.append(_rect(item.mapRectToScene(item.text_rect())))
        elif not item.notation.label_inside and item.fitted.lines:
            text = item.text_rect()
            shape = _rect(item.mapRectToScene(item.node_rect()))
            requests.append(LabelRequest(step_id, text.width(), text.height(),
                                         around_shape(shape, text.width(), text.height())))
    for item in scene.lane_items.values():
        if item.isVisible():
            fixed.append(_rect(item.header_scene_rect()))
    for item in scene.pool_items.values():
        if item.isVisible():
            fixed.append(_rect(item.band_rect()))
    lines = []
    for flow_id, item in scene.flow_items.items():
        if not item.isVisible() or len(item.points) < 2:
            continue
        points = [(p.x(), p.y()) for p in item.points]
        lines.extend(zip(points, points[1:]))
        if item.label and item.flow.label_bounds is not None:
            fixed.append(item.flow.label_bounds)
        elif item.label:
            width, height = item.label_size()
            requests.append(LabelRequest(flow_id, width, height, along_route(points, width, height)))
    placed = place_labels(requests, fixed, lines)
    for key, rect in placed.items():
        box = QRectF(rect.x, rect.y, rect.width, rect.height)
        if key in scene.step_items:
            item = scene.step_items[key]
            item.place_label(item.mapRectFromScene(box))
        else:
            scene.flow_items[key].place_label(box)
