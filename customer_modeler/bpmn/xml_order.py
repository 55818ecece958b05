"""BPMN layer: put a new child where the BPMN 2.0 XSD wants it among its siblings.

The schema fixes the order of child elements (e.g. a process lists laneSets, then flow
elements, then artifacts). New elements go after the siblings allowed before them,
so a file that was valid stays valid after we add to it.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from customer_modeler.bpmn.namespaces import split_tag

_BASE: Final = frozenset({"documentation", "extensionElements"})
_FLOW_ELEMENT_HEAD: Final = _BASE | {"auditing", "monitoring", "categoryValueRef"}

#: For each kind of new child: local names of siblings that may stand before it.
ALLOWED_BEFORE: Final[dict[str, frozenset[str]]] = {
    "extensionElements": frozenset({"documentation"}),
    "participant": _BASE | {"participant"},
    "messageFlow": _BASE | {"participant", "messageFlow"},
    "laneSet": _BASE | {"auditing", "monitoring", "property", "laneSet", "ioSpecification",
                        "dataInputAssociation", "dataOutputAssociation", "loopCharacteristics",
                        "standardLoopCharacteristics", "multiInstanceLoopCharacteristics",
                        "performer", "humanPerformer", "potentialOwner", "resourceRole"},
    "flowNodeRef": _BASE | {"partitionElement", "flowNodeRef"},
    "incoming": _FLOW_ELEMENT_HEAD | {"incoming"},
    "outgoing": _FLOW_ELEMENT_HEAD | {"incoming", "outgoing"},
    "Bounds": frozenset({"extension"}),
    "waypoint": frozenset({"extension", "waypoint"}),
}

#: Siblings a new flow element (task, event, gateway, sequence flow) must stay before.
FLOW_ELEMENT_FOLLOWERS: Final = frozenset(
    {"textAnnotation", "association", "group", "performer", "humanPerformer", "potentialOwner",
     "resourceRole", "correlationSubscription", "supports"}
)

#: Root-level siblings a new process or collaboration must stay before.
ROOT_ELEMENT_FOLLOWERS: Final = frozenset({"BPMNDiagram", "relationship"})


def ordered_index(parent: etree._Element, local: str) -> int:
    """Where a new child named ``local`` goes: after the leading run of allowed siblings."""
    allowed = ALLOWED_BEFORE.get(local, frozenset())
    for index, sibling in enumerate(parent):
        if isinstance(sibling.tag, str) and split_tag(sibling.tag)[1] not in allowed:
            return index
    return len(parent)


def insert_ordered(parent: etree._Element, child: etree._Element) -> None:
    """Insert ``child`` after the leading run of siblings the schema allows before it."""
    parent.insert(ordered_index(parent, split_tag(child.tag)[1]), child)


def first_of(parent: etree._Element, names: frozenset[str]) -> etree._Element | None:
    """The first child whose local name is in ``names``, or None."""
    for sibling in parent:
        if isinstance(sibling.tag, str) and split_tag(sibling.tag)[1] in names:
            return sibling
    return None


def insert_before_any(parent: etree._Element, child: etree._Element,
                      followers: frozenset[str]) -> None:
    """Insert ``child`` before the first sibling named in ``followers`` (else append)."""
    anchor = first_of(parent, followers)
    if anchor is None:
        parent.append(child)
    else:
        anchor.addprevious(child)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def remove_keeping_layout(parent: etree._Element, child: etree._Element) -> None:
    """Remove ``child``; the blank space after it takes the place of the space before it,
    so an indented file stays indented."""
    previous = child.getprevious()
    before = previous.tail if previous is not None else parent.text
    if _blank(before) and _blank(child.tail):
        if previous is not None:
            previous.tail = child.tail
        else:
            parent.text = child.tail
    parent.remove(child)


def insert_keeping_layout(parent: etree._Element, index: int, child: etree._Element) -> None:
    """Insert ``child`` at ``index`` indented like its new neighbours."""
    previous = parent[index - 1] if index > 0 else None
    parent.insert(index, child)
    if previous is None:
        if _blank(parent.text) and index + 1 < len(parent):
            child.tail = parent.text
        return
    before = previous.getprevious()
    indent = before.tail if before is not None else parent.text
    if _blank(previous.tail) and _blank(indent):
        child.tail = previous.tail
        previous.tail = indent
