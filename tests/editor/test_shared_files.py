"""One file, two processes: the lock tells a second user, read-only refuses Save, and a
change made by another program is noticed on activation and before saving."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.window.file_lock import LockHolder, lock_path
from tests.editor.processes import EditorProcess, homes  # noqa: F401  # fixture
from tests.editor.recovery_files import foreign_journey, open_window


@pytest.fixture
def journey(tmp_path) -> Path:
    path = tmp_path / "journey.bpmn"
    path.write_bytes(foreign_journey())
    return path


@pytest.fixture
def other_editor(homes, journey):  # noqa: ANN001
    """A second editor process that has ``journey`` open (and so holds its lock)."""
    editor = EditorProcess(*homes)
    assert editor.send(f"open {journey}") == "opened"
    yield editor
    editor.stop()


def change_in_another_process(path: Path, step_id: str, name: str) -> None:
    """Another program rewrites the file: the step gets a new name."""
    code = ("import sys; from pathlib import Path; p = Path(sys.argv[1]); "
            "p.write_bytes(p.read_bytes().replace(sys.argv[2].encode(), sys.argv[3].encode()))")
    old = read_bpmn_file(path).model.steps[step_id].name
    subprocess.run([sys.executable, "-c", code, str(path), f'name="{old}"', f'name="{name}"'],
                   check=True, timeout=30)


def test_a_file_locked_by_another_editor_opens_read_only_and_refuses_save(
        qtbot, other_editor, journey):
    window = open_window(qtbot)
    window.files.ask_locked = lambda name, holder: window.asked.append((name, holder)) or "read-only"
    before = journey.read_bytes()
    # when this editor opens the file the other one has open
    assert window.files.load(journey)
    # then it was told who holds it and opened it read-only, without a lock of its own
    [(name, holder)] = window.asked
    assert name == "journey.bpmn" and holder.pid == other_editor.pid
    assert holder.host == socket.gethostname() and holder.user
    assert window.files.read_only and window.files.lock is None
    assert "journey.bpmn (read-only)" in window.windowTitle()
    # and Save offers Save As instead of writing over the file
    window.asked.clear()
    window.editor.rename("T_call", "Mine")
    assert not window.files.save()
    assert window.asked == [("path", "Save As")] and journey.read_bytes() == before
    assert LockHolder.of(lock_path(journey)).pid == other_editor.pid


def test_taking_over_a_lock_keeps_it_when_the_other_editor_closes(qtbot, other_editor, journey):
    window = open_window(qtbot)
    window.files.ask_locked = lambda name, holder: "take-over"
    assert window.files.load(journey) and not window.files.read_only
    assert LockHolder.of(lock_path(journey)).is_this_process()
    assert "took over the lock" in window.statusBar().currentMessage()
    assert other_editor.send("close") == "closed"
    other_editor.process.wait(20)
    assert LockHolder.of(lock_path(journey)).is_this_process()  # the other one left ours alone
    window.close()
    assert not lock_path(journey).exists()


def test_a_stale_lock_is_taken_over_with_a_notice(qtbot, other_editor, journey):
    other_editor.kill()
    window = open_window(qtbot, journey)
    assert window.asked == [] and not window.files.read_only
    assert LockHolder.of(lock_path(journey)).is_this_process()
    assert "no longer editing" in window.statusBar().currentMessage()


def test_no_lock_for_a_read_only_opening_or_an_unwritable_folder(qtbot, journey, monkeypatch):
    from customer_modeler.editor.window import file_lock

    window = open_window(qtbot)
    assert window.files.load(journey, read_only=True)
    assert window.files.read_only and not lock_path(journey).exists()
    # the tests run as root, who may write anywhere: the folder reports itself unwritable
    real_access = os.access
    monkeypatch.setattr(file_lock.os, "access",
                        lambda path, mode: False if Path(path) == journey.parent
                        else real_access(path, mode))
    window.files.ask_save_changes = lambda: "discard"
    assert window.files.load(journey) and not window.files.read_only
    assert window.files.lock is None and not lock_path(journey).exists()


def test_save_asks_about_a_change_by_another_program_and_overwrite_writes_ours(qtbot, journey):
    window = open_window(qtbot, journey)
    window.editor.rename("T_quote", "Our quote")
    change_in_another_process(journey, "T_call", "Their call")
    window.files.ask_changed_on_disk = (
        lambda name, saving: window.asked.append(("changed", saving)) or "overwrite")
    assert window.files.save()
    assert window.asked == [("changed", True)]
    saved = read_bpmn_file(journey).model
    assert saved.steps["T_quote"].name == "Our quote" and saved.steps["T_call"].name == "Call the shop"
    window.asked.clear()
    window.editor.rename("T_quote", "Again")
    assert window.files.save() and window.asked == []  # our own save is not a change


def test_save_asks_and_reload_shows_the_other_programs_version(qtbot, journey):
    window = open_window(qtbot, journey)
    window.editor.rename("T_quote", "Our quote")
    change_in_another_process(journey, "T_call", "Their call")
    changed = journey.read_bytes()
    window.files.ask_changed_on_disk = lambda name, saving: "reload"
    assert not window.files.save()
    assert journey.read_bytes() == changed
    assert window.editor.model.steps["T_call"].name == "Their call"
    assert window.editor.model.steps["T_quote"].name == "Prepare quote"
    assert not window.editor.is_modified() and window.files.lock is not None


def test_save_as_after_a_change_keeps_both(qtbot, journey, tmp_path):
    window = open_window(qtbot, journey)
    window.editor.rename("T_quote", "Our quote")
    change_in_another_process(journey, "T_call", "Their call")
    copy = tmp_path / "ours.bpmn"
    window.files.ask_changed_on_disk = lambda name, saving: "save-as"
    window.files.ask_path = lambda title, saving: str(copy)
    assert window.files.save()
    assert read_bpmn_file(journey).model.steps["T_call"].name == "Their call"
    assert read_bpmn_file(copy).model.steps["T_quote"].name == "Our quote"
    assert window.files.path == copy and LockHolder.of(lock_path(copy)).is_this_process()
    assert not lock_path(journey).exists()


def test_activation_asks_once_about_a_save_by_the_other_editor(qtbot, other_editor, journey):
    # given this editor looking at the file read-only while the other one edits and saves it
    window = open_window(qtbot)
    window.files.ask_locked = lambda name, holder: "read-only"
    assert window.files.load(journey)
    assert other_editor.send("rename T_call Changed over there") == "renamed"
    assert other_editor.send("save") == "saved"
    answers = ["cancel", "reload"]
    window.files.ask_changed_on_disk = (
        lambda name, saving: window.asked.append(("changed", saving)) or answers.pop(0))
    # when the window becomes active: asked, and "cancel" keeps the document
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: window.asked == [("changed", False)])
    assert window.editor.model.steps["T_call"].name == "Call the shop"
    # activated again: not asked again for the same change
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(50)
    assert window.asked == [("changed", False)]
    # the other editor saves again: asked, and Reload shows its version
    assert other_editor.send("rename T_call Changed twice") == "renamed"
    assert other_editor.send("save") == "saved"
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: len(window.asked) == 2)
    assert window.editor.model.steps["T_call"].name == "Changed twice"
    assert window.files.read_only


def click_when_shown(qtbot, text: str) -> None:  # noqa: ANN001
    """Press the button labelled ``text`` of the next modal message box."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        button = next(b for b in box.buttons() if b.text() == text)
        button.click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(("button", "answer"), [("Reload", "reload"), ("Overwrite", "overwrite"),
                                                ("Save As…", "save-as"), ("Cancel", "cancel")])
