"""BPMN layer: the text a save writes for a number, remembered across elements.

A journey repeats its numbers (durations, costs, shape sizes, coordinates on a grid), and a
save formats every number of every element to compare it with the file's text. Each
distinct value is formatted once; ``typed`` keeps ``1``, ``1.0`` and ``True`` apart, whose
texts differ. Each cache is bounded (a few MB at most), so a long session with many saves
does not grow it; a 10,000-step journey has about 9,000 distinct coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from customer_modeler.model.attributes import format_value

_SIZE = 1 << 14


@lru_cache(maxsize=_SIZE, typed=True)
def number_text(value: float | int) -> str:
    """``format_value(value)`` of an attribute's number (its kind is float or int)."""
    return format_value(value)


@lru_cache(maxsize=_SIZE, typed=True)
def coordinate_text(value: float) -> str:
    """``format_value(float(value))``: how the diagram writes a coordinate or a size."""
    return format_value(float(value))


def coordinate_texts(values: Iterable[float]) -> list[str]:
    """:func:`coordinate_text` of each value, without the cache: writing a whole diagram of
    100,000 steps meets more distinct coordinates than the cache holds, and a miss cost
    three times this (``format_value``'s rule, spelled out; the tests compare the two)."""
    texts = []
    for value in values:
        number = float(value)
        texts.append(str(int(number)) if number.is_integer() and -1e15 < number < 1e15 else repr(number))
    return texts
