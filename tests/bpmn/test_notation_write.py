"""Notation in the file: steps made in code are written as their notation says, read back the
same, stay schema-valid; a changed marker on a foreign file changes only that element."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from customer_modeler.bpmn.namespaces import bpmn
from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step
from customer_modeler.model.elements import Notation
from tests.conftest import shared_path


def _marked_model() -> ProcessModel:
    model = ProcessModel("Markers")
    model.add_pool(Pool("Org", "Org", model.process_id, Rect(0, 0, 1400, 300)))
    model.add_lane(Lane("L", "Team", "department", pool="Org", bounds=Rect(30, 0, 1370, 300), role_set=True))
    specs = [
        ("S_timer", "startEvent", Notation(event_definitions=("timer",))),
        ("T_user", "userTask", Notation(loop="standard")),
        ("T_multi", "serviceTask", Notation(loop="sequential", compensation=True)),
        ("B_esc", "boundaryEvent", Notation(event_definitions=("escalation",), interrupting=False,
                                            attached_to="T_user")),
        ("G_evt", "eventBasedGateway", Notation(instantiate=True, event_gateway_type="parallel")),
        ("C_msg", "intermediateCatchEvent", Notation(event_definitions=("message", "signal"),
                                                     parallel_multiple=True)),
        ("X_gate", "exclusiveGateway", Notation()),
        ("E_term", "endEvent", Notation(event_definitions=("terminate",))),
        ("E_comp", "endEvent", Notation(event_definitions=("compensation",))),
        ("E_plain", "endEvent", Notation()),
    ]
    for i, (step_id, kind, notation) in enumerate(specs):
        size = 36 if kind.endswith("Event") else 50 if kind.endswith("Gateway") else 100
        model.add_step(Step(step_id, kind, step_id, lane="L", bounds=Rect(60 + i * 140, 100, size, size),
                            notation=notation))
    for flow_id, source, target, default in [("F1", "S_timer", "T_user", False),
                                             ("F2", "T_user", "X_gate", False),
                                             ("F3", "X_gate", "E_term", False),
                                             ("F4", "X_gate", "E_plain", True)]:
        model.add_flow(Flow(flow_id, source, target, is_default=default))
    return model


def _element(data: bytes, element_id: str) -> etree._Element:
    (found,) = etree.fromstring(data).xpath("//*[@id=$i]", i=element_id)
    return found


def test_new_steps_are_written_as_their_notation_says(schema_errors):
    data = write_bpmn(_marked_model())
    assert schema_errors(data) == set()
    assert _element(data, "S_timer").find(bpmn("timerEventDefinition")) is not None
    assert _element(data, "T_user").find(bpmn("standardLoopCharacteristics")) is not None
    multi = _element(data, "T_multi").find(bpmn("multiInstanceLoopCharacteristics"))
    assert multi is not None and multi.get("isSequential") == "true"
    assert _element(data, "T_multi").get("isForCompensation") == "true"
    boundary = _element(data, "B_esc")
    assert (boundary.get("cancelActivity"), boundary.get("attachedToRef")) == ("false", "T_user")
    assert boundary.find(bpmn("escalationEventDefinition")) is not None
    gateway = _element(data, "G_evt")
    assert (gateway.get("instantiate"), gateway.get("eventGatewayType")) == ("true", "Parallel")
    catch = _element(data, "C_msg")
    assert [etree.QName(c).localname for c in catch if "EventDefinition" in etree.QName(c).localname] \
        == ["messageEventDefinition", "signalEventDefinition"]
    assert catch.get("parallelMultiple") == "true"
    assert _element(data, "X_gate").get("default") == "F4"
    assert _element(data, "E_term").find(bpmn("terminateEventDefinition")) is not None
    assert _element(data, "E_comp").find(bpmn("compensateEventDefinition")) is not None
    plain = _element(data, "E_plain")
    assert not [c for c in plain if "EventDefinition" in etree.QName(c).localname]
    assert plain.get("default") is None


def test_written_notation_reads_back_the_same():
    model = _marked_model()
    again = read_bpmn(write_bpmn(model)).model
    assert {s.id: s.notation for s in again.steps.values()} == \
        {s.id: replace(s.notation, expanded=None) for s in model.steps.values()}
    assert {f.id: f.is_default for f in again.flows.values()} == {f.id: f.is_default for f in model.flows.values()}


def test_changing_notation_on_a_read_model_rewrites_only_that_element():
    model = _marked_model()
    first = write_bpmn(model)
    reread = read_bpmn(first).model
    reread.update_step("S_timer", notation=Notation(event_definitions=("message",)))
    reread.update_step("T_user", notation=Notation())
    reread.update_flow("F4", is_default=False)
    second = write_bpmn(reread)
    assert _element(second, "S_timer").find(bpmn("messageEventDefinition")) is not None
    assert _element(second, "S_timer").find(bpmn("timerEventDefinition")) is None
    assert _element(second, "T_user").find(bpmn("standardLoopCharacteristics")) is None
    assert _element(second, "X_gate").get("default") is None
    for untouched in ("T_multi", "B_esc", "G_evt", "C_msg", "E_term"):
        assert etree.tostring(_element(second, untouched)) == etree.tostring(_element(first, untouched))


@pytest.mark.parametrize("name", ["A.4.1", "B.2.0", "C.1.0", "C.2.0", "C.4.0"])
def test_foreign_steps_keep_their_notation_xml(name):
    path = shared_path("interop", "Reference", f"{name}.bpmn")
    result = read_bpmn_file(path)
    written = etree.fromstring(write_bpmn(result.model))
    original = etree.fromstring(path.read_bytes())
    for step in result.model.steps.values():
        (before,) = original.xpath("//*[@id=$i]", i=step.id)
        (after,) = written.xpath("//*[@id=$i]", i=step.id)
        marks = ("default", "cancelActivity", "isInterrupting", "parallelMultiple", "isForCompensation",
                 "triggeredByEvent", "instantiate", "eventGatewayType", "attachedToRef")
        assert {m: before.get(m) for m in marks} == {m: after.get(m) for m in marks}, step.id
        kids = [etree.tostring(c) for c in before if isinstance(c.tag, str) and
                ("EventDefinition" in c.tag or "LoopCharacteristics" in c.tag)]
        assert kids == [etree.tostring(c) for c in after if isinstance(c.tag, str) and
                        ("EventDefinition" in c.tag or "LoopCharacteristics" in c.tag)], step.id
