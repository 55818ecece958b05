"""BPMN layer: write lane membership (``flowNodeRef``) from the model's step lanes.

A step is listed in its own lane and, when the file did so before (as most tools do for
nested lanes), in every enclosing lane. Lists that already say the same are left as they
are, so an unchanged file keeps its order.
"""

from __future__ import annotations

from collections.abc import KeysView

from lxml import etree

from customer_modeler.bpmn.namespaces import bpmn, local_ref
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.xml_order import ordered_index
from customer_modeler.model.document import ProcessModel


def sync_lane_refs(model: ProcessModel, doc: SourceDocument) -> None:
    """Rewrite the step references of every lane the model owns, where they differ.

    References to things that are not steps (data objects, ids that do not exist) are
    other tools' business and stay; a lane the reader only guessed (a boundary event the
    file listed nowhere) is not written into the file unless the step moved since.
    """
    members: dict[str, list[str]] = {lane_id: [] for lane_id in model.lanes}
    for step in model.steps.values():
        lane_id = None if doc.guessed_lanes.get(step.id) == step.lane else step.lane
        while lane_id is not None:
            members[lane_id].append(step.id)
            lane = model.lanes[lane_id]
            lane_id = lane.parent if doc.refs_in_parent_lanes else None
    for lane in model.lanes.values():
        element = doc.elements.get(lane.id)
        if lane.from_pool is None and element is not None:
            _rewrite(element, members[lane.id], model.steps.keys())


def _rewrite(lane: etree._Element, wanted: list[str], steps: KeysView[str]) -> None:
    existing = [ref for ref in lane.iterchildren(bpmn("flowNodeRef")) if local_ref(ref.text) in steps]
    if sorted(local_ref(ref.text) for ref in existing) == sorted(wanted):
        return
    for ref in existing:
        lane.remove(ref)
    start = ordered_index(lane, "flowNodeRef")
    for offset, step_id in enumerate(wanted):
        ref = etree.Element(bpmn("flowNodeRef"))
        ref.text = step_id
        lane.insert(start + offset, ref)
