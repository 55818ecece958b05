"""BPMN layer: read BPMN 2.0 from any tool into a :class:`ProcessModel` plus warnings.

Bytes are parsed safely (``safe_xml``), then walked once: pools, lanes, flow nodes,
sequence and message flows, read-only artifacts, then the diagram (``di_reader``), at
once or when the caller asks (:func:`read_diagram`).
Recoverable problems become :class:`ReadWarning`s; unsafe or non-BPMN input raises
:class:`BpmnReadError`. The parsed tree is kept in ``model.origin`` for the writer, but
for a file the direct writer gives back exactly (``direct_writer``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from customer_modeler import __version__
from customer_modeler.bpmn.connection_reader import (
    read_association,
    read_data_associations,
    resolve_connection_ends,
)
from customer_modeler.bpmn.customer import CustomerChoice, choose_customer
from customer_modeler.bpmn.di_reader import read_di
from customer_modeler.bpmn.direct_writer import writes_back
from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.extension import read_lane_role
from customer_modeler.bpmn.file_input import read_file_bytes
from customer_modeler.bpmn.ids import IdRegistry
from customer_modeler.bpmn.kept_xml import record_owners
from customer_modeler.bpmn.lane_refs import find_kept_lane_refs
from customer_modeler.bpmn.lane_repair import repair_lanes
from customer_modeler.bpmn.model_data import read_model_data
from customer_modeler.bpmn.mojibake import could_hold_garbled_text, warn_garbled_text
from customer_modeler.bpmn.namespaces import (
    BPMN,
    bpmn,
    bpmndi,
    carries_our_data,
    could_name_ours,
    local_ref,
    split_tag,
)
from customer_modeler.bpmn.notation_reader import read_notation
from customer_modeler.bpmn.read_attributes import AttributeReader
from customer_modeler.bpmn.read_flows import FlowReader, PendingFlow
from customer_modeler.bpmn.safe_xml import check_bpmn_root, parse_bytes
from customer_modeler.bpmn.seal import unsealed_length
from customer_modeler.bpmn.source import EXPORTER, SourceDocument
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.bpmn.written import WrittenValues, flow_signature, step_signature
from customer_modeler.free_memory import give_back_after
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.attributes import (
    LANE_ATTRIBUTE_BY_NAME,
    STEP_ATTRIBUTE_BY_NAME,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import STEP_TYPE_BY_KIND, Artifact, Lane, Notation, Pool, Step

SUBPROCESS_KINDS = frozenset({"subProcess", "adHocSubProcess", "transaction"})
ARTIFACT_KINDS = frozenset({"textAnnotation", "group", "dataObjectReference", "dataStoreReference"})
#: Full tags (``{BPMN}task``) to the local names the walker dispatches on: one look-up
#: per child instead of splitting every tag.
_STEP_KIND_OF_TAG = {bpmn(kind): kind for kind in STEP_TYPE_BY_KIND}
_ARTIFACT_KIND_OF_TAG = {bpmn(kind): kind for kind in ARTIFACT_KINDS}
_SEQUENCE_FLOW, _ASSOCIATION = bpmn("sequenceFlow"), bpmn("association")
#: The notation a step is read with (``notation_reader`` replaces it where the file says
#: more); immutable, so one serves every step and spares building thousands.
_PLAIN_NOTATION = Notation()


class ReadResult(NamedTuple):
    """What opening a file gives: the model and the warnings to show the user."""

    model: ProcessModel
    warnings: list[ReadWarning]


def read_bpmn(data: bytes, *, for_editing: bool = False,
              diagram_later: bool = False) -> ReadResult:
    """Read a BPMN 2.0 document given as bytes.

    ``for_editing``: read as the editor reads, to be saved again: a file this very version
    wrote is recorded as written (``written``), so that its first save is quick too. Reading
    only (the commands) skips that work.

    ``diagram_later``: stop before the diagram, for :func:`read_diagram` to read it when the
    caller asks (``analyze --json`` has a second process read it while it analyses). Until
    then the model has its processes, lanes, steps, flows and data, but no geometry, no
    notation markers and no default flows, and the warnings are only those about the rest.
    Not with ``for_editing``.

    Raises
    ------
    BpmnReadError
        When the input is unsafe (DOCTYPE, entities), not well-formed, not BPMN 2.0 or too big.
    """
    if diagram_later and for_editing:
        raise ValueError("a file read for editing is read whole")
    repairs: list[str] = []
    tree, lean = _parse_what_a_save_keeps(data, repairs)
    # Unrepaired bytes are what was parsed: whole-document checks may look at them.
    facts = None if repairs else WholeFile.of(data, with_digest=for_editing and lean)
    del data  # the caller's bytes, if it keeps none, go before the walk makes the model
    with _internal_errors_reported():
        reader = _Reader(tree, facts)
        reader.read()
        if diagram_later:
            reader.doc.unread_diagram = reader.read_diagram
        else:
            reader.read_diagram()
    model, warnings = reader.model, reader.warnings
    reader.doc.lean = lean
    del reader  # it holds the tree, which may go below
    if repairs:
        warnings.insert(0, ReadWarning(
            "W-XML-REPAIRED", "The file had small XML slips that other BPMN tools accept; they "
            f"were repaired: {'; '.join(repairs)}.", ()))
    elif for_editing and all(warning.code in _SAYS_ONLY for warning in warnings):
        if _holds_only_the_model(model, facts):
            model.origin = None  # the tree goes: a save writes every byte from the model again
            del tree
            give_back_after(model)  # its pages, scattered through the C heap, go back to the system
        else:
            _record_if_ours(model)
    return ReadResult(model, warnings)


def _parse_what_a_save_keeps(data: bytes, repairs: list[str]) -> tuple[etree._ElementTree, bool]:
    """The parsed BPMN document, and whether it holds no blank text between elements: so
    is a file this program wrote, whose layout a save writes anew (the serialiser indents
    it), and those blanks are about a sixth of the tree's memory. The start tag that says
    the file is ours is only a hint until the parsed root confirms it; a file of ours the
    hint missed (another encoding, the exporter in single quotes) loses its blanks after
    the parse."""
    ours = _OUR_ROOT.match(data, 0, _OUR_ROOT_WITHIN) is not None
    tree = parse_bytes(data, repairs, keep_blank_text=not ours)
    check_bpmn_root(tree)
    confirmed = tree.getroot().get("exporter") == EXPORTER
    if ours and not confirmed:  # the hint was wrong
        repairs.clear()
        return parse_bytes(data, repairs), False
    if confirmed and not ours:
        _drop_blank_text(tree.getroot())
    return tree, confirmed


def _drop_blank_text(root: etree._Element) -> None:
    """Remove the blank text between elements, as the parser does when told to: the text
    before the first child of an element that has children, and blank tails. An element
    without children keeps its text, blank or not."""
    for element in root.iter():
        if len(element) and element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None


#: The start of a file this program wrote, up to the root's ``exporter`` attribute (UTF-8
#: or ASCII; any other encoding or layout keeps every blank, which is always safe).
_OUR_ROOT = re.compile(
    rb'(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->)*<[^\s>!?]+\s[^>]*?\bexporter\s*=\s*"'
    + re.escape(EXPORTER.encode()) + rb'"', re.DOTALL)
_OUR_ROOT_WITHIN = 64 * 1024


@contextmanager
def _internal_errors_reported() -> Iterator[None]:
    """Reading, with the collector held off (it makes no cycles: see ``gc_pause``) and a
    bug of ours turned into one sentence the user can report."""
    try:
        with collection_paused():
            yield
    except Exception as exc:
        raise BpmnReadError(
            f"The file could not be read because of an internal error ({type(exc).__name__}: "
            f"{exc}); please report it together with the file.") from exc


def read_diagram(result: ReadResult) -> None:
    """Read the diagram a ``read_bpmn(..., diagram_later=True)`` left, into the model of
    ``result``, its warnings after the others: the same model and warnings as reading it
    whole. Nothing happens when the diagram is read already.

    Raises
    ------
    BpmnReadError
        After an internal error, as :func:`read_bpmn`.
    """
    doc = result.model.origin
    if not isinstance(doc, SourceDocument) or doc.unread_diagram is None:
        return
    read, doc.unread_diagram = doc.unread_diagram, None
    with _internal_errors_reported():
        read()


#: Warnings about what a file lacks, not about anything the reader changed or guessed.
_SAYS_ONLY = frozenset({"W-NO-CUSTOMER-LANE"})


def _holds_only_the_model(model: ProcessModel, facts: WholeFile | None) -> bool:
    """Whether the file is exactly what the direct writer makes of the model read from it
    (``direct_writer``): then it holds nothing the model does not, and keeping its tree
    (ten times the file's size in memory) would serve no save. A true seal says so
    (``seal``); else the model is written again to compare. A file without a name keeps
    its tree: the name the model then takes from the file's name is not to be written."""
    return (_this_versions_file(model) is not None and bool(model.name)
            and facts is not None and facts.digest is not None
            and (facts.sealed or writes_back(model, facts.size, facts.digest)))


def _this_versions_file(model: ProcessModel) -> SourceDocument | None:
    """The model's kept document, when this very version wrote its file."""
    doc = model.origin
    if (isinstance(doc, SourceDocument) and doc.root.get("exporter") == EXPORTER
            and doc.root.get("exporterVersion") == __version__):
        return doc
    return None


def _record_if_ours(model: ProcessModel) -> None:
    """A file this very version wrote, read without a warning but those of ``_SAYS_ONLY``,
    holds what a save would write again: its steps and flows are recorded as written, so the
    first save rewrites only what changed (``written``)."""
    doc = _this_versions_file(model)
    if doc is None:
        return
    signatures = {step.id: step_signature(step) for step in model.steps.values()}
    signatures.update((flow.id, flow_signature(flow)) for flow in model.flows.values())
    doc.written = WrittenValues(signatures, flow_refs=True)  # our files keep incoming/outgoing


def read_bpmn_file(path: str | Path, *, for_editing: bool = False,
                   diagram_later: bool = False) -> ReadResult:
    """Read a BPMN file (``for_editing`` and ``diagram_later`` as in :func:`read_bpmn`); a
    folder, special file, unreadable or oversized file raises :class:`BpmnReadError` before
    anything is parsed."""
    path = Path(path)
    result = read_bpmn(read_file_bytes(path), for_editing=for_editing,
                       diagram_later=diagram_later)
    if not result.model.name:
        result.model.name = path.stem
        if isinstance(result.model.origin, SourceDocument):
            result.model.origin.untitled_name = path.stem  # shown, not written into the file
    return result


class WholeFile(NamedTuple):
    """What the reader asks of the file's bytes as a whole, found before they are let go
    (a 100,000-step file is 100 MB, beside a tree and a model ten times that).

    ``size`` and ``digest`` are those of the text before the file's seal (all of it when
    it has none), for a file the direct writer may give back exactly
    (``_holds_only_the_model``); ``sealed`` says the seal is true to that text.
    """

    may_be_garbled: bool
    may_name_ours: bool
    size: int
    digest: bytes | None
    sealed: bool = False

    @classmethod
    def of(cls, data: bytes, *, with_digest: bool) -> WholeFile:
        garbled, ours = could_hold_garbled_text(data), could_name_ours(data)
        if not with_digest:
            return cls(garbled, ours, len(data), None)
        size, claimed = unsealed_length(data)
        text = hashlib.sha256(memoryview(data)[:size])
        return cls(garbled, ours, size, text.digest(), claimed == text.hexdigest())


class _Reader:
    """One pass over a parsed document; collects the model and the warnings."""

    def __init__(self, tree: etree._ElementTree, facts: WholeFile | None = None) -> None:
        self.root = tree.getroot()
        self.facts = facts  # what the parsed bytes say as a whole, when known
        self.model = ProcessModel(self.root.get("name", ""))
        self.warnings: list[ReadWarning] = []
        self.doc = SourceDocument(tree)
        self.ids = IdRegistry(self.root, self.warnings)
        self.pending_flows: list[PendingFlow] = []
        self.lane_depth: dict[str, int] = {}
        self.process_steps: list[Step] = []  # the steps of the process being read
        self.processes: dict[str, etree._Element] = {}
        self.model.origin = self.doc
        self.step_attributes = AttributeReader(STEP_ATTRIBUTE_BY_NAME)
        #: steps whose element has no attribute besides its id, its name and ours
        self.bare_steps: set[str] = set()
        self.lane_attributes = AttributeReader(LANE_ATTRIBUTE_BY_NAME)

    def read(self) -> None:
        """Read all but the diagram: pools, lanes, steps, flows and the model's data."""
        participants = self._participants()
        customer = choose_customer(self.root, participants)
        processes = {p.get("id", ""): p for p in self.root.iterchildren(bpmn("process"))}
        self.processes = processes
        self._choose_main_process(processes, participants, customer)
        for process_id, pool in self._process_order(processes, participants):
            self._read_process(processes[process_id], pool, customer)
        for pool in participants:  # black boxes (no process), or a second pool of one process
            if self.model.element(pool.id) is None:
                self._add_pool(pool, customer)
        flows = FlowReader(self.model, self.doc, self.ids, self.warnings)
        flows.read_sequence_flows(self.pending_flows)
        flows.read_message_flows(self.root)
        self._read_collaboration_artifacts()
        resolve_connection_ends(self.model)
        self._keep_lane_refs()
        customer.apply(self.model, self.warnings)
        facts = self.facts
        self.model.visibility_inferred = not ((facts is None or facts.may_name_ours)
                                              and carries_our_data(self.root))

    def read_diagram(self) -> None:
        """Read the diagram and what is read beside its shapes (notation, default flows),
        then the checks of the whole file, after :meth:`read`."""
        read_di(self.root, self.model, self.doc, self.ids, self.warnings)
        repair_lanes(self.model, self.doc, self.warnings)
        read_notation(self.model, self.doc, self.bare_steps)
        self._warn_if_empty(self.processes)
        facts = self.facts
        if facts is None or facts.may_be_garbled:
            warn_garbled_text(self.root, self.warnings)
        record_owners(self.doc, self.model)

    def _keep_lane_refs(self) -> None:
        foreign = find_kept_lane_refs(self.model, self.doc)
        if foreign:
            pairs = ", ".join(f"{step} in {lane}" for lane, step in foreign[:5])
            self.warnings.append(ReadWarning(
                "W-LANE-FOREIGN-NODE", f"Lane references to a step of another pool's process: "
                f"{len(foreign)} ({pairs}); the step is shown in its own pool and the "
                "reference is kept in the file.", tuple(dict.fromkeys(
                    element for pair in foreign for element in pair))))

    def _warn_if_empty(self, processes: dict[str, etree._Element]) -> None:
        if not processes and self.root.find(bpmndi("BPMNDiagram")) is None:
            self.warnings.append(ReadWarning(
                "W-EMPTY-DEFINITIONS", "The file contains no process and no diagram; it opens "
                "as an empty model and anything else in it is kept.", ()))

    # -- pools ------------------------------------------------------------------------------
    def _participants(self) -> list[Pool]:
        pools = []
        for collaboration in self.root.iterchildren(bpmn("collaboration")):
            for element in collaboration.iterchildren(bpmn("participant")):
                pool_id = self.ids.claim(element)
                process_ref = local_ref(element.get("processRef")) or None
                pools.append(Pool(pool_id, element.get("name", ""), process_ref))
                self.doc.elements[pool_id] = element
        return pools

    def _process_order(
        self, processes: dict[str, etree._Element], pools: list[Pool]
    ) -> list[tuple[str, Pool | None]]:
        """Processes in pool order (top to bottom), then those no pool shows."""
        order: list[tuple[str, Pool | None]] = []
        for pool in pools:
            if pool.process_id in processes and all(pid != pool.process_id for pid, _ in order):
                order.append((pool.process_id, pool))
        shown = {pid for pid, _ in order}
        order.extend((pid, None) for pid in processes if pid not in shown)
        return order

    def _choose_main_process(
        self, processes: dict[str, etree._Element], pools: list[Pool], customer: CustomerChoice
    ) -> None:
        """The organisation's process: the first one not shown by the customer's pool."""
        candidates = [p.process_id for p in pools if p.process_id in processes
                      and p.id != customer.pool_id] + list(processes)
        if candidates and candidates[0] is not None:
            self.model.process_id = candidates[0]
            read_model_data(processes[candidates[0]], self.model, self.warnings)

    def _add_pool(self, pool: Pool, customer: CustomerChoice) -> None:
        if pool.id == customer.pool_id:
            lane = Lane(pool.id, pool.name, "customer", pool=None, from_pool=pool.id,
                        role_set=customer.marked)
            self.model.add_lane(lane, index=0)  # the customer lane is on top
        else:
            self.model.add_pool(pool)

    # -- processes ----------------------------------------------------------------------------
    def _read_process(self, process: etree._Element, pool: Pool | None, customer: CustomerChoice) -> None:
        process_id = process.get("id", "")
        self.doc.processes[process_id] = process
        pool_lane: str | None = None
        if pool is not None:
            self._add_pool(pool, customer)
            if pool.id == customer.pool_id:
                pool_lane = pool.id
        lane_of: dict[str, str] = {}
        if pool_lane is None:
            for lane_set in process.iterchildren(bpmn("laneSet")):
                self._read_lane_set(lane_set, pool.id if pool else None, None, 0, lane_of)
        has_lanes = bool(lane_of) or pool_lane is not None
        self.process_steps = []
        self._walk(process, process_id, None, lane_of, pool_lane)
        self._place_boundary_events(process_id)
        self._check_lane_refs(lane_of, process_id, has_lanes)

    def _read_lane_set(self, lane_set: etree._Element, pool_id: str | None, parent: str | None,
                       depth: int, lane_of: dict[str, str]) -> None:
        for element in lane_set.iterchildren(bpmn("lane")):
            lane = Lane(self.ids.claim(element), element.get("name", ""), pool=pool_id, parent=parent)
            role = read_lane_role(element)
            if role == "customer" and self.model.customer_lane is not None:
                self.warnings.append(ReadWarning(
                    "W-MULTIPLE-CUSTOMER-LANES", f"'{lane.name}' is also marked as the customer; only "
                    f"'{self.model.customer_lane.name}' counts, so it is treated as a department.",
                    (lane.id,)))
                role = "department"
            if role is not None:
                lane.role, lane.role_set = role, True
            self.lane_attributes.read(element, lane, self.warnings)
            self.model.add_lane(lane)
            self.doc.elements[lane.id] = element
            refs = [local_ref(r.text) for r in element.iterchildren(bpmn("flowNodeRef"))]
            children = list(element.iterchildren(bpmn("childLaneSet")))
            if refs and children:
                self.doc.refs_in_parent_lanes = True
            self._assign(lane.id, refs, depth, lane_of)
            for child_set in children:
                has_lanes = child_set.find(bpmn("lane")) is not None  # tools write empty ones
                if has_lanes and not any(w.code == "W-NESTED-LANES" for w in self.warnings):
                    self.warnings.append(ReadWarning(
                        "W-NESTED-LANES", f"Lane '{lane.name or lane.id}' has sub-lanes; they are kept "
                        "as sub-lanes and each step belongs to its innermost lane.", (lane.id,)))
                self._read_lane_set(child_set, pool_id, lane.id, depth + 1, lane_of)

    def _assign(self, lane_id: str, refs: list[str], depth: int, lane_of: dict[str, str]) -> None:
        """Record lane membership; the innermost lane wins, siblings clash (first kept)."""
        depth_of = self.lane_depth
        depth_of[lane_id] = depth
        for ref in refs:
            known = lane_of.get(ref)
            if known is None or depth_of[known] < depth:
                lane_of[ref] = lane_id
            elif depth_of[known] == depth and known != lane_id:
                self.warnings.append(ReadWarning(
                    "W-MULTIPLE-LANES", f"{ref} is listed in lanes {known} and {lane_id}; "
                    f"it is shown in {known}.", (ref, known, lane_id)))

    def _place_boundary_events(self, process_id: str) -> None:
        """Tools often list a boundary event in no lane: it sits in its activity's lane.

        A boundary event attached to nothing (no ``attachedToRef``, or one naming no step
        of the process) is reported and shown as a free event.
        """
        unattached = []
        for step in self.process_steps:
            if step.kind != "boundaryEvent":
                continue
            host = self.model.steps.get(local_ref(self.doc.elements[step.id].get("attachedToRef")))
            if host is None or host.process != process_id:
                unattached.append(step.id)
            elif step.lane is None and host.lane is not None:
                self.model.update_step(step.id, lane=host.lane)
                self.doc.guessed_lanes[step.id] = host.lane
        if unattached:
            self.warnings.append(ReadWarning(
                "W-BOUNDARY-UNATTACHED", f"Boundary events of {process_id} attached to no "
                f"activity: {len(unattached)} ({', '.join(unattached[:5])}); the reference is "
                "missing or names nothing, and each is shown as a free event.", tuple(unattached)))

    def _check_lane_refs(self, lane_of: dict[str, str], process_id: str, has_lanes: bool) -> None:
        # A reference to an element that exists but is no flow node (MID lists data inputs)
        # is harmless; only references to nothing at all are reported.
        dangling = [ref for ref in lane_of if ref not in self.model.steps and not self.ids.exists(ref)]
        if dangling:
            self.warnings.append(ReadWarning(
                "W-DANGLING-REF", f"Lane references of {process_id} to steps that do not exist: "
                f"{len(dangling)} ({', '.join(dangling[:5])}); ignored.", tuple(dangling)))
        if has_lanes:
            loose = [s.id for s in self.process_steps if s.lane is None and s.container is None]
            if loose:
                self.warnings.append(ReadWarning(
                    "W-LANE-MISSING-NODE", f"Steps of {process_id} in no lane: {len(loose)} "
                    f"({', '.join(loose[:5])}).", tuple(loose)))

    def _walk(self, parent: etree._Element, process_id: str, container: str | None,
              lane_of: dict[str, str], pool_lane: str | None) -> None:
        """Read the flow elements of a process or sub-process, depth first."""
        for child in parent:
            tag = child.tag
            local = _STEP_KIND_OF_TAG.get(tag)
            if local is not None:
                step_id = self._read_step(child, local, process_id, container, lane_of, pool_lane)
                for connection in read_data_associations(child, step_id, self.ids):
                    self.model.add_artifact(connection)
                if local in SUBPROCESS_KINDS:
                    self._walk(child, process_id, step_id, lane_of, pool_lane)
            elif tag == _SEQUENCE_FLOW:
                self.pending_flows.append((child, process_id, container))
            elif tag in _ARTIFACT_KIND_OF_TAG:
                self._read_artifact(child, _ARTIFACT_KIND_OF_TAG[tag])
            elif tag == _ASSOCIATION:
                self._read_association(child)

    def _read_step(self, element: etree._Element, kind: str, process_id: str, container: str | None,
                   lane_of: dict[str, str], pool_lane: str | None) -> str:
        lane = lane_of.get(element.get("id", "")) if container is None else None
        step_id = self.ids.claim(element)
        step = Step(step_id, kind, element.get("name", ""), lane=lane or (pool_lane if container is None
                    else None), process=process_id, container=container, notation=_PLAIN_NOTATION)
        if not self.step_attributes.read(element, step, self.warnings):
            self.bare_steps.add(step_id)
        self.model.add_step(step)
        self.process_steps.append(step)
        self.doc.elements[step_id] = element
        return step_id

    def _read_artifact(self, element: etree._Element, kind: str) -> None:
        artifact_id = self.ids.claim(element)
        name = element.get("name", "")
        if kind == "textAnnotation":
            text = element.find(bpmn("text"))
            name = (text.text or "") if text is not None else ""
        elif kind == "group" and not name:
            name = self._category_value(element.get("categoryValueRef"))
        self.model.add_artifact(Artifact(artifact_id, kind, name))

    def _read_collaboration_artifacts(self) -> None:
        """Groups and annotations drawn across pools belong to the collaboration."""
        for collaboration in self.root.iterchildren(bpmn("collaboration")):
            for child in collaboration:
                namespace, local = split_tag(child.tag)
                if namespace == BPMN and local in ARTIFACT_KINDS:
                    self._read_artifact(child, local)
                elif namespace == BPMN and local == "association":
                    self._read_association(child)

    def _read_association(self, element: etree._Element) -> None:
        connection = read_association(element, self.ids)
        if connection is not None:
            self.model.add_artifact(connection)

    def _category_value(self, ref: str | None) -> str:
        """A group's caption: the value of the category value it refers to."""
        wanted = local_ref(ref)
        for value in self.root.iter(bpmn("categoryValue")):
            if wanted and value.get("id") == wanted:
                return value.get("value", "")
        return ""
