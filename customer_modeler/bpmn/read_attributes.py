"""BPMN layer: read our ``cpm:`` attributes of steps, flows and lanes into the model.

The values are XML attributes in ``urn:customer-process-modeler:1`` on the BPMN elements
(``extension`` writes them). One :class:`AttributeReader` per kind of element reads a
whole file: a journey repeats a few values (channels, phases, round durations) on
thousands of steps, so each distinct text is parsed once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from lxml import etree

from customer_modeler.bpmn.namespaces import CPM, cpm, split_tag
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.attributes import AttributeError_, AttributeSpec
from customer_modeler.model.elements import LANE_ROLES, Flow, Lane, Step

#: Attribute names of any version of our namespace start with this (Clark notation).
_CPM_FAMILY = "{urn:customer-process-modeler:"
_ID_AND_NAME = frozenset({"id", "name"})


class _Values(dict[str, object]):
    """One attribute's values in one file, by their text: a text not seen yet is parsed
    when it is looked up (and remembered, unless it is free text, which rarely repeats)."""

    def __init__(self, name: str, spec: AttributeSpec) -> None:
        super().__init__()
        self.name = name
        self.spec = spec
        self.remember = spec.kind != "str"

    def __missing__(self, text: str) -> object:
        value = self.spec.parse(text)  # raises AttributeError_ for a value it refuses
        if self.remember:
            self[text] = value
        return value


class AttributeReader:
    """Reads the ``cpm:`` attributes of one kind of element (steps, flows or lanes) of one file.

    Unknown or unparsable ``cpm:`` attributes go to ``target.extra`` so that they are
    written back unchanged; an unparsable one also gives a W-BAD-ATTRIBUTE warning.
    Parsed values are plain immutable ones (numbers, strings, tuples): sharing one
    between elements changes nothing.
    """

    def __init__(self, by_name: Mapping[str, AttributeSpec]) -> None:
        self.by_name = by_name
        #: ``{cpm}name`` → the values of that attribute: one look-up by the full name finds
        #: most of ours, a second one its value.
        self.known = {cpm(name): _Values(name, spec) for name, spec in by_name.items()}

    def read(self, element: etree._Element, target: Step | Flow | Lane,
             warnings: list[ReadWarning]) -> bool:
        """Set the fields of ``target`` from the element's ``cpm:`` attributes; return whether
        the element has attributes besides its ``id``, its ``name`` and ours (BPMN's notation
        attributes, a default flow ...), seen on the way."""
        known = self.known
        others = False
        for qname, text in cast("list[tuple[str, str]]", element.items()):
            values = known.get(qname)
            if values is None:
                if qname.startswith(_CPM_FAMILY):  # BPMN's own attributes are quickly skipped
                    self._read_other(qname, text, target, warnings)
                elif qname not in _ID_AND_NAME:
                    others = True
                continue
            try:
                value = values[text]
            except AttributeError_ as exc:
                name = values.name
                target.extra[name] = text
                warnings.append(ReadWarning(
                    "W-BAD-ATTRIBUTE", f"{target.id}: cpm:{name}={text!r} ignored: {exc}.",
                    (target.id,)))
                continue
            setattr(target, values.name, value)
        return others

    def _read_other(self, qname: str, text: str, target: Step | Flow | Lane,
                    warnings: list[ReadWarning]) -> None:
        """A ``cpm:`` attribute the table does not name: another version's, a lane's role,
        or one this version does not know."""
        namespace, name = split_tag(qname)
        if namespace != CPM:
            _warn_newer(warnings, target.id, namespace)
            return
        if isinstance(target, Lane) and name == "role":
            if str(text) not in LANE_ROLES:  # kept while no role of ours replaces it
                target.extra[name] = str(text)
                warnings.append(ReadWarning(
                    "W-BAD-ATTRIBUTE", f"{target.id}: cpm:role={text!r} ignored: a lane's role is one "
                    f"of {', '.join(LANE_ROLES)}.", (target.id,)))
            return
        named = self.by_name.get(name)
        if named is None:
            target.extra[name] = str(text)
            return
        try:
            setattr(target, name, named.parse(str(text)))
        except AttributeError_ as exc:
            target.extra[name] = str(text)
            warnings.append(ReadWarning(
                "W-BAD-ATTRIBUTE", f"{target.id}: cpm:{name}={text!r} ignored: {exc}.", (target.id,)))


def _warn_newer(warnings: list[ReadWarning], element_id: str, namespace: str) -> None:
    """One W-NEWER-FORMAT warning per file, naming the first element that has such attributes."""
    if not any(w.code == "W-NEWER-FORMAT" for w in warnings):
        warnings.append(ReadWarning(
            "W-NEWER-FORMAT",
            f"{element_id} has attributes of {namespace}, a newer format; they are kept as they are.",
            (element_id,)))

