"""BPMN layer: read what BPMN draws on a flow node beyond its element name.

Event definitions (inline or referenced by ``eventDefinitionRef``), parallel multiple,
interrupting or not, loop and multi-instance characteristics, compensation, event
sub-processes, event-based gateway types, boundary hosts, the diagram's
``isExpanded``, and each activity's or gateway's default flow. The result goes into
:class:`~customer_modeler.model.elements.Notation` records on the model's steps and the
``is_default`` mark of its flows. The kept XML tree is not changed: a foreign file is
written back as it was.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, bpmn, local_ref, split_tag
from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import EVENT_DEFINITIONS, Notation

_DEFINITION_SUFFIX = "EventDefinition"
_BPMN_PREFIX = f"{{{BPMN}}}"
#: Element names that differ from the definition's short name (``compensateEventDefinition``).
_NAME_OF_ELEMENT = {"compensate": "compensation"}
_ELEMENT_OF_NAME = {name: element for element, name in _NAME_OF_ELEMENT.items()}
#: The attributes :func:`notation_of` looks at; a node with none of them ...
NOTATION_ATTRIBUTES = ("parallelMultiple", "cancelActivity", "isInterrupting", "isForCompensation",
                       "triggeredByEvent", "instantiate", "eventGatewayType", "attachedToRef")
#: ... and only children of these kinds (no event definition, no loop) has the plain notation.
_UNMARKED_CHILDREN = frozenset(bpmn(local) for local in (
    "incoming", "outgoing", "documentation", "extensionElements", "ioSpecification", "property",
    "dataInputAssociation", "dataOutputAssociation"))


def definition_tag(name: str) -> str:
    """The element name of an event definition: ``timer`` → ``timerEventDefinition``."""
    return _ELEMENT_OF_NAME.get(name, name) + _DEFINITION_SUFFIX


def _short_name(local: str) -> str:
    stem = local[: -len(_DEFINITION_SUFFIX)]
    return _NAME_OF_ELEMENT.get(stem, stem)


def read_notation(model: ProcessModel, doc: SourceDocument, bare: Collection[str] = ()) -> None:
    """Fill ``step.notation`` and ``flow.is_default`` from the elements the reader kept
    (its new steps have the plain notation, which most of them keep). ``bare`` names steps
    whose elements the reader saw have no attribute besides their id, their name and ours:
    neither a notation attribute nor a default flow is looked for on them."""
    declared = global_definitions(doc.root)
    defaults: set[tuple[str, str]] = set()
    elements, shapes = doc.elements, doc.shapes
    for step in model.steps.values():
        element = elements.get(step.id)
        if element is None:
            continue
        shape = shapes.get(step.id)
        bare_step = step.id in bare
        if not _is_plain(element, shape, bare_step):  # a plain step keeps its plain notation
            notation = notation_of(element, shape, declared)
            if notation != step.notation:
                step.notation = notation
        if bare_step:
            continue
        default = element.get("default")
        if default and (default := local_ref(default)):
            defaults.add((step.id, default))
    for flow in model.flows.values():
        # Only a flow leaving the step is its default; one that leaves elsewhere stays a
        # plain flow (the attribute is kept in the file as it was).
        if not flow.message and (flow.source, flow.id) in defaults:
            flow.is_default = True


def _is_plain(element: etree._Element, shape: etree._Element | None, bare: bool) -> bool:
    """Whether the node certainly has the plain notation, seen without building it: true
    of most steps of a journey, so most of a large file is read at this cost only. A
    ``bare`` element is known to have none of the notation attributes."""
    if shape is not None and shape.get("isExpanded") is not None:
        return False
    if not bare:
        attributes = element.attrib
        for name in NOTATION_ATTRIBUTES:  # plain loops: a generator costs more than the test
            if name in attributes:
                return False
    for child in element:
        if child.tag not in _UNMARKED_CHILDREN:
            return False
    return True


def notation_of(element: etree._Element, shape: etree._Element | None = None,
                global_definitions: dict[str, str] | None = None) -> Notation:
    """The notation of one flow-node element (and its diagram shape, for ``isExpanded``)."""
    return Notation(
        event_definitions=event_definitions(element, global_definitions or {}),
        parallel_multiple=xml_bool(element.get("parallelMultiple"), False),
        interrupting=_interrupting(element),
        loop=loop_kind(element),
        compensation=xml_bool(element.get("isForCompensation"), False),
        triggered_by_event=xml_bool(element.get("triggeredByEvent"), False),
        expanded=None if shape is None else _optional_bool(shape.get("isExpanded")),
        instantiate=xml_bool(element.get("instantiate"), False),
        event_gateway_type="parallel" if (element.get("eventGatewayType") or "").strip() == "Parallel"
        else "exclusive",
        attached_to=local_ref(element.get("attachedToRef")) or None,
    )


def event_definitions(element: etree._Element, global_definitions: dict[str, str]) -> tuple[str, ...]:
    """Short names of an event's definitions in file order (unknown kinds are skipped)."""
    found: list[str] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or not tag.startswith(_BPMN_PREFIX):  # comments, foreign
            continue
        local = tag[len(_BPMN_PREFIX):]
        if local.endswith(_DEFINITION_SUFFIX):
            name = _short_name(local)
        elif local == "eventDefinitionRef":
            name = global_definitions.get(local_ref(child.text), "")
        else:
            continue
        if name in EVENT_DEFINITIONS:
            found.append(name)
    return tuple(found)


def loop_kind(element: etree._Element) -> str | None:
    """``standard``, ``parallel`` or ``sequential`` from the loop characteristics, else None."""
    if element.find(bpmn("standardLoopCharacteristics")) is not None:
        return "standard"
    multi = element.find(bpmn("multiInstanceLoopCharacteristics"))
    if multi is not None:
        return "sequential" if xml_bool(multi.get("isSequential"), False) else "parallel"
    return None


def xml_bool(value: str | None, default: bool) -> bool:
    """An ``xsd:boolean`` attribute ("true", "1", "false", "0"); absent or odd: ``default``."""
    parsed = _optional_bool(value)
    return default if parsed is None else parsed


def _optional_bool(value: str | None) -> bool | None:
    text = (value or "").strip()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    return None


def _interrupting(element: etree._Element) -> bool:
    local = split_tag(element.tag)[1]
    if local == "boundaryEvent":
        return xml_bool(element.get("cancelActivity"), True)
    if local == "startEvent":
        return xml_bool(element.get("isInterrupting"), True)
    return True


def global_definitions(root: etree._Element) -> dict[str, str]:
    """Event definitions declared at the top of the file, by id (for ``eventDefinitionRef``)."""
    found: dict[str, str] = {}
    for child in root:
        namespace, local = split_tag(child.tag)
        if namespace == BPMN and local.endswith(_DEFINITION_SUFFIX) and child.get("id"):
            found[child.get("id", "")] = _short_name(local)
    return found
