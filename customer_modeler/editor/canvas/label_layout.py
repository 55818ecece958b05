"""Editor layer: placing the names beside shapes and the flow labels of a scene.

Gathers what labels must keep clear of — the shapes, the names inside them, lane
headers and pool bands, every flow's line — straight from the items into
:class:`~customer_modeler.editor.geometry.label_placement.Obstacles` (numbers, no object
per box or segment), and asks
:func:`~customer_modeler.editor.geometry.label_placement.place_labels_among` where the
names of events and gateways and the labels of flows go; then tells the items.
Event and gateway names come first (they sit at their shape), then the flow labels.
A name for which the file gives a label box stays there, and the others keep clear of it.
After an edit only the labels near it are placed again (:func:`place_labels_near`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from customer_modeler.editor.geometry.label_placement import (
    LabelRequest,
    Obstacles,
    along_route,
    around_shape,
    place_labels_among,
    reach,
)
from customer_modeler.model.elements import Rect

#: How far from an edit labels are placed again: the farthest place a name beside a shape
#: may take (three rings out, a wide name to the left) with room to spare.
REACH = 320.0

#: The labels to place and what they keep clear of.
_Gathered = tuple[list[LabelRequest], Obstacles]


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
    obstacles = Obstacles()
    requests: list[LabelRequest] = []
    steps, flows = scene.step_items, scene.flow_items
    for step_id in scene.model.steps:  # the model's order, as scene.in_label_order
        if step_id in steps:
            _step_parts(step_id, steps[step_id], obstacles, requests)
    _band_parts(scene, obstacles)
    for flow_id in scene.model.flows:
        if flow_id in flows:
            _flow_parts(flow_id, flows[flow_id], obstacles, requests)
    _apply(scene, place_labels_among(requests, obstacles))


def place_labels_near(scene, touched: set[str], area: QRectF) -> None:  # noqa: ANN001
    """Place again only the labels of ``touched`` items and of their neighbours.

    After an edit, the labels whose shape, line or placed box lies within :data:`REACH` of
    ``area`` (the touched items before and after the edit) are placed again, in the same
    order as :func:`place_scene_labels` and by the same rule, clear of every label and shape
    around them, which stay where they are. Far-off labels keep their places, so the cost
    follows the size of the edit, not of the diagram.

    ``touched`` is taken over: the neighbours are added to it, and it is emptied before the
    labels are placed (when a large scene is completed it holds every item made: 2 MB at
    10,000 steps, which a copy doubled while they were placed).
    """
    gathered = _gather_near(scene, touched, area)
    touched.clear()
    if gathered is not None:
        _apply(scene, place_labels_among(*gathered))


def _gather_near(scene, touched: set[str], area: QRectF) -> _Gathered | None:  # noqa: ANN001
    """The labels :func:`place_labels_near` places, and what they keep clear of (None: no
    label to place). What only chose them (the ordered lists of chosen keys) is freed when
    this returns, before they are placed."""
    near = area.adjusted(-REACH, -REACH, REACH, REACH)
    chosen = touched
    for item in scene.items(near, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
        key = scene.element_id(item)
        if key is not None and (key in scene.step_items or key in scene.flow_items):
            chosen.add(key)
    obstacles = Obstacles()
    requests: list[LabelRequest] = []
    ordered = scene.in_label_order(chosen)
    steps = [key for key in ordered if key in scene.step_items]
    flows = [key for key in ordered if key in scene.flow_items]
    for step_id in steps:
        _step_parts(step_id, scene.step_items[step_id], obstacles, requests)
    for flow_id in flows:
        _flow_parts(flow_id, scene.flow_items[flow_id], obstacles, requests)
    places = reach(requests)
    if places is None:
        return None
    _band_parts(scene, obstacles)
    around = QRectF(places.x, places.y, places.width, places.height)
    for item in scene.items(around, Qt.ItemSelectionMode.IntersectsItemBoundingRect):  # left where they are
        key = scene.element_id(item)
        if key in chosen:
            continue
        if key in scene.step_items:
            _step_parts(key, item, obstacles, None)
        elif key in scene.flow_items:
            _flow_parts(key, item, obstacles, None)
    return requests, obstacles


def _step_parts(step_id: str, item, obstacles: Obstacles,  # noqa: ANN001
                requests: list[LabelRequest] | None) -> None:
    """What a step adds: its shape and name as fixed boxes, or a request to place the name.

    ``requests`` None: the name stays where it is, as a fixed box.
    """
    if not item.isVisible():
        return
    if item.expanded:
        _add_box(obstacles, item.mapRectToScene(item.text_rect()))
        return
    _add_box(obstacles, item.sceneBoundingRect() & item.mapRectToScene(item.node_rect()))
    if item.notation.label_from_file and item.fitted.lines:  # the file says where it goes
        _add_box(obstacles, item.mapRectToScene(item.text_rect()))
    elif not item.notation.label_inside and item.fitted.lines:
        if requests is None:
            _add_box(obstacles, item.mapRectToScene(item.text_rect()))
            return
        text = item.text_rect()
        shape = _rect(item.mapRectToScene(item.node_rect()))
        requests.append(LabelRequest(step_id, text.width(), text.height(),
                                     around_shape(shape, text.width(), text.height())))


def _flow_parts(flow_id: str, item, obstacles: Obstacles,  # noqa: ANN001
                requests: list[LabelRequest] | None) -> None:
    """What a flow adds: its segments as lines, its label as a fixed box or a request."""
    if not item.isVisible() or len(item.points) < 2:
        return
    points = [(p.x(), p.y()) for p in item.points]
    obstacles.add_route(points)
    if item.label and item.flow.label_bounds is not None:
        obstacles.add_rect(item.flow.label_bounds)
    elif item.label and requests is None:
        _add_box(obstacles, item._label_rect())  # noqa: SLF001
    elif item.label:
        width, height = item.label_size()
        requests.append(LabelRequest(flow_id, width, height, along_route(points, width, height)))


def _band_parts(scene, obstacles: Obstacles) -> None:  # noqa: ANN001
    """Lane headers and pool name bands: few, and always kept clear."""
    for item in scene.lane_items.values():
        if item.isVisible():
            _add_box(obstacles, item.header_scene_rect())
    for item in scene.pool_items.values():
        if item.isVisible():
            _add_box(obstacles, item.band_rect())


def _add_box(obstacles: Obstacles, r: QRectF) -> None:
    """A fixed box, from Qt's rectangle (the numbers a :class:`Rect` of it would give)."""
    x, y = r.x(), r.y()
    obstacles.add_box(x, y, x + r.width(), y + r.height())


def _apply(scene, placed: dict[str, Rect]) -> None:  # noqa: ANN001
    for key, rect in placed.items():
        box = QRectF(rect.x, rect.y, rect.width, rect.height)
        if key in scene.step_items:
            item = scene.step_items[key]
            item.place_label(item.mapRectFromScene(box))
        else:
            scene.flow_items[key].place_label(box)
