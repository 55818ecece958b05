"""After a crash: a second editor offers the copy of the killed one and restores its edits,
but never the copy of an editor that is still running. Two real processes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from customer_modeler.editor.window import autosave_store
from customer_modeler.editor.window.file_lock import LockHolder, lock_path
from customer_modeler.editor.window.recovery import offer_recovery
from customer_modeler.editor.window.recovery_dialog import TITLE, RecoveryDialog
from tests.editor.factory import snapshot
from tests.editor.processes import EditorProcess, homes  # noqa: F401  # fixture
from tests.editor.recovery_files import foreign_journey, open_window, saved_after

RENAMED = "Call the shop again"


@pytest.fixture
def journey(tmp_path) -> Path:
    path = tmp_path / "journey.bpmn"
    path.write_bytes(foreign_journey())
    return path


def edited_elsewhere(homes, journey) -> tuple[EditorProcess, Path]:  # noqa: ANN001
    """A second editor that opened ``journey``, renamed a step and made a recovery copy."""
    editor = EditorProcess(*homes)
    assert editor.send(f"open {journey}") == "opened"
    assert editor.send(f"rename T_call {RENAMED}") == "renamed"
    answer = editor.send("wait-autosave")
    assert answer.startswith("autosaved ")
    return editor, Path(answer.removeprefix("autosaved "))


def make_window(qtbot):  # noqa: ANN001
    return lambda: open_window(qtbot)


def test_a_killed_editors_edits_are_offered_and_restored(qtbot, homes, journey):
    # given an editor killed with SIGKILL after its recovery copy
    before = journey.read_bytes()
    editor, folder = edited_elsewhere(homes, journey)
    editor.kill()
    assert journey.read_bytes() == before  # the copy never went over the user's file
    # when the next editor starts
    shown = []

    def answer(dialog: RecoveryDialog) -> str:
        shown.append((dialog.windowTitle(), dialog.names()))
        return "recover"

    windows = offer_recovery(make_window(qtbot), answer)
    # then the dialog listed the document with the time of its copy
    assert [title for title, _names in shown] == [TITLE] and len(shown[0][1]) == 1
    assert shown[0][1][0].startswith("journey.bpmn — changes from today at ")
    # and the window shows the edits, as unsaved changes to the original file
    assert len(windows) == 1
    window = windows[0]
    expected_model, expected_bytes = saved_after(journey, lambda e: e.rename("T_call", RENAMED))
    assert snapshot(window.editor.model) == snapshot(expected_model)
    assert window.files.path == journey and window.editor.is_modified()
    assert window.windowTitle().startswith("journey.bpmn[*]") and window.isWindowModified()
    # the killed editor's lock was stale: this editor holds it now
    assert LockHolder.of(lock_path(journey)).is_this_process()
    # the copy is this editor's now (a second crash loses nothing either)
    assert window.files.autosave.slot.folder == folder
    window.files.autosave.save_copy().result(10)
    assert json.loads((folder / "autosave.json").read_text(encoding="utf-8"))["pid"] == os.getpid()
    # and Save writes what the killed editor would have saved
    assert window.files.save()
    assert journey.read_bytes() == expected_bytes
    assert b"kept as is" in expected_bytes and b'vendor:colour="#ffcc00"' in expected_bytes
    assert not folder.exists() and window.asked == []


def test_the_copy_of_a_running_editor_is_not_offered(qtbot, homes, journey):
    editor, folder = edited_elsewhere(homes, journey)
    try:
        asked = []
        windows = offer_recovery(make_window(qtbot), lambda dialog: asked.append(dialog) or "recover")
        assert windows == [] and asked == []
        assert folder.exists()  # still the running editor's
        # and its clean close removes its copy
        assert editor.send("close") == "closed"
        editor.process.wait(20)
        assert not folder.exists()
    finally:
        editor.stop()


def test_decide_later_keeps_the_copy_and_discard_removes_it(qtbot, homes, journey):
    editor, folder = edited_elsewhere(homes, journey)
    editor.kill()
    assert offer_recovery(make_window(qtbot), lambda dialog: "later") == []
    assert folder.exists()

    def untick_and_recover(dialog: RecoveryDialog) -> str:
        dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        return "recover"

    assert offer_recovery(make_window(qtbot), untick_and_recover) == []
    assert folder.exists()
    assert offer_recovery(make_window(qtbot), lambda dialog: "discard") == []
    assert not folder.exists() and list(autosave_store.autosave_root().iterdir()) == []


def test_a_never_saved_document_is_recovered_under_its_title(qtbot, homes):
    window = open_window(qtbot)
    window.editor.rename("Lane_company", "Back office")
    window.files.autosave.save_copy().result(10)
    window.files.autosave.slot.release()  # as if this editor had died: its lock is gone
    shown = []
    windows = offer_recovery(make_window(qtbot),
                             lambda dialog: shown.extend(dialog.names()) or "recover")
    assert shown[0].startswith("New customer process — changes from")
    recovered = windows[0]
    assert recovered.files.path is None and recovered.editor.is_modified()
    assert recovered.editor.model.lanes["Lane_company"].name == "Back office"
    assert recovered.windowTitle().startswith("New customer process[*]")
