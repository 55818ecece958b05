"""BPMN layer: write a step's notation (event definitions, markers, default flow) into its element.

The element is compared with the model first (read back with the notation reader); only
what differs is changed, so a foreign file whose steps were not touched is written back
byte for byte, and a step made in the editor gets exactly what its model says. New
children go where the BPMN 2.0 schema wants them among their siblings.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, bpmn, local_ref, split_tag
from customer_modeler.bpmn.notation_reader import definition_tag, global_definitions, loop_kind, notation_of
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Step

_HEAD: Final = frozenset({"documentation", "extensionElements", "auditing", "monitoring",
                          "categoryValueRef", "incoming", "outgoing"})
#: Siblings an event definition may follow (catch events list outputs, throw events inputs).
_BEFORE_DEFINITIONS: Final = _HEAD | {"property", "dataOutput", "dataOutputAssociation", "outputSet",
                                      "dataInput", "dataInputAssociation", "inputSet"}
#: Siblings loop characteristics may follow (an activity's head, data and performers).
_BEFORE_LOOP: Final = _HEAD | {"ioSpecification", "property", "dataInputAssociation",
                               "dataOutputAssociation", "resourceRole", "performer",
                               "humanPerformer", "potentialOwner"}
_LOOP_TAGS: Final = ("standardLoopCharacteristics", "multiInstanceLoopCharacteristics")


def write_notation(element: etree._Element, step: Step, model: ProcessModel) -> None:
    """Make ``element`` say what ``step.notation`` (and its outgoing default flow) says."""
    wanted = step.notation
    present = notation_of(element, None, global_definitions(element.getroottree().getroot()))
    if wanted.event_definitions != present.event_definitions:
        _write_definitions(element, step, wanted.event_definitions)
    _set_bool(element, "parallelMultiple", wanted.parallel_multiple, present.parallel_multiple, False)
    local = split_tag(element.tag)[1]
    if local == "boundaryEvent":
        _set_bool(element, "cancelActivity", wanted.interrupting, present.interrupting, True)
    elif local == "startEvent":
        _set_bool(element, "isInterrupting", wanted.interrupting, present.interrupting, True)
    if wanted.loop != loop_kind(element):
        _write_loop(element, wanted.loop)
    _set_bool(element, "isForCompensation", wanted.compensation, present.compensation, False)
    _set_bool(element, "triggeredByEvent", wanted.triggered_by_event, present.triggered_by_event, False)
    _set_bool(element, "instantiate", wanted.instantiate, present.instantiate, False)
    if wanted.event_gateway_type != present.event_gateway_type:
        _set_or_drop(element, "eventGatewayType",
                     "Parallel" if wanted.event_gateway_type == "parallel" else None)
    if wanted.attached_to != present.attached_to:
        _set_or_drop(element, "attachedToRef", wanted.attached_to)
    _write_default(element, step, model)


def _write_definitions(element: etree._Element, step: Step, names: tuple[str, ...]) -> None:
    for child in list(element):
        namespace, local = split_tag(child.tag)
        if namespace == BPMN and (local.endswith("EventDefinition") or local == "eventDefinitionRef"):
            element.remove(child)
    index = _index_after(element, _BEFORE_DEFINITIONS)
    for offset, name in enumerate(names):
        definition = etree.Element(bpmn(definition_tag(name)), id=f"{step.id}_{name}_{offset + 1}")
        # What the schema requires of a new definition: a conditional one has a condition
        # (left empty for the modeller to state), a link one is named (the event's name pairs
        # a throwing link with its catching one).
        if name == "conditional":
            etree.SubElement(definition, bpmn("condition"))
        elif name == "link":
            definition.set("name", step.name)
        element.insert(index + offset, definition)


def _write_loop(element: etree._Element, loop: str | None) -> None:
    for tag in _LOOP_TAGS:
        for child in element.findall(bpmn(tag)):
            element.remove(child)
    if loop is None:
        return
    if loop == "standard":
        child = etree.Element(bpmn("standardLoopCharacteristics"))
    else:
        child = etree.Element(bpmn("multiInstanceLoopCharacteristics"))
        if loop == "sequential":
            child.set("isSequential", "true")
    element.insert(_index_after(element, _BEFORE_LOOP), child)


def _write_default(element: etree._Element, step: Step, model: ProcessModel) -> None:
    """The ``default`` attribute names the outgoing flow the model marks as default."""
    outgoing = model.outgoing(step.id)
    wanted = next((flow.id for flow in outgoing if flow.is_default), None)
    current = local_ref(element.get("default")) or None
    if wanted == current:
        return
    if wanted is not None:
        element.set("default", wanted)
    elif current in {flow.id for flow in outgoing} or not _exists(element, current):
        del element.attrib["default"]  # no longer the default, or the flow was deleted


def _exists(element: etree._Element, element_id: str | None) -> bool:
    found = element.getroottree().getroot().xpath("//*[@id=$i]", i=element_id or "")
    return bool(found)


def _set_bool(element: etree._Element, name: str, wanted: bool, present: bool, default: bool) -> None:
    if wanted != present:
        _set_or_drop(element, name, None if wanted == default else ("true" if wanted else "false"))


def _set_or_drop(element: etree._Element, name: str, value: str | None) -> None:
    if value is None:
        if name in element.attrib:
            del element.attrib[name]
    else:
        element.set(name, value)


def _index_after(element: etree._Element, allowed: frozenset[str]) -> int:
    """After the leading run of children the schema allows before the new one."""
    for index, child in enumerate(element):
        if isinstance(child.tag, str) and split_tag(child.tag)[1] not in allowed:
            return index
    return len(element)

