"""Groups and annotations of the collaboration (drawn across pools) are read and shown, a
group captioned with the value of its category, as BPMN tools draw it."""

from __future__ import annotations

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Rect
from tests.bpmn.roundtrip_check import model_differences

FILE = b"""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
 xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
 id="D" targetNamespace="http://x">
<category id="Cat"><categoryValue id="CV" value="Checks"/></category>
<collaboration id="C"><participant id="P" name="Shop" processRef="Pr"/>
 <group id="g" categoryValueRef="CV"/>
 <textAnnotation id="a"><text>Done twice a day</text></textAnnotation></collaboration>
<process id="Pr"><task id="t" name="Check"/></process>
<bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" bpmnElement="C">
 <bpmndi:BPMNShape id="P_di" bpmnElement="P" isHorizontal="true"><dc:Bounds x="0" y="0" width="600" height="200"/></bpmndi:BPMNShape>
 <bpmndi:BPMNShape id="t_di" bpmnElement="t"><dc:Bounds x="100" y="60" width="100" height="80"/></bpmndi:BPMNShape>
 <bpmndi:BPMNShape id="g_di" bpmnElement="g"><dc:Bounds x="80" y="40" width="140" height="120"/></bpmndi:BPMNShape>
 <bpmndi:BPMNShape id="a_di" bpmnElement="a"><dc:Bounds x="300" y="40" width="120" height="40"/></bpmndi:BPMNShape>
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>
"""


def test_collaboration_group_and_annotation_are_read_with_their_captions() -> None:
    model, warnings = read_bpmn(FILE)
    assert {(a.kind, a.name, a.bounds) for a in model.artifacts.values()} == {
        ("group", "Checks", Rect(80, 40, 140, 120)),
        ("textAnnotation", "Done twice a day", Rect(300, 40, 120, 40))}
    assert not [w for w in warnings if w.code == "W-DI-MISSING-ELEMENT"]


def test_collaboration_artifacts_survive_a_save() -> None:
    model, _ = read_bpmn(FILE)
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    assert model_differences(model, again) == []
    assert b'categoryValueRef="CV"' in written and b"Done twice a day" in written

