"""Steps of one look share their notation, bounding rectangle and outline: a large model
keeps one object of each instead of one per step. What each step draws stays its own."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QImage

from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.model.elements import Rect, Step
from tests.editor.painting import painted_alone

MARGIN = 30


def task(step_id: str, name: str) -> StepItem:
    return StepItem(Step(step_id, "task", name, "L", bounds=Rect(0, 0, 100, 80)), True)


def render(item: StepItem) -> QImage:
    return painted_alone(item, 200, 160, MARGIN)


def test_tasks_of_one_size_and_kind_share_their_notation_rectangle_and_outline(qtbot):
    first, second = task("A", "Check the order"), task("B", "Send the invoice")
    # then both keep one notation, one bounding rectangle and one outline
    assert first.notation is second.notation
    assert first.boundingRect() is second.boundingRect()
    assert first.shape() is second.shape()
    # and each still writes its own name
    assert first.fitted.lines != second.fitted.lines


def test_a_change_to_one_step_leaves_the_look_of_the_other(qtbot):
    first, second = task("A", "Check the order"), task("B", "Send the invoice")
    before = render(second)
    bounds, shape = geometry(second)
    # when the first is selected, hovered, highlighted and made larger
    first.setFlag(first.GraphicsItemFlag.ItemIsSelectable)
    first.setSelected(True)
    first.hovered = True
    first.set_highlight(QColor("orange"))
    first_before = render(first)
    first.sync(replace(first.step, bounds=Rect(0, 0, 140, 90)), True)
    # then the first looks different
    assert render(first) != first_before and first.notation is not second.notation
    # and the second looks as it did, on the rectangle and outline it had
    assert render(second) == before
    assert geometry(second) == (bounds, shape)


def geometry(item: StepItem) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The item's bounding rectangle and its outline's bounds, as plain numbers."""
    rect, outline = item.boundingRect(), item.shape().boundingRect()
    return rect.getRect(), outline.getRect()
