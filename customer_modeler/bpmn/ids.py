"""BPMN layer: id bookkeeping while reading — duplicates and missing ids are repaired.

A repaired id is written into the kept tree, so the model id and the XML id stay equal
and the file saved afterwards is valid (``xsd:ID`` values must be unique).
"""

from __future__ import annotations

from typing import cast

from lxml import etree

from customer_modeler.bpmn.namespaces import split_tag
from customer_modeler.bpmn.warnings import ReadWarning


#: Every ``id`` attribute value of a document, as plain strings (one pass in libxml2).
_ID_VALUES = etree.XPath("//@id", smart_strings=False)


class IdRegistry:
    """Every id in the document, and the ones the model has claimed so far.

    The document's ids are collected when first asked for: a file without duplicate or
    missing ids and without dangling references never needs them. Until then no id of
    the tree has changed (only :meth:`claim` changes one, after collecting them).
    """

    def __init__(self, root: etree._Element, warnings: list[ReadWarning]) -> None:
        self.root = root
        self._all_ids: set[str] | None = None
        self.claimed: set[str] = set()
        self.warnings = warnings

    @property
    def all_ids(self) -> set[str]:
        if self._all_ids is None:
            self._all_ids = set(cast("list[str]", _ID_VALUES(self.root)))
        return self._all_ids

    def exists(self, element_id: str) -> bool:
        return element_id in self.all_ids

    def claim(self, element: etree._Element) -> str:
        """The element's id for the model; a missing or already claimed id is replaced."""
        element_id = (element.get("id") or "").strip()
        if not element_id:
            element_id = self._fresh(split_tag(element.tag)[1] or "element")
            element.set("id", element_id)
            self.warnings.append(ReadWarning(
                "W-MISSING-ID", f"A {split_tag(element.tag)[1]} had no id; it is now {element_id}.",
                (element_id,)))
        elif element_id in self.claimed:
            new_id = self._fresh(element_id)
            element.set("id", new_id)
            self.warnings.append(ReadWarning(
                "W-DUPLICATE-ID", f"The id {element_id} is used twice; the second element is now "
                f"{new_id}.", (element_id, new_id)))
            element_id = new_id
        self.claimed.add(element_id)
        return element_id

    def _fresh(self, base: str) -> str:
        n = 2
        while f"{base}_{n}" in self.all_ids:
            n += 1
        fresh = f"{base}_{n}"
        self.all_ids.add(fresh)
        return fresh
