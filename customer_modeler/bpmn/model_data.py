"""BPMN layer: model-level data (``cpm:model``, ``cpm:system``, ``cpm:resource``,
``cpm:scenario``) in the main process's ``extensionElements``.

Writing updates these elements in place instead of replacing them: a value this version
does not know (``cpm:model/@future_field``, a ``<cpm:kpiTarget>``) or cannot parse (a
``fail_prob`` of ``high``) is kept exactly as it was read, as W-NEWER-FORMAT and
W-BAD-ATTRIBUTE promise. Only what the model holds, and what the user removed, changes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from customer_modeler.bpmn.namespaces import CPM, bpmn, cpm, split_tag
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.attributes import format_value
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import ModelInfo, Resource, System

#: The numeric attributes of each kind of item; the others are plain text.
_NUMBERS = {"system": ("fail_prob",), "resource": ("capacity", "cost_per_hour")}


def number(text: str | None) -> float | None:
    """A finite number from attribute text, else None."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# -- reading -------------------------------------------------------------------------------
def read_model_data(process: etree._Element, model: ProcessModel,
                    warnings: list[ReadWarning] | None = None) -> None:
    """Fill ``model.info``, ``systems``, ``resources`` and ``scenario`` from the process."""
    problems = warnings if warnings is not None else []
    for ext in process.iterchildren(bpmn("extensionElements")):
        for child in ext.iterchildren(cpm("model"), cpm("system"), cpm("resource"), cpm("scenario")):
            _read_item(child, model, problems)


def _read_item(child: etree._Element, model: ProcessModel, warnings: list[ReadWarning]) -> None:
    local = split_tag(child.tag)[1]
    _warn_unusable_numbers(child, local, warnings)
    if local == "model":
        model.info = ModelInfo(child.get("company"), child.get("variant_of"),
                               child.get("time_unit"), child.get("currency"))
    elif local == "system" and child.get("id"):
        system = System(str(child.get("id")), child.get("name", ""), child.get("owner_lane"),
                        number(child.get("fail_prob")))
        model.systems[system.id] = system
    elif local == "resource" and child.get("id"):
        resource = Resource(str(child.get("id")), child.get("name", ""),
                            number(child.get("capacity")), number(child.get("cost_per_hour")))
        model.resources[resource.id] = resource
    elif local == "scenario":
        for key, text in child.attrib.items():
            value = number(str(text))
            if value is not None:
                model.scenario[str(key)] = value


def _warn_unusable_numbers(child: etree._Element, local: str, warnings: list[ReadWarning]) -> None:
    names = _NUMBERS.get(local, tuple(str(k) for k in child.attrib) if local == "scenario" else ())
    for name in names:
        text = child.get(name)
        if text is not None and number(text) is None:
            owner = child.get("id")
            label = f"cpm:{local} {owner}" if owner else f"cpm:{local}"
            warnings.append(ReadWarning(
                "W-BAD-ATTRIBUTE", f"{label}: {name}={text!r} is not a number; it is kept "
                "unchanged but ignored.", (owner,) if owner else ()))


# -- writing -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Item:
    """One element the model data asks for: kind, id (systems, resources) and values."""

    local: str
    key: str | None
    values: dict[str, Any]


def write_model_data(process: etree._Element, model: ProcessModel) -> None:
    """Bring the process's ``cpm:`` items in line with the model, keeping what it does not know."""
    ext = process.find(bpmn("extensionElements"))
    existing = _known_elements(ext)
    had_items = ext is not None and any(split_tag(c.tag)[0] == CPM for c in ext)
    for item in _wanted_items(model):
        element = existing.pop((item.local, item.key), None)
        if element is None:
            ext = ext if ext is not None else _new_extension_elements(process)
            element = etree.Element(cpm(item.local), nsmap={"cpm": CPM})
            _append_after_ours(ext, element)
        _sync_values(element, item)
    for (local, _key), element in existing.items():  # items the user removed
        if local not in ("system", "resource"):
            _sync_values(element, _Item(local, None, {}))
        if ext is not None and (local in ("system", "resource")
                                or (not element.attrib and len(element) == 0)):
            ext.remove(element)
    if ext is not None and had_items and len(ext) == 0 and not (ext.text or "").strip():
        process.remove(ext)  # we emptied it; an extensionElements the file had empty stays


def _known_elements(ext: etree._Element | None) -> dict[tuple[str, str | None], etree._Element]:
    """Our items in the file by (kind, id); unknown kinds and id-less systems are not ours."""
    found: dict[tuple[str, str | None], etree._Element] = {}
    if ext is None:
        return found
    for child in ext.iterchildren(cpm("model"), cpm("system"), cpm("resource"), cpm("scenario")):
        local = split_tag(child.tag)[1]
        key = child.get("id") if local in ("system", "resource") else None
        if local in ("system", "resource") and not key:
            continue
        found.setdefault((local, key), child)
    return found


def _wanted_items(model: ProcessModel) -> Iterator[_Item]:
    info = model.info
    values = {"company": info.company, "variant_of": info.variant_of,
              "time_unit": info.time_unit, "currency": info.currency}
    if any(v is not None for v in values.values()):
        yield _Item("model", None, values)
    for system in model.systems.values():
        yield _Item("system", system.id, {"id": system.id, "name": system.name,
                                          "owner_lane": system.owner_lane,
                                          "fail_prob": system.fail_prob})
    for resource in model.resources.values():
        yield _Item("resource", resource.id, {"id": resource.id, "name": resource.name,
                                              "capacity": resource.capacity,
                                              "cost_per_hour": resource.cost_per_hour})
    if model.scenario:
        yield _Item("scenario", None, dict(model.scenario))


def _sync_values(element: etree._Element, item: _Item) -> None:
    """Set the item's values; a value the model lacks is removed unless it was unreadable."""
    numeric = _NUMBERS.get(item.local, ())
    names = list(item.values)
    if item.local == "scenario":  # scenario keys are open: every readable number is ours
        names += [str(k) for k in element.attrib if str(k) not in item.values
                  and number(str(element.get(k))) is not None]
    elif item.local == "model":
        names = ["company", "variant_of", "time_unit", "currency"]
    for name in names:
        value = item.values.get(name)
        old = element.get(name)
        is_number = name in numeric or item.local == "scenario"
        if value is None or value == "":
            readable = number(old) is not None if is_number else bool(old)
            if old is not None and readable:
                del element.attrib[name]
        elif not (is_number and number(old) == value) and old != format_value(value):
            element.set(name, format_value(value))


def _new_extension_elements(process: etree._Element) -> etree._Element:
    """extensionElements come right after any documentation (BPMN 2.0 XSD order)."""
    ext = etree.Element(bpmn("extensionElements"))
    index = 0
    for index, child in enumerate(process, start=1):
        if child.tag != bpmn("documentation"):
            index -= 1
            break
    process.insert(index, ext)
    return ext


def _append_after_ours(ext: etree._Element, element: etree._Element) -> None:
    """A new item goes after our last one, so foreign extensions keep their place."""
    ours = [c for c in ext if split_tag(c.tag)[0] == CPM]
    if ours:
        ours[-1].addnext(element)
    else:
        ext.append(element)
