"""BPMN layer: read the diagram (BPMNDI) into model geometry.

Each element takes its first shape or edge, the first diagram first; later diagrams
(drill-downs, other views) are kept in the file untouched. Broken geometry (NaN, huge,
negative sizes) and DI pointing at missing elements become warnings, never errors.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.ids import IdRegistry
from customer_modeler.bpmn.namespaces import bpmndi, dc, di, local_ref
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Artifact, Flow, Lane, Point, Pool, Rect, Step
from customer_modeler.model.layout import layout_model

#: Coordinates beyond this are treated as broken. A journey of 100,000 steps drawn in one
#: row is about 15 million pixels long; a hundred million is beyond any real diagram.
MAX_COORDINATE = 1e8
_SHAPE, _EDGE, _LABEL = bpmndi("BPMNShape"), bpmndi("BPMNEdge"), bpmndi("BPMNLabel")
_BOUNDS, _WAYPOINT = dc("Bounds"), di("waypoint")


def read_di(root: etree._Element, model: ProcessModel, doc: SourceDocument,
            ids: IdRegistry, warnings: list[ReadWarning]) -> None:
    """Set bounds and waypoints on the model from the document's diagrams."""
    planes = [plane for diagram in root.iterchildren(bpmndi("BPMNDiagram"))
              for plane in diagram.iterchildren(bpmndi("BPMNPlane"))]
    if len(planes) > 1:
        warnings.append(ReadWarning(
            "W-MULTIPLE-DIAGRAMS", f"The file has {len(planes)} diagrams; the one with the most "
            "shapes is shown and the others are kept unchanged.", ()))
    problems = _Problems()
    for plane in main_first(planes):
        if doc.plane is None:
            doc.plane = plane  # new shapes are added to the page that is shown
        for element in plane:
            tag = element.tag
            if tag == _SHAPE:
                _read_shape(element, model, doc, ids, problems)
            elif tag == _EDGE:
                _read_edge(element, model, doc, ids, problems)
    problems.report(warnings)
    _warn_missing_di(model, warnings)


def main_first(planes: list[etree._Element]) -> list[etree._Element]:
    """The diagram pages with the main one first: the page with the most shapes (the first on
    ties). Drill-down pages of collapsed sub-processes and one-participant pages come after,
    so an element drawn on several pages takes its place on the main one."""
    if len(planes) < 2:
        return planes
    sizes = [sum(1 for e in plane if e.tag == bpmndi("BPMNShape")) for plane in planes]
    main = max(range(len(planes)), key=lambda i: (sizes[i], -i))
    return [planes[main], *planes[:main], *planes[main + 1:]]


class _Problems:
    """Per-kind lists of element ids, reported as one warning per kind."""

    def __init__(self) -> None:
        self.missing: list[str] = []
        self.bad_bounds: list[str] = []
        self.bad_waypoints: list[str] = []
        self.few_waypoints: list[str] = []
        self.vertical: list[str] = []

    def report(self, warnings: list[ReadWarning]) -> None:
        """One warning per kind: what was found, how many (so one reads as right as many),
        the first five, and what became of them."""
        for code, found, what, then in (
            ("W-DI-MISSING-ELEMENT", self.missing, "Elements the diagram draws that do not exist",
             "; ignored"),
            ("W-BAD-BOUNDS", self.bad_bounds, "Shapes with unusable bounds", "; ignored"),
            ("W-BAD-WAYPOINT", self.bad_waypoints, "Edges with unusable waypoints", "; ignored"),
            ("W-EDGE-FEW-WAYPOINTS", self.few_waypoints, "Edges with fewer than two waypoints",
             "; drawn straight between their ends"),
            ("W-VERTICAL-LANES", self.vertical, "Lanes or pools drawn vertically", ""),
        ):
            if found:
                shown = ", ".join(found[:5]) + (" ..." if len(found) > 5 else "")
                warnings.append(ReadWarning(code, f"{what}: {len(found)} ({shown}){then}.",
                                            tuple(found)))


def _read_shape(shape: etree._Element, model: ProcessModel, doc: SourceDocument,
                ids: IdRegistry, problems: _Problems) -> None:
    ref = local_ref(shape.get("bpmnElement"))
    target = model.steps.get(ref) or model.element(ref)  # shapes are mostly steps'
    if target is None:
        if not ids.exists(ref):
            problems.missing.append(ref or "(empty reference)")
        return
    if ref in doc.shapes or isinstance(target, Flow):
        return
    doc.shapes[ref] = shape
    box, label = _bounds_and_label(shape)
    bounds = parse_bounds(box)
    if bounds is None:
        problems.bad_bounds.append(ref)
        return
    target.bounds = bounds
    if isinstance(target, (Step, Artifact)):
        target.label_bounds = _label_box(label)
    elif isinstance(target, (Lane, Pool)) and shape.get("isHorizontal") == "false":
        target.horizontal = False
        problems.vertical.append(ref)


