"""The save's remembered number texts give what format_value gives, whatever came first."""

from __future__ import annotations

import pytest

from customer_modeler.bpmn.write_text import coordinate_text, coordinate_texts, number_text
from customer_modeler.model.attributes import format_value


@pytest.mark.parametrize("values", [(1, 1.0, True), (True, 1.0, 1), (1.0, True, 1), (0.0, -0.0, 0, False)])
def test_equal_numbers_of_other_kinds_keep_their_own_text(values) -> None:
    number_text.cache_clear()
    assert [number_text(v) for v in values] == [format_value(v) for v in values]
    assert [number_text(v) for v in reversed(values)] == [format_value(v) for v in reversed(values)]


def test_a_coordinate_is_written_as_its_float() -> None:
    coordinate_text.cache_clear()
    assert [coordinate_text(v) for v in (55, 55.0, 55.5, 1e-7)] == [
        format_value(55.0), format_value(55.0), format_value(55.5), format_value(1e-7)]


def test_coordinates_written_without_the_cache_read_as_with_it() -> None:
    values = (55, 55.0, 55.5, 1e-7, -0.0, -3, 1e15 - 1, 1e15, -1e15, 1e16, 0.1 + 0.2,
              float("nan"), float("inf"), -float("inf"), 2**53 + 0.0, 123456789.125)
    assert coordinate_texts(values) == [coordinate_text(v) for v in values]
