"""Foreign files on the canvas and in the SVG as their tool drew them: names in the file's
label boxes, associations dotted, message envelopes, and activity names clear of the
task icon and the marker row."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QRectF

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model.elements import Artifact, Rect
from customer_modeler.notation import describe_flow
from customer_modeler.notation.flows import envelope_anchor
from tests.bpmn.test_label_bounds import FIXTURE, di_label_boxes
from tests.conftest import SHARED, shared_path

SVG = "{http://www.w3.org/2000/svg}"
EVERY_MARKER = Path(__file__).resolve().parents[1] / "notation" / "fixtures" / "every_marker.bpmn"


def _path(name: str) -> Path:
    return FIXTURE if name == "fixture" else shared_path("interop", "Reference", f"{name}.bpmn")


def _qrect(box: Rect) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def _same(a: QRectF, b: QRectF) -> bool:
    return all(abs(p - q) < 1e-6 for p, q in zip(a.getRect(), b.getRect()))


@pytest.mark.parametrize("name", ["fixture", "C.2.0", "C.1.0", "B.2.0"])
def test_names_are_written_in_the_files_label_boxes(qtbot, name: str) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene

    path = _path(name)
    boxes = di_label_boxes(path.read_bytes())
    scene = ProcessScene(read_bpmn_file(path).model)
    checked = 0
    for step_id, item in scene.step_items.items():
        if not item.isVisible() or not item.fitted.lines or item.notation.label_inside:
            continue
        assert item.notation.label_from_file == (step_id in boxes), item.name
        if step_id in boxes:
            assert _same(item.mapRectToScene(item.text_rect()), _qrect(boxes[step_id])), item.name
            checked += 1
    for flow_id, item in scene.flow_items.items():
        if item.isVisible() and item.label and flow_id in boxes:
            assert _same(item._label_rect(), _qrect(boxes[flow_id])), item.label  # noqa: SLF001
            checked += 1
    assert checked >= 3


def test_a_name_the_file_places_stays_put_while_others_are_placed_around_it(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene

    model = read_bpmn_file(FIXTURE).model
    model.steps["End"].name = "Done and dusted"  # the file gives End no usable box: we place it
    scene = ProcessScene(model)
    end = scene.step_items["End"]
    assert not end.notation.label_from_file and end.placed_label is not None
    received = scene.step_items["Received"].mapRectToScene(scene.step_items["Received"].text_rect())
    assert not end.mapRectToScene(end.text_rect()).intersects(received)


def test_moving_an_event_moves_its_file_label_and_undo_puts_it_back(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.editing.facade import DiagramEditor

    model = read_bpmn_file(FIXTURE).model
    scene = ProcessScene(model)
    editor = DiagramEditor(model)
    item = scene.step_items["Received"]
    before = item.mapRectToScene(item.text_rect())
    editor.move_steps({"Received": model.steps["Received"].bounds.moved(60, 0)})
    assert _same(item.mapRectToScene(item.text_rect()), before.translated(60, 0))
    editor.undo_stack.undo()
    assert _same(item.mapRectToScene(item.text_rect()), before)


def _svg_groups(svg: str) -> dict[str, etree._Element]:
    root = etree.fromstring(svg.encode("utf-8"))
    return {g.get("data-element-id"): g for g in root.iter(f"{SVG}g") if g.get("data-element-id")}


@pytest.mark.parametrize("source", ["window", "convert"])
@pytest.mark.parametrize("name", ["fixture", "C.2.0", "B.2.0"])
def test_svg_writes_names_in_the_files_label_boxes(qtbot, name: str, source: str) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.export import svg_document
    from customer_modeler.editor.canvas.svg_view import diagram_view
    from customer_modeler.notation.svg import diagram_svg

    path = _path(name)
    model = read_bpmn_file(path).model
    svg = svg_document(model) if source == "window" else diagram_svg(model, diagram_view(model))
    groups = _svg_groups(svg)
    checked = 0
    for element_id, box in di_label_boxes(path.read_bytes()).items():
        step, flow = model.steps.get(element_id), model.flows.get(element_id)
        named = (step is not None and step.name and step.kind.endswith(("Event", "Gateway"))) or (
            flow is not None and flow.name)
        if not named or element_id not in groups:
            continue
        spans = [s for t in groups[element_id].iter(f"{SVG}text") if t.get("class") == "label"
                 for s in t.iter(f"{SVG}tspan")]
        assert spans, element_id
        for span in spans:
            assert abs(float(span.get("x")) - (box.x + box.width / 2)) < 0.01, element_id  # 2 decimals
            assert box.y <= float(span.get("y")) <= box.y + box.height + 4, element_id
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("name", ["fixture", "B.2.0"])
def test_associations_are_drawn_dotted_in_the_window_and_the_svg(qtbot, name: str) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.export import svg_document
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.items.association_item import AssociationItem

    model = read_bpmn_file(_path(name)).model
    scene = ProcessScene(model)
    connections = [a for a in model.artifacts.values() if a.connection]
    assert len(connections) >= 2
    groups = _svg_groups(svg_document(model))
    for artifact in connections:
        item = scene.artifact_items[artifact.id]
        assert isinstance(item, AssociationItem) and item.isVisible()
        assert item.notation.line.dash == "dot"
        assert item.notation.points == artifact.waypoints
        heads = len(item.notation.arrow)
        assert heads == (0 if artifact.kind == "association" and artifact.direction == "None" else 1)
        line = groups[artifact.id].find(f"{SVG}path[@class='line']")
        assert line is not None and line.get("stroke-dasharray"), artifact.id
        kind = "bpmn-association" if artifact.kind == "association" else "bpmn-data-association"
        assert kind in groups[artifact.id].get("class").split()


def test_an_association_is_painted_with_gaps(qtbot) -> None:  # noqa: ARG001
    from PySide6.QtGui import QColor, QImage, QPainter

    from customer_modeler.editor.items.association_item import AssociationItem

    item = AssociationItem(Artifact("A", "association", source="x", target="y", waypoints=((0, 10), (200, 10))))
    image = QImage(210, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, None)
    painter.end()
    row = [image.pixelColor(x, 10).lightness() < 200 for x in range(20, 180)]
    changes = sum(1 for a, b in zip(row, row[1:]) if a != b)
    assert any(row) and not all(row) and changes > 20  # dots, not a solid line


def test_deleting_a_task_hides_its_data_associations_and_undo_shows_them(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.editing.facade import DiagramEditor

    model = read_bpmn_file(FIXTURE).model
    scene = ProcessScene(model)
    editor = DiagramEditor(model)
    editor.remove(["SendInvoice"])
    assert not scene.artifact_items["ReadsOrder"].isVisible()
    assert not scene.artifact_items["NoteLink"].isVisible()
    editor.undo_stack.undo()
    assert scene.artifact_items["ReadsOrder"].isVisible() and scene.artifact_items["NoteLink"].isVisible()


def test_message_envelopes_in_the_notation_the_window_and_the_svg(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.export import svg_document
    from customer_modeler.editor.canvas.scene import ProcessScene

    model = read_bpmn_file(FIXTURE).model
    pay, paid, plain = model.flows["Pay"], model.flows["Paid"], model.flows["F2"]
    initiating = describe_flow(pay, pay.waypoints, "activity")
    answer = describe_flow(paid, paid.waypoints, None)
    assert [p.fill for p in initiating.envelope[:1]] == ["paper"] and [p.fill for p in answer.envelope[:1]] == ["ink"]
    assert initiating.envelope_box.center == envelope_anchor(pay.waypoints) == (320, 345)
    assert envelope_anchor(((0, 0), (0, 100), (200, 100), (200, 300))) == (100, 100)  # the middle segment
    assert {"bpmn-message-envelope", "initiating"} <= set(initiating.classes)
    assert {"bpmn-message-envelope", "non-initiating"} <= set(answer.classes)
    assert describe_flow(plain, plain.waypoints, "activity").envelope == ()
    scene = ProcessScene(model)
    assert scene.flow_items["Pay"].boundingRect().contains(_qrect(initiating.envelope_box))
    groups = _svg_groups(svg_document(model))
    for flow_id, kind in (("Pay", "initiating"), ("Paid", "non-initiating")):
        assert kind in groups[flow_id].get("class").split()
        envelope = groups[flow_id].find(f"{SVG}g[@class='message-envelope']")
        assert envelope is not None and envelope.find(f"{SVG}rect") is not None
    assert groups["F2"].find(f"{SVG}g[@class='message-envelope']") is None


def test_b2_message_flow_1_carries_an_envelope_and_message_flow_2_none(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.export import svg_document

    model = read_bpmn_file(_path("B.2.0")).model
    groups = _svg_groups(svg_document(model))
    by_name = {f.name: f.id for f in model.message_flows()}
    assert groups[by_name["Message Flow 1"]].find(f"{SVG}g[@class='message-envelope']") is not None
    assert groups[by_name["Message Flow 2"]].find(f"{SVG}g[@class='message-envelope']") is None


def _activity_files() -> list[Path]:
    files = [FIXTURE, EVERY_MARKER]
    if (SHARED / "interop" / "Reference").is_dir():
        files += [SHARED / "interop" / "Reference" / f"{n}.bpmn" for n in ("B.2.0", "C.1.0")]
    return files


@pytest.mark.parametrize("path", _activity_files(), ids=lambda p: p.stem)
def test_an_activitys_name_keeps_clear_of_its_icon_and_markers(qtbot, path: Path) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.editor.canvas.svg_view import diagram_view

    from tests.notation.test_svg_export import read_drawn

    model = read_drawn(path)  # the every-marker fixture draws only a few steps: the rest on a grid
    for step in model.steps.values():
        step.name = step.name or "Check the order of the customer and confirm it by mail"
    scene = ProcessScene(model)
    view = diagram_view(model)
    checked = 0
    for step_id, item in scene.step_items.items():
        notation = item.notation
        if notation.category != "activity" or item.expanded or not item.fitted.lines:
            continue
        keep_out = [b for b in (notation.icon_box, *notation.marker_boxes) if b is not None]
        if not keep_out:
            continue
        text = item.text_rect()
        for box in keep_out:
            overlap = text.intersected(_qrect(box))
            assert overlap.width() <= 0.01 or overlap.height() <= 0.01, (item.name, box)
        placed = view.labels.get(step_id)
        assert placed is not None and model.steps[step_id].bounds is not None
        origin = model.steps[step_id].bounds
        for box in keep_out:
            moved = _qrect(box.moved(origin.x, origin.y))
            overlap = _qrect(placed.box).intersected(moved)
            assert overlap.width() <= 0.01 or overlap.height() <= 0.01, (item.name, "svg", box)
        checked += 1
    assert checked >= 1


def test_user_task_12_is_written_beside_its_icon_and_above_its_marker(qtbot) -> None:  # noqa: ARG001
    from customer_modeler.editor.canvas.scene import ProcessScene

    model = read_bpmn_file(_path("B.2.0")).model
    scene = ProcessScene(model)
    item = next(i for i in scene.step_items.values() if i.name.startswith("User Task 12"))
    assert " ".join(item.fitted.lines) == "User Task 12 Muti-Inst. Seq." and not item.fitted.elided
    text = item.text_rect()
    assert text.bottom() <= item.notation.marker_boxes[0].y
    icon = item.notation.icon_box
    assert text.top() >= icon.y + icon.height or text.left() >= icon.x + icon.width
