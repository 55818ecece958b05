"""What the mutation fuzzer found, each as a small file of its own."""

from __future__ import annotations

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn

HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'
        b' xmlns:cpm="urn:customer-process-modeler:1" id="D" targetNamespace="t"><process id="P">')
TAIL = b"</process></definitions>"


def document(body: bytes) -> bytes:
    return HEAD + body + TAIL


def test_an_unreadable_lane_role_is_reported_and_kept() -> None:
    data = document(b'<laneSet id="LS"><lane id="C" name="Customer"><flowNodeRef>s</flowNodeRef></lane>'
                    b'<lane id="B" name="Back office" cpm:role="boss"><flowNodeRef>e</flowNodeRef></lane>'
                    b'</laneSet><startEvent id="s"/><endEvent id="e"/>'
                    b'<sequenceFlow id="f" sourceRef="s" targetRef="e"/>')
    model, warnings = read_bpmn(data)
    assert ("W-BAD-ATTRIBUTE", ("B",)) in [(w.code, w.elements) for w in warnings]
    assert "cpm:role='boss' ignored" in next(w.message for w in warnings if w.code == "W-BAD-ATTRIBUTE")
    assert model.lanes["B"].role == "department" and not model.lanes["B"].role_set
    assert b'cpm:role="boss"' in write_bpmn(model)  # kept for a version that knows it


def test_an_unreadable_role_gives_way_to_the_customer_role_found_by_name() -> None:
    data = document(b'<laneSet id="LS"><lane id="C" name="Customer" cpm:role="9999"><flowNodeRef>s</flowNodeRef>'
                    b'</lane></laneSet><startEvent id="s"/>')
    model, _ = read_bpmn(data)
    assert model.lanes["C"].role == "customer" and model.lanes["C"].extra == {}
    again, _ = read_bpmn(write_bpmn(model))
    assert again.lanes["C"].role == "customer" and again.lanes["C"].extra == {}


def test_a_default_naming_a_flow_that_leaves_elsewhere_marks_nothing() -> None:
    """A gateway's ``default`` names a flow whose source is a task: the task's own default
    stays its only default, and the gateway's attribute is written back as it was."""
    data = document(b'<task id="t" default="f1"/><exclusiveGateway id="g" default="f2"/><endEvent id="e"/>'
                    b'<sequenceFlow id="f1" sourceRef="t" targetRef="e"/>'
                    b'<sequenceFlow id="f2" sourceRef="t" targetRef="e"/>'
                    b'<sequenceFlow id="f3" sourceRef="g" targetRef="e"/>')
    model, _ = read_bpmn(data)
    assert [(f.id, f.is_default) for f in model.flows.values()] == [("f1", True), ("f2", False), ("f3", False)]
    written = write_bpmn(model)
    assert b'<task id="t" default="f1"' in written and b'<exclusiveGateway id="g" default="f2"' in written
    again, _ = read_bpmn(written)
    assert [(f.id, f.is_default) for f in again.flows.values()] == [("f1", True), ("f2", False), ("f3", False)]
