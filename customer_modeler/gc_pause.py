"""Core: :func:`collection_paused`, for work that allocates much and frees nothing.

Reading a large file, building its scene and running an analysis's passes allocate
millions of small objects that form no cycles. Python's cyclic garbage collector runs
every few hundred allocations and walks the growing older generations again and again
while nothing can be freed: about a quarter of opening a 10,000-step journey, a third of
an analysis. While the work runs, collection waits; afterwards it goes on as usual (the
next collection looks at the new objects once).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