def test_the_changed_on_disk_question_answers_what_its_buttons_say(qtbot, button, answer):
    from customer_modeler.editor.window.disk_watch import ask_changed_on_disk

    click_when_shown(qtbot, button)
    assert ask_changed_on_disk(None, "journey.bpmn", True) == answer


def test_the_lock_question_offers_read_only_and_confirms_a_take_over(qtbot, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from customer_modeler.editor.i18n import install_translation
    from customer_modeler.editor.window.file_lock import LockHolder, ask_locked

    holder = LockHolder("maria", "laptop-7", datetime(2025, 3, 3, 9, 5), 4242)
    click_when_shown(qtbot, "Open Read-Only")
    assert ask_locked(None, "journey.bpmn", holder) == "read-only"
    confirmations = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: (
        confirmations.append(text) or QMessageBox.StandardButton.No))
    click_when_shown(qtbot, "Take Over Editing…")
    assert ask_locked(None, "journey.bpmn", holder) == "cancel"
    assert "maria" in confirmations[0]
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    click_when_shown(qtbot, "Take Over Editing…")
    assert ask_locked(None, "journey.bpmn", holder) == "take-over"
    try:  # the date as the editor's language writes it
        install_translation("en")
        assert holder.describe() == "maria on laptop-7 (since Monday, March 3, 2025 at 9:05\u202fAM)"
        install_translation("el")
        assert holder.describe() == "maria στο laptop-7 (από Δευτέρα 3 Μαρτίου 2025 στις 9:05\u202fπ.μ.)"
    finally:
        install_translation("")
