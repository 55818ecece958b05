"""BPMN layer: write a :class:`ProcessModel` as BPMN 2.0 XML (UTF-8).

The model is synchronised into the tree it was read from (``model.origin``), or into a
new document: only elements the model owns are created, changed or removed, so foreign
extensions and elements we do not edit are written back as they were; steps and flows
unchanged since their XML was last written are skipped (``written``). The semantic
part is synchronised here; ``di_writer`` does the diagram. ``save_bpmn_file`` never
leaves a half-written file behind (``atomic_file``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree

from customer_modeler.bpmn import safe_xml
from customer_modeler.bpmn.atomic_file import write_atomically as write_atomically  # callers import it here
from customer_modeler.bpmn.di_writer import sync_di
from customer_modeler.bpmn.direct_writer import write_direct
from customer_modeler.bpmn.errors import BpmnSaveError
from customer_modeler.bpmn.extension import write_attributes, write_lane_attributes, write_pool_role
from customer_modeler.bpmn.kept_xml import detach, record_owners, restore_reappeared
from customer_modeler.bpmn.lane_refs import sync_lane_refs
from customer_modeler.bpmn.model_data import write_model_data
from customer_modeler.bpmn.namespaces import BPMN as BPMN_NS
from customer_modeler.bpmn.namespaces import bpmn, local_ref, split_tag
from customer_modeler.bpmn.notation_reader import global_definitions
from customer_modeler.bpmn.notation_writer import write_notation
from customer_modeler.bpmn.seal import kept_or_dropped
from customer_modeler.bpmn.source import EXPORTER, SourceDocument, new_document
from customer_modeler.bpmn.written import WrittenValues, flow_signature, source_of, step_signature
from customer_modeler.bpmn.xml_order import (
    FLOW_ELEMENT_FOLLOWERS,
    ROOT_ELEMENT_FOLLOWERS,
    first_of,
    insert_before_any,
    insert_keeping_layout,
    insert_ordered,
    ordered_index,
    remove_keeping_layout,
)
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.attributes import FLOW_ATTRIBUTES, STEP_ATTRIBUTES
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Step

_StepOrFlow = TypeVar("_StepOrFlow", Step, Flow)


def write_bpmn(model: ProcessModel) -> bytes:
    """The model as BPMN 2.0 XML bytes (UTF-8, with an XML declaration).

    A model without a kept tree is written by ``direct_writer`` when it can, and keeps
    none; else :func:`write_through_tree` writes it.
    """
    if not isinstance(model.origin, SourceDocument):
        direct = write_direct(model)
        if direct is not None:
            return direct
    return write_through_tree(model)


def write_through_tree(model: ProcessModel) -> bytes:
    """The model written into the tree it was read from, or into a new one that the model
    keeps from then on."""
    document = model.origin if isinstance(model.origin, SourceDocument) else None
    if document is None:
        with_pool = bool(model.pools) or any(f.message for f in model.flows.values())
        document = new_document(model.process_id, with_pool=with_pool)
        model.origin = document
    with collection_paused():  # writing makes no cycles: see gc_pause
        _Sync(model, document).run()
        if document.root.get("exporter") == EXPORTER:
            # Our own files are indented for readable diffs; other tools' files keep their layout.
            if document.lean:
                # libxml2 indents as it writes (the same text as etree.indent), adding no text
                # to the kept tree: etree.indent gave every element a tail of blanks, about a
                # sixth of the tree's memory from the first save on, and took longer
                data = etree.tostring(document.tree, xml_declaration=True, encoding="UTF-8",
                                      pretty_print=True)
                data = data[:-1] if data.endswith(b"\n") else data  # no line break after the root
                return kept_or_dropped(data)
            etree.indent(document.tree, space="  ")
        return kept_or_dropped(etree.tostring(document.tree, xml_declaration=True, encoding="UTF-8"))


def save_bpmn_file(model: ProcessModel, path: str | Path) -> None:
    """Write the model to ``path`` atomically (see ``atomic_file``): a failure (disk full,
    no permission, a read-only file) raises :class:`BpmnSaveError` and leaves any previous
    file untouched; a symbolic link is followed and stays a link. A model too big for the
    reader to open again is refused before anything is written.
    """
    data = write_bpmn(model)
    refuse_unopenable(data)
    write_atomically(Path(path), data)


def refuse_unopenable(data: bytes) -> None:
    """Raise :class:`BpmnSaveError` for a document over the reader's size cap: we never
    write a file we could not open again."""
    if len(data) > safe_xml.MAX_BYTES:
        raise BpmnSaveError(
            f"The model would make a file of {safe_xml.human_size(len(data))}, more than the "
            f"{safe_xml.human_size(safe_xml.MAX_BYTES)} this program opens; nothing was saved.",
            errno.EFBIG)


class _Sync:
    """Bring the tree in line with the model, touching only what the model owns."""

    def __init__(self, model: ProcessModel, document: SourceDocument) -> None:
        self.model = model
        self.doc = document
        self.root = document.root
        # bpmn-moddle (bpmn.io) links steps to flows only through incoming/outgoing: our
        # files always carry them; other tools' files get them where they use them.
        self.uses_flow_refs = (self.root.get("exporter") == EXPORTER
                               or next(self.root.iter(bpmn("outgoing")), None) is not None)
        self._anchors: dict[etree._Element, etree._Element | None] = {}
        self._flow_positions = {flow_id: i for i, flow_id in enumerate(model.flows)}
        self._definitions: dict[str, str] = {}

    def run(self) -> None:
        # 1. drop what the user deleted, 2. create or update what the model has,
        # 3. lane membership, model data and the diagram follow.
        written = self.doc.written
        try:
            self._run(written)
        except BaseException:
            written.clear()  # the tree may be half written: the next save writes everything
            raise

    def _run(self, written: WrittenValues) -> None:
        if written.flow_refs is not self.uses_flow_refs:
            written.clear(self.uses_flow_refs)
        touched = self._remove_deleted()
        restore_reappeared(self.doc, self.model)
        if self.model.name != self.doc.untitled_name and (
                self.root.get("name") is not None or self.root.get("exporter") == EXPORTER):
            _set_name(self.root, self.model.name)
        for pool in self.model.pools.values():
            self._sync_participant(pool.id, pool.name, pool.process_id)
        for lane in self.model.lanes.values():
            self._sync_lane(lane)
        self._order_lanes()
        self._definitions = global_definitions(self.root)  # read once, not once per step
        flows = self._changed(self.model.flows.values(), flow_signature)
        for flow, _ in flows:  # its source's ``default`` may name it, or may have named it
            touched.add(flow.source)
            before = written.signatures.get(flow.id)
            if before is not None:
                touched.add(source_of(before))
        steps = self._changed(self.model.steps.values(), step_signature, touched)
        for step, _ in steps:
            self._sync_step(step)
        for flow, _ in flows:
            self._sync_flow(flow)
        sync_lane_refs(self.model, self.doc)
        write_model_data(self._process(self.model.process_id), self.model)
        sync_di(self.model, self.doc, [step for step, _ in steps], [flow for flow, _ in flows])
        record_owners(self.doc, self.model)
        for step, signature in steps:
            written.signatures[step.id] = signature
        for flow, signature in flows:
            written.signatures[flow.id] = signature

    def _changed(self, elements: Iterable[_StepOrFlow], signature_of: Callable[[_StepOrFlow], tuple[Any, ...]],
                 touched: AbstractSet[str] = frozenset()) -> list[tuple[_StepOrFlow, tuple[Any, ...]]]:
        """The elements to write, each with its signature: those whose values, or whose
        model object, differ from when their XML was last written, and the ``touched`` ones."""
        recorded, owners = self.doc.written.signatures, self.doc.owners
        changed = []
        for element in elements:
            signature = signature_of(element)
            if (recorded.get(element.id) != signature or owners.get(element.id) is not element
                    or element.id in touched):
                changed.append((element, signature))
        return changed

    # -- removal ------------------------------------------------------------------------------
    def _remove_deleted(self) -> set[str]:
        """Take deleted elements out of the tree; their XML is kept for an undo. Returns the
        steps that lost an outgoing flow (their ``default`` may name it)."""
        owners, steps, flows = self.doc.owners, self.model.steps, self.model.flows
        sources: set[str] = set()
        for element_id, element in list(self.doc.elements.items()):
            owner = owners.get(element_id)
            if owner is not None and (steps.get(element_id) is owner or (
                    flows.get(element_id) is owner and element_id not in steps)):
                continue  # still its step or flow: what ``model.element`` would say, looked up directly
            current = self.model.element(element_id)
            if current is not None and owners.get(element_id, current) is current:
                continue
            if split_tag(element.tag)[1] in ("sequenceFlow", "messageFlow"):
                self._drop_flow_refs(element_id, element)
                sources.add(local_ref(element.get("sourceRef")))
            detach(self.doc, element_id)
        return sources

    def _drop_flow_refs(self, flow_id: str, element: etree._Element) -> None:
        for end in ("sourceRef", "targetRef"):
            node = self.doc.elements.get(local_ref(element.get(end)))
            if node is not None:
                _remove_refs(node, flow_id)

    # -- pools and lanes ----------------------------------------------------------------------
    def _sync_participant(self, pool_id: str, name: str, process_id: str | None) -> None:
        element = self.doc.elements.get(pool_id)
        if element is None:
            element = etree.Element(bpmn("participant"), id=pool_id)
            insert_ordered(self._collaboration(), element)
            self.doc.elements[pool_id] = element
            if process_id:
                self._process(process_id)
                element.set("processRef", process_id)
        _set_name(element, name)

    def _sync_lane(self, lane: Lane) -> None:
        if lane.from_pool is not None:
            self._sync_participant(lane.id, lane.name, None)
            write_pool_role(self.doc.elements[lane.id], lane)
            return
        element = self.doc.elements.get(lane.id)
        if element is None:
            element = etree.Element(bpmn("lane"), id=lane.id)
            self._lane_container(lane).append(element)
            self.doc.elements[lane.id] = element
        _set_name(element, lane.name)
        write_lane_attributes(element, lane)

    def _order_lanes(self) -> None:
        """Lane elements follow the model's top-to-bottom order; other children stay put."""
        wanted: dict[etree._Element, list[etree._Element]] = {}
        for lane in self.model.lanes.values():
            element = self.doc.elements.get(lane.id)
            container = element.getparent() if element is not None else None
            if lane.from_pool is None and element is not None and container is not None:
                wanted.setdefault(container, []).append(element)
        for container, lanes in wanted.items():
            owned = set(lanes)
            queue = iter(lanes)
            children = [next(queue) if child in owned else child for child in container]
            if children != list(container):
                container[:] = children

    def _lane_container(self, lane: Lane) -> etree._Element:
        if lane.parent is not None:
            parent = self.doc.elements[lane.parent]
            child_set = parent.find(bpmn("childLaneSet"))
            if child_set is None:
                child_set = etree.SubElement(parent, bpmn("childLaneSet"), id=f"LaneSet_{lane.parent}")
            return child_set
        process = self._process(self._process_id_of_pool(lane.pool))
        lane_set = process.find(bpmn("laneSet"))
        if lane_set is None:
            lane_set = etree.Element(bpmn("laneSet"), id=f"LaneSet_{process.get('id')}")
            insert_ordered(process, lane_set)
        return lane_set

    # -- steps and flows ----------------------------------------------------------------------
    def _sync_step(self, step: Step) -> None:
        element = self.doc.elements.get(step.id)
        if element is None:
            element = etree.Element(bpmn(step.kind), id=step.id)
            self._add_flow_element(self._flow_parent(step), element)
            self.doc.elements[step.id] = element
        elif element.tag != _BPMN_PREFIX + step.kind and split_tag(element.tag)[1] != step.kind:
            element.tag = bpmn(step.kind)
        _set_name(element, step.name)
        # The notation first: ``cpm:`` attributes are to follow every other attribute,
        # ``default`` too, or the next save would move them again.
        write_notation(element, step, self.model, self._definitions)
        write_attributes(element, STEP_ATTRIBUTES, step)

    def _sync_flow(self, flow: Flow) -> None:
        element = self.doc.elements.get(flow.id)
        if element is None:
            element = self._new_flow_element(flow)
        with_refs = not flow.message and self.uses_flow_refs
        for end, value in (("sourceRef", flow.source), ("targetRef", flow.target)):
            old = local_ref(element.get(end))
            if old != value:
                self._drop_flow_ref(flow, end, old)
                element.set(end, value)
            if with_refs:
                self._ensure_flow_ref(flow, end, value)
        _set_name(element, flow.name)
        if not flow.message:
            _set_condition(element, flow.condition)
        write_attributes(element, FLOW_ATTRIBUTES, flow)

    def _new_flow_element(self, flow: Flow) -> etree._Element:
        if flow.message:
            element = etree.Element(bpmn("messageFlow"), id=flow.id)
            insert_ordered(self._collaboration(), element)
        else:
            element = etree.Element(bpmn("sequenceFlow"), id=flow.id)
            self._add_flow_element(self._flow_parent(self.model.steps[flow.source]), element)
        self.doc.elements[flow.id] = element
        return element

    def _drop_flow_ref(self, flow: Flow, end: str, old: str) -> None:
        if not flow.message and old in self.doc.elements:
            _remove_refs(self.doc.elements[old], flow.id, _REF_OF_END[end])

    def _ensure_flow_ref(self, flow: Flow, end: str, node_id: str) -> None:
        """The optional incoming/outgoing child naming the flow, in files that use them."""
        node = self.doc.elements.get(node_id)
        if node is None:
            return
        local = _REF_OF_END[end]
        if _names_flow(node.iterchildren(_REF_TAG_OF_END[end]), flow.id):
            return
        ref = etree.Element(bpmn(local))
        ref.text = flow.id
        later = self._ref_of_later_flow(node, local, flow.id)
        if later is not None:  # a flow an undo put back takes its old place among the refs
            insert_keeping_layout(node, node.index(later), ref)
        else:
            insert_keeping_layout(node, ordered_index(node, local), ref)

    def _ref_of_later_flow(self, node: etree._Element, local: str,
                           flow_id: str) -> etree._Element | None:
        """The first ``local`` ref of ``node`` naming a flow the model lists after ``flow_id``."""
        position = self._flow_positions
        mine = position[flow_id]
        return next((ref for ref in node.iterchildren(bpmn(local))
                     if position.get(local_ref(ref.text), -1) > mine), None)

    def _add_flow_element(self, parent: etree._Element, element: etree._Element) -> None:
        """Insert before the parent's artifacts; the spot is found once per parent (10k steps)."""
        if parent not in self._anchors:
            self._anchors[parent] = first_of(parent, FLOW_ELEMENT_FOLLOWERS)
        anchor = self._anchors[parent]
        if anchor is None:
            parent.append(element)
        else:
            anchor.addprevious(element)

    # -- containers ---------------------------------------------------------------------------
    def _flow_parent(self, step: Step) -> etree._Element:
        if step.container is not None and step.container in self.doc.elements:
            return self.doc.elements[step.container]
        if step.process is not None:
            return self._process(step.process)
        lane = self.model.lanes.get(step.lane or "")
        lane_element = self.doc.elements.get(lane.id) if lane else None
        process = _enclosing_process(lane_element) if lane_element is not None else None
        if process is not None:
            return process
        return self._process(self._process_id_of_pool(lane.pool if lane else None))

    def _process_id_of_pool(self, pool_id: str | None) -> str:
        pool = self.model.pools.get(pool_id or "")
        return pool.process_id if pool and pool.process_id else self.model.process_id

    def _process(self, process_id: str) -> etree._Element:
        process = self.doc.processes.get(process_id)
        if process is None:
            process = etree.Element(bpmn("process"), id=process_id, isExecutable="false")
            insert_before_any(self.root, process, ROOT_ELEMENT_FOLLOWERS)
            self.doc.processes[process_id] = process
        return process

    def _collaboration(self) -> etree._Element:
        collaboration = self.root.find(bpmn("collaboration"))
        if collaboration is None:
            collaboration = etree.Element(bpmn("collaboration"), id="Collaboration_1")
            first_root = next((c for c in self.root if split_tag(c.tag)[1] not in
                               ("import", "extension", "documentation", "extensionElements")
                               and isinstance(c.tag, str)), None)
            if first_root is None:
                self.root.append(collaboration)
            else:
                first_root.addprevious(collaboration)
        return collaboration


