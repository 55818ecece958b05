"""Command line: the ``--json`` output, indented by two spaces, written fast.

The standard library indents only through its pure-Python encoder, which on a
10,000-step report spends seconds yielding millions of small pieces. :func:`indented`
gives exactly the text of ``json.dumps(value, indent=2, ensure_ascii=False)`` (so the
documented output does not change) but encodes strings with the C encoder, numbers with
their ``repr`` and builds each line in one step. A value of a type outside plain JSON
(a custom object, a circular list) falls back to the standard library, which then
raises its own error.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder when present
from typing import Any

_INFINITY = float("inf")


class _Unusual(Exception):
    """A value plain JSON types do not cover: let the standard library handle all of it."""


def indented(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, computed faster."""
    out: list[str] = []
    try:
        _value(value, "\n", out)
    except (_Unusual, RecursionError):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return "".join(out)


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


def _object(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    fast = _FAST
    for key, item in value.items():
        name = encode_basestring(key) if type(key) is str else _key(key)
        encode = fast.get(type(item))
        if encode is not None:
            out.append(f"{separator}{name}: {encode(item)}")
        else:
            out.append(f"{separator}{name}: ")
            _value(item, inner, out)
        separator = "," + inner
    out.append(newline + "}")


def _array(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    fast = _FAST
    for item in value:
        encode = fast.get(type(item))
        if encode is not None:
            out.append(separator + encode(item))
        else:
            out.append(separator)
            _value(item, inner, out)
        separator = "," + inner
    out.append(newline + "]")


#: Encoders of the exact plain types (subclasses take the slower path of ``_scalar``).
_FAST: dict[type, Any] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _value: "null",
}
