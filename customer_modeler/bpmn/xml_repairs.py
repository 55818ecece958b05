"""BPMN layer: repair the harmless XML slips other BPMN tools accept, saying what was done.

Some exporters write files that are not quite well-formed but that bpmn.io opens: an XML
declaration with a missing blank (``version="1.0"encoding="UTF-8"``), a declaration after
leading blanks or a comment, a DI or event-definition element whose usual prefix
(``bpmndi:``, ``dc:``, ``bpmn:``...) was never declared. Each repair is a small edit of
the bytes *before* the safety checks run: the repaired bytes go through every check an
unrepaired file does (size, encoding, DOCTYPE, parsing), so no defence is weakened.
Only ASCII-compatible files (UTF-8 and 8-bit code pages) are repaired.
"""

from __future__ import annotations

import re
from typing import Final

from customer_modeler.bpmn.namespaces import BPMN, BPMNDI, DC, DI

#: Prefixes tools use for the BPMN namespaces without (always) declaring them.
WELL_KNOWN_PREFIXES: Final = {
    "bpmndi": BPMNDI, "dc": DC, "di": DI,
    "bpmn": BPMN, "bpmn2": BPMN, "semantic": BPMN, "model": BPMN,
}

_UTF8_BOM = b"\xef\xbb\xbf"
_DECLARATION = re.compile(rb"<\?xml[ \t\r\n][^>]*?\?>", re.DOTALL)
# Before the declaration only blanks and comments may stand for the move to be harmless.
_BEFORE_DECLARATION = re.compile(rb"(?:[ \t\r\n]+|<!--.*?-->)+", re.DOTALL)
_GLUED_PSEUDO_ATTRIBUTE = re.compile(rb"""(=[ \t\r\n]*(["'])[^"'<>]*\2)(?=[A-Za-z])""")
_PROLOG = re.compile(rb"(?:[ \t\r\n]+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_ROOT_NAME = re.compile(rb"<[^ \t\r\n/>?!]+")


def is_ascii_compatible(data: bytes) -> bool:
    """True unless the bytes look like UTF-16 or UTF-32 (a BOM, or NULs around '<')."""
    head = data[:4]
    return not (head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))
                or b"\x00" in head)


def repair_declaration(data: bytes, repairs: list[str]) -> bytes:
    """Move a late XML declaration to the front and add missing blanks inside it."""
    if not is_ascii_compatible(data):
        return data
    bom = _UTF8_BOM if data.startswith(_UTF8_BOM) else b""
    body = data[len(bom):]
    before = _BEFORE_DECLARATION.match(body)
    if before is not None:
        declaration = _DECLARATION.match(body, before.end())
        if declaration is not None:
            what = "a comment" if b"<!--" in before.group() else "blank space"
            body = declaration.group() + body[:declaration.start()] + body[declaration.end():]
            repairs.append(f"the XML declaration stood after {what} and was moved to the start")
    declaration = _DECLARATION.match(body)
    if declaration is not None:
        fixed, count = _GLUED_PSEUDO_ATTRIBUTE.subn(rb"\1 ", declaration.group())
        if count:
            body = fixed + body[declaration.end():]
            repairs.append("a blank was missing between the parts of the XML declaration")
    return bom + body


def declare_prefixes(data: bytes, prefixes: list[str]) -> bytes | None:
    """The bytes with ``xmlns:prefix`` declarations added to the root start tag.

    None when the root start tag cannot be found in ASCII-compatible bytes.
    """
    if not is_ascii_compatible(data):
        return None
    start = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    prolog = _PROLOG.match(data, start)
    root = _ROOT_NAME.match(data, prolog.end() if prolog else start)
    if root is None:
        return None
    declarations = b"".join(
        f' xmlns:{prefix}="{WELL_KNOWN_PREFIXES[prefix]}"'.encode("ascii") for prefix in prefixes)
    return data[:root.end()] + declarations + data[root.end():]
