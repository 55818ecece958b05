"""The reader on imperfect and foreign input: warnings instead of failures, and the
customer-lane rule of docs/design.md."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from tests.bpmn.roundtrip_check import foreign_content

HEAD = ('<?xml version="1.0" encoding="{enc}"?>\n'
        '<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
        'xmlns:omgdc="http://www.omg.org/spec/DD/20100524/DC" '
        'xmlns:omgdi="http://www.omg.org/spec/DD/20100524/DI" '
        'xmlns:vendor="http://example.com/vendor" id="D" targetNamespace="http://example.com">\n')
TAIL = "</bpmn2:definitions>\n"


def document(body: str, di: str = "", enc: str = "UTF-8") -> str:
    plane = (f'<bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">{di}'
             "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>") if di else ""
    return HEAD.format(enc=enc) + body + plane + TAIL


def lanes_process(*lane_names: str, extra: str = "") -> str:
    lanes = "".join(
        f'<bpmn2:lane id="L{i}" name="{name}"><bpmn2:flowNodeRef>t{i}</bpmn2:flowNodeRef></bpmn2:lane>'
        for i, name in enumerate(lane_names))
    tasks = "".join(f'<bpmn2:task id="t{i}" name="Task {i}"/>' for i in range(len(lane_names)))
    return f'<bpmn2:process id="P"><bpmn2:laneSet id="LS">{lanes}</bpmn2:laneSet>{tasks}{extra}</bpmn2:process>'


def codes(warnings) -> list[str]:
    return [w.code for w in warnings]


@pytest.mark.parametrize("name", ["Customer", " customer ", "Customer (B2B)", "Kunde", "Cliente",
                                  "πελάτης", "ลูกค้า", "Clients"])
def test_lane_named_for_the_customer_is_the_customer_lane(name: str) -> None:
    model, warnings = read_bpmn(document(lanes_process(name, "Sales")).encode())
    assert model.customer_lane is not None and model.customer_lane.id == "L0"
    assert "W-CUSTOMER-BY-LANE-NAME" in codes(warnings)


@pytest.mark.parametrize("name", ["Customer Service", "Customer care", "Customers' bank", "Sales"])
def test_department_names_are_not_the_customer(name: str) -> None:
    model, warnings = read_bpmn(document(lanes_process(name, "Back office")).encode())
    assert model.customer_lane is None
    assert "W-NO-CUSTOMER-LANE" in codes(warnings)


def test_customer_lane_not_on_top_is_reported_not_moved() -> None:
    model, warnings = read_bpmn(document(lanes_process("Sales", "Customer")).encode())
    assert list(model.lanes) == ["L0", "L1"] and model.customer_lane.id == "L1"
    assert "W-CUSTOMER-NOT-ON-TOP" in codes(warnings)


def test_customer_pool_becomes_the_customer_lane_and_keeps_its_pool_form() -> None:
    body = ('<bpmn2:collaboration id="C">'
            '<bpmn2:participant id="PC" name="Customer" processRef="PCust"/>'
            '<bpmn2:participant id="PO" name="ACME" processRef="P"/>'
            '<bpmn2:messageFlow id="M1" sourceRef="c1" targetRef="o1"/>'
            '<bpmn2:messageFlow id="M2" sourceRef="o2" targetRef="PC"/>'
            "</bpmn2:collaboration>"
            '<bpmn2:process id="PCust"><bpmn2:startEvent id="c0"/><bpmn2:task id="c1" name="Ask"/>'
            '<bpmn2:sequenceFlow id="cf" sourceRef="c0" targetRef="c1"/></bpmn2:process>'
            '<bpmn2:process id="P"><bpmn2:task id="o1" name="Answer"/><bpmn2:endEvent id="o2"/>'
            '<bpmn2:sequenceFlow id="of" sourceRef="o1" targetRef="o2"/></bpmn2:process>')
    model, warnings = read_bpmn(document(body).encode())
    customer = model.customer_lane
    assert customer is not None and customer.id == "PC" and customer.from_pool == "PC"
    assert model.steps["c1"].lane == "PC" and model.steps["o1"].lane is None
    assert model.process_id == "P"
    assert {f.id for f in model.message_flows()} == {"M1", "M2"}
    assert "W-CUSTOMER-BY-POOL-NAME" in codes(warnings)
    written = write_bpmn(model)
    assert b"<bpmn2:lane" not in written and b'<bpmn2:participant id="PC" name="Customer"' in written


def test_duplicate_ids_are_repaired_with_a_warning() -> None:
    body = ('<bpmn2:process id="P"><bpmn2:task id="t" name="A"/><bpmn2:task id="t" name="B"/>'
            '<bpmn2:sequenceFlow id="f" sourceRef="t" targetRef="t_2"/></bpmn2:process>')
    model, warnings = read_bpmn(document(body).encode())
    assert [(s.id, s.name) for s in model.steps.values()] == [("t", "A"), ("t_2", "B")]
    assert "W-DUPLICATE-ID" in codes(warnings)
    assert b'id="t_2" name="B"' in write_bpmn(model)


def test_dangling_references_are_dropped_from_the_model_but_kept_in_the_file() -> None:
    body = lanes_process("Customer").replace(
        "</bpmn2:laneSet>", "</bpmn2:laneSet>").replace(
        '<bpmn2:flowNodeRef>t0</bpmn2:flowNodeRef>',
        '<bpmn2:flowNodeRef>t0</bpmn2:flowNodeRef><bpmn2:flowNodeRef>ghost</bpmn2:flowNodeRef>').replace(
        "</bpmn2:process>", '<bpmn2:sequenceFlow id="f" sourceRef="t0" targetRef="nowhere"/></bpmn2:process>')
    model, warnings = read_bpmn(document(body).encode())
    assert "f" not in model.flows
    dangling = [w for w in warnings if w.code == "W-DANGLING-REF"]
    assert {e for w in dangling for e in w.elements} == {"ghost", "f"}
    assert b'id="f" sourceRef="t0" targetRef="nowhere"' in write_bpmn(model)


@pytest.mark.parametrize("bounds", ['x="NaN" y="0" width="10" height="10"',
                                    'x="0" y="0" width="1e300" height="10"',
                                    'x="0" y="0" width="-5" height="10"',
                                    'x="a" y="0" width="10" height="10"',
                                    'x="0" y="0" width="10"'])
def test_bad_bounds_are_ignored_with_a_warning(bounds: str) -> None:
    di = (f'<bpmndi:BPMNShape id="s" bpmnElement="t"><omgdc:Bounds {bounds}/></bpmndi:BPMNShape>'
          '<bpmndi:BPMNShape id="s2" bpmnElement="u"><omgdc:Bounds x="0" y="0" width="9" height="9"/>'
          "</bpmndi:BPMNShape>")
    body = '<bpmn2:process id="P"><bpmn2:task id="t"/><bpmn2:task id="u"/></bpmn2:process>'
    model, warnings = read_bpmn(document(body, di).encode())
    assert model.steps["t"].bounds is None
    bad = [w for w in warnings if w.code == "W-BAD-BOUNDS"]
    assert len(bad) == 1 and bad[0].elements == ("t",)


def test_a_very_long_journey_keeps_its_lane_and_step_bounds() -> None:
    """100,000 steps in one row reach about 15 million pixels: long, not broken."""
    di = ('<bpmndi:BPMNShape id="s" bpmnElement="t"><omgdc:Bounds x="15300000" y="0" width="100" height="80"/>'
          "</bpmndi:BPMNShape>")
    body = '<bpmn2:process id="P"><bpmn2:task id="t"/></bpmn2:process>'
    model, warnings = read_bpmn(document(body, di).encode())
    assert model.steps["t"].bounds is not None and model.steps["t"].bounds.x == 15_300_000
    assert not [w for w in warnings if w.code == "W-BAD-BOUNDS"]


def test_di_for_missing_elements_and_prefixed_references() -> None:
    di = ('<bpmndi:BPMNShape id="s1" bpmnElement="bpmn2:t"><omgdc:Bounds x="1" y="2" width="3" height="4"/>'
          '</bpmndi:BPMNShape><bpmndi:BPMNShape id="s2" bpmnElement="gone">'
          '<omgdc:Bounds x="1" y="2" width="3" height="4"/></bpmndi:BPMNShape>')
    model, warnings = read_bpmn(document('<bpmn2:process id="P"><bpmn2:task id="t"/></bpmn2:process>', di).encode())
    assert model.steps["t"].bounds is not None and model.steps["t"].bounds.width == 3
    missing = [w for w in warnings if w.code == "W-DI-MISSING-ELEMENT"]
    assert missing and missing[0].elements == ("gone",)


def test_nested_lanes_are_kept_as_sub_lanes() -> None:
    body = ('<bpmn2:process id="P"><bpmn2:laneSet id="LS"><bpmn2:lane id="Org" name="Company">'
            "<bpmn2:flowNodeRef>t</bpmn2:flowNodeRef>"
            '<bpmn2:childLaneSet id="CLS"><bpmn2:lane id="Sub" name="Sales">'
            "<bpmn2:flowNodeRef>t</bpmn2:flowNodeRef></bpmn2:lane></bpmn2:childLaneSet></bpmn2:lane>"
            '</bpmn2:laneSet><bpmn2:task id="t"/></bpmn2:process>')
    model, warnings = read_bpmn(document(body).encode())
    assert model.lanes["Sub"].parent == "Org" and model.steps["t"].lane == "Sub"
    assert "W-NESTED-LANES" in codes(warnings)
    again, _ = read_bpmn(write_bpmn(model))
    assert again.steps["t"].lane == "Sub" and again.lanes["Sub"].parent == "Org"


def test_missing_diagram_is_reported() -> None:
    model, warnings = read_bpmn(document(lanes_process("Customer")).encode())
    assert [w.elements for w in warnings if w.code == "W-NO-DI"] == [("t0",)]


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-16"])
def test_declared_encodings_are_decoded_and_written_as_utf8(encoding: str) -> None:
    text = document(lanes_process("Kundenbetreuung € ä", "Customer"), enc=encoding)
    data = text.encode("utf-16" if encoding == "UTF-16" else encoding.replace("windows-", "cp"),
                       errors="strict") if encoding != "ISO-8859-1" else text.replace("€", "E").encode("latin-1")
    model, _ = read_bpmn(data)
    expected = "Kundenbetreuung E ä" if encoding == "ISO-8859-1" else "Kundenbetreuung € ä"
    assert model.lanes["L0"].name == expected
    written = write_bpmn(model)
    assert written.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert expected.encode() in written


def test_foreign_extensions_comments_and_cdata_survive() -> None:
    body = ('<!-- a comment kept --><bpmn2:process id="P" vendor:flag="yes">'
            '<bpmn2:extensionElements><vendor:meta key="k"><vendor:deep>text</vendor:deep></vendor:meta>'
            '</bpmn2:extensionElements><bpmn2:task id="t" vendor:colour="red"/>'
            '<bpmn2:scriptTask id="s"><bpmn2:script><![CDATA[if (a < b) {}]]></bpmn2:script></bpmn2:scriptTask>'
            '<bpmn2:dataObject id="do"/><bpmn2:textAnnotation id="ta"><bpmn2:text>Note</bpmn2:text>'
            "</bpmn2:textAnnotation></bpmn2:process>")
    data = document(body).encode()
    model, _ = read_bpmn(data)
    assert model.artifacts["ta"].name == "Note"
    written = write_bpmn(model)
    assert foreign_content(data) == foreign_content(written)
    for kept in (b"<!-- a comment kept -->", b"<![CDATA[if (a < b) {}]]>", b'<bpmn2:dataObject id="do"/>'):
        assert kept in written


def test_file_without_diagram_is_laid_out_without_overlaps(schema_errors) -> None:
    from tests.conftest import shared_path

    path = shared_path("interop", "IBM BlueWorks Live April 2014", "A.2.0-export.bpmn")
    model, warnings = read_bpmn(path.read_bytes())
    no_di = [w for w in warnings if w.code == "W-NO-DI"]
    assert len(no_di) == 1 and "laid out automatically" in no_di[0].message
    boxes = [s.bounds for s in model.steps.values()]
    assert all(b is not None for b in boxes)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert (a.x + a.width <= b.x or b.x + b.width <= a.x or
                    a.y + a.height <= b.y or b.y + b.height <= a.y), f"{a} overlaps {b}"
    assert all(len(f.waypoints) >= 2 for f in model.flows.values())
    written = write_bpmn(model)
    shapes = etree.fromstring(written).iter("{http://www.omg.org/spec/BPMN/20100524/DI}BPMNShape")
    assert {s.get("bpmnElement") for s in shapes} >= set(model.steps)
    assert schema_errors(written) == set()
    again, again_warnings = read_bpmn(written)
    assert "W-NO-DI" not in codes(again_warnings)


_SAMPLE_DOC = None


def _sample_bytes() -> bytes:
    global _SAMPLE_DOC
    if _SAMPLE_DOC is None:
        from tests.bpmn.factories import journey_model

        _SAMPLE_DOC = write_bpmn(journey_model())
    return _SAMPLE_DOC


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_damaged_files_open_with_warnings_or_a_clear_refusal(data: st.DataObject) -> None:
    # given one of our files, damaged: a cut, an inserted byte run, or a value swapped
    original = _sample_bytes()
    start = data.draw(st.integers(0, len(original) - 1))
    end = data.draw(st.integers(start, min(len(original), start + 40)))
    filler = data.draw(st.sampled_from([b"", b"NaN", b"-1e999", b'"', b"<", b"\x00", b"&amp;",
                                        b"bpmn:", b"\xff\xfe", b"x" * 20]))
    damaged = original[:start] + filler + original[end:]
    # when it is opened, then it opens or is refused with a sentence; never an internal error
    try:
        model, warnings = read_bpmn(damaged)
    except BpmnReadError as exc:
        assert "internal error" not in str(exc) and "\n" not in str(exc)
    else:
        assert all(w.code.startswith("W-") for w in warnings)
        write_bpmn(model)


def test_second_customer_lane_is_read_as_a_department() -> None:
    body = lanes_process("Buyers", "Shoppers").replace(
        'name="Buyers"', 'name="Buyers" xmlns:cpm="urn:customer-process-modeler:1" cpm:role="customer"').replace(
        'name="Shoppers"', 'name="Shoppers" xmlns:cpm="urn:customer-process-modeler:1" cpm:role="customer"')
    model, warnings = read_bpmn(document(body).encode())
    assert [lane.role for lane in model.lanes.values()] == ["customer", "department"]
    assert [w.elements for w in warnings if w.code == "W-MULTIPLE-CUSTOMER-LANES"] == [("L1",)]