def _read_edge(edge: etree._Element, model: ProcessModel, doc: SourceDocument,
               ids: IdRegistry, problems: _Problems) -> None:
    ref = local_ref(edge.get("bpmnElement"))
    flow = model.flows.get(ref)
    if flow is None:
        connection = model.artifacts.get(ref)
        if connection is not None and connection.connection:
            _read_connection_edge(edge, connection, problems)
            return
    if flow is None:
        if not ids.exists(ref):
            problems.missing.append(ref or "(empty reference)")
        return
    if ref in doc.edges:
        return
    doc.edges[ref] = edge
    points, label = _route_and_label(edge)
    if points is None:
        problems.bad_waypoints.append(ref)
        return
    if len(points) < 2:  # no route to draw: the flow is drawn straight between its ends
        problems.few_waypoints.append(ref)
        return
    flow.waypoints = points
    flow.label_bounds = _label_box(label)
    if flow.message and edge.get("messageVisibleKind") in ("initiating", "non_initiating"):
        flow.message_visible = edge.get("messageVisibleKind")


def _read_connection_edge(edge: etree._Element, connection: Artifact, problems: _Problems) -> None:
    """An association's route; the edge is only read (the file keeps it as it is)."""
    if connection.waypoints:
        return
    points = _route(edge)
    if points is None:
        problems.bad_waypoints.append(connection.id)
    elif len(points) >= 2:
        connection.waypoints = points
        connection.label_bounds = label_bounds(edge)


def label_bounds(shape_or_edge: etree._Element) -> Rect | None:
    """Where the file's tool wrote the element's name (``BPMNLabel`` bounds), or None when it
    says nothing usable (no label, no bounds, an empty box)."""
    return _label_box(first_child(shape_or_edge, _LABEL))


def _label_box(label: etree._Element | None) -> Rect | None:
    box = parse_bounds(first_child(label, _BOUNDS)) if label is not None else None
    return box if box is not None and box.width > 0 and box.height > 0 else None


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with ``tag``: what ``element.find(tag)`` gives, without the path
    machinery (the diagram of a large journey asks this tens of thousands of times)."""
    return next(element.iterchildren(tag), None)


def _bounds_and_label(shape: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """The shape's first ``Bounds`` and first ``BPMNLabel``, from one pass over its children."""
    box = label = None
    for child in shape:
        tag = child.tag
        if tag == _BOUNDS:
            if box is None:
                box = child
        elif tag == _LABEL and label is None:
            label = child
    return box, label


def _route(edge: etree._Element) -> tuple[Point, ...] | None:
    """The edge's waypoints in order, or None when any of them is unusable."""
    return _route_and_label(edge)[0]


def _route_and_label(edge: etree._Element) -> tuple[tuple[Point, ...] | None, etree._Element | None]:
    """The edge's waypoints in order (None when any of them is unusable) and its first
    ``BPMNLabel``, from one pass over its children."""
    route: list[Point] = []
    label = None
    for child in edge:
        tag = child.tag
        if tag == _WAYPOINT:
            get = child.get
            try:
                x, y = float(get("x")), float(get("y"))  # type: ignore[arg-type]
            except (TypeError, ValueError):  # missing or not a number
                return None, label
            # NaN and infinity fail the comparison too.
            if not (abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE):
                return None, label
            route.append((x, y))
        elif tag == _LABEL and label is None:
            label = child
    return tuple(route), label


def parse_bounds(bounds: etree._Element | None) -> Rect | None:
    """A Rect from a dc:Bounds element, or None when any value is missing or unusable."""
    if bounds is None:
        return None
    get = bounds.get
    try:
        x, y = float(get("x")), float(get("y"))  # type: ignore[arg-type]
        width, height = float(get("width")), float(get("height"))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # missing or not a number
        return None
    limit = MAX_COORDINATE  # NaN and infinity fail the comparisons too
    if not (abs(x) <= limit and abs(y) <= limit and 0 <= width <= limit and 0 <= height <= limit):
        return None
    return Rect(x, y, width, height)


def _warn_missing_di(model: ProcessModel, warnings: list[ReadWarning]) -> None:
    """A file without any diagram (IBM Blueworks writes none) is laid out automatically;
    steps missing from an otherwise drawn diagram (e.g. a called process nobody drew)
    are kept but not drawn."""
    missing = [s.id for s in model.steps.values() if s.bounds is None]
    if not missing:
        return
    shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
    if len(missing) == len(model.steps):
        layout_model(model)
        consequence = "the whole diagram was laid out automatically"
    else:
        consequence = "kept in the file but not drawn"
    warnings.append(ReadWarning(
        "W-NO-DI", f"Steps without a diagram position: {len(missing)} ({shown}); {consequence}.",
        tuple(missing)))
