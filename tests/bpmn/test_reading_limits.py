"""Reading: special files refused before reading, the size cap enforced while reading, one
limit policy (what we write we read back), tolerated and repaired slips, and the warnings
for problems that had none of their own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.file_input import read_file_bytes
from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from tests.bpmn.factories import journey_model

REPO = Path(__file__).resolve().parents[2]
B = "http://www.omg.org/spec/BPMN/20100524/MODEL"
DI_NS = ('xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
         'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"')


def small_file(body: str = '<task id="T" name="Check"/>', head: str = "", attrs: str = "") -> bytes:
    return (f'{head}<definitions xmlns="{B}" {attrs} id="D" targetNamespace="urn:x">'
            f'<process id="P">{body}</process></definitions>').encode("utf-8")


def plain(message: str) -> None:
    assert message[0].isupper() and message.endswith(".") and "\n" not in message
    for jargon in ("XML_PARSE", "libxml", "Errno", "xmlParse"):
        assert jargon not in message


# -- special files ----------------------------------------------------------------------------
def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.bpmn"
    os.mkfifo(fifo)
    code = ("import sys\nfrom customer_modeler.bpmn.reader import read_bpmn_file\n"
            "from customer_modeler.bpmn.errors import BpmnReadError\n"
            "try:\n    read_bpmn_file(sys.argv[1])\nexcept BpmnReadError as e:\n    print(e)\n")
    child = subprocess.run([sys.executable, "-c", code, str(fifo)], cwd=REPO,
                           capture_output=True, text=True, timeout=30)
    assert "not an ordinary file" in child.stdout and "pipe.bpmn" in child.stdout
    plain(child.stdout.strip())


def test_a_device_is_refused_before_reading() -> None:
    with pytest.raises(BpmnReadError) as info:
        read_bpmn_file("/dev/zero")
    assert "not an ordinary file" in str(info.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model.bpmn"
    folder.mkdir()
    with pytest.raises(BpmnReadError) as info:
        read_bpmn_file(folder)
    assert "is a folder" in str(info.value)
    plain(str(info.value))


def test_the_size_cap_is_counted_while_reading_not_taken_from_stat(tmp_path: Path) -> None:
    path = tmp_path / "big.bpmn"
    path.write_bytes(b" " * 5000)
    assert len(read_file_bytes(path, limit=5000)) == 5000
    with pytest.raises(BpmnReadError) as info:
        read_file_bytes(path, limit=4999)
    plain(str(info.value))


def test_a_missing_file_says_so_in_words(tmp_path: Path) -> None:
    with pytest.raises(BpmnReadError) as info:
        read_bpmn_file(tmp_path / "gone.bpmn")
    assert "does not exist" in str(info.value) and str(tmp_path) not in str(info.value)


# -- one limit policy -------------------------------------------------------------------------
def test_a_10_mb_name_we_save_opens_again() -> None:
    model = journey_model()
    model.update_step("T1", name="Research " + "ä&<" * 3_500_000)
    data = write_bpmn(model)
    again, _ = read_bpmn(data)
    assert again.steps["T1"].name == model.steps["T1"].name


def test_deep_nesting_is_still_refused_in_plain_words() -> None:
    deep = small_file("<documentation>" + "<a>" * 300 + "x" * 11_000_000 + "</a>" * 300 + "</documentation>")
    with pytest.raises(BpmnReadError) as info:
        read_bpmn(deep)
    assert "nested more than 256 levels" in str(info.value)
    plain(str(info.value))


def test_a_namespace_uri_with_a_blank_is_accepted_and_kept() -> None:
    data = small_file('<task id="T" p:x="1"/>', attrs='xmlns:p="http://example/A.3.0/Initial Import"')
    model, _ = read_bpmn(data)
    assert "T" in model.steps
    saved = etree.fromstring(write_bpmn(model), etree.XMLParser(recover=True))
    assert saved.find(f".//{{{B}}}task").get("{http://example/A.3.0/Initial Import}x") == "1"


# -- repaired slips ---------------------------------------------------------------------------
@pytest.mark.parametrize("head,words", [
    ('<?xml version="1.0"encoding="UTF-8"?>', "blank was missing"),
    ('\n\n   <?xml version="1.0" encoding="UTF-8"?>\n', "after blank space"),
    ('<!-- exported --><?xml version="1.0" encoding="UTF-8"?>', "after a comment"),
])
def test_xml_declaration_slips_are_repaired_with_a_warning(head: str, words: str) -> None:
    model, warnings = read_bpmn(small_file(head=head))
    assert model.steps["T"].name == "Check"
    repaired = [w for w in warnings if w.code == "W-XML-REPAIRED"]
    assert len(repaired) == 1 and words in repaired[0].message


def test_a_declaration_moved_to_the_front_keeps_its_encoding() -> None:
    data = ('  <?xml version="1.0" encoding="windows-1252"?>'
            f'<definitions xmlns="{B}" id="D"><process id="P"><task id="T" name="Prüfung"/>'
            '</process></definitions>').encode("cp1252")
    model, _ = read_bpmn(data)
    assert model.steps["T"].name == "Prüfung"


def test_undeclared_di_and_event_definition_prefixes_are_declared_with_a_warning() -> None:
    body = ('<startEvent id="S"><bpmn:timerEventDefinition id="TD"/></startEvent>'
            '<task id="T" name="Check"/><sequenceFlow id="F" sourceRef="S" targetRef="T"/>')
    di = ('<bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">'
          '<bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="10" y="20" width="100" height="80"/>'
          '</bpmndi:BPMNShape><bpmndi:BPMNEdge id="F_di" bpmnElement="F"><di:waypoint x="1" y="2"/>'
          '<di:waypoint x="3" y="4"/></bpmndi:BPMNEdge></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    data = small_file(body).replace(b"</definitions>", di.encode() + b"</definitions>")
    model, warnings = read_bpmn(data)
    assert model.steps["T"].bounds is not None and model.steps["T"].bounds.x == 10
    assert model.flows["F"].waypoints == ((1.0, 2.0), (3.0, 4.0))
    repaired = [w for w in warnings if w.code == "W-XML-REPAIRED"]
    assert len(repaired) == 1
    for prefix in ("bpmn", "bpmndi", "dc", "di"):
        assert prefix in repaired[0].message
    again, _ = read_bpmn(write_bpmn(model))
    assert again.steps["T"].bounds == model.steps["T"].bounds


def test_an_unknown_undeclared_prefix_is_still_refused() -> None:
    with pytest.raises(BpmnReadError) as info:
        read_bpmn(small_file('<task id="T"/><vendor:thing id="V"/>'))
    assert "prefix vendor" in str(info.value)


@pytest.mark.parametrize("head", [
    '  <?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>',
    '<?xml version="1.0"encoding="UTF-8"?><!DOCTYPE d SYSTEM "file:///etc/passwd">',
])
def test_repairs_never_let_a_doctype_through(head: str) -> None:
    with pytest.raises(BpmnReadError) as info:
        read_bpmn(small_file(head=head))
    assert "DOCTYPE" in str(info.value)


def test_an_entity_in_a_file_with_an_undeclared_prefix_is_refused() -> None:
    data = small_file('<task id="T" name="&e;"/><bpmndi:BPMNDiagram id="Di"/>',
                      head='<!DOCTYPE d [<!ENTITY e "boom">]>')
    with pytest.raises(BpmnReadError) as info:
        read_bpmn(data)
    assert "DOCTYPE" in str(info.value)


# -- warnings of their own --------------------------------------------------------------------
def test_double_decoded_text_is_reported_and_left_unchanged() -> None:
    model, warnings = read_bpmn(small_file('<task id="T" name="PrÃ¼fung"/><task id="U" name="Größe"/>'))
    garbled = [w for w in warnings if w.code == "W-GARBLED-TEXT"]
    assert len(garbled) == 1 and garbled[0].elements == ("T",)
    assert "PrÃ¼fung" in garbled[0].message and "Prüfung" in garbled[0].message
    assert model.steps["T"].name == "PrÃ¼fung"


def test_text_in_a_declared_code_page_is_not_called_garbled() -> None:
    data = (f'<?xml version="1.0" encoding="windows-1252"?><definitions xmlns="{B}" id="D">'
            '<process id="P"><task id="T" name="Ã¼ber"/></process></definitions>').encode("cp1252")
    assert "W-GARBLED-TEXT" not in [w.code for w in read_bpmn(data)[1]]


@pytest.mark.parametrize("attached", ['', 'attachedToRef="Nowhere"'])
def test_a_boundary_event_attached_to_nothing_is_reported(attached: str) -> None:
    model, warnings = read_bpmn(small_file(f'<task id="T"/><boundaryEvent id="B" {attached}/>'))
    unattached = [w for w in warnings if w.code == "W-BOUNDARY-UNATTACHED"]
    assert len(unattached) == 1 and unattached[0].elements == ("B",)
    assert "B" in model.steps


def test_definitions_without_process_or_diagram_are_reported() -> None:
    data = f'<definitions xmlns="{B}" id="D" targetNamespace="urn:x"><message id="M"/></definitions>'
    model, warnings = read_bpmn(data.encode())
    assert "W-EMPTY-DEFINITIONS" in [w.code for w in warnings] and not model.steps
    assert b'<message id="M"/>' in write_bpmn(model)


@pytest.mark.parametrize("points", ["", '<di:waypoint x="5" y="6"/>'])
def test_an_edge_with_fewer_than_two_waypoints_is_reported_and_drawn_straight(points: str) -> None:
    di = (f'<bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">'
          '<bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="0" y="0" width="100" height="80"/>'
          '</bpmndi:BPMNShape><bpmndi:BPMNShape id="C_di" bpmnElement="C">'
          '<dc:Bounds x="200" y="0" width="100" height="80"/></bpmndi:BPMNShape>'
          f'<bpmndi:BPMNEdge id="F_di" bpmnElement="F">{points}</bpmndi:BPMNEdge>'
          '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    data = small_file('<task id="A"/><task id="C"/><sequenceFlow id="F" sourceRef="A" targetRef="C"/>',
                      attrs=DI_NS).replace(b"</definitions>", di.encode() + b"</definitions>")
    model, warnings = read_bpmn(data)
    few = [w for w in warnings if w.code == "W-EDGE-FEW-WAYPOINTS"]
    assert len(few) == 1 and few[0].elements == ("F",)
    assert model.flows["F"].waypoints == ()
    saved = write_bpmn(model)  # the edge is written back as it was
    assert saved.count(b"waypoint") == points.count("waypoint")
