"""The writer: our own models become valid BPMN 2.0 that reads back the same."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from customer_modeler.bpmn.namespaces import BPMN, BPMNDI, CPM, DC, DI
from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file, write_bpmn
from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step
from tests.bpmn.factories import journey_model
from tests.bpmn.model_strategies import exact_differences, random_models
from tests.bpmn.roundtrip_check import model_differences

NS = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "cpm": CPM}


def test_our_model_round_trips_with_every_attribute(schema_errors) -> None:
    # given a model built in code
    model = journey_model()
    # when it is written and read back
    data = write_bpmn(model)
    again, warnings = read_bpmn(data)
    # then nothing changed, the file is valid, and reading it gave no warnings
    assert model_differences(journey_model(), again) == []
    assert schema_errors(data) == set()
    assert warnings == []
    assert again.customer_lane is not None and again.customer_lane.id == "CUS"


def test_written_file_has_the_documented_shape() -> None:
    root = etree.fromstring(write_bpmn(journey_model()))
    assert root.nsmap["cpm"] == "urn:customer-process-modeler:1"
    participant = root.find("bpmn:collaboration/bpmn:participant", NS)
    assert participant is not None and participant.get("processRef") == "Process_1"
    lanes = root.findall("bpmn:process/bpmn:laneSet/bpmn:lane", NS)
    assert [lane.get("id") for lane in lanes] == ["CUS", "SAL", "ITS"]
    assert lanes[0].get(f"{{{CPM}}}role") == "customer"
    assert [r.text for r in lanes[0].findall("bpmn:flowNodeRef", NS)] == ["S0", "T1", "G1", "E1", "E2"]
    lane_shape = root.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane/bpmndi:BPMNShape[@bpmnElement='CUS']", NS)
    assert lane_shape is not None and lane_shape.get("isHorizontal") == "true"
    edge = root.find("bpmndi:BPMNDiagram/bpmndi:BPMNPlane/bpmndi:BPMNEdge[@bpmnElement='F3']", NS)
    assert edge is not None and len(edge.findall("di:waypoint", NS)) == 3


def test_only_attributes_the_modeller_set_are_written() -> None:
    root = etree.fromstring(write_bpmn(journey_model()))
    gateway = root.find(".//bpmn:exclusiveGateway[@id='G1']", NS)
    task = root.find(".//bpmn:serviceTask[@id='T3']", NS)
    assert gateway is not None and task is not None
    assert [k for k in gateway.attrib if k.startswith(f"{{{CPM}}}")] == []
    assert {k.split("}")[1]: v for k, v in task.attrib.items() if k.startswith(f"{{{CPM}}}")} == {
        "visible": "false", "cost": "0.2"}
    advise = root.find(".//bpmn:task[@id='T2']", NS)
    assert advise is not None and advise.get(f"{{{CPM}}}data_in") == "name need"
    assert advise.get(f"{{{CPM}}}cost") == "6.4"


def test_model_data_goes_into_extension_elements() -> None:
    root = etree.fromstring(write_bpmn(journey_model()))
    ext = root.find("bpmn:process/bpmn:extensionElements", NS)
    assert ext is not None
    assert [child.tag.split("}")[1] for child in ext] == ["model", "system", "scenario"]
    assert ext.find("cpm:system", NS).get("fail_prob") == "0.005"


def test_output_is_utf8_with_declaration() -> None:
    data = write_bpmn(journey_model())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert "ฝ่ายขาย".encode() in data


def test_unknown_cpm_attributes_and_newer_versions_survive() -> None:
    data = write_bpmn(journey_model()).replace(
        b'id="T3"', b'id="T3" cpm:future_thing="42" xmlns:cpm2="urn:customer-process-modeler:2" cpm2:x="1"')
    model, warnings = read_bpmn(data)
    assert model.steps["T3"].extra == {"future_thing": "42"}
    assert [w.code for w in warnings] == ["W-NEWER-FORMAT"]
    written = write_bpmn(model)
    assert b'cpm:future_thing="42"' in written and b'cpm2:x="1"' in written


def test_unparsable_attribute_is_kept_and_reported() -> None:
    data = write_bpmn(journey_model()).replace(b'cpm:cost="0.2"', b'cpm:cost="cheap"')
    model, warnings = read_bpmn(data)
    assert model.steps["T3"].cost is None
    assert [(w.code, w.elements) for w in warnings] == [("W-BAD-ATTRIBUTE", ("T3",))]
    assert b'cpm:cost="cheap"' in write_bpmn(model)


def test_edits_reach_the_file(schema_errors) -> None:
    # given a written and re-read model
    model, _ = read_bpmn(write_bpmn(journey_model()))
    # when the user adds a lane and a step, connects it, deletes a step and renames one
    model.add_lane(Lane("FUL", "Fulfilment", pool="Org", bounds=Rect(30, 420, 870, 140)))
    model.add_step(Step("T9", "userTask", "Ship", lane="FUL", bounds=Rect(420, 450, 120, 80)))
    model.add_flow(Flow("F9", "T3", "T9", waypoints=((480.0, 390.0), (480.0, 450.0))))
    for flow in model.flows_of("T2"):
        model.remove_flow(flow.id)
    model.remove_step("T2")
    model.update_step("T1", name="Research online", lane="SAL")
    model.move_lane("ITS", 1)
    data = write_bpmn(model)
    # then the file says so, stays valid and reads back the same
    again, _ = read_bpmn(data)
    assert model_differences(model, again) == []
    assert list(again.lanes) == ["CUS", "ITS", "SAL", "FUL"]
    assert "T2" not in again.steps and again.steps["T9"].lane == "FUL"
    assert b'bpmnElement="T2"' not in data and b'bpmnElement="F4"' not in data
    assert schema_errors(data) == set()


def test_model_without_pool_is_written_as_a_process_diagram(schema_errors) -> None:
    model = ProcessModel()
    model.add_step(Step("a", "startEvent", bounds=Rect(0, 0, 36, 36)))
    model.add_step(Step("b", "endEvent", bounds=Rect(100, 0, 36, 36)))
    model.add_flow(Flow("f", "a", "b"))
    data = write_bpmn(model)
    root = etree.fromstring(data)
    assert root.find("bpmn:collaboration", NS) is None
    assert root.find(".//bpmndi:BPMNPlane", NS).get("bpmnElement") == "Process_1"
    assert schema_errors(data) == set()


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "journey.bpmn"
    target.write_bytes(b"previous content")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_bpmn_file(journey_model(), target)
    assert target.read_bytes() == b"previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["journey.bpmn"]


def test_save_then_open(tmp_path: Path) -> None:
    target = tmp_path / "journey.bpmn"
    save_bpmn_file(journey_model(), target)
    model, warnings = read_bpmn_file(target)
    assert warnings == [] and model_differences(journey_model(), model) == []


# -- property test: random models ------------------------------------------------------------
@settings(max_examples=120, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(model=random_models())
def test_random_models_round_trip_exactly_and_validate(model: ProcessModel, schema_errors) -> None:
    """Every editable kind, attributes in range, branches and loops, non-Latin and
    XML-special names: reading what we wrote gives every field of every element back,
    in order, and the file is valid BPMN 2.0."""
    data = write_bpmn(model)
    again, warnings = read_bpmn(data)
    assert exact_differences(model, again) == []
    assert warnings == []
    assert schema_errors(data) == set()
    assert write_bpmn(again) == data  # and saving the reopened model changes nothing
