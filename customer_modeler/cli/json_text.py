"""Command line: the ``--json`` output, indented by two spaces.

orjson, a compiled JSON library, writes it: a 10,000-step ``analyze`` report (25 MB of
text) takes it under 0.1 s, where the standard library's C encoder, driven row by row from
Python to indent, took 0.5 s. The layout is the standard library's ``indent=2``; a number
is written in its shortest exact form (``0.00005673`` where the standard library writes
``5.673e-05``), and one that is not finite (NaN, infinity), which JSON has no word for, as
``null``. A value orjson refuses (an integer beyond 64 bits, an unknown type, a circular
list) goes whole to the standard library, which writes it or raises its own error.
An entry of the top-level object may come :class:`Encoded` already (a section another
process computed): each entry is then written by itself and laid out as one text would be.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

import orjson

#: numpy's numbers and arrays, which an analysis may hand on, are written as plain JSON too.
_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


class Encoded:
    """An entry of a top-level object, written already: the text :func:`encoded` gives
    for it in its place, each line after the first indented one level."""

    __slots__ = ("text",)

    def __init__(self, text: bytes) -> None:
        self.text = text

    @classmethod
    def of(cls, value: Any) -> Encoded:
        """``value`` written as an entry of a top-level object: written as the one entry
        of an object, whose lines the encoder indents itself, and cut out of it (a
        replace of every line break took 0.25 s for a 100,000-step section)."""
        whole = encoded({"": value})
        return cls(whole[len(_ONE_ENTRY_START):len(whole) - len(_ONE_ENTRY_END)])


#: What surrounds the one entry of ``{"": value}`` in :func:`encoded`'s layout.
_ONE_ENTRY_START = b'{\n  "": '
_ONE_ENTRY_END = b"\n}"


def encoded(value: Any) -> bytes:
    """``value`` as two-space indented JSON in UTF-8."""
    if isinstance(value, dict) and any(isinstance(entry, Encoded) for entry in value.values()):
        return _with_entries_written(value)
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except orjson.JSONEncodeError:
        # backslashreplace: a lone surrogate (no XML file holds one) becomes its JSON escape.
        return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8", "backslashreplace")


def _with_entries_written(value: dict[str, Any]) -> bytes:
    """An object with string keys, some entries :class:`Encoded` already: orjson places
    their text as it is, in one pass. When it refuses another entry, each entry is
    written by itself (that one by the standard library) and the object laid out around them."""
    try:
        return orjson.dumps({key: orjson.Fragment(entry.text) if isinstance(entry, Encoded) else entry
                             for key, entry in value.items()}, option=_OPTIONS)
    except orjson.JSONEncodeError:
        entries = [b"  " + encoded(str(key)) + b": "
                   + (entry if isinstance(entry, Encoded) else Encoded.of(entry)).text
                   for key, entry in value.items()]
        return b"{\n" + b",\n".join(entries) + b"\n}"


def indented(value: Any) -> str:
    """``value`` as two-space indented JSON."""
    return encoded(value).decode()


def write_indented(value: Any, stream: TextIO) -> None:
    """Write ``indented(value)`` and a line break to ``stream``: as UTF-8 bytes to its
    binary buffer when it has one (standard output), so a 100,000-step report (a quarter
    of a gigabyte) is not decoded into text first. Everything is encoded before the first
    write, so an error (a value outside JSON) leaves the stream as it was."""
    data = encoded(value)
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(data.decode() + "\n")
        return
    stream.flush()  # what was written as text goes first
    buffer.write(data)
    buffer.write(b"\n")
