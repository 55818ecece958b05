"""collection_paused: the cyclic collector waits during the block and runs as before after
it. settle: what is alive is frozen, young garbage collected first, nothing while a worker's
job runs; document_closed gives everything back."""

from __future__ import annotations

import gc

import pytest

from customer_modeler import gc_pause
from customer_modeler.gc_pause import collection_paused, document_closed, job_running, job_started, settle


def test_the_collector_waits_inside_and_comes_back_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collection_paused():
            assert not gc.isenabled()
            with collection_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block leaves the outer one's pause
            raise ValueError("the read failed")
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Cycle:
    """Garbage only the cyclic collector frees."""

    def __init__(self) -> None:
        self.me = self


def _drain_recovery_copies() -> None:
    """Wait for the recovery copies still queued: windows of earlier tests left open copy
    their documents whenever a later test runs the event loop, and the copies end in the
    one autosave thread, in order."""
    import sys

    autosave = sys.modules.get("customer_modeler.editor.window.autosave")
    if autosave is not None and autosave._workers:
        autosave._worker().submit(lambda: None).result(60)


@pytest.fixture
def thawed():
    # every job started so far (the editor's tests run before these) has ended
    _drain_recovery_copies()
    assert gc_pause._jobs_running == 0, "a job was started and never ended: settle would never freeze again"
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_freezes_what_lives_and_frees_young_cycles_first(thawed) -> None:
    import weakref

    with collection_paused():  # as where it is called: only settle itself can collect
        garbage = _Cycle()
        gone = weakref.ref(garbage)
        del garbage
        kept = [_Cycle() for _ in range(100)]
        settle()
    assert gone() is None  # collected, not frozen
    assert gc.get_freeze_count() >= len(kept)
    document_closed(0)
    assert gc.get_freeze_count() == 0


def test_settle_freezes_nothing_while_a_job_runs_in_a_worker(thawed) -> None:
    with job_running():
        settle()
        assert gc.get_freeze_count() == 0  # the job's objects would be frozen with the rest
    settle()
    assert gc.get_freeze_count() > 0


def test_a_large_closed_document_waits_for_the_settle_made_once_it_is_gone(thawed, monkeypatch) -> None:
    monkeypatch.setattr(gc_pause, "_closed_since_collection", 0)
    document_closed(gc_pause.WAIT_BELOW)
    settle(closed_gone=False)
    assert gc.get_freeze_count() == 0  # it may still be referenced: nothing frozen yet
    settle()
    assert gc.get_freeze_count() > 0 and gc_pause._closed_since_collection == 0


def test_a_job_handed_to_a_worker_holds_settle_off_until_it_ends_there(thawed) -> None:
    import threading

    job_started()  # on the thread that hands the job over (a recovery copy)
    settle()
    assert gc.get_freeze_count() == 0
    worker = threading.Thread(target=gc_pause.job_ended)
    worker.start()
    worker.join()
    settle()
    assert gc.get_freeze_count() > 0


def test_what_a_read_makes_is_frozen_and_young_garbage_before_it_collected(thawed) -> None:
    import weakref

    with collection_paused():  # as File ▸ Open reads
        garbage = _Cycle()
        gone = weakref.ref(garbage)
        del garbage
        with gc_pause.kept_without_cycles():
            read = [[float(i)] for i in range(1000)]  # what a reader keeps: no cycles
    assert gone() is None  # collected before, not frozen along
    assert gc.get_freeze_count() >= len(read)


def test_nothing_read_is_frozen_when_a_worker_was_at_work_or_the_read_failed(thawed) -> None:
    import threading

    with job_running(), gc_pause.kept_without_cycles():
        pass
    assert gc.get_freeze_count() == 0
    with gc_pause.kept_without_cycles():  # a job began and ended in a worker meanwhile
        worker = threading.Thread(target=lambda: (job_started(), gc_pause.job_ended()))
        worker.start()
        worker.join()
    assert gc.get_freeze_count() == 0
    with pytest.raises(ValueError), gc_pause.kept_without_cycles():
        raise ValueError("not BPMN")
    assert gc.get_freeze_count() == 0
