"""A save leaves a file's own way of writing an unchanged value: '55.0' for 55, a prefixed or
padded flow reference, an explicit default; and writes the model's value once it changed."""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Rect

SOURCE = b"""<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:x">
  <bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="S"><bpmn:outgoing> bpmn:F </bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="T" isForCompensation="false"><bpmn:incoming>F</bpmn:incoming></bpmn:task>
    <bpmn:sequenceFlow id="F" sourceRef="S" targetRef="T"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="55.0" y="100.0" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="150" y="78.00" width="100.0" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="F_di" bpmnElement="F"><di:waypoint x="91.0" y="118"/><di:waypoint x="150" y="118.0"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>
"""


def _by_id(data: bytes, element_id: str) -> etree._Element:
    return next(e for e in etree.fromstring(data).iter() if e.get("id") == element_id)


def test_an_untouched_save_keeps_the_files_own_texts() -> None:
    model, _ = read_bpmn(SOURCE)
    saved = write_bpmn(model)
    start = _by_id(saved, "S_di")[0]
    task = _by_id(saved, "T_di")[0]
    assert (start.get("x"), start.get("y")) == ("55.0", "100.0")
    assert (task.get("y"), task.get("width")) == ("78.00", "100.0")
    assert [w.get("x") for w in _by_id(saved, "F_di")] == ["91.0", "150"]
    assert _by_id(saved, "T").get("isForCompensation") == "false"
    outgoing = [c.text for c in _by_id(saved, "S") if c.tag.endswith("outgoing")]
    assert outgoing == [" bpmn:F "]  # one reference, written as the file wrote it


def test_a_moved_step_gets_the_models_numbers() -> None:
    model, _ = read_bpmn(SOURCE)
    model.update_step("S", bounds=Rect(60, 100, 36, 36))
    saved = write_bpmn(model)
    start = _by_id(saved, "S_di")[0]
    assert (start.get("x"), start.get("y")) == ("60", "100")
