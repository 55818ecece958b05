"""Core: keeping Python's cyclic garbage collector away from objects that stay.

Reading a large file, building its scene and running an analysis's passes allocate
millions of small objects that form no cycles. The collector runs every few hundred
allocations and walks the growing older generations again and again while nothing can be
freed: about a quarter of opening a 10,000-step journey, a third of an analysis.
:func:`collection_paused` holds it off while such work runs.

An open document's objects then live as long as it, yet each full collection walks all
of them again: 0.15 s at 10,000 steps, over a second at 100,000, several times while a
large scene is completed, each a frozen window. :func:`settle` takes what is alive out of
the collector's walks (``gc.freeze``); :func:`document_closed` gives everything back to it
when a document closes, and the next :func:`settle` collects once before freezing again,
so a closed document's cycles are freed, never kept.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: A document closed since the last :func:`settle`: its objects may wait for a collection.
_closed_since_settle = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Hold the cyclic collector off for the ``with`` block (nested blocks are fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Take every object alive now out of the collector's walks: call when a document's
    objects have been made (they stay while it is open). The young generations are
    collected first, so no fresh cyclic garbage is kept; after a document closed, all of
    them, so that its cycles are freed. Cheap otherwise: only what was made since the
    last call is looked at, and Python moves its lists whole."""
    global _closed_since_settle
    gc.collect(2 if _closed_since_settle else 1)
    _closed_since_settle = False
    gc.freeze()


def document_closed() -> None:
    """A document closed: every object goes back under the collector, which may find the
    closed document's cycles; the next :func:`settle` makes sure it does."""
    global _closed_since_settle
    _closed_since_settle = True
    gc.unfreeze()
