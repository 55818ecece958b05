"""BPMN layer: the parsed document kept beside a model so nothing foreign is lost on save.

The reader stores a :class:`SourceDocument` in ``model.origin`` (none for a file that holds
only the model: ``direct_writer``). It maps every model id
to the XML element (and DI shape or edge) it came from; the writer updates only those
elements and leaves every other node of the tree — vendor extensions, data objects,
annotations, extra diagrams, comments — exactly as it was read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from customer_modeler import __version__
from customer_modeler.bpmn.namespaces import NSMAP, bpmn, bpmndi
from customer_modeler.bpmn.written import WrittenValues

TARGET_NAMESPACE = "urn:customer-process-modeler:models"
EXPORTER = "Customer Process Modeler"


@dataclass(frozen=True)
class KeptPlace:
    """Where a detached element stood: its parent and the sibling before it."""

    element: etree._Element
    parent: etree._Element
    previous: etree._Element | None
    index: int


@dataclass(frozen=True)
class KeptElement:
    """A deleted element's XML (and diagram shape or edge), kept so undo gets it back."""

    owner: object
    places: tuple[KeptPlace, ...]


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
    #: lane id -> step ids the file lists in that lane although the model places them in
    #: no lane of it (steps inside a sub-process, steps of another pool's process)
    kept_lane_refs: dict[str, list[str]] = field(default_factory=dict)
    #: model id -> the model object its element was last written for (see ``kept_xml``)
    owners: dict[str, object] = field(default_factory=dict)
    #: model id -> the XML of an element the user deleted, kept for undo (see ``kept_xml``)
    detached: dict[str, KeptElement] = field(default_factory=dict)
    #: what each step and flow held when its XML was last written (see ``written``)
    written: WrittenValues = field(default_factory=WrittenValues)
    #: the name the model was given from the file name because the file had none
    untitled_name: str | None = None
    #: the tree holds no blank text between elements (a file of ours parsed without it, or a
    #: new document): a save of our own format lets the serialiser indent it (``writer``)
    lean: bool = False
    #: what reads the diagram the reader left for later (``reader.read_diagram``); None
    #: once it is read
    unread_diagram: Callable[[], None] | None = None

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
    document = SourceDocument(etree.ElementTree(root), plane=plane, lean=True)
    document.processes[process_id] = process
    document.refs_in_parent_lanes = False
    return document
