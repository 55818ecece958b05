"""Recovery copies: written by the timer into the data folder, in a worker thread, from a
copy of the document; never over the user's file; gone after a save or a clean close."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.editor.window import autosave_store
from customer_modeler.editor.window.settings import AUTOSAVE_INTERVAL, read
from customer_modeler.editor.window.snapshot import copy_document
from tests.editor.factory import snapshot
from tests.editor.processes import homes  # noqa: F401  # fixture
from tests.editor.qt_work import bounding_rect_calls, qt_work_left
from tests.editor.recovery_files import foreign_journey, open_window, saved_after

pytestmark = pytest.mark.usefixtures("homes")
INTEROP = Path(__file__).resolve().parents[3] / "shared" / "interop"


@pytest.fixture
def journey(tmp_path) -> Path:
    path = tmp_path / "journey.bpmn"
    path.write_bytes(foreign_journey())
    return path


def ini_settings(tmp_path, seconds) -> QSettings:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)
    settings.setValue(AUTOSAVE_INTERVAL.key, seconds)
    return settings


def test_the_timer_writes_a_copy_in_a_worker_thread_and_leaves_the_users_file_alone(
        qtbot, journey, tmp_path):
    # given an opened file, an interval of 1 s and an edit
    before = journey.read_bytes()
    window = open_window(qtbot, journey)
    window.files.settings = ini_settings(tmp_path, 1)
    window.files.autosave.tick()
    assert window.files.autosave.timer.interval() == 1000
    window.editor.rename("T_call", "Call the shop again")
    # when the timer fires
    with qtbot.waitSignal(window.files.autosave.written, timeout=5000) as written:
        pass
    # then the copy is in the data folder, written off the GUI thread
    copy = Path(written.args[0])
    assert copy.parent.parent == autosave_store.autosave_root() and copy.name == "journey.bpmn"
    assert window.files.autosave.writer_thread not in (None, threading.main_thread().ident)
    assert journey.read_bytes() == before
    # and it holds the edit with the vendor data, beside a record of its owner
    expected_model, expected = saved_after(journey, lambda e: e.rename("T_call", "Call the shop again"))
    assert copy.read_bytes() == expected
    assert snapshot(read_bpmn_file(copy).model) == snapshot(expected_model)
    record = json.loads((copy.parent / "autosave.json").read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["original"] == str(journey)
    assert record["host"] and record["saved_at"] and record["disk"]["size"] == len(before)


def test_a_copy_starts_once_qt_has_filed_the_items_of_a_grown_scene(qtbot, journey, monkeypatch):
    window = open_window(qtbot, journey)
    calls = bounding_rect_calls(monkeypatch)
    # given a task added just now past the end of a lane: the scene grew, and Qt files
    # every item again (asking each its rectangle) two seconds later
    step = next(s for s in window.editor.model.steps.values() if s.lane and s.bounds)
    indexed, right = window.scene.sceneRect(), window.scene.shown_rect().right()
    window.editor.add_step("back_office", step.lane, (right + 400, step.bounds.y + step.bounds.height / 2))
    assert window.scene.shown_rect().right() > right and window.scene.sceneRect() != indexed
    # when a recovery copy starts before that moment
    copying = window.files.autosave.save_copy()
    # then Qt did that work before the worker began, not while it writes the copy
    assert qt_work_left(window.scene, calls) == []
    copying.result(timeout=30)


def test_no_copy_while_nothing_is_unsaved(qtbot, journey):
    window = open_window(qtbot, journey)
    window.files.autosave.tick()
    window.files.autosave.wait()
    assert not autosave_store.autosave_root().exists() or not any(autosave_store.autosave_root().iterdir())


def test_a_clean_close_and_a_save_remove_the_copy(qtbot, journey):
    window = open_window(qtbot, journey)
    window.editor.rename("T_call", "First")
    window.files.autosave.save_copy().result(10)
    folder = window.files.autosave.slot.folder
    assert (folder / "journey.bpmn").exists()
    assert window.files.save() and not folder.exists()
    window.editor.rename("T_call", "Second")
    window.files.autosave.save_copy().result(10)
    folder = window.files.autosave.slot.folder
    assert folder.exists()
    window.close()  # "discard" answers the save prompt: a clean close
    assert not folder.exists() and not (journey.parent / ".journey.bpmn.lock").exists()


def test_a_copy_of_a_new_document_is_named_after_its_title(qtbot):
    window = open_window(qtbot)
    window.editor.rename("Lane_company", "Back office")
    window.files.autosave.save_copy().result(10)
    copy = window.files.autosave.slot.folder / "New customer process.bpmn"
    assert read_bpmn_file(copy).model.lanes["Lane_company"].name == "Back office"


def test_the_interval_setting_falls_back_and_is_clamped(tmp_path):
    assert read(QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat),
                AUTOSAVE_INTERVAL) == 30
    assert read(ini_settings(tmp_path, "soon"), AUTOSAVE_INTERVAL) == 30
    assert read(ini_settings(tmp_path, 0), AUTOSAVE_INTERVAL) == AUTOSAVE_INTERVAL.minimum


def test_the_copy_writes_the_bytes_the_live_document_would_after_delete_save_undo(qtbot, journey):
    window = open_window(qtbot, journey)
    window.editor.remove(["T_quote"])
    assert window.files.save()
    window.editor.undo_stack.undo()  # the step's vendor XML is kept aside for this undo
    window.editor.rename("T_call", "Renamed")
    copy = copy_document(window.editor.model)
    assert write_bpmn(copy) == write_bpmn(window.editor.model)
    assert b"kept as is" in write_bpmn(copy)


@pytest.mark.skipif(not INTEROP.is_dir(), reason="no corpus of other tools' files here")
def test_the_copy_writes_the_same_bytes_for_every_corpus_file():
    compared = 0
    for path in sorted(INTEROP.rglob("*.bpmn")):
        try:
            model = read_bpmn_file(path).model
        except Exception:  # noqa: BLE001  # files the reader refuses are not this test's concern
            continue
        tasks = [s for s in model.steps.values() if s.kind == "task"]
        if tasks:
            model.update_step(tasks[0].id, name="Renamed by the test")
        assert write_bpmn(copy_document(model)) == write_bpmn(model), path.name
        compared += 1
    assert compared > 100


def test_successive_copies_share_what_no_edit_touched_and_write_what_a_save_writes(qtbot, journey):
    from customer_modeler.editor.window.snapshot import finish_copy, take_snapshot

    # given a window with the file open, edited, and a first recovery copy
    window = open_window(qtbot, journey)
    autosave, model, copies = window.files.autosave, window.editor.model, window.editor.copies
    written: list[str] = []
    autosave.written.connect(written.append)
    window.editor.rename("T_call", "Called back")
    autosave.save_copy().result(10)
    first = take_snapshot(model, copies.kept).twin  # the copies the next recovery copy starts from
    # when the user renames a step, moves the end event, deletes the start event with its
    # flow, and a recovery copy is written
    window.editor.rename("T_quote", "Quote sent")
    b = model.steps["E_end"].bounds
    window.editor.move_steps({"E_end": type(b)(b.x + 40, b.y, b.width, b.height)})
    window.editor.remove(["S_start"])
    autosave.save_copy().result(10)
    qtbot.waitUntil(lambda: len(written) == 2)
    # then it holds what saving the document now writes
    assert Path(written[-1]).read_bytes() == write_bpmn(model)
    # and the next copy shares the first's copy of the step no edit touched; the edited
    # ones are copied afresh, with their new values
    second = take_snapshot(model, copies.kept)
    twin = second.twin
    assert twin.steps["T_call"] is first.steps["T_call"] and twin.steps["T_call"].name == "Called back"
    assert twin.steps["T_quote"] is not first.steps["T_quote"]
    assert (twin.steps["T_quote"].name, first.steps["T_quote"].name) == ("Quote sent", "Prepare quote")
    assert twin.steps["E_end"].bounds.x == b.x + 40 and "S_start" not in twin.steps
    assert write_bpmn(finish_copy(second)) == write_bpmn(model)


def test_a_copy_gives_its_copied_tree_back_before_it_ends(qtbot, journey, monkeypatch):
    """A recovery copy copies the whole XML tree; the C allocator kept the pages it freed
    (150 MB after each copy of a 10,000-step journey) until they were asked back."""
    from customer_modeler import free_memory
    from customer_modeler.editor.window import autosave

    copies = []
    finish = autosave.finish_copy
    monkeypatch.setattr(autosave, "finish_copy", lambda snap: copies.append(finish(snap)) or copies[-1])
    asked = []
    monkeypatch.setattr(free_memory, "give_back", lambda: asked.append(
        [copy.origin for copy in copies]) or True)
    window = open_window(qtbot, journey)
    window.editor.rename("T_call", "Call the shop again")
    window.files.autosave.save_copy()
    window.files.autosave.wait()
    # the copy had its own tree, which was let go; a document this small asks nothing back
    assert len(copies) == 1 and copies[0].origin is None and asked == []
    # one of GIVE_BACK_FROM steps and flows asks, once its tree is let go
    monkeypatch.setattr(free_memory, "GIVE_BACK_FROM", len(window.editor.model.steps))
    window.editor.rename("T_call", "Call the shop once more")
    window.files.autosave.save_copy()
    window.files.autosave.wait()
    assert len(copies) == 2 and asked == [[None, None]]


def test_give_back_asks_the_allocator_where_there_is_one():
    import ctypes
    import sys

    from customer_modeler.free_memory import give_back

    glibc = sys.platform.startswith("linux") and hasattr(ctypes.CDLL(None), "malloc_trim")
    assert give_back() is glibc
