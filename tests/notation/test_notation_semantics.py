"""For every flow node and flow of real files, the notation description says what the BPMN
semantics of the XML say.

The expected kind, icon, fill, border, markers and flow marks are worked out here from
the XML with lxml and the specification's rules, independently of the reader: the MIWG
reference models (skipped when the test-data folder is absent) and a fixture of our own
that holds every event definition, task type, marker and gateway type.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model.elements import Rect
from customer_modeler.notation import category_of, describe_flow, describe_step
from tests.conftest import SHARED

FIXTURE = Path(__file__).parent / "fixtures" / "every_marker.bpmn"
REFERENCE = SHARED / "interop" / "Reference"
NS = {"b": "http://www.omg.org/spec/BPMN/20100524/MODEL", "di": "http://www.omg.org/spec/BPMN/20100524/DI"}
MODEL_NS = NS["b"]

EVENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent"}
GATEWAYS = {"exclusiveGateway": "gateway-exclusive", "parallelGateway": "gateway-parallel",
            "inclusiveGateway": "gateway-inclusive", "complexGateway": "gateway-complex"}
TASK_ICON = {"userTask": "user", "serviceTask": "service", "sendTask": "send", "receiveTask": "receive",
             "scriptTask": "script", "manualTask": "manual", "businessRuleTask": "business-rule"}
CONTAINERS = {"subProcess", "adHocSubProcess", "transaction", "callActivity"}
ACTIVITIES = set(TASK_ICON) | CONTAINERS | {"task"}
TRUE = ("true", "1")
FALSE = ("false", "0")


def _local(element) -> str:  # noqa: ANN001
    return etree.QName(element).localname


def _trigger_names(element, root) -> list[str]:  # noqa: ANN001
    names = []
    for child in element:
        if not isinstance(child.tag, str) or etree.QName(child).namespace != MODEL_NS:
            continue
        local = _local(child)
        if local == "eventDefinitionRef":
            target = root.xpath("//*[@id=$i]", i=(child.text or "").strip().split(":")[-1])
            local = _local(target[0]) if target else ""
        if local.endswith("EventDefinition"):
            names.append({"compensateEventDefinition": "compensation"}.get(local, local[:-15]))
    return names


def expected_node(element, root) -> dict:  # noqa: ANN001
    """What the specification draws for one flow-node element."""
    kind = _local(element)
    expected: dict = {"kind": kind, "markers": set(), "filled": False, "icon": None}
    if kind in EVENTS:
        expected["category"] = "event"
        names = _trigger_names(element, root)
        if len(names) == 1:
            expected["icon"] = names[0]
        elif len(names) > 1:
            expected["icon"] = "parallelMultiple" if element.get("parallelMultiple") in TRUE else "multiple"
        expected["filled"] = kind in ("intermediateThrowEvent", "endEvent") and expected["icon"] is not None
        if kind == "startEvent":
            expected["border"] = "dashed" if element.get("isInterrupting") in FALSE else "thin"
        elif kind == "endEvent":
            expected["border"] = "thick"
        elif kind == "boundaryEvent" and element.get("cancelActivity") in FALSE:
            expected["border"] = "double-dashed"
        else:
            expected["border"] = "double"
    elif kind.endswith("Gateway"):
        expected["category"], expected["border"] = "gateway", "thin"
        if kind == "eventBasedGateway":
            if element.get("eventGatewayType") == "Parallel":
                expected["icon"] = "gateway-parallel-event-based"
            elif element.get("instantiate") in TRUE:
                expected["icon"] = "gateway-event-based-start"
            else:
                expected["icon"] = "gateway-event-based"
        else:
            expected["icon"] = GATEWAYS[kind]
    else:
        expected["category"] = "activity"
        expected["icon"] = TASK_ICON.get(kind)
        expected["filled"] = kind == "sendTask"
        if element.get("triggeredByEvent") in TRUE:
            expected["border"] = "dotted"
        else:
            expected["border"] = {"callActivity": "thick", "transaction": "double"}.get(kind, "thin")
        markers = expected["markers"]
        if element.find("b:standardLoopCharacteristics", NS) is not None:
            markers.add("loop")
        multi = element.find("b:multiInstanceLoopCharacteristics", NS)
        if multi is not None:
            markers.add("sequential" if multi.get("isSequential") in TRUE else "parallel")
        if element.get("isForCompensation") in TRUE:
            markers.add("compensation")
        if kind == "adHocSubProcess":
            markers.add("ad-hoc")
        shapes = root.xpath("//di:BPMNShape[@bpmnElement=$i]", namespaces=NS, i=element.get("id"))
        expanded = bool(shapes) and shapes[0].get("isExpanded") in TRUE
        if kind in CONTAINERS and not expanded:
            markers.add("sub-process")
    return expected


def _files() -> list[Path]:
    found = sorted(REFERENCE.glob("*.bpmn")) if REFERENCE.is_dir() else []
    return [FIXTURE, *found]


def _flow_nodes(root):  # noqa: ANN001
    kinds = EVENTS | set(GATEWAYS) | {"eventBasedGateway"} | ACTIVITIES
    for process in root.iterfind("b:process", NS):
        for element in process.iter():
            if isinstance(element.tag, str) and etree.QName(element).namespace == MODEL_NS \
                    and _local(element) in kinds:
                yield element


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_every_flow_node_carries_the_notation_of_its_xml(path: Path) -> None:
    root = etree.parse(str(path)).getroot()
    model = read_bpmn_file(path).model
    checked = 0
    for element in _flow_nodes(root):
        step = model.steps.get(element.get("id"))
        assert step is not None, f"{element.get('id')} not read"
        want = expected_node(element, root)
        shown = describe_step(step, step.bounds or Rect(0, 0, 100, 80))
        got = {"kind": shown.kind, "category": shown.category, "icon": shown.icon,
               "filled": shown.icon_filled if shown.icon else False, "border": shown.border,
               "markers": set(shown.markers)}
        assert got == want, f"{path.name} {step.id}"
        assert len(shown.markers) == len(set(shown.markers)) == len(shown.marker_boxes)
        if shown.icon is not None:
            assert shown.symbols, f"{step.id}: icon {shown.icon} draws nothing"
        assert ("non-interrupting" in shown.classes) == shown.border.endswith("dashed")
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_every_flow_carries_its_marks(path: Path) -> None:
    root = etree.parse(str(path)).getroot()
    model = read_bpmn_file(path).model
    defaults = {e.get("default") for e in root.iter() if isinstance(e.tag, str) and e.get("default")}
    for element in root.iter(f"{{{MODEL_NS}}}sequenceFlow", f"{{{MODEL_NS}}}messageFlow"):
        flow = model.flows.get(element.get("id"))
        if flow is None:  # a flow the reader could not place (reported as a warning)
            continue
        source = model.steps.get(flow.source)
        category = category_of(source.kind) if source else None
        shown = describe_flow(flow, flow.waypoints or ((0.0, 0.0), (100.0, 0.0)), category)
        if _local(element) == "messageFlow":
            assert shown.kind == "message" and shown.line.dash == "dash"
            assert [p.kind for p in shown.source_mark] == ["circle"]
            assert shown.arrow[0].fill == "paper"  # open arrowhead
            continue
        assert shown.line.dash == "solid" and shown.arrow[0].fill == "ink"
        source_kind = source.kind if source else ""
        is_default = element.get("id") in defaults and (source_kind in ACTIVITIES or source_kind.endswith("Gateway"))
        conditional = (element.find("b:conditionExpression", NS) is not None and source_kind in ACTIVITIES
                       and not is_default)
        assert ("bpmn-default-flow" in shown.classes) == is_default, flow.id
        assert ("bpmn-conditional-flow" in shown.classes) == conditional, flow.id
        assert len(shown.source_mark) == int(is_default or conditional), flow.id


def test_the_fixture_holds_every_marker() -> None:
    """The fixture is only a good test while it shows everything the notation knows."""
    root = etree.parse(str(FIXTURE)).getroot()
    seen = {"icons": set(), "borders": set(), "markers": set(), "filled": set()}
    for element in _flow_nodes(root):
        want = expected_node(element, root)
        seen["icons"].add(want["icon"])
        seen["borders"].add(want["border"])
        seen["markers"] |= want["markers"]
        if want["filled"]:
            seen["filled"].add(want["icon"])
    triggers = {"message", "timer", "error", "escalation", "signal", "conditional", "compensation", "link",
                "cancel", "terminate", "multiple", "parallelMultiple"}
    assert triggers | set(TASK_ICON.values()) | set(GATEWAYS.values()) | {
        "gateway-event-based", "gateway-event-based-start", "gateway-parallel-event-based"} <= seen["icons"]
    assert {"thin", "thick", "double", "dashed", "double-dashed", "dotted"} <= seen["borders"]
    assert {"loop", "parallel", "sequential", "compensation", "ad-hoc", "sub-process"} <= seen["markers"]
    assert {"message", "signal", "escalation", "compensation", "link", "multiple", "error", "cancel",
            "terminate", "send"} <= seen["filled"]
