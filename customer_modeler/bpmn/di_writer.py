"""BPMN layer: write the diagram (BPMNDI) from model geometry.

Shapes and edges the file already has are updated in place (only when the geometry
changed, so untouched files keep their number formatting); missing ones are added to
the main plane. Elements without geometry keep whatever DI they had.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from customer_modeler.bpmn.di_reader import first_child, label_bounds, parse_bounds
from customer_modeler.bpmn.namespaces import bpmn, bpmndi, dc, di
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.write_text import coordinate_text
from customer_modeler.bpmn.xml_order import insert_ordered
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Point, Pool, Rect, Step

_TOLERANCE = 1e-9
_SHAPE = bpmndi("BPMNShape")
_EDGE = bpmndi("BPMNEdge")
_LABEL = bpmndi("BPMNLabel")
_BOUNDS = dc("Bounds")
_WAYPOINT = di("waypoint")


def sync_di(model: ProcessModel, doc: SourceDocument, steps: Iterable[Step], flows: Iterable[Flow]) -> None:
    """Create or update one shape per pool and lane, one per step of ``steps`` and one edge
    per flow of ``flows`` (the writer passes those changed since they were last written)."""
    bands: list[Pool | Lane] = [*model.pools.values(), *model.lanes.values()]
    for element in bands:
        if element.bounds is not None:
            shape = _shape(doc, element.id, element.bounds)
            stated = shape.get("isHorizontal")
            if stated is None or (not element.horizontal and stated != "false"):  # vertical after a repair
                shape.set("isHorizontal", "true" if element.horizontal else "false")
    for step in steps:
        if step.bounds is not None:
            _label(_shape(doc, step.id, step.bounds), step.label_bounds)
    for flow in flows:
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
        shape = etree.SubElement(_plane(doc), _SHAPE, id=f"{element_id}_di")
        shape.set("bpmnElement", element_id)
        doc.shapes[element_id] = shape
    box = first_child(shape, _BOUNDS)
    if box is None:
        box = etree.Element(_BOUNDS)
        insert_ordered(shape, box)
    elif _reads_as(box, bounds):
        return shape  # what a rewrite would write is there already (most shapes of a save)
    old = parse_bounds(box)
    if old is None or _differs((old.x, old.y, old.width, old.height),
                               (bounds.x, bounds.y, bounds.width, bounds.height)):
        _write_box(box, bounds)
    return shape


def _edge(doc: SourceDocument, flow_id: str, waypoints: Iterable[Point]) -> etree._Element:
    points = list(waypoints)
    edge = doc.edges.get(flow_id)
    if edge is None or edge.getparent() is None:
        edge = etree.SubElement(_plane(doc), _EDGE, id=f"{flow_id}_di")
        edge.set("bpmnElement", flow_id)
        doc.edges[flow_id] = edge
    existing = list(edge.iterchildren(_WAYPOINT))
    if _same_route(existing, points):
        return edge
    for point in existing:
        edge.remove(point)
    for x, y in points:
        waypoint = etree.Element(_WAYPOINT, x=coordinate_text(x), y=coordinate_text(y))
        insert_ordered(edge, waypoint)
    return edge


def _label(owner: etree._Element, box: Rect | None) -> None:
    """Write where the name goes when it moved with its element; when the model dropped the
    file's place (a flow routed anew), drop its bounds so other tools place the name too."""
    label = first_child(owner, _LABEL)
    if box is None:
        stale = first_child(label, _BOUNDS) if label is not None else None
        if label is not None and stale is not None and label_bounds(owner) is not None:
            label.remove(stale)
        return
    bounds = first_child(label, _BOUNDS) if label is not None else None
    if bounds is not None and _reads_as(bounds, box):
        return
    old = label_bounds(owner)
    if old is not None and not _differs((old.x, old.y, old.width, old.height),
                                        (box.x, box.y, box.width, box.height)):
        return
    if label is None:
        label = etree.SubElement(owner, _LABEL)
    if bounds is None:
        bounds = etree.Element(_BOUNDS)
        insert_ordered(label, bounds)
    _write_box(bounds, box)


def _reads_as(bounds: etree._Element, box: Rect) -> bool:
    """Whether a ``dc:Bounds`` holds exactly the text :func:`_write_box` would give it."""
    return (bounds.get("x") == coordinate_text(box.x) and bounds.get("y") == coordinate_text(box.y)
            and bounds.get("width") == coordinate_text(box.width)
            and bounds.get("height") == coordinate_text(box.height))


def _write_box(bounds: etree._Element, box: Rect) -> None:
    for name, value in zip(("x", "y", "width", "height"), (box.x, box.y, box.width, box.height), strict=True):
        bounds.set(name, coordinate_text(value))


def _same_route(existing: list[etree._Element], points: list[Point]) -> bool:
    """Whether the waypoints in the file are the model's (within rounding), one for one."""
    if len(existing) != len(points):
        return False
    try:
        for element, (x, y) in zip(existing, points):
            if not (abs(float(element.get("x", "")) - x) <= _TOLERANCE
                    and abs(float(element.get("y", "")) - y) <= _TOLERANCE):
                return False
    except ValueError:  # a coordinate that is no number: the route is written anew
        return False
    return True


def _differs(a: Iterable[float] | None, b: Iterable[float]) -> bool:
    return a is None or any(not abs(p - q) <= _TOLERANCE for p, q in zip(a, b, strict=True))
