"""What "round-trips" means, as code: read → write → read keeps everything that matters.

Flow nodes (id, kind, name, lane), flows (id, source, target, name, condition), lanes and
their nesting, our cpm attributes, DI bounds and waypoints within 0.5, and every element
and attribute outside the BPMN, BPMNDI, DC, DI and cpm namespaces, compared as
canonical XML.
"""

from __future__ import annotations

from dataclasses import fields

from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, OWN_NAMESPACES, split_tag
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import STEP_TYPE_BY_KIND, Rect

GEOMETRY_TOLERANCE = 0.5


def model_differences(a: ProcessModel, b: ProcessModel) -> list[str]:
    """Human-readable differences between two models (empty when they round-trip)."""
    problems: list[str] = []
    problems += _compare(a.lanes, b.lanes, ("name", "role", "parent", "pool", "fixed_cost_per_year"), "lane")
    step_fields = tuple(f.name for f in fields(a.steps[next(iter(a.steps))])) if a.steps else ()
    problems += _compare(a.steps, b.steps, tuple(n for n in step_fields if n not in ("bounds", "process")), "step")
    flow_fields = ("source", "target", "name", "condition", "message", "prob", "failure",
                   "severity", "detection", "extra")
    problems += _compare(a.flows, b.flows, flow_fields, "flow")
    for kind, mine, theirs in (("step", a.steps, b.steps), ("lane", a.lanes, b.lanes),
                               ("pool", a.pools, b.pools)):
        for key, element in mine.items():
            other = theirs.get(key)
            if other is not None and not _same_rect(element.bounds, other.bounds):
                problems.append(f"{kind} {key}: bounds {element.bounds} != {other.bounds}")
    for key, flow in a.flows.items():
        other_flow = b.flows.get(key)
        if other_flow is not None and not _same_points(flow.waypoints, other_flow.waypoints):
            problems.append(f"flow {key}: waypoints differ")
    for name in ("name", "systems", "resources", "scenario", "info"):
        if getattr(a, name) != getattr(b, name):
            problems.append(f"model {name} differs")
    return problems


def _compare(mine: dict, theirs: dict, names: tuple[str, ...], kind: str) -> list[str]:
    """Lane order is meaning (top to bottom); the order of steps and flows in a file is not."""
    problems = []
    if (list(mine) != list(theirs)) if kind == "lane" else (set(mine) != set(theirs)):
        problems.append(f"{kind} ids differ: {sorted(set(mine) ^ set(theirs))[:10]}")
    for key, element in mine.items():
        other = theirs.get(key)
        if other is None:
            continue
        for name in names:
            if getattr(element, name) != getattr(other, name):
                problems.append(f"{kind} {key}.{name}: {getattr(element, name)!r} != {getattr(other, name)!r}")
    return problems


def _same_rect(a: Rect | None, b: Rect | None) -> bool:
    if a is None or b is None:
        return a is b
    return all(abs(p - q) <= GEOMETRY_TOLERANCE for p, q in
               zip((a.x, a.y, a.width, a.height), (b.x, b.y, b.width, b.height)))


def _same_points(a: tuple, b: tuple) -> bool:
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) <= GEOMETRY_TOLERANCE and abs(p[1] - q[1]) <= GEOMETRY_TOLERANCE
        for p, q in zip(a, b))


def foreign_content(data: bytes) -> list[str]:
    """Every foreign subtree (canonical XML) and foreign attribute of a document, sorted."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    root = etree.fromstring(data, parser)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        namespace = split_tag(element.tag)[0]
        parent = element.getparent()
        parent_own = parent is None or split_tag(parent.tag)[0] in OWN_NAMESPACES
        if namespace not in OWN_NAMESPACES and parent_own:
            found.append(canonical(element))
        if namespace in OWN_NAMESPACES:
            for key, value in element.attrib.items():
                attr_ns = split_tag(key)[0]
                if attr_ns and attr_ns not in OWN_NAMESPACES:
                    found.append(f"{element.get('id')}@{key}={value}")
    return sorted(found)


def canonical(element: etree._Element) -> str:
    """A canonical text of a subtree: names in Clark notation, sorted attributes, stripped
    text, comments included. (lxml's C14N refuses some real files' relative namespace URIs.)"""
    if not isinstance(element.tag, str):
        return f"<!--{(element.text or '').strip()}-->"
    attributes = " ".join(f"{k}={v!r}" for k, v in sorted(element.attrib.items()))
    children = "".join(canonical(child) + (child.tail or "").strip() for child in element)
    return f"<{element.tag} {attributes}>{(element.text or '').strip()}{children}</{element.tag}>"


def kept_structure(data: bytes) -> dict[str, list[str]]:
    """What a save must keep, from the XML itself: flow nodes, flows, message flows, lane
    membership, extension elements (empty ones too, by owner) and empty names.

    Each entry is a sorted list, so two documents keep the same things exactly when their
    structures are equal.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    root = etree.fromstring(data, parser)
    found: dict[str, list[str]] = {"nodes": [], "flows": [], "message flows": [],
                                   "lane refs": [], "extension elements": [], "empty names": []}
    for element in root.iter():
        namespace, local = split_tag(element.tag)
        if namespace == BPMN and local in STEP_TYPE_BY_KIND:
            found["nodes"].append(f"{local} {element.get('id')}")
        elif namespace == BPMN and local in ("sequenceFlow", "messageFlow"):
            key = "flows" if local == "sequenceFlow" else "message flows"
            found[key].append(f"{element.get('id')} {element.get('sourceRef')}->{element.get('targetRef')}")
        elif namespace == BPMN and local == "flowNodeRef":
            lane = element.getparent()
            found["lane refs"].append(f"{lane.get('id') if lane is not None else ''}:{(element.text or '').strip()}")
        elif namespace == BPMN and local == "extensionElements":
            owner = element.getparent()
            found["extension elements"].append(f"{owner.get('id') if owner is not None else ''}:{canonical(element)}")
        if isinstance(element.tag, str) and element.get("name") == "":
            found["empty names"].append(f"{local} {element.get('id')}")
    return {key: sorted(values) for key, values in found.items()}


def delete_then_undo(model: ProcessModel, step_id: str) -> None:
    """Delete a step with its flows, then undo, the way the editor's commands do.

    A delete removes the step's flows, then the step, remembering each index; undo
    re-inserts the very same objects at those indexes in reverse order.
    """
    removed_flows = []
    for flow in model.flows_of(step_id):
        removed_flows.append((flow, model.remove_flow(flow.id)))
    step = model.steps[step_id]
    index = model.remove_step(step_id)
    model.add_step(step, index)
    for flow, flow_index in reversed(removed_flows):
        model.add_flow(flow, flow_index)
