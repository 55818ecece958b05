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
from customer_modeler.bpmn.notation_reader import (
    NOTATION_ATTRIBUTES,
    definition_tag,
    event_definitions,
    global_definitions,
    loop_kind,
    xml_bool,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Notation, Step

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
_LOOP_CLARK: Final = frozenset(bpmn(tag) for tag in _LOOP_TAGS)
_BPMN_PREFIX: Final = bpmn("")
#: Without any of the notation reader's attributes (``NOTATION_ATTRIBUTES``) and without
#: definition or loop children, an element reads as this.
_PLAIN: Final = Notation()


def write_notation(element: etree._Element, step: Step, model: ProcessModel,
                   definitions: dict[str, str] | None = None) -> None:
    """Make ``element`` say what ``step.notation`` (and its outgoing default flow) says.

    ``definitions`` are the document's global event definitions by id
    (``global_definitions``); a save passes them once for all its steps. Each part is read
    from the element just before it is compared (what one part writes is not what another
    reads), with the notation reader's own functions.
    """
    wanted = step.notation
    if wanted == _PLAIN and _says_nothing(element):
        _write_default(element, step, model)  # most steps of a journey: nothing more to compare
        return
    if definitions is None:
        definitions = global_definitions(element.getroottree().getroot())
    if wanted.event_definitions != event_definitions(element, definitions):
        _write_definitions(element, step, wanted.event_definitions)
    _sync_bool(element, "parallelMultiple", wanted.parallel_multiple, False)
    local = split_tag(element.tag)[1]
    if local == "boundaryEvent":
        _sync_bool(element, "cancelActivity", wanted.interrupting, True)
    elif local == "startEvent":
        _sync_bool(element, "isInterrupting", wanted.interrupting, True)
    if wanted.loop != loop_kind(element):
        _write_loop(element, wanted.loop)
    _sync_bool(element, "isForCompensation", wanted.compensation, False)
    _sync_bool(element, "triggeredByEvent", wanted.triggered_by_event, False)
    _sync_bool(element, "instantiate", wanted.instantiate, False)
    present_type = "parallel" if (element.get("eventGatewayType") or "").strip() == "Parallel" else "exclusive"
    if wanted.event_gateway_type != present_type:
        _set_or_drop(element, "eventGatewayType",
                     "Parallel" if wanted.event_gateway_type == "parallel" else None)
    if wanted.attached_to != (local_ref(element.get("attachedToRef")) or None):
        _set_or_drop(element, "attachedToRef", wanted.attached_to)
    _write_default(element, step, model)


def _says_nothing(element: etree._Element) -> bool:
    """Whether the element reads as a plain ``Notation()``: none of the attributes and no
    definition or loop child the notation reader looks at (a definition of a kind it does
    not know counts too, so the full comparison decides about it)."""
    for name in NOTATION_ATTRIBUTES:  # a few look-ups beat listing a step's many attributes
        if element.get(name) is not None:
            return False
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag.startswith(_BPMN_PREFIX) and (
                tag.endswith(("EventDefinition", "}eventDefinitionRef")) or tag in _LOOP_CLARK):
            return False
    return True


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


def _sync_bool(element: etree._Element, name: str, wanted: bool, default: bool) -> None:
    """An ``xsd:boolean`` attribute: dropped when the model wants the default, else written
    (left alone when it already reads as wanted, whatever its spelling)."""
    if wanted != xml_bool(element.get(name), default):
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

