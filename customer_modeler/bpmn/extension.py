"""BPMN layer: our ``cpm:`` attributes and model-level ``extensionElements`` (ANALYSES.md §1.5).

Step, flow and lane values are XML attributes in ``urn:customer-process-modeler:1`` on
the BPMN elements; only what the modeller set is written. Model-level data (``cpm:model``,
``cpm:system``, ``cpm:resource``, ``cpm:scenario``) lives in the process's extensionElements.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, CPM, bpmn, cpm, split_tag
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.attributes import (
    LANE_ATTRIBUTES,
    AttributeError_,
    AttributeSpec,
    format_value,
    is_set,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import LANE_ROLES, Flow, Lane, ModelInfo, Resource, Step, System

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
        spec = by_name.get(name)
        if spec is None:
            if not (isinstance(target, Lane) and name == "role"):
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
        element.set(cpm("role"), lane.role)


# -- model-level data ------------------------------------------------------------------
def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_model_data(process: etree._Element, model: ProcessModel) -> None:
    """Fill ``model.info``, ``systems``, ``resources`` and ``scenario`` from the process."""
    for ext in process.iterchildren(bpmn("extensionElements")):
        for child in ext.iterchildren(cpm("model"), cpm("system"), cpm("resource"), cpm("scenario")):
            _read_model_item(child, model)


def _read_model_item(child: etree._Element, model: ProcessModel) -> None:
    local = split_tag(child.tag)[1]
    if local == "model":
        model.info = ModelInfo(child.get("company"), child.get("variant_of"),
                               child.get("time_unit"), child.get("currency"))
    elif local == "system" and child.get("id"):
        system = System(str(child.get("id")), child.get("name", ""), child.get("owner_lane"),
                        _number(child.get("fail_prob")))
        model.systems[system.id] = system
    elif local == "resource" and child.get("id"):
        resource = Resource(str(child.get("id")), child.get("name", ""),
                            _number(child.get("capacity")), _number(child.get("cost_per_hour")))
        model.resources[resource.id] = resource
    elif local == "scenario":
        for key, text in child.attrib.items():
            value = _number(str(text))
            if value is not None:
                model.scenario[str(key)] = value


def write_model_data(process: etree._Element, model: ProcessModel) -> None:
    """Replace the ``cpm:`` children of the process's extensionElements with the model data."""
    ext = process.find(bpmn("extensionElements"))
    if ext is not None:
        for child in [c for c in ext if split_tag(c.tag)[0] == CPM]:
            ext.remove(child)
    items = list(_model_data_elements(model))
    if not items:
        if ext is not None and len(ext) == 0 and not (ext.text or "").strip():
            process.remove(ext)
        return
    if ext is None:
        ext = etree.Element(bpmn("extensionElements"))
        _insert_extension_elements(process, ext)
    ext.extend(items)


def _insert_extension_elements(parent: etree._Element, ext: etree._Element) -> None:
    """extensionElements come right after any documentation (BPMN 2.0 XSD order)."""
    index = 0
    for index, child in enumerate(parent, start=1):
        if child.tag != bpmn("documentation"):
            index -= 1
            break
    parent.insert(index, ext)


def _model_data_elements(model: ProcessModel) -> Iterable[etree._Element]:
    info = model.info
    info_attrs = {"company": info.company, "variant_of": info.variant_of,
                  "time_unit": info.time_unit, "currency": info.currency}
    if any(v is not None for v in info_attrs.values()):
        yield _element("model", info_attrs)
    for system in model.systems.values():
        yield _element("system", {"id": system.id, "name": system.name or None,
                                  "owner_lane": system.owner_lane, "fail_prob": system.fail_prob})
    for resource in model.resources.values():
        yield _element("resource", {"id": resource.id, "name": resource.name or None,
                                    "capacity": resource.capacity,
                                    "cost_per_hour": resource.cost_per_hour})
    if model.scenario:
        yield _element("scenario", dict(model.scenario))


def _element(local: str, attrs: dict[str, Any]) -> etree._Element:
    element = etree.Element(cpm(local), nsmap={"cpm": CPM})
    for key, value in attrs.items():
        if value is not None:
            element.set(key, format_value(value))
    return element


def is_bpmn(element: etree._Element, *locals_: str) -> bool:
    namespace, local = split_tag(element.tag)
    return namespace == BPMN and (not locals_ or local in locals_)