_REF_OF_END = {"sourceRef": "outgoing", "targetRef": "incoming"}
_REF_TAG_OF_END = {end: bpmn(local) for end, local in _REF_OF_END.items()}
_BPMN_PREFIX = bpmn("")
_CONDITION = bpmn("conditionExpression")


def _enclosing_process(element: etree._Element) -> etree._Element | None:
    """The process a lane element belongs to (lanes of other pools live in other processes)."""
    parent = element.getparent()
    while parent is not None and parent.tag != bpmn("process"):
        parent = parent.getparent()
    return parent


def _names_flow(refs: Iterator[etree._Element], flow_id: str) -> bool:
    """Whether one of the incoming/outgoing ``refs`` names the flow (``local_ref`` of its text)."""
    exact = local_ref(flow_id) == flow_id  # then a text equal to the id names it, without local_ref
    for ref in refs:
        text = ref.text
        if (exact and text == flow_id) or local_ref(text) == flow_id:
            return True
    return False


def _remove_refs(node: etree._Element, flow_id: str, *locals_: str) -> None:
    for local in locals_ or ("incoming", "outgoing"):
        for ref in list(node.iterchildren(bpmn(local))):
            if local_ref(ref.text) == flow_id:
                remove_keeping_layout(node, ref)


def _set_name(element: etree._Element, name: str) -> None:
    if (element.get("name") or "") != name:
        if name:
            element.set("name", name)
        else:
            del element.attrib["name"]


def _set_condition(element: etree._Element, condition: str | None) -> None:
    existing = next(element.iterchildren(_CONDITION), None)
    if existing is not None and (existing.text or "").strip() == (condition or ""):
        return
    if not condition:
        if existing is not None:
            element.remove(existing)
        return
    if existing is None:
        existing = etree.SubElement(element, _CONDITION)
        existing.set("{http://www.w3.org/2001/XMLSchema-instance}type", _bpmn_qname(existing, "tFormalExpression"))
    existing.text = condition


def _bpmn_qname(element: etree._Element, local: str) -> str:
    """``local`` as a QName of the BPMN namespace in scope at ``element`` (``bpmn:tFormalExpression``
    in our files): an unprefixed name would mean no namespace where BPMN is not the default."""
    prefixes = sorted((p or "" for p, uri in element.nsmap.items() if uri == BPMN_NS), key=len)
    return f"{prefixes[0]}:{local}" if prefixes and prefixes[0] else local
