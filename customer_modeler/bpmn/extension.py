"""BPMN layer: our ``cpm:`` attributes on steps, flows and lanes.

Step, flow and lane values are XML attributes in ``urn:customer-process-modeler:1`` on
the BPMN elements; only what the modeller set is written. Model-level data (``cpm:model``,
``cpm:system``, ``cpm:resource``, ``cpm:scenario``) is ``model_data``'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, CPM, cpm, split_tag
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.attributes import (
    LANE_ATTRIBUTES,
    AttributeError_,
    AttributeSpec,
    is_set,
)
from customer_modeler.model.elements import LANE_ROLES, Flow, Lane, Step

#: Attribute names of any version of our namespace start with this (Clark notation).
_CPM_FAMILY = "{urn:customer-process-modeler:"


def read_attributes(
    element: etree._Element,
    by_name: Mapping[str, AttributeSpec],
    target: Step | Flow | Lane,
    warnings: list[ReadWarning],
) -> None:
    """Set the fields of ``target`` from the element's ``cpm:`` attributes.

    Unknown or unparsable ``cpm:`` attributes go to ``target.extra`` so that they are
    written back unchanged; an unparsable one also gives a W-BAD-ATTRIBUTE warning.
    """
    for qname, text in element.attrib.items():
        if not str(qname).startswith(_CPM_FAMILY):  # most attributes: BPMN's own, quickly skipped
            continue
        namespace, name = split_tag(qname)
        if namespace != CPM:
            _warn_newer(warnings, target.id, namespace)
            continue
        if isinstance(target, Lane) and name == "role":
            if str(text) not in LANE_ROLES:  # kept while no role of ours replaces it
                target.extra[name] = str(text)
                warnings.append(ReadWarning(
                    "W-BAD-ATTRIBUTE", f"{target.id}: cpm:role={text!r} ignored: a lane's role is one "
                    f"of {', '.join(LANE_ROLES)}.", (target.id,)))
            continue
        spec = by_name.get(name)
        if spec is None:
            target.extra[name] = str(text)
            continue
        try:
            setattr(target, name, spec.parse(str(text)))
        except AttributeError_ as exc:
            target.extra[name] = str(text)
            warnings.append(ReadWarning(
                "W-BAD-ATTRIBUTE", f"{target.id}: cpm:{name}={text!r} ignored: {exc}.", (target.id,)))


def _warn_newer(warnings: list[ReadWarning], element_id: str, namespace: str) -> None:
    if not any(w.code == "W-NEWER-FORMAT" for w in warnings):
        warnings.append(ReadWarning(
            "W-NEWER-FORMAT",
            f"{element_id} has attributes of {namespace}, a newer format; they are kept as they are.",
            (element_id,)))


def read_lane_role(element: etree._Element) -> str | None:
    """The lane's ``cpm:role`` when it names a known role, else None."""
    role = element.get(cpm("role"))
    return role if role in LANE_ROLES else None


def write_attributes(
    element: etree._Element, specs: Iterable[AttributeSpec], source: Step | Flow | Lane
) -> None:
    """Replace the element's ``cpm:`` attributes with the set values of ``source``."""
    for qname in [k for k in element.attrib if split_tag(k)[0] == CPM]:
        del element.attrib[qname]
    for spec in specs:
        value = getattr(source, spec.name)
        if is_set(value):
            element.set(cpm(spec.name), spec.format(value))
    for name, text in source.extra.items():
        element.set(cpm(name), text)


def write_lane_attributes(element: etree._Element, lane: Lane) -> None:
    """Lane attributes; the role is written for every lane of ours (it decides the layout)."""
    write_attributes(element, LANE_ATTRIBUTES, lane)
    if lane.role_set or lane.role != "department":
        element.set(cpm("role"), lane.role)  # replaces an unreadable role kept in ``extra``


def write_pool_role(element: etree._Element, lane: Lane) -> None:
    """A pool shown as the customer lane: ``cpm:role="customer"`` on its participant when
    the user chose it (a pool taken for its name needs no mark)."""
    if lane.role == "customer" and lane.role_set:
        element.set(cpm("role"), "customer")
    elif element.get(cpm("role")) is not None:
        del element.attrib[cpm("role")]


def is_bpmn(element: etree._Element, *locals_: str) -> bool:
    namespace, local = split_tag(element.tag)
    return namespace == BPMN and (not locals_ or local in locals_)
