"""BPMN layer: the parsed document kept beside a model so nothing foreign is lost on save.

The reader stores a :class:`SourceDocument` in ``model.origin``. It maps every model id
to the XML element (and DI shape or edge) it came from; the writer updates only those
elements and leaves every other node of the tree — vendor extensions, data objects,
annotations, extra diagrams, comments — exactly as it was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from customer_modeler import __version__
from customer_modeler.bpmn.namespaces import NSMAP, bpmn, bpmndi

TARGET_NAMESPACE = "urn:customer-process-modeler:models"
EXPORTER = "Customer Process Modeler"


@dataclass
class SourceDocument:
    """A BPMN tree plus the links from model ids to its elements."""

    tree: etree._ElementTree
    elements: dict[str, etree._Element] = field(default_factory=dict)
    shapes: dict[str, etree._Element] = field(default_factory=dict)
    edges: dict[str, etree._Element] = field(default_factory=dict)
    processes: dict[str, etree._Element] = field(default_factory=dict)
    plane: etree._Element | None = None
    refs_in_parent_lanes: bool = True
    #: step id -> the lane the reader inferred for it although the file lists it in none
    guessed_lanes: dict[str, str] = field(default_factory=dict)

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()


def new_document(process_id: str, *, with_pool: bool = True) -> SourceDocument:
    """An empty definitions element with one process and one diagram, ready to be filled.

    Without a pool the diagram shows the process itself (an empty collaboration would
    hide the process from other tools).
    """
    root = etree.Element(bpmn("definitions"), nsmap=NSMAP)
    root.set("id", "Definitions_1")
    root.set("targetNamespace", TARGET_NAMESPACE)
    root.set("exporter", EXPORTER)
    root.set("exporterVersion", __version__)
    shown = process_id
    if with_pool:
        shown = etree.SubElement(root, bpmn("collaboration"), id="Collaboration_1").get("id", "")
    process = etree.SubElement(root, bpmn("process"), id=process_id, isExecutable="false")
    diagram = etree.SubElement(root, bpmndi("BPMNDiagram"), id="BPMNDiagram_1")
    plane = etree.SubElement(diagram, bpmndi("BPMNPlane"), id="BPMNPlane_1")
    plane.set("bpmnElement", shown)
    document = SourceDocument(etree.ElementTree(root), plane=plane)
    document.processes[process_id] = process
    document.refs_in_parent_lanes = False
    return document
