"""Core: keeping Python's cyclic garbage collector away from objects that stay.

Reading a large file, building its scene and running an analysis's passes allocate
millions of small objects that form no cycles. The collector runs every few hundred
allocations and walks the growing older generations again and again while nothing can be
freed: about a quarter of opening a 10,000-step journey, a third of an analysis.
:func:`collection_paused` holds it off while such work runs.

An open document's objects then live as long as it, yet each full collection walks all
of them again: 0.15 s at 10,000 steps, over a second at 100,000, several times while a
large scene is completed, each a frozen window. :func:`settle` takes what is alive out of
the collector's walks (``gc.freeze``) after collecting the young generations (fresh
garbage frozen along, wrappers of Qt objects among it, and collected much later crashed
the interpreter in the tests). :func:`document_closed` gives everything back to the
collector when a document closes, and a later :func:`settle` collects once before
freezing again, so a closed document's cycles are freed, not kept (small ones wait until
they add up). While an analysis or a recovery copy is at work in a worker thread
(:func:`job_started`), nothing is frozen: its objects are garbage once it ends, some of it
in cycles (74,000 objects after every analysis of a 10,000-step journey; a recovery
copy's model is one). :func:`kept_without_cycles` freezes what reading a file made at once,
so that :func:`settle` need not walk it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Steps and flows of the documents closed since the last full collection.
_closed_since_collection = 0
#: Closed documents smaller than this together wait for a later full collection instead
#: of costing one now: a full walk of everything alive, which opening a large file after
#: the small example would otherwise pay; their cycles are ten megabytes at most.
WAIT_BELOW = 1_000
#: Jobs running in worker threads (analyses, recovery copies). Their objects, alive while
#: they run, are garbage after, some of it in cycles: frozen meanwhile, it would stay
#: until a document closed, so :func:`settle` freezes nothing while one runs.
_jobs_running = 0
#: Jobs started or ended so far: a change tells :func:`kept_without_cycles` that a worker
#: was at work meanwhile.
_job_events = 0
#: Held while :func:`settle` looks and freezes, so that no job starts in between
#: (re-entrant: a collection may run a finaliser that ends a job on the same thread).
_lock = threading.RLock()


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


def settle(closed_gone: bool = True) -> None:
    """Take every object alive now out of the collector's walks: call when a document's
    objects have been made (they stay while it is open). The young generations are
    collected first, so no fresh cyclic garbage is kept; after large documents closed,
    all of them, so that their cycles are freed. Cheap otherwise: only what was made since
    the last call is looked at, and Python moves its lists whole. Nothing is done while
    a job runs in a worker thread (see :func:`job_started`): a later call does it.

    ``closed_gone``: False while a closed document may still be referenced (Qt deletes a
    replaced scene later); then, if large ones wait for their collection, nothing is done
    and the call made once they are deleted does it all."""
    global _closed_since_collection
    with _lock:
        if _jobs_running:
            return
        if _closed_since_collection >= WAIT_BELOW:
            if not closed_gone:
                return
            gc.collect()
            _closed_since_collection = 0
        else:
            gc.collect(1)
        gc.freeze()


@contextmanager
def kept_without_cycles() -> Iterator[None]:
    """Around work, with the collector held off, that makes objects a document keeps and no
    cycles (the BPMN reader): what it made is frozen when it ends, instead of being walked by
    the next :func:`settle` (0.4 s of opening a 100,000-step journey).

    The young generations are collected first, so no garbage made before (Qt's wrappers
    among it) is frozen along. Nothing is frozen when the work fails, or when a job ran in a
    worker thread meanwhile (its objects are garbage once it ends, see :func:`job_started`).
    """
    with _lock:
        quiet, events = not _jobs_running, _job_events
        if quiet:
            gc.collect(1)
    yield
    with _lock:
        if quiet and _job_events == events:
            gc.freeze()


def job_started() -> None:
    """A job for a worker thread begins (an analysis, a recovery copy): :func:`settle`
    freezes nothing until :func:`job_ended` is called for it, from any thread."""
    global _jobs_running, _job_events
    with _lock:
        _jobs_running += 1
        _job_events += 1


def job_ended() -> None:
    """The end of a job :func:`job_started` counted."""
    global _jobs_running, _job_events
    with _lock:
        _jobs_running -= 1
        _job_events += 1


@contextmanager
def job_running() -> Iterator[None]:
    """:func:`job_started` and :func:`job_ended` around a job run in one thread."""
    job_started()
    try:
        yield
    finally:
        job_ended()


def document_closed(elements: int) -> None:
    """A document of ``elements`` steps and flows closed: every object goes back under the
    collector, which may find the closed documents' cycles; :func:`settle` makes sure it
    does once they add up to :data:`WAIT_BELOW`."""
    global _closed_since_collection
    _closed_since_collection += elements
    gc.unfreeze()
