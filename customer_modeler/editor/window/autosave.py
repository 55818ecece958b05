"""Editor layer: every few seconds, a recovery copy of unsaved changes — written off the GUI thread.

The copy goes to the document's slot in the data folder (:mod:`autosave_store`), never
over the user's file. On the GUI thread the :class:`Autosaver` only copies the document
model (:func:`snapshot.take_snapshot`); one worker thread copies the kept XML, serialises
the copy with the BPMN writer and writes it, so the window keeps responding. Whatever
writes the live document (a save, an export) first calls :meth:`Autosaver.wait`: the
worker may be reading the live kept XML. The same worker also removes a
slot after a save or a clean close, so a removal never overtakes a write still running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.editor.window.autosave_store import AutosaveRecord, Slot, new_record, write_copy
from customer_modeler.editor.window.settings import AUTOSAVE_INTERVAL, read
from customer_modeler.editor.window.snapshot import Snapshot, drop_copied_xml, finish_copy, take_snapshot
from customer_modeler.free_memory import give_back_after
from customer_modeler.gc_pause import collection_paused, job_ended, job_started

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

_workers: list[ThreadPoolExecutor] = []


def _worker() -> ThreadPoolExecutor:
    """The one thread that writes recovery copies, started with the first copy."""
    if not _workers:
        from concurrent.futures import ThreadPoolExecutor

        _workers.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave"))
    return _workers[0]


class _GuiRelay(QObject):
    """Runs a callable on the GUI thread when a worker emits it (a queued signal)."""

    call = Signal(object)


_relay: _GuiRelay | None = None


def _on_gui_thread(function: Callable[[], None]) -> None:
    assert _relay is not None
    _relay.call.emit(function)


class Autosaver(QObject):
    """The recovery copies of one window's document.

    ``written`` carries the copy's path after each write; ``writer_thread`` is the id of
    the thread that wrote last (never the GUI thread).
    """

    written = Signal(str)

    def __init__(self, files: Any) -> None:
        super().__init__(files.window)
        global _relay
        if _relay is None:
            _relay = _GuiRelay()
            _relay.call.connect(lambda function: function())
        self.files = files
        self.slot: Slot | None = None
        self.writer_thread: int | None = None
        self._editor: Any = None
        self._changes = 0
        self._copied = -1
        self._pending: Future | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(self.interval_ms())

    def interval_ms(self) -> int:
        return round(read(self.files.settings, AUTOSAVE_INTERVAL) * 1000)

    # -- writing ------------------------------------------------------------------------
    def tick(self) -> None:
        """Write a copy when the document has changes no copy holds yet."""
        if self.timer.interval() != self.interval_ms():
            self.timer.setInterval(self.interval_ms())
        if self._needs_copy():
            self.save_copy()

    def _needs_copy(self) -> bool:
        editor = self.files.window.editor
        if editor is None:
            return False
        if editor is not self._editor:
            self._editor = editor
            self._changes += 1
            editor.undo_stack.indexChanged.connect(self._changed)
        busy = self._pending is not None and not self._pending.done()
        return editor.is_modified() and self._copied != self._changes and not busy

    def _changed(self, _index: int) -> None:
        self._changes += 1

    def save_copy(self) -> Future | None:
        """Copy the document now and hand it to the worker; the future ends when it is written."""
        window = self.files.window
        try:
            if self.slot is None:
                self.slot = Slot.create()
        except OSError as error:
            window.statusBar().showMessage(QCoreApplication.translate(
                "Autosave", "No recovery copy could be made: {reason}").format(reason=error.strerror), 8000)
            return None
        disk = self.files.disk.to_dict() if self.files.disk is not None else None
        record = new_record(self.slot.folder, self.files.path, window.untitled, disk)
        job_started()  # the copy is not frozen until written: see gc_pause
        try:
            snapshot = take_snapshot(window.editor.model, window.editor.copies.kept)
            window.scene.index.catch_up()  # not while the copy is written: see scene_index
            future = _worker().submit(_write, record, snapshot)
        except BaseException:
            job_ended()
            raise
        self._copied = self._changes
        future.add_done_callback(lambda done: _on_gui_thread(lambda: self._finished(done, record)))
        self._pending = future
        return future

    def _finished(self, future: Future, record: AutosaveRecord) -> None:
        if not shiboken6.isValid(self):
            return
        error = future.exception()
        if error is not None:
            self._copied = -1  # try again at the next tick
            text = getattr(error, "strerror", None) or str(error)
            self.files.window.statusBar().showMessage(QCoreApplication.translate(
                "Autosave", "The recovery copy failed: {reason}").format(reason=text), 8000)
            return
        self.writer_thread = future.result()
        self.written.emit(str(record.copy_path))

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the last copy is written (before the live document is written, tests, shutdown)."""
        if self._pending is not None:
            self._pending.result(timeout)

    # -- lifetime ------------------------------------------------------------------------
    def discard(self) -> None:
        """Remove this document's copy (after a save, a clean close, another document)."""
        slot, self.slot = self.slot, None
        self._copied = self._changes
        if slot is not None:
            _worker().submit(slot.remove).result(30.0)

    def adopt(self, slot: Slot) -> None:
        """Continue in a recovered document's slot (its lock is already ours)."""
        self.discard()
        self.slot = slot
        self._copied = -1

    def stop(self) -> None:
        self.timer.stop()


def _write(record: AutosaveRecord, snapshot: Snapshot) -> int:
    # The copy makes millions of objects: the collections they set off walked the window's
    # objects too, holding its thread up to 0.4 s at a time at 100,000 steps.
    with collection_paused():
        try:
            copy = finish_copy(snapshot)
            write_copy(record, write_bpmn(copy))
        finally:
            job_ended()  # see save_copy
        drop_copied_xml(copy)  # now, in pieces, not once the worker lets go of its arguments
    give_back_after(copy)
    return threading.get_ident()
