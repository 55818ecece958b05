"""Core: giving the memory of a finished job back to the system.

A recovery copy of a large document copies its whole XML tree, and an analysis builds its
engine and reports: hundreds of megabytes that are freed when the job ends. The C
allocator keeps the pages it freed, though, scattered among those still in use, so the
window kept them for the rest of the session: 150 MB after every recovery copy of a
10,000-step journey. :func:`give_back` asks glibc's allocator to return them
(``malloc_trim``); where there is no such call (macOS, Windows, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable, Sized
from typing import Protocol


#: Steps and flows from which a freed document's pages are worth asking back from the
#: allocator (its walk of the whole heap takes longer than a small document is worth).
GIVE_BACK_FROM = 5_000


class _Document(Protocol):
    """A model, as far as its size goes (the core's root knows no model)."""

    @property
    def steps(self) -> Sized: ...

    @property
    def flows(self) -> Sized: ...


def give_back_after(document: _Document) -> bool:
    """:func:`give_back` once a document's large data (its XML tree, its copy) is freed,
    if it has :data:`GIVE_BACK_FROM` steps and flows or more; True when it asked."""
    if len(document.steps) + len(document.flows) < GIVE_BACK_FROM:
        return False
    return give_back()


def give_back() -> bool:
    """Return the free pages of the C heap to the system; True when it could be asked.

    Takes a few milliseconds (10 ms after a recovery copy of 10,000 steps) and holds no
    lock of Python's: a worker thread calls it at the end of its job.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
