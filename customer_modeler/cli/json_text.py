"""Command line: the ``--json`` output, indented by two spaces, written fast.

The standard library indents only through its pure-Python encoder, which on a
10,000-step report spends seconds yielding millions of small pieces. :func:`indented`
gives exactly the text of ``json.dumps(value, indent=2, ensure_ascii=False)`` (so the
documented output does not change) but encodes strings with the C encoder, numbers with
their ``repr`` and builds each line in one step; a container of plain values only (most
rows of a report) is written whole by the standard library's C encoder, told to separate
items by a line break and the indent. A value of a type outside plain JSON
(a custom object, a circular list) falls back to the standard library, which then
raises its own error.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Iterable
from json.encoder import encode_basestring  # the C encoder when present
from typing import Any, TextIO

_INFINITY = float("inf")
#: The standard library's C encoder (None without its accelerator; typeshed leaves it out).
_c_make_encoder: Any = getattr(json.encoder, "c_make_encoder", None)


class _Unusual(Exception):
    """A value plain JSON types do not cover: let the standard library handle all of it."""


def indented(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, computed faster."""
    return "".join(_pieces(value))


def write_indented(value: Any, stream: TextIO) -> None:
    """Write ``indented(value)`` and a line break to ``stream``, a few thousand pieces at a
    time: the text of a 100,000-step report (a quarter of a gigabyte) is never held whole,
    nor encoded whole. Everything is encoded before the first write, so an error (a value
    outside JSON) leaves the stream as it was."""
    pieces = _pieces(value)
    pieces.append("\n")
    for start in range(0, len(pieces), _PIECES_PER_WRITE):
        stream.write("".join(pieces[start:start + _PIECES_PER_WRITE]))


#: Pieces joined into one write of :func:`write_indented` (about a megabyte of report).
_PIECES_PER_WRITE = 20_000


def _pieces(value: Any) -> list[str]:
    """The text of ``indented(value)`` in pieces (the standard library's text, whole, when
    the value is outside plain JSON and its error is not raised)."""
    out: list[str] = []
    try:
        _value(value, "\n", out)
    except (_Unusual, RecursionError):
        return [json.dumps(value, indent=2, ensure_ascii=False)]
    return out


def _float(number: float) -> str:
    if number != number:
        return "NaN"
    if number == _INFINITY:
        return "Infinity"
    if number == -_INFINITY:
        return "-Infinity"
    return float.__repr__(number)


def _scalar(value: Any) -> str | None:
    """The text of a scalar as the standard library writes it; None for a container."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    if kind is dict or kind is list or kind is tuple:
        return None
    # Subclasses, in the order the standard library tests them.
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (dict, list, tuple)):
        return None
    raise _Unusual


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float):
        return encode_basestring(_float(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return encode_basestring(int.__repr__(key))
    raise _Unusual


def _value(value: Any, newline: str, out: list[str]) -> None:
    """Append the text of ``value``; ``newline`` is a line break and the current indent."""
    text = _scalar(value)
    if text is not None:
        out.append(text)
    elif isinstance(value, dict):
        _object(value, newline, out)
    else:
        _array(value, newline, out)


def _container(value: Any, newline: str, out: list[str]) -> None:
    """Append the text of a value that is no exact plain scalar: mostly a dict or a list."""
    kind = type(value)
    if kind is dict:
        _object(value, newline, out)
    elif kind is list or kind is tuple:
        _array(value, newline, out)
    else:
        _value(value, newline, out)


def _object(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    if _is_flat(value.values()):
        out.append(_flat_text(value, newline, inner))
        return
    separator = "{" + inner
    fast = _FAST
    for key, item in value.items():
        name = encode_basestring(key) if type(key) is str else _key(key)
        encode = fast.get(type(item))
        if encode is not None:
            out.append(f"{separator}{name}: {encode(item)}")
        else:
            out.append(f"{separator}{name}: ")
            _container(item, inner, out)
        separator = "," + inner
    out.append(newline + "}")


def _array(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    if _is_flat(value):
        out.append(_flat_text(value, newline, inner))
        return
    separator = "[" + inner
    fast = _FAST
    for item in value:
        encode = fast.get(type(item))
        if encode is not None:
            out.append(separator + encode(item))
        else:
            out.append(separator)
            _container(item, inner, out)
        separator = "," + inner
    out.append(newline + "]")


def _is_flat(items: Iterable[Any]) -> bool:
    """Whether a container holds only values of the exact plain types (most report rows)."""
    if _c_make_encoder is None:
        return False
    fast = _FAST
    for item in items:
        if type(item) not in fast:
            return False
    return True


def _flat_text(value: dict[Any, Any] | list[Any] | tuple[Any, ...], newline: str, inner: str) -> str:
    """The indented text of a container of plain values, written by the C encoder in one call:
    its items are separated by a line break and the indent, so only the brackets move."""
    encoder = _FLAT_ENCODERS.get(inner)
    if encoder is None:
        encoder = _FLAT_ENCODERS[inner] = _c_make_encoder(
            None, _not_plain, encode_basestring, None, ": ", "," + inner, False, False, True)
    try:
        text = "".join(encoder(value, 0))
    except TypeError:  # a key outside JSON: the standard library says which
        raise _Unusual from None
    return text[0] + inner + text[1:-1] + newline + text[-1]


def _not_plain(value: Any) -> Any:
    raise _Unusual


#: The C encoders of flat containers, by the indent of their items.
_FLAT_ENCODERS: dict[str, Any] = {}

#: Encoders of the exact plain types (subclasses take the slower path of ``_scalar``).
_FAST: dict[type, Any] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _value: "null",
}
