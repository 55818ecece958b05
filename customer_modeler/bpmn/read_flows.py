"""BPMN layer: read sequence and message flows into the model, once every step, lane and
pool of the document is in it (a flow may point forwards, or at another pool).

A flow without an end, or with an end that names nothing, is kept in the file but not
shown, with a warning; so is one the model refuses.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.ids import IdRegistry
from customer_modeler.bpmn.namespaces import bpmn, local_ref
from customer_modeler.bpmn.read_attributes import AttributeReader
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.attributes import FLOW_ATTRIBUTE_BY_NAME
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow

_CONDITION = bpmn("conditionExpression")
_COLLABORATION, _MESSAGE_FLOW = bpmn("collaboration"), bpmn("messageFlow")

#: A sequence flow element with the process and sub-process it was found in.
PendingFlow = tuple[etree._Element, str, str | None]


class FlowReader:
    """Adds the flows of one document to its model, remembering each one's element."""

    def __init__(self, model: ProcessModel, doc: SourceDocument, ids: IdRegistry,
                 warnings: list[ReadWarning]) -> None:
        self.model = model
        self.doc = doc
        self.ids = ids
        self.warnings = warnings
        self.attributes = AttributeReader(FLOW_ATTRIBUTE_BY_NAME)

    def read_sequence_flows(self, pending: list[PendingFlow]) -> None:
        """The sequence flows the walk over the processes found, in file order."""
        for element, process_id, container in pending:
            flow = self._record(element, message=False)
            if flow is None:
                continue
            flow.process, flow.container = process_id, container
            condition = next(element.iterchildren(_CONDITION), None)  # find(), without paths
            if condition is not None:
                flow.condition = (condition.text or "").strip()
            self._add(flow, element)

    def read_message_flows(self, root: etree._Element) -> None:
        """The message flows of every collaboration, in file order."""
        for collaboration in root.iterchildren(_COLLABORATION):
            for element in collaboration.iterchildren(_MESSAGE_FLOW):
                flow = self._record(element, message=True)
                if flow is not None:
                    self._add(flow, element)

    def _record(self, element: etree._Element, *, message: bool) -> Flow | None:
        flow_id = self.ids.claim(element)
        source = local_ref(element.get("sourceRef"))
        target = local_ref(element.get("targetRef"))
        kind = "message flow" if message else "sequence flow"
        if not source or not target:
            self.warnings.append(ReadWarning(
                "W-FLOW-MISSING-END", f"The {kind} {flow_id} has no source or target; "
                "it is kept in the file but not shown.", (flow_id,)))
            return None
        steps = self.model.steps  # where flows mostly end: no look-up through every kind
        if source not in steps or target not in steps:
            missing = [end for end in (source, target) if self.model.element(end) is None]
            if missing:
                self.warnings.append(ReadWarning(
                    "W-DANGLING-REF", f"The {kind} {flow_id} points at {' and '.join(missing)}, "
                    f"which {'does' if len(missing) == 1 else 'do'} not exist; it is kept in the file "
                    "but not shown.", (flow_id,)))
                return None
        flow = Flow(flow_id, source, target, element.get("name", ""), message=message)
        self.attributes.read(element, flow, self.warnings)
        return flow

    def _add(self, flow: Flow, element: etree._Element) -> None:
        try:
            self.model.add_flow(flow)
        except ValueError as exc:
            self.warnings.append(ReadWarning("W-DANGLING-REF", f"{exc}; the flow is not shown.", (flow.id,)))
            return
        self.doc.elements[flow.id] = element
