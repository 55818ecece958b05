"""A lane header's role caption in the user's language: shown whole when it fits (a smaller
size before giving up, words wrapped), elided only when even that cannot fit, and then
the header's tooltip says the name and the role whole. The bundled example's headers are
narrow (89 px), which cut Portuguese "Departamento" before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF, QImage

from customer_modeler.editor import style
from customer_modeler.editor.i18n import TRANSLATED
from customer_modeler.editor.items.lane_item import CAPTION_SIZES, HEADER_TEXT_INSET, LaneItem, role_caption
from customer_modeler.model import Rect
from customer_modeler.model.elements import Lane
from tests.editor.painting import painted_alone


def painted(item: LaneItem) -> QImage:
    return painted_alone(item, int(item.width) + 2, int(item.height) + 2, 0)


def changed_area(a: QImage, b: QImage) -> QRect:
    """The bounding box of the pixels that differ between two paintings."""
    xs, ys = [], []
    for x in range(a.width()):
        for y in range(a.height()):
            if a.pixel(x, y) != b.pixel(x, y):
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRect()


def caption_area(name: str, role: str, header: float) -> tuple[LaneItem, QRect]:
    """A lane with a ``header`` px header, and where its role caption is painted."""
    lane = Lane(id="L", name=name, role=role, bounds=Rect(0, 0, 900, 120))
    with_role = LaneItem(lane, faces_customer=False, header_width=header)
    without = LaneItem(lane, faces_customer=False, header_width=header, show_role=False)
    return with_role, changed_area(painted(with_role), painted(without))


def test_portuguese_department_shows_whole_in_the_examples_narrow_header(language):
    language("pt_BR")
    item, area = caption_area("Sales", "department", 89.0)
    title = item.caption()
    assert title == "Departamento"
    text_width = 89.0 - HEADER_TEXT_INSET
    assert QFontMetricsF(style.label_font(CAPTION_SIZES[0])).horizontalAdvance(title) > text_width
    small = QFontMetricsF(style.label_font(CAPTION_SIZES[-1])).horizontalAdvance(title)
    # painted: the whole word (as wide as it measures), inside the header's text area
    assert not area.isEmpty()
    assert area.width() >= small - 3
    assert area.left() >= 12 and area.right() <= 89 - 6
    assert item.toolTip() == ""


@pytest.mark.parametrize("language_code", ("en", *TRANSLATED))
@pytest.mark.parametrize("role", ("customer", "department", "system", "partner"))
def test_every_role_caption_fits_the_examples_header_in_every_language(language, language_code, role):
    language(language_code)
    item, area = caption_area("Lane", role, 89.0)
    font, caption = role_caption(item.caption(), 89.0 - HEADER_TEXT_INSET)
    assert caption == item.caption(), "whole, not elided"
    metrics = QFontMetricsF(font)
    assert all(metrics.horizontalAdvance(word) <= 89.0 - HEADER_TEXT_INSET for word in caption.split())
    assert not area.isEmpty() and area.right() <= 89 - 6


def test_a_header_too_narrow_even_for_the_small_size_elides_and_says_it_whole_in_the_tooltip(language):
    language("pt_BR")
    item, area = caption_area("Sales", "department", 60.0)
    font, caption = role_caption("Departamento", 60.0 - HEADER_TEXT_INSET)
    assert caption.endswith("…") and caption.startswith("Depar")
    assert font.pointSizeF() == CAPTION_SIZES[-1]
    assert not area.isEmpty() and area.right() <= 60 - 6
    assert item.toolTip() == "Sales\nDepartamento"
