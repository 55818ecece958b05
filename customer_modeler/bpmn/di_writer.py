"""BPMN layer: write the diagram (BPMNDI) from model geometry.

Shapes and edges the file already has are updated in place (only when the geometry
changed, so untouched files keep their number formatting); missing ones are added to
the main plane. Elements without geometry keep whatever DI they had.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from customer_modeler.bpmn.di_reader import label_bounds, parse_bounds
from customer_modeler.bpmn.namespaces import bpmn, bpmndi, dc, di
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.xml_order import insert_ordered
from customer_modeler.model.attributes import format_value
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Point, Pool, Rect

_TOLERANCE = 1e-9


def sync_di(model: ProcessModel, doc: SourceDocument) -> None:
    """Create or update one shape per pool, lane and step, and one edge per flow."""
    bands: list[Pool | Lane] = [*model.pools.values(), *model.lanes.values()]
    for element in bands:
        if element.bounds is not None:
            shape = _shape(doc, element.id, element.bounds)
            stated = shape.get("isHorizontal")
            if stated is None or (not element.horizontal and stated != "false"):  # vertical after a repair
                shape.set("isHorizontal", "true" if element.horizontal else "false")
    for step in model.steps.values():
        if step.bounds is not None:
            _label(_shape(doc, step.id, step.bounds), step.label_bounds)
    for flow in model.flows.values():
        if flow.waypoints:
            _label(_edge(doc, flow.id, flow.waypoints), flow.label_bounds)


def _plane(doc: SourceDocument) -> etree._Element:
    if doc.plane is None:
        root = doc.root
        diagram = etree.SubElement(root, bpmndi("BPMNDiagram"), id=_fresh_id(root, "BPMNDiagram"))
        target = root.find(bpmn("collaboration"))
        if target is None:
            target = root.find(bpmn("process"))
        doc.plane = etree.SubElement(diagram, bpmndi("BPMNPlane"), id=_fresh_id(root, "BPMNPlane"))
        if target is not None:
            doc.plane.set("bpmnElement", target.get("id", ""))
    return doc.plane


def _fresh_id(root: etree._Element, base: str) -> str:
    used = {str(e.get("id")) for e in root.iter() if e.get("id") is not None}
    n = 1
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


def _shape(doc: SourceDocument, element_id: str, bounds: Rect) -> etree._Element:
    shape = doc.shapes.get(element_id)
    if shape is None or shape.getparent() is None:
        shape = etree.SubElement(_plane(doc), bpmndi("BPMNShape"), id=f"{element_id}_di")
        shape.set("bpmnElement", element_id)
        doc.shapes[element_id] = shape
    box = shape.find(dc("Bounds"))
    if box is None:
        box = etree.Element(dc("Bounds"))
        insert_ordered(shape, box)
    old = parse_bounds(box)
    if old is None or _differs((old.x, old.y, old.width, old.height),
                               (bounds.x, bounds.y, bounds.width, bounds.height)):
        for name, value in zip(("x", "y", "width", "height"),
                               (bounds.x, bounds.y, bounds.width, bounds.height), strict=True):
            box.set(name, format_value(float(value)))
    return shape


def _edge(doc: SourceDocument, flow_id: str, waypoints: Iterable[Point]) -> etree._Element:
    points = list(waypoints)
    edge = doc.edges.get(flow_id)
    if edge is None or edge.getparent() is None:
        edge = etree.SubElement(_plane(doc), bpmndi("BPMNEdge"), id=f"{flow_id}_di")
        edge.set("bpmnElement", flow_id)
        doc.edges[flow_id] = edge
    existing = list(edge.iterchildren(di("waypoint")))
    old = [_point(p) for p in existing]
    if len(old) == len(points) and None not in old and not any(
            _differs(a, b) for a, b in zip(old, points, strict=True)):
        return edge
    for point in existing:
        edge.remove(point)
    for x, y in points:
        waypoint = etree.Element(di("waypoint"), x=format_value(float(x)), y=format_value(float(y)))
        insert_ordered(edge, waypoint)
    return edge


def _label(owner: etree._Element, box: Rect | None) -> None:
    """Write where the name goes when it moved with its element; when the model dropped the
    file's place (a flow routed anew), drop its bounds so other tools place the name too."""
    old = label_bounds(owner)
    if box is None:
        label = owner.find(bpmndi("BPMNLabel"))
        stale = label.find(dc("Bounds")) if label is not None else None
        if old is not None and label is not None and stale is not None:
            label.remove(stale)
        return
    if old is not None and not _differs((old.x, old.y, old.width, old.height),
                                        (box.x, box.y, box.width, box.height)):
        return
    label = owner.find(bpmndi("BPMNLabel"))
    if label is None:
        label = etree.SubElement(owner, bpmndi("BPMNLabel"))
    bounds = label.find(dc("Bounds"))
    if bounds is None:
        bounds = etree.Element(dc("Bounds"))
        insert_ordered(label, bounds)
    for name, value in zip(("x", "y", "width", "height"), (box.x, box.y, box.width, box.height), strict=True):
        bounds.set(name, format_value(float(value)))


def _point(element: etree._Element) -> Point | None:
    try:
        return (float(element.get("x", "")), float(element.get("y", "")))
    except ValueError:
        return None


def _differs(a: Iterable[float] | None, b: Iterable[float]) -> bool:
    return a is None or any(not abs(p - q) <= _TOLERANCE for p, q in zip(a, b, strict=True))
