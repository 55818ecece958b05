"""BPMN layer: find text that was decoded twice ("PrÃ¼fung" for "Prüfung").

A UTF-8 file whose text went once through a Windows-1252 (or Latin-1) decoder and back
shows each accented letter as two or three odd characters. Saving it again makes the
damage permanent, so the reader warns; nothing is changed silently. ``repaired`` gives
the text as it was meant, for an explicit, undoable repair by the user.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree

from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Pool, Step


def _latin_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1 has them
        return chr(byte)


_CONTINUATION = "".join(re.escape(_latin_char(b)) for b in range(0x80, 0xC0))
_GARBLED = re.compile(
    rf"(?:[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    rf"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}})+")
_BYTE_OF = {_latin_char(b): b for b in range(0x80, 0x100)}


def _undo_once(match: re.Match[str]) -> str:
    garbled = match.group()
    try:
        return bytes(_BYTE_OF[c] for c in garbled).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return garbled


def repaired(text: str) -> str:
    """``text`` with every double-decoded sequence turned back into what it meant."""
    return _GARBLED.sub(_undo_once, text)


def is_garbled(text: str) -> bool:
    """True when some part of ``text`` reads as UTF-8 bytes shown as Windows-1252."""
    return any(_undo_once(m) != m.group() for m in _GARBLED.finditer(text))


def warn_garbled_text(root: etree._Element, warnings: list[ReadWarning]) -> None:
    """One W-GARBLED-TEXT warning naming the elements whose names or texts look garbled.

    It walks every element: the reader skips the call for a document whose bytes rule it
    out (:func:`could_hold_garbled_text`: most files, and all large ones of ours).
    """
    if (root.getroottree().docinfo.encoding or "UTF-8").upper() not in ("UTF-8", "UTF8"):
        return
    owners: list[str] = []
    example = ""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        texts = [element.text or "", *(str(v) for v in element.attrib.values())]
        bad = next((t for t in texts if t and not t.isascii() and is_garbled(t)), None)
        if bad is None:
            continue
        owner = _owner_id(element)
        if owner not in owners:
            owners.append(owner)
        example = example or bad
    if owners:
        shown = example if len(example) <= 60 else example[:57] + "..."
        warnings.append(ReadWarning(
            "W-GARBLED-TEXT", f"Elements whose text looks garbled by a wrong encoding: "
            f"{len(owners)}, e.g. '{shown}' (probably '{repaired(shown)}'); the text is shown and "
            "saved as it is in the file unless you choose Edit ▸ Repair Text Encoding.",
            tuple(owners)))


def could_hold_garbled_text(source: bytes) -> bool:
    """Whether some text of a UTF-8 document may look garbled: every text and attribute value
    is a stretch of the document, except what a character reference (``&#...;``) spells."""
    if b"&" in source and b"&#" in source:  # one byte is found at memchr's speed
        return True
    if source.isascii():
        return False
    return _GARBLED.search(source.decode("utf-8", "replace")) is not None


def _owner_id(element: etree._Element) -> str:
    """The id of the element or of its nearest ancestor that has one."""
    current: etree._Element | None = element
    while current is not None:
        if current.get("id"):
            return str(current.get("id"))
        current = current.getparent()
    return "(document)"


#: The kinds of element whose names "Repair Text Encoding" looks at.
REPAIRED_KINDS = ("pool", "lane", "step", "flow")


def garbled_name(name: str) -> bool:
    """Whether an element's name looks garbled (a plain ASCII name never does)."""
    return bool(name) and not name.isascii() and is_garbled(name)


def garbled_names(model: ProcessModel) -> list[tuple[str, str, str]]:
    """``(kind, id, repaired name)`` of each pool, lane, step and flow whose name looks
    garbled, in model order: what an explicit "Repair Text Encoding" changes."""
    found = []
    containers: tuple[Mapping[str, Pool | Lane | Step | Flow], ...] = (
        model.pools, model.lanes, model.steps, model.flows)
    for kind, elements in zip(REPAIRED_KINDS, containers):
        for element in elements.values():
            if garbled_name(element.name):
                found.append((kind, element.id, repaired(element.name)))
    return found
