"""BPMN layer: the seal the direct writer puts at the end of a file — the SHA-256 of the text before it.

A file of ours whose text is exactly what the direct writer makes of the model read from
it holds nothing else, so its document need keep no tree (``reader``). Proving that
costs a second write, 2 s at 100,000 steps, each time the file is opened. The seal proves
it for the price of a hash (0.06 s): the direct writer wrote that very text, and the
text is unchanged since. A file edited by hand or by another tool breaks or loses it and
gets the whole check. The seal is an XML comment after the root, which BPMN tools read
past; a save through a kept tree keeps it only while it is true (:func:`kept_or_dropped`).
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

_WORDS: Final = "<!-- SHA-256 of the text above, as Customer Process Modeler wrote it: "
#: The seal as the direct writer writes it, after the root's end tag.
_SEAL: Final = "\n" + _WORDS + "{} -->\n"
#: A seal at the very end of a file, as written.
_AT_END: Final = re.compile(re.escape(_SEAL.encode()).replace(b"\\{\\}", b"([0-9a-f]{64})") + rb"\Z")
#: A seal at the end of a kept tree's text (libxml2 lays the comment out its own way).
_IN_TREE_TEXT: Final = re.compile(rb"\s*" + re.escape(_WORDS.encode()) + rb"([0-9a-f]{64}) -->\s*\Z")
#: A seal is found among the file's last bytes only.
_LOOK_WITHIN: Final = len(_SEAL) + 64


def sealed(text: bytes) -> bytes:
    """``text`` with its seal after it."""
    return text + _SEAL.format(hashlib.sha256(text).hexdigest()).encode()


def unsealed_length(data: bytes) -> tuple[int, str | None]:
    """The length of the text before the file's seal, and the digest the seal claims;
    ``(len(data), None)`` when the file ends without one."""
    found = _AT_END.search(data, max(0, len(data) - _LOOK_WITHIN))
    if found is None:
        return len(data), None
    return found.start(), found.group(1).decode()


def kept_or_dropped(text: bytes) -> bytes:
    """A kept tree's text with the seal of the file it was read from, when that seal is
    still true to the text before it, in the direct writer's layout; else without it."""
    found = _IN_TREE_TEXT.search(text, max(0, len(text) - 2 * _LOOK_WITHIN))
    if found is None:
        return text
    body = text[:found.start()]
    return sealed(body) if hashlib.sha256(body).hexdigest() == found.group(1).decode() else body
