"""The ``--json`` text: two-space indented JSON that reads back as the value, laid out as
the standard library's ``indent=2``; non-finite numbers are null, and values orjson refuses
go to the standard library."""

from __future__ import annotations

import enum
import io
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from customer_modeler.cli.json_text import Encoded, indented, write_indented


def _reference(value: object) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _plain_floats(allow_exponent: bool) -> st.SearchStrategy[float]:
    floats = st.floats(allow_nan=False, allow_infinity=False)
    return floats if allow_exponent else floats.filter(lambda x: "e" not in repr(x))


def _values(allow_exponent: bool) -> st.SearchStrategy[object]:
    scalars = (st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1)
               | _plain_floats(allow_exponent) | st.text())
    keys = st.text() | st.integers(-2**63, 2**63 - 1) | st.booleans() | st.none()
    return st.recursive(
        scalars,
        lambda inner: (st.lists(inner, max_size=5) | st.lists(inner, max_size=3).map(tuple)
                       | st.dictionaries(keys, inner, max_size=5)),
        max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(_values(allow_exponent=True))
def test_reads_back_as_the_standard_library_text_does(value: object) -> None:
    assert json.loads(indented(value)) == json.loads(_reference(value))


@settings(max_examples=300, deadline=None)
@given(_values(allow_exponent=False))
def test_laid_out_as_the_standard_library_lays_it_out(value: object) -> None:
    assert indented(value) == _reference(value)


def test_a_small_number_is_written_whole_and_a_non_finite_one_as_null() -> None:
    text = indented({"share": 5.673726050043217e-05, "nan": math.nan, "inf": math.inf,
                     "-inf": -math.inf})
    assert json.loads(text) == {"share": 5.673726050043217e-05, "nan": None, "inf": None,
                                "-inf": None}
    assert '"share": 0.00005673726050043217' in text


class _Level(enum.IntEnum):
    HIGH = 3


class _Name(str):
    pass


def test_subclasses_and_odd_keys_as_in_the_standard_library() -> None:
    value = {"int enum": _Level.HIGH, _Name("sub"): _Name("ÄÖ \"quoted\" \n"), 2: {}, True: (),
             None: [[]], "nested": [{"a": [1, 2.0, "x"]}, []]}
    assert indented(value) == _reference(value)


def test_an_integer_beyond_64_bits_goes_to_the_standard_library() -> None:
    value = {"journeys": 2**70, "rows": [1, 2]}
    assert indented(value) == _reference(value)


def test_values_outside_json_fail_as_in_the_standard_library() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented({"a": [object()]})
    circular: list[object] = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular reference"):
        indented({"a": circular})


def test_written_as_utf8_bytes_to_a_binary_buffer_after_the_text_before_it() -> None:
    value = {"rows": [{"step": f"Schritt {i} ⇄", "minutes": i / 3} for i in range(5_000)]}
    binary = io.BytesIO()
    stream = io.TextIOWrapper(binary, encoding="ascii")  # a console that cannot write "⇄"
    stream.write("heading\n")
    write_indented(value, stream)
    stream.flush()
    text = binary.getvalue().decode()
    assert text.startswith("heading\n{") and json.loads(text[len("heading\n"):]) == value


def test_written_as_text_to_a_text_only_stream() -> None:
    stream = io.StringIO()
    write_indented({"a": [1, 2]}, stream)
    assert stream.getvalue() == _reference({"a": [1, 2]}) + "\n"


def test_nothing_written_for_a_value_outside_json() -> None:
    stream = io.StringIO()
    with pytest.raises(TypeError):
        write_indented({"a": [1, object()]}, stream)
    assert stream.getvalue() == ""


def test_a_lone_surrogate_is_written_as_its_escape() -> None:
    assert json.loads(indented({"name": "a\ud800b"})) == {"name": "a\ud800b"}


def test_numpy_numbers_and_arrays_are_plain_json() -> None:
    import numpy as np

    value = {"x": np.float64(1.5), "n": np.int64(3), "flag": np.bool_(True), "row": np.array([1.0, 2.0])}
    assert json.loads(indented(value)) == {"x": 1.5, "n": 3, "flag": True, "row": [1.0, 2.0]}


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(), _values(allow_exponent=True), min_size=1, max_size=5),
       st.data())
def test_entries_written_already_give_the_text_of_the_whole(
        value: dict[str, object], data: st.DataObject) -> None:
    # given some top-level entries written already, as another process writes them
    ahead = data.draw(st.sets(st.sampled_from(sorted(value)), min_size=1))
    pieces = {key: Encoded.of(entry) if key in ahead else entry for key, entry in value.items()}
    # then the text is the one written of the whole value
    assert indented(pieces) == indented(value)


def test_entries_written_already_beside_one_orjson_refuses() -> None:
    # given a section written already, and an entry that only the standard library writes
    value = {"kpis": {"journeys": 2**70}, "section": {"rows": [{"a": 1, "b": [2, 3]}], "empty": {}}}
    pieces = {"kpis": value["kpis"], "section": Encoded.of(value["section"])}
    # then the object is laid out as the standard library lays out the whole
    assert indented(pieces) == _reference(value)
