"""Saving keeps what the model does not express: lane references of nested and foreign
steps, unknown cpm data, vendor extensions of deleted-then-restored steps, empty parts."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from customer_modeler.bpmn.namespaces import CPM, bpmn, cpm
from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Step, System

FIXTURES = Path(__file__).parent / "fixtures_keep"


def lane_refs(data: bytes, lane_id: str) -> list[str]:
    root = etree.fromstring(data)
    lane = next(e for e in root.iter(bpmn("lane")) if e.get("id") == lane_id)
    return [(ref.text or "").strip() for ref in lane.iterchildren(bpmn("flowNodeRef"))]


def element(data: bytes, element_id: str) -> etree._Element:
    return next(e for e in etree.fromstring(data).iter() if e.get("id") == element_id)


def test_lane_refs_of_steps_inside_a_sub_process_survive_saves_and_moves() -> None:
    original = (FIXTURES / "subprocess_lanes.bpmn").read_bytes()
    model, _ = read_bpmn(original)
    assert model.steps["SubTask"].lane is None  # the model gives nested steps no lane
    saved = write_bpmn(model)
    assert lane_refs(saved, "LaneCustomer") == ["Start", "Sub", "SubStart", "SubTask", "SubEnd"]
    # moving a top-level step rewrites the list, and the nested steps stay in it
    model.update_step("Start", lane="LaneOffice")
    moved = write_bpmn(model)
    assert sorted(lane_refs(moved, "LaneCustomer")) == ["Sub", "SubEnd", "SubStart", "SubTask"]
    assert sorted(lane_refs(moved, "LaneOffice")) == ["Check", "End", "Start"]


def test_deleting_a_nested_step_removes_its_lane_ref_and_undo_brings_it_back() -> None:
    model, _ = read_bpmn((FIXTURES / "subprocess_lanes.bpmn").read_bytes())
    flows = [(f, model.remove_flow(f.id)) for f in model.flows_of("SubEnd")]
    step = model.steps["SubEnd"]
    index = model.remove_step("SubEnd")
    assert "SubEnd" not in lane_refs(write_bpmn(model), "LaneCustomer")
    model.add_step(step, index)
    for flow, flow_index in reversed(flows):
        model.add_flow(flow, flow_index)
    assert "SubEnd" in lane_refs(write_bpmn(model), "LaneCustomer")


def test_lane_ref_to_another_pools_step_is_kept_with_a_warning() -> None:
    model, warnings = read_bpmn((FIXTURES / "foreign_lane_ref.bpmn").read_bytes())
    foreign = [w for w in warnings if w.code == "W-LANE-FOREIGN-NODE"]
    assert len(foreign) == 1 and foreign[0].elements == ("LaneShop", "Clear")
    assert "Clear" in foreign[0].message and "LaneShop" in foreign[0].message
    assert model.steps["Clear"].lane == "LaneBank"
    saved = write_bpmn(model)
    assert lane_refs(saved, "LaneShop") == ["Sell", "Pay", "Clear"]
    assert lane_refs(saved, "LaneBank") == ["Clear"]


def test_unknown_cpm_data_survives_a_save_with_edited_model_data() -> None:
    model, warnings = read_bpmn((FIXTURES / "future_cpm_data.bpmn").read_bytes())
    assert {w.code for w in warnings} >= {"W-BAD-ATTRIBUTE"}
    assert model.systems["CRM"].fail_prob is None  # "high" cannot be used
    # the user edits known values: a system's name, a new system, a scenario value
    model.systems["CRM"].name = "Customer database"
    model.systems["PBX"] = System("PBX", "Phone system", None, 0.02)
    model.scenario["accounts"] = 2500.0
    saved = write_bpmn(model)
    root = etree.fromstring(saved)
    info = root.find(f".//{cpm('model')}")
    assert info is not None and info.get("future_field") == "kept please"
    crm = next(e for e in root.iter(cpm("system")) if e.get("id") == "CRM")
    assert (crm.get("name"), crm.get("fail_prob"), crm.get("sla_class")) == (
        "Customer database", "high", "gold")
    web = next(e for e in root.iter(cpm("system")) if e.get("id") == "WEB")
    assert web.get("name") == "" and web.get("fail_prob") == "0.01"
    assert [e.get("id") for e in root.iter(cpm("system"))] == ["CRM", "WEB", "PBX"]
    kpi = root.find(f".//{cpm('kpiTarget')}")
    assert kpi is not None and kpi.get("metric") == "nps" and kpi[0].text == "from the board"
    scenario = root.find(f".//{cpm('scenario')}")
    assert scenario is not None and scenario.get("accounts") == "2500"
    assert scenario.get("season") == "winter"
    assert root.find(".//{urn:example:other}other") is not None
    work = element(saved, "Work")
    assert work.get(f"{{{CPM}}}future_minutes") == "7"


def test_removing_a_system_removes_only_that_system() -> None:
    model, _ = read_bpmn((FIXTURES / "future_cpm_data.bpmn").read_bytes())
    del model.systems["WEB"]
    root = etree.fromstring(write_bpmn(model))
    assert [e.get("id") for e in root.iter(cpm("system"))] == ["CRM"]
    assert root.find(f".//{cpm('kpiTarget')}") is not None


def test_vendor_extensions_of_a_step_come_back_after_delete_save_undo_save() -> None:
    model, _ = read_bpmn((FIXTURES / "subprocess_lanes.bpmn").read_bytes())
    first = write_bpmn(model)
    flows = [(f, model.remove_flow(f.id)) for f in model.flows_of("Check")]
    step = model.steps["Check"]
    index = model.remove_step("Check")
    deleted = write_bpmn(model)
    assert b'id="Check"' not in deleted and b'id="Check_di"' not in deleted
    model.add_step(step, index)  # undo: the very same objects come back
    for flow, flow_index in reversed(flows):
        model.add_flow(flow, flow_index)
    restored = write_bpmn(model)
    check = element(restored, "Check")
    assert check.get("{urn:example:vendor}colour") == "red"
    props = check.find(f"{bpmn('extensionElements')}/{{urn:example:vendor}}properties")
    assert props is not None and props[0].get("value") == "Team A"
    assert element(restored, "Check_di").get("{urn:example:vendor}shade") == "light"
    flow = element(restored, "F3")
    assert flow.find(f"{bpmn('extensionElements')}/{{urn:example:vendor}}flowInfo") is not None
    assert [r.text for r in check.iterchildren(bpmn("incoming"))] == ["F2"]
    assert restored == first  # byte for byte what was saved before the delete


def test_a_new_step_reusing_a_deleted_id_gets_fresh_xml() -> None:
    model, _ = read_bpmn((FIXTURES / "subprocess_lanes.bpmn").read_bytes())
    for flow in model.flows_of("Check"):
        model.remove_flow(flow.id)
    model.remove_step("Check")
    write_bpmn(model)
    model.add_step(Step("Check", "userTask", "New check", lane="LaneOffice"))
    check = element(write_bpmn(model), "Check")
    assert check.tag == bpmn("userTask") and check.get("{urn:example:vendor}colour") is None
    assert check.find(bpmn("extensionElements")) is None


def test_empty_extension_elements_and_empty_names_are_kept() -> None:
    saved = write_bpmn(read_bpmn((FIXTURES / "subprocess_lanes.bpmn").read_bytes()).model)
    process = element(saved, "Proc")
    ext = process.find(bpmn("extensionElements"))
    assert ext is not None and len(ext) == 0
    assert process.get("name") == ""
    assert element(saved, "F2").get("name") == ""
    end = element(saved, "End")
    assert end.find(bpmn("extensionElements")) is not None


def test_a_file_without_a_name_is_not_given_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "Claims handling.bpmn"
    path.write_bytes((FIXTURES / "subprocess_lanes.bpmn").read_bytes().replace(
        b'id="Defs"', b'id="Defs" name=""'))
    model, _ = read_bpmn_file(path)
    assert model.name == "Claims handling"  # shown in the window title
    assert etree.fromstring(write_bpmn(model)).get("name") == ""
    model.name = "Claims"
    assert etree.fromstring(write_bpmn(model)).get("name") == "Claims"
