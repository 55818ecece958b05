"""After an edit the scene places again only the labels near it: those of the touched step
and its flows and of their neighbours. Far-off labels keep their places, and the labels
placed again still keep clear of every other label."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from customer_modeler.editor.canvas import label_layout
from customer_modeler.editor.canvas.label_layout import REACH, label_boxes
from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.editor.editing.facade import DiagramEditor
from customer_modeler.model.elements import Rect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from generate import generate_model  # noqa: E402

TASK = "U3_c"


def boxes(scene) -> dict[str, QRectF]:  # noqa: ANN001
    return dict(label_boxes(scene))


def clashes(scene) -> list[str]:  # noqa: ANN001
    found = []
    ordered = sorted(label_boxes(scene), key=lambda kb: kb[1].left())
    for i, (key, box) in enumerate(ordered):
        for other, other_box in ordered[i + 1:]:
            if other_box.left() >= box.right():
                break
            overlap = box.intersected(other_box)
            if overlap.width() > 0.5 and overlap.height() > 0.5:
                found.append(f"{key} and {other}")
    return found


def placeable(scene) -> int:  # noqa: ANN001
    """How many labels the scene places itself (names beside shapes, flow labels)."""
    names = sum(1 for item in scene.step_items.values() if item.isVisible() and not item.expanded
                and not item.notation.label_inside and not item.notation.label_from_file
                and item.fitted.lines)
    labels = sum(1 for item in scene.flow_items.values() if item.isVisible() and item.label
                 and item.flow.label_bounds is None and len(item.points) >= 2)
    return names + labels


def counted_requests(monkeypatch) -> list[int]:
    """The number of labels each placement places, as it happens."""
    sizes: list[int] = []
    place = label_layout.place_labels_among

    def counting(requests, obstacles):  # noqa: ANN001, ANN202
        sizes.append(len(requests))
        return place(requests, obstacles)

    monkeypatch.setattr(label_layout, "place_labels_among", counting)
    return sizes


def test_a_move_places_again_only_the_labels_near_the_moved_step(qtbot, monkeypatch):
    model = generate_model(300)
    scene = ProcessScene(model)
    editor = DiagramEditor(model)
    before = boxes(scene)
    sizes = counted_requests(monkeypatch)
    item = scene.step_items[TASK]
    old = item.sceneBoundingRect()
    b = model.steps[TASK].bounds
    editor.move_steps({TASK: Rect(b.x + 40, b.y, b.width, b.height)})
    QApplication.processEvents()  # the placement waits for the edit's last change
    assert len(sizes) == 1 and 0 < sizes[0] < placeable(scene) / 10
    after = boxes(scene)
    near = old.united(item.sceneBoundingRect()).adjusted(-3 * REACH, -3 * REACH, 3 * REACH, 3 * REACH)
    far = [key for key, box in before.items() if not box.intersects(near) and key not in model.lanes]
    assert len(far) > len(before) / 2
    assert all(after[key] == before[key] for key in far)
    assert clashes(scene) == []


def test_undoing_the_move_keeps_the_labels_clear_and_places_only_near_ones(qtbot, monkeypatch):
    model = generate_model(300)
    scene = ProcessScene(model)
    editor = DiagramEditor(model)
    b = model.steps[TASK].bounds
    editor.move_steps({TASK: Rect(b.x + 40, b.y, b.width, b.height)})
    QApplication.processEvents()
    sizes = counted_requests(monkeypatch)
    editor.undo_stack.undo()
    QApplication.processEvents()
    assert model.steps[TASK].bounds == b
    assert len(sizes) == 1 and 0 < sizes[0] < 60
    assert clashes(scene) == []


def test_a_lane_edit_still_places_every_label(qtbot, monkeypatch):
    model = generate_model(50)
    scene = ProcessScene(model)
    editor = DiagramEditor(model)
    sizes = counted_requests(monkeypatch)
    lane = next(iter(model.lanes))
    editor.lanes.resize(lane, model.lanes[lane].bounds.height + 40)
    QApplication.processEvents()
    assert sizes == [placeable(scene)]  # lane headers may have moved under any label
