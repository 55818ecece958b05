"""Labels neither collide nor get cut.

Text fitting (wrap, shrink, ellipsis) is checked with a made-up measure; the scene
checks run on the bundled examples, MIWG C.2.0 and generated models of up to 200
steps (eight lanes, about one step per 170 units of lane width, the benchmark
generator's density): no two label boxes — names inside and beside steps, flow
labels, lane headers — intersect, and every name's lines fit its box (an ellipsis
with the full name in the tooltip is allowed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.geometry.label_fit import fit_text
from customer_modeler.editor.geometry.label_placement import LabelRequest, place_labels
from customer_modeler.model.elements import Rect

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.bpmn"))
MIWG_C2 = ROOT.parent / "shared" / "interop" / "Reference" / "C.2.0.bpmn"
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate_model  # noqa: E402


def mono(text: str, size: float) -> float:
    """Every glyph is ``size`` * 0.6 wide."""
    return len(text) * size * 0.6


def line(size: float) -> float:
    return size * 1.5


def test_a_name_wraps_at_spaces_before_it_shrinks():
    fitted = fit_text("Prepare the quote", 60, 40, mono, line, (10, 8))
    assert fitted.lines == ("Prepare", "the quote")
    assert fitted.size == 10 and not fitted.elided
    assert all(mono(text, fitted.size) <= 60 for text in fitted.lines)


def test_a_name_shrinks_when_wrapping_is_not_enough():
    fitted = fit_text("Explain and transfer", 70, 25, mono, line, (10, 8, 6))
    assert fitted.size == 8 and not fitted.elided
    assert len(fitted.lines) * line(fitted.size) <= 25
    assert " ".join(fitted.lines) == "Explain and transfer"


def test_a_name_too_long_for_the_smallest_size_ends_in_an_ellipsis():
    text = "Misrouted call: explain and transfer to Customer Service and note the reason"
    fitted = fit_text(text, 60, 20, mono, line, (10, 8))
    assert fitted.elided and fitted.lines[-1].endswith("…")
    assert len(fitted.lines) * line(fitted.size) <= 20
    assert all(mono(text, fitted.size) <= 60 for text in fitted.lines)


def test_a_word_wider_than_the_box_is_broken_not_cut():
    fitted = fit_text("Rechnungsprüfungsverfahren", 50, 60, mono, line, (10, 8))
    assert all(mono(text, fitted.size) <= 50 for text in fitted.lines)
    assert "".join(fitted.lines).replace("…", "") in "Rechnungsprüfungsverfahren"


def test_placement_moves_a_label_off_another_and_off_a_line():
    first = LabelRequest("a", 40, 10, ((0, 0), (0, 50)))
    second = LabelRequest("b", 40, 10, ((10, 5), (100, 5)))
    placed = place_labels([first, second], [], [((0, 60), (200, 60))])
    assert placed["a"] == Rect(0, 0, 40, 10)
    assert placed["b"] == Rect(100, 5, 40, 10)
    crossing = place_labels([LabelRequest("c", 40, 10, ((0, 55), (0, 70)))], [], [((0, 60), (200, 60))])
    assert crossing["c"].y == 70


def _overlaps(a, b) -> bool:  # noqa: ANN001
    r = a.intersected(b)
    return r.width() > 0.5 and r.height() > 0.5


def check_scene(model) -> int:  # noqa: ANN001
    from customer_modeler.editor.canvas.scene import ProcessScene

    return check_labels(ProcessScene(model))


def check_labels(scene) -> int:  # noqa: ANN001
    """No two labels of ``scene`` overlap and every name fits its box; the number of labels."""
    from customer_modeler.editor.canvas.label_layout import label_boxes
    from customer_modeler.editor.items import text_metrics as tm

    boxes = label_boxes(scene)
    assert boxes
    clashes = []
    ordered = sorted(boxes, key=lambda kb: kb[1].left())
    # a name the file places itself stays there even where our lane header is wider than its tool's
    from_file = {key for key, item in scene.step_items.items() if item.notation.label_from_file}
    from_file |= {key for key, item in scene.flow_items.items() if item.flow.label_bounds is not None}
    for i, (key, box) in enumerate(ordered):
        for other, other_box in ordered[i + 1:]:
            if other_box.left() >= box.right():
                break
            pair = {key, other}
            if pair & from_file and pair & set(scene.lane_items):
                continue
            if _overlaps(box, other_box):
                clashes.append(f"{key} {box.getRect()} and {other} {other_box.getRect()}")
    assert clashes == []
    for step_id, item in scene.step_items.items():
        if not item.isVisible() or not item.fitted.lines:
            continue
        fitted, box = item.fitted, item.label_rect()
        measure = tm.measure_bold if item.expanded else tm.measure
        height = (tm.line_height_bold if item.expanded else tm.line_height)(fitted.size)
        assert all(measure(text, fitted.size) <= box.width() + 0.01 for text in fitted.lines), step_id
        if box.height() >= height:
            assert len(fitted.lines) * height <= box.height() + 0.01, step_id
        shown = " ".join(fitted.lines)
        if fitted.elided:
            assert shown.endswith("…") and item.toolTip() == item.name, step_id
        else:
            assert shown.split() == " ".join(item.name.split()).split() or "".join(
                fitted.lines).replace(" ", "") == item.name.replace(" ", ""), step_id
    return len(boxes)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_labels_of_the_bundled_examples_neither_collide_nor_get_cut(qtbot, path):
    assert check_scene(read_bpmn_file(path).model) > 30


def test_labels_of_miwg_c2_neither_collide_nor_get_cut(qtbot):
    if not MIWG_C2.exists():
        pytest.skip("the MIWG reference files are not here")
    assert check_scene(read_bpmn_file(MIWG_C2).model) > 20


@pytest.mark.parametrize("steps", [50, 200])
def test_labels_of_generated_models_neither_collide_nor_get_cut(qtbot, steps):
    assert check_scene(generate_model(steps)) > steps


def test_a_long_name_typed_by_a_user_ends_in_an_ellipsis_with_a_tooltip(qtbot, editor):
    from customer_modeler.editor.canvas.scene import ProcessScene

    scene = ProcessScene(editor.model)
    long_name = "Misrouted call: explain and transfer to Customer Service " * 3
    editor.rename("T_quote", long_name)
    item = scene.step_items["T_quote"]
    assert item.fitted.elided and item.toolTip() == long_name.strip()
    assert item.text_rect().height() <= item.label_rect().height() + 0.01


def test_the_tooltip_of_a_cut_name_shows_on_hover_and_goes_with_a_short_name(qtbot, window):
    # given a task with a name too long for its box, shown in the window
    editor, view = window.editor, window.view
    step_id = next(s.id for s in editor.model.steps.values() if s.kind.endswith("ask"))
    long_name = "Misrouted call: explain and transfer to Customer Service " * 3
    editor.rename(step_id, long_name)
    item = window.scene.step_items[step_id]
    view.centerOn(item)
    qtbot.wait(10)

    def hover() -> str:
        centre = view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mouseMove(view.viewport(), centre + QPoint(0, 300))  # leave it first
        qtbot.mouseMove(view.viewport(), centre)
        qtbot.wait(10)
        return item.toolTip()

    # when the mouse rests on it, then its tooltip holds the whole name
    assert hover() == long_name.strip()
    # and after a rename to a short name, and its undo, the tooltip follows
    editor.rename(step_id, "Call")
    assert hover() == ""
    editor.undo_stack.undo()
    assert hover() == long_name.strip()
