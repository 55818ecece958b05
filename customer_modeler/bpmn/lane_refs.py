"""BPMN layer: write lane membership (``flowNodeRef``) from the model's step lanes.

A step is listed in its own lane and, when the file did so before (as most tools do for
nested lanes), in every enclosing lane. Lists that already say the same are left as they
are, so an unchanged file keeps its order.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.namespaces import bpmn, local_ref
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.xml_order import insert_keeping_layout, ordered_index, remove_keeping_layout
from customer_modeler.model.document import ProcessModel


def sync_lane_refs(model: ProcessModel, doc: SourceDocument) -> None:
    """Rewrite the step references of every lane the model owns, where they differ.

    References to things that are not steps (data objects, ids that do not exist) are
    other tools' business and stay; so do references the model cannot express (a step
    inside a sub-process, a step of another pool's process) as long as the step exists.
    A lane the reader only guessed (a boundary event the file listed nowhere) is not
    written into the file unless the step moved since.
    """
    members: dict[str, list[str]] = {lane_id: [] for lane_id in model.lanes}
    for step in model.steps.values():
        lane_id = None if doc.guessed_lanes.get(step.id) == step.lane else step.lane
        while lane_id is not None:
            members[lane_id].append(step.id)
            lane = model.lanes[lane_id]
            lane_id = lane.parent if doc.refs_in_parent_lanes else None
    for lane_id, kept in doc.kept_lane_refs.items():
        if lane_id in members:
            listed = set(members[lane_id])
            members[lane_id] += [s for s in kept if s in model.steps and s not in listed]
    managed = set(model.steps) | set(doc.detached)
    for lane in model.lanes.values():
        element = doc.elements.get(lane.id)
        if lane.from_pool is None and element is not None:
            _rewrite(element, members[lane.id], managed)


def _rewrite(lane: etree._Element, wanted: list[str], managed: set[str]) -> None:
    """Make the references to steps (present or deleted) the ``wanted`` ones, changing as
    little as possible: unwanted ones go, missing ones are added after their predecessor."""
    existing = [ref for ref in lane.iterchildren(bpmn("flowNodeRef")) if local_ref(ref.text) in managed]
    if sorted(local_ref(ref.text) for ref in existing) == sorted(wanted):
        return
    keep: dict[str, etree._Element] = {}
    for ref in existing:
        step_id = local_ref(ref.text)
        if step_id in wanted and step_id not in keep:
            keep[step_id] = ref
        else:
            remove_keeping_layout(lane, ref)
    start = lane.index(next(iter(keep.values()))) if keep else ordered_index(lane, "flowNodeRef")
    previous: etree._Element | None = None
    for step_id in wanted:
        kept = keep.get(step_id)
        if kept is None:
            kept = etree.Element(bpmn("flowNodeRef"))
            kept.text = step_id
            insert_keeping_layout(lane, lane.index(previous) + 1 if previous is not None else start, kept)
        previous = kept


def find_kept_lane_refs(model: ProcessModel, doc: SourceDocument) -> list[tuple[str, str]]:
    """Fill ``doc.kept_lane_refs`` after reading; return (lane, step) pairs of other processes.

    A lane lists a step the model cannot place in it when the step sits inside a
    sub-process (the model gives nested steps no lane) or belongs to another pool's
    process. Those references are kept as they are; the second kind is also reported.
    """
    foreign: list[tuple[str, str]] = []
    for lane in model.lanes.values():
        element = doc.elements.get(lane.id)
        if lane.from_pool is not None or element is None:
            continue
        process_id = _process_id_of(element)
        kept: list[str] = []
        for ref in element.iterchildren(bpmn("flowNodeRef")):
            step = model.steps.get(local_ref(ref.text))
            if step is None:
                continue
            if step.process != process_id:
                foreign.append((lane.id, step.id))
                kept.append(step.id)
            elif step.container is not None:
                kept.append(step.id)
        if kept:
            doc.kept_lane_refs[lane.id] = kept
    return foreign


def _process_id_of(lane: etree._Element) -> str | None:
    parent = lane.getparent()
    while parent is not None and parent.tag != bpmn("process"):
        parent = parent.getparent()
    return parent.get("id") if parent is not None else None
