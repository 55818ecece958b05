"""Label boxes and associations of other tools' files: read exactly as the diagram states
them, moved with their element, and written back.

The expected boxes are read here from the XML with lxml, independently of the reader:
the MIWG reference models (skipped without the test-data folder) and a fixture of our
own with a label on an event, a data object and a flow, a label box of zero size (no box),
both kinds of data association, an annotation's association and two message envelopes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn.reader import read_bpmn, read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model.elements import Rect
from tests.bpmn.roundtrip_check import model_differences
from tests.conftest import shared_path

FIXTURE = Path(__file__).parent / "fixtures_labels" / "labels_and_associations.bpmn"
NS = {"bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI", "dc": "http://www.omg.org/spec/DD/20100524/DC",
      "di": "http://www.omg.org/spec/DD/20100524/DI", "b": "http://www.omg.org/spec/BPMN/20100524/MODEL"}


def di_label_boxes(data: bytes) -> dict[str, Rect]:
    """element id -> the label box its first shape or edge gives (boxes of no size left out)."""
    root = etree.fromstring(data)
    found: dict[str, Rect] = {}
    for owner in root.xpath("//bpmndi:BPMNShape | //bpmndi:BPMNEdge", namespaces=NS):
        ref = owner.get("bpmnElement")
        box = owner.find("bpmndi:BPMNLabel/dc:Bounds", NS)
        if ref in found or box is None:
            continue
        rect = Rect(*(float(box.get(name)) for name in ("x", "y", "width", "height")))
        if rect.width > 0 and rect.height > 0:
            found[ref] = rect
    return found


def model_label_boxes(model) -> dict[str, Rect]:  # noqa: ANN001
    elements = [*model.steps.values(), *model.flows.values(), *model.artifacts.values()]
    return {e.id: e.label_bounds for e in elements if e.label_bounds is not None}


def _reference(name: str) -> Path:
    return shared_path("interop", "Reference", f"{name}.bpmn")


@pytest.mark.parametrize("name", ["C.2.0", "C.1.0", "B.2.0"])
def test_label_boxes_of_miwg_files_are_read_exactly(name: str) -> None:
    path = _reference(name)
    model, _ = read_bpmn_file(path)
    expected = {ref: box for ref, box in di_label_boxes(path.read_bytes()).items()
                if ref in model.steps or ref in model.flows or ref in model.artifacts}
    assert expected  # the files do carry label boxes
    assert model_label_boxes(model) == expected


def test_named_labels_of_the_reference_pictures() -> None:
    c2, _ = read_bpmn_file(_reference("C.2.0"))
    by_name = {s.name: s for s in c2.steps.values()}
    card = by_name["Receive Credit Card Information"]
    assert card.label_bounds is not None and card.bounds is not None
    assert card.label_bounds.y + card.label_bounds.height <= card.bounds.y  # above its event
    assert card.label_bounds.height >= 36  # three lines, as its tool wrapped them
    c1, _ = read_bpmn_file(_reference("C.1.0"))
    received = [s for s in c1.steps.values() if " ".join(s.name.split()) == "Invoice received"]
    assert len(received) == 2
    for event in received:  # under the event, as the tool wrote it
        assert event.label_bounds is not None and event.bounds is not None
        assert event.label_bounds.y >= event.bounds.y + event.bounds.height
    assert {f.label_bounds for f in c1.flows.values() if f.name == "yes"} == {
        Rect(548, 540, 27, 17), Rect(733, 321, 27, 17)}
    b2, _ = read_bpmn_file(_reference("B.2.0"))
    timer = next(s for s in b2.steps.values() if s.name == "Start Event 1 Timer")
    assert timer.label_bounds is not None and timer.bounds is not None
    assert timer.label_bounds.y >= timer.bounds.y + timer.bounds.height  # under the event


def test_fixture_labels_are_read_and_an_empty_box_is_no_box() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    assert model_label_boxes(model) == di_label_boxes(FIXTURE.read_bytes())
    assert model.steps["End"].label_bounds is None
    assert model.artifacts["OrderRef"].label_bounds == Rect(232, 305, 32, 14)
    assert model.flows["F2"].label_bounds == Rect(395, 236, 62, 14)


@pytest.mark.parametrize("source", ["fixture", "C.2.0", "B.2.0"])
def test_label_boxes_and_associations_survive_a_save(source: str) -> None:
    path = FIXTURE if source == "fixture" else _reference(source)
    data = path.read_bytes()
    model, _ = read_bpmn(data)
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    assert model_label_boxes(again) == model_label_boxes(model)
    assert di_label_boxes(written) == di_label_boxes(data)
    assert model_differences(model, again) == []


def test_associations_are_read_as_connections() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    connections = {a.id: (a.kind, a.source, a.target, a.direction, a.waypoints)
                   for a in model.artifacts.values() if a.connection}
    assert connections == {
        "ReadsOrder": ("dataInputAssociation", "OrderRef", "SendInvoice", "One", ((228, 300), (280, 270))),
        "WritesInvoice": ("dataOutputAssociation", "SendInvoice", "InvoiceRef", "One", ((360, 270), (402, 300))),
        "NoteLink": ("association", "Note", "SendInvoice", "One", ((420, 145), (350, 190))),
    }


def test_b2_association_and_data_association_are_read() -> None:
    model, _ = read_bpmn_file(_reference("B.2.0"))
    by_kind = {a.kind: a for a in model.artifacts.values() if a.connection}
    data = by_kind["dataInputAssociation"]
    assert model.artifacts[data.source].name == "Data Object"
    assert model.steps[data.target].name == "User Task 3"
    assert len(data.waypoints) == 3
    note = by_kind["association"]
    assert note.direction == "None" and model.artifacts[note.target].kind == "textAnnotation"


def _xml_of(data: bytes, element_id: str) -> bytes:
    root = etree.fromstring(data)
    found = root.xpath("//*[@id=$i or @bpmnElement=$i]", i=element_id)
    return b"".join(etree.tostring(e) for e in found)


@pytest.mark.parametrize("source", ["fixture", "B.2.0"])
def test_associations_are_kept_byte_for_byte_after_an_edit(source: str) -> None:
    path = FIXTURE if source == "fixture" else _reference(source)
    data = path.read_bytes()
    model, _ = read_bpmn(data)
    host = next(a.target for a in model.artifacts.values() if a.kind == "dataInputAssociation")
    step = model.steps[host]
    model.update_step(host, name=step.name + " (checked)", bounds=step.bounds.moved(30, 0))
    written = write_bpmn(model)
    for artifact in model.artifacts.values():
        if artifact.connection:
            assert _xml_of(written, artifact.id) == _xml_of(data, artifact.id), artifact.id


def test_an_untouched_fixture_is_written_back_unchanged() -> None:
    data = FIXTURE.read_bytes()
    model, _ = read_bpmn(data)
    assert etree.tostring(etree.fromstring(write_bpmn(model))) == etree.tostring(etree.fromstring(data))


def test_a_moved_event_takes_its_label_along_and_undo_brings_both_back() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    event = model.steps["Received"]
    before_shape, before_label = event.bounds, event.label_bounds
    old = model.update_step("Received", bounds=before_shape.moved(40, 60))
    assert event.label_bounds == before_label.moved(40, 60)
    again, _ = read_bpmn(write_bpmn(model))
    assert again.steps["Received"].label_bounds == before_label.moved(40, 60)
    model.update_step("Received", **old)  # what an undo does
    assert (event.bounds, event.label_bounds) == (before_shape, before_label)


def test_a_grown_event_keeps_its_label_on_the_side_it_was() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    start = model.steps["Start"]  # its label is above it
    shape, label = start.bounds, start.label_bounds
    model.update_step("Start", bounds=Rect(shape.x, shape.y - 10, shape.width, shape.height + 10))
    assert start.label_bounds == label.moved(0, -10)


def test_a_flow_label_follows_a_moved_route_and_is_dropped_when_routed_anew() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    flow = model.flows["F2"]
    label = flow.label_bounds
    model.update_flow("F2", waypoints=((370, 250), (482, 250)))
    assert flow.label_bounds == label.moved(0, 20)
    model.update_flow("F2", waypoints=((370, 250), (420, 250), (420, 230), (482, 230)))
    assert flow.label_bounds is None
    written = write_bpmn(model)
    assert "F2" not in di_label_boxes(written)  # other tools place it themselves
    assert di_label_boxes(written)["Start"] == model.steps["Start"].label_bounds


def test_message_envelopes_come_from_the_diagram() -> None:
    model, _ = read_bpmn_file(FIXTURE)
    assert model.flows["Pay"].message_visible == "initiating"
    assert model.flows["Paid"].message_visible == "non_initiating"
    b2, _ = read_bpmn_file(_reference("B.2.0"))
    shown = {f.name: f.message_visible for f in b2.message_flows()}
    assert shown == {"Message Flow 1": "initiating", "Message Flow 2": None}
