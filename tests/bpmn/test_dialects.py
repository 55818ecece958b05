"""BPMN dialects of real tools, each in a small made-up file: all open, with a warning
where something was repaired, and are written back without losing anything."""

from __future__ import annotations

import pytest

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import Rect
from tests.bpmn.roundtrip_check import foreign_content, model_differences


def dialect(bpmn: str = "bpmn20", dc: str = "omgdc", di: str = "omgdi", bpmndi: str = "ns4",
            target: str = ' targetNamespace="http://example.com"', ref_prefix: str = "",
            lane_y: float = 0.0, extra_di: str = "") -> str:
    return (
        f'<{bpmn}:definitions xmlns:{bpmn}="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        f'xmlns:{bpmndi}="http://www.omg.org/spec/BPMN/20100524/DI" '
        f'xmlns:{dc}="http://www.omg.org/spec/DD/20100524/DC" '
        f'xmlns:{di}="http://www.omg.org/spec/DD/20100524/DI" id="D"{target}>\n'
        f'<{bpmn}:collaboration id="C"><{bpmn}:participant id="P" name="Shop" processRef="Pr"/>'
        f"</{bpmn}:collaboration>\n"
        f'<{bpmn}:process id="Pr"><{bpmn}:laneSet id="LS"><{bpmn}:lane id="L" name="Customer">'
        f"<{bpmn}:flowNodeRef>s</{bpmn}:flowNodeRef><{bpmn}:flowNodeRef>t</{bpmn}:flowNodeRef>"
        f"</{bpmn}:lane></{bpmn}:laneSet>\n"
        f'<{bpmn}:startEvent id="s"/><{bpmn}:task id="t" name="Order"/>'
        f'<{bpmn}:sequenceFlow id="f" sourceRef="s" targetRef="t"/></{bpmn}:process>\n'
        f'<{bpmndi}:BPMNDiagram id="Dg"><{bpmndi}:BPMNPlane id="Pl" bpmnElement="{ref_prefix}C">'
        f'<{bpmndi}:BPMNShape id="ps" bpmnElement="{ref_prefix}P" isHorizontal="true">'
        f'<{dc}:Bounds x="0" y="0" width="600" height="200"/></{bpmndi}:BPMNShape>'
        f'<{bpmndi}:BPMNShape id="ls" bpmnElement="{ref_prefix}L" isHorizontal="true">'
        f'<{dc}:Bounds x="30" y="{lane_y}" width="570" height="200"/></{bpmndi}:BPMNShape>'
        f'<{bpmndi}:BPMNShape id="ss" bpmnElement="{ref_prefix}s">'
        f'<{dc}:Bounds x="60" y="80" width="36" height="36"/></{bpmndi}:BPMNShape>'
        f'<{bpmndi}:BPMNShape id="ts" bpmnElement="{ref_prefix}t">'
        f'<{dc}:Bounds x="150" y="60" width="120" height="80"/></{bpmndi}:BPMNShape>'
        f'<{bpmndi}:BPMNEdge id="fe" bpmnElement="{ref_prefix}f"><{di}:waypoint x="96" y="98"/>'
        f'<{di}:waypoint x="150" y="98"/></{bpmndi}:BPMNEdge>{extra_di}'
        f"</{bpmndi}:BPMNPlane></{bpmndi}:BPMNDiagram></{bpmn}:definitions>\n")


def check_round_trip(data: bytes):
    model, warnings = read_bpmn(data)
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    assert model_differences(model, again) == []
    assert foreign_content(data) == foreign_content(written)
    assert model.steps["t"].bounds is not None and model.flows["f"].waypoints
    assert model.customer_lane is not None and model.customer_lane.id == "L"
    return model, warnings, written


@pytest.mark.parametrize("prefixes", [("bpmn20", "omgdc", "omgdi", "ns4"),
                                      ("semantic", "dc", "di", "bpmndi"),
                                      ("ns5", "ns3", "ns2", "ns4")])
def test_odd_prefixes(prefixes: tuple[str, str, str, str]) -> None:
    bpmn, dc, di, bpmndi = prefixes
    _, warnings, written = check_round_trip(dialect(bpmn, dc, di, bpmndi).encode())
    assert f"<{bpmn}:task".encode() in written  # the file keeps its own prefixes
    assert [w.code for w in warnings] == ["W-CUSTOMER-BY-LANE-NAME"]


def test_crlf_line_ends() -> None:
    check_round_trip(dialect().replace("\n", "\r\n").encode())


def test_missing_target_namespace_is_not_invented() -> None:
    _, _, written = check_round_trip(dialect(target="").encode())
    assert b"targetNamespace" not in written


def test_di_references_written_with_a_prefix() -> None:
    model, _, _ = check_round_trip(dialect(ref_prefix="bpmn20:").encode())
    assert model.lanes["L"].bounds is not None and model.pools["P"].bounds is not None


def test_di_pointing_at_missing_ids_is_reported_and_kept() -> None:
    extra = '<ns4:BPMNShape id="gone_di" bpmnElement="gone"><omgdc:Bounds x="1" y="1" width="5" height="5"/></ns4:BPMNShape>'
    _, warnings, written = check_round_trip(dialect(extra_di=extra).encode())
    assert [w.elements for w in warnings if w.code == "W-DI-MISSING-ELEMENT"] == [("gone",)]
    assert b'bpmnElement="gone"' in written


def test_lane_shape_outside_its_pool_is_redrawn_around_its_steps() -> None:
    # a lane drawn 900 px below its pool, which holds the lane's steps
    model, warnings, _ = check_round_trip(dialect(lane_y=900.0).encode())
    # the lane fills the pool beside the pool's name band, as the lane's own width says
    assert model.lanes["L"].bounds == Rect(30, 0, 570, 200)
    assert [w.elements for w in warnings if w.code == "W-LANES-REPAIRED"] == [("L",)]


@pytest.mark.parametrize("bom,codec", [(b"\xef\xbb\xbf", "utf-8"), (b"", "utf-16-le"), (b"", "utf-16-be")])
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?>\n' + dialect() if codec != "utf-8" else dialect()
    data = bom + (("\ufeff" + text).encode(codec) if codec != "utf-8" else text.encode())
    check_round_trip(data)
