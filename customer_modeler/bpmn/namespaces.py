"""BPMN layer: namespace URIs, prefixes and QName helpers shared by reader and writer."""

from __future__ import annotations

from typing import Final, cast

from lxml import etree

BPMN: Final = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI: Final = "http://www.omg.org/spec/BPMN/20100524/DI"
DC: Final = "http://www.omg.org/spec/DD/20100524/DC"
DI: Final = "http://www.omg.org/spec/DD/20100524/DI"
CPM: Final = "urn:customer-process-modeler:1"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

#: Namespaces whose content the model owns or mirrors; everything else is foreign and kept.
OWN_NAMESPACES: Final = frozenset({BPMN, BPMNDI, DC, DI, CPM})

#: The prefixes our writer declares on a new document.
NSMAP: Final = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "cpm": CPM}


def q(namespace: str, local: str) -> str:
    """Clark notation ``{namespace}local`` as lxml uses it."""
    return f"{{{namespace}}}{local}"


def bpmn(local: str) -> str:
    return q(BPMN, local)


def bpmndi(local: str) -> str:
    return q(BPMNDI, local)


def dc(local: str) -> str:
    return q(DC, local)


def di(local: str) -> str:
    return q(DI, local)


def cpm(local: str) -> str:
    return q(CPM, local)


def split_tag(tag: object) -> tuple[str, str]:
    """``(namespace, local name)`` of an lxml tag; comments and PIs give ``("", "")``."""
    if not isinstance(tag, str):
        return ("", "")
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return (namespace, local)
    return ("", tag)


def local_ref(value: str | None) -> str:
    """An id reference without a QName prefix: ``bpmn2:Task_1`` → ``Task_1``."""
    if not value:
        return ""
    return value.strip().rpartition(":")[2]


def could_name_ours(source: bytes) -> bool:
    """Whether the bytes of a document may hold our namespace: only a character reference
    could hide it where they never spell it."""
    return CPM.encode() in source or b"&#" in source


def carries_our_data(root: etree._Element) -> bool:
    """Whether any element or attribute of the document is in our ``cpm:`` namespace.

    The walk stops at the first of our elements or attributes (the first step, in our
    files); the reader skips it for a document whose bytes rule it out
    (:func:`could_name_ours`).
    """
    if next(root.iter(f"{{{CPM}}}*"), None) is not None:
        return True
    ours = f"{{{CPM}}}"
    return any(cast(str, key).startswith(ours) for element in root.iter(etree.Element)
               for key in element.keys())
