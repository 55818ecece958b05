"""BPMN layer: our ``cpm:`` attributes on steps, flows and lanes.

Step, flow and lane values are XML attributes in ``urn:customer-process-modeler:1`` on
the BPMN elements; only what the modeller set is written (``read_attributes`` reads
them). Model-level data (``cpm:model``, ``cpm:system``, ``cpm:resource``,
``cpm:scenario``) is ``model_data``'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import cast

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, CPM, cpm, split_tag
from customer_modeler.bpmn.write_text import number_text
from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTES,
    LANE_ATTRIBUTES,
    STEP_ATTRIBUTES,
    AttributeSpec,
    format_value,
)
from customer_modeler.model.elements import LANE_ROLES, Flow, Lane, Step

#: Attribute names of this version of our namespace start with this (Clark notation).
_CPM_PREFIX = f"{{{CPM}}}"
#: ``{cpm}name`` of every attribute we know.
_QNAME = {spec.name: cpm(spec.name) for spec in (*STEP_ATTRIBUTES, *FLOW_ATTRIBUTES, *LANE_ATTRIBUTES)}


def read_lane_role(element: etree._Element) -> str | None:
    """The lane's ``cpm:role`` when it names a known role, else None."""
    role = element.get(cpm("role"))
    return role if role in LANE_ROLES else None


def write_attributes(
    element: etree._Element, specs: Iterable[AttributeSpec], source: Step | Flow | Lane
) -> None:
    """Replace the element's ``cpm:`` attributes with the set values of ``source``.

    They end up after the element's other attributes, in the order of ``specs`` and then
    ``extra``. An element that already reads so (every untouched one of a file we wrote)
    is left alone: setting namespaced attributes is most of a save's time.
    """
    wanted = wanted_attributes(specs, source)
    items = cast("list[tuple[str, str]]", element.items())
    count = len(wanted)
    head = items[:len(items) - count] if count else items
    if (not any(key.startswith(_CPM_PREFIX) for key, _ in head)
            and (not count or items[-count:] == wanted)):
        return
    for qname in [k for k in cast("list[str]", list(element.attrib)) if k.startswith(_CPM_PREFIX)]:
        del element.attrib[qname]
    for qname, text in wanted:
        element.set(qname, text)


def wanted_attributes(specs: Iterable[AttributeSpec], source: Step | Flow | Lane) -> list[tuple[str, str]]:
    """``({cpm}name, text)`` of every set value of ``source``, in the order of ``specs``, then ``extra``."""
    plan = write_plan(specs)
    wanted = [(qname, format_(value)) for (qname, format_), value in zip(plan.fields, plan.values(source))
              if value is not None and value != ()]  # is_set, inlined: it runs for every attribute
    if not source.extra:
        return wanted
    merged = dict(wanted)  # an unreadable value kept in ``extra`` takes the place of its field
    for name, text in source.extra.items():
        merged[_QNAME.get(name) or cpm(name)] = text
    return list(merged.items())


def write_plan(specs: Iterable[AttributeSpec]) -> WritePlan:
    """The plan of one attribute table (worked out once for the model's three tables)."""
    plan = _WRITE_PLANS.get(id(specs))
    return plan if plan is not None and plan.specs is specs else WritePlan(tuple(specs))


class WritePlan:
    """What writing one attribute table needs, worked out once instead of per element: the
    ``{cpm}name`` and the formatter of each attribute, and one getter for all their values."""

    def __init__(self, specs: tuple[AttributeSpec, ...]) -> None:
        self.specs = specs
        self.fields = tuple((_QNAME.get(spec.name) or cpm(spec.name), _formatter(spec)) for spec in specs)
        getter = attrgetter(*(spec.name for spec in specs)) if specs else None
        self.values: Callable[[object], tuple[object, ...]] = (
            (lambda _source: ()) if getter is None
            else (lambda source: (getter(source),)) if len(specs) == 1
            else getter)


def _formatter(spec: AttributeSpec) -> Callable[[object], str]:
    """``spec.format``, without its dispatch on the kind, and numbers formatted once per value."""
    if spec.kind in ("list", "bool"):
        return spec.format
    return cast("Callable[[object], str]", number_text if spec.kind in ("float", "int") else format_value)


_WRITE_PLANS = {id(specs): WritePlan(specs) for specs in (STEP_ATTRIBUTES, FLOW_ATTRIBUTES, LANE_ATTRIBUTES)}


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
