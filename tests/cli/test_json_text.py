"""The fast ``--json`` text is exactly the standard library's two-space indented JSON."""

from __future__ import annotations

import enum
import io
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from customer_modeler.cli.json_text import indented, write_indented


def _reference(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
            | st.text())
_keys = st.text() | st.integers() | st.floats() | st.booleans() | st.none()
_values = st.recursive(
    _scalars,
    lambda inner: (st.lists(inner, max_size=5) | st.lists(inner, max_size=3).map(tuple)
                   | st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=40)


@settings(max_examples=400, deadline=None)
@given(_values)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert indented(value) == _reference(value)


class _Level(enum.IntEnum):
    HIGH = 3


class _Name(str):
    pass


def test_special_numbers_subclasses_and_odd_keys() -> None:
    value = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "int enum": _Level.HIGH,
             _Name("sub"): _Name("ÄÖ \"quoted\" \n"), 1.5: [], 2: {}, True: (), None: [[]],
             "bool subclass stays a bool": True, "nested": [{"a": [1, 2.0, "x"]}, []]}
    assert indented(value) == _reference(value)


def test_values_outside_json_fail_as_in_the_standard_library() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented({"a": [object()]})
    circular: list[object] = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular reference"):
        indented({"a": circular})


def test_written_in_pieces_as_one_text() -> None:
    value = {"rows": [{"step": f"S{i}", "minutes": i / 3, "seen": i % 2 == 0} for i in range(50_000)]}
    stream = io.StringIO()
    write_indented(value, stream)
    assert stream.getvalue() == _reference(value) + "\n"


def test_nothing_written_for_a_value_outside_json() -> None:
    stream = io.StringIO()
    with pytest.raises(TypeError):
        write_indented({"a": [1, object()]}, stream)
    assert stream.getvalue() == ""
