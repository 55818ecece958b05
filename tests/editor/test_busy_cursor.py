"""The wait cursor while the window works without answering: opening, saving, exporting
and arranging, each started as a person starts it (menu actions, the dialogs answered by
the test); the cursor is back before a message about a failure is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from customer_modeler.bpmn import reader, writer
from customer_modeler.editor.canvas import export
from customer_modeler.editor.panels.dialogs import ExportOptions

WAIT = Qt.CursorShape.WaitCursor


def cursor_now() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def watch(monkeypatch, owner: object, name: str) -> list:
    """Replace ``owner.name`` by itself, noting the cursor each time it is called."""
    seen: list = []
    original = getattr(owner, name)

    def noted(*args, **kwargs):
        seen.append(cursor_now())
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, noted)
    return seen


def test_opening_and_saving_show_the_wait_cursor_meanwhile(window, monkeypatch, tmp_path: Path):
    path = tmp_path / "journey.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    saved = watch(monkeypatch, writer, "save_bpmn_file")
    window.actions["save_as"].trigger()
    assert saved == [WAIT] and path.is_file()
    read = watch(monkeypatch, reader, "read_bpmn_file")
    shown = watch(monkeypatch, window, "set_document")
    window.actions["open"].trigger()
    assert read == [WAIT] and shown == [WAIT] and window.files.path == path
    assert cursor_now() is None


def test_a_failure_is_told_with_the_usual_cursor(window, tmp_path: Path):
    told: list = []
    window.files.show_error = lambda title, text: told.append(cursor_now())
    broken = tmp_path / "broken.bpmn"
    broken.write_text("<definitions", encoding="utf-8")
    window.files.ask_path = lambda title, saving: str(broken)
    window.actions["open"].trigger()
    window.files.ask_path = lambda title, saving: str(tmp_path / "no such folder" / "x.bpmn")
    window.actions["save_as"].trigger()
    assert told == [None, None]
    assert cursor_now() is None


@pytest.mark.parametrize(("key", "fmt", "function"), [("export_png", "PNG", "save_png"),
                                                      ("export_svg", "SVG", "save_svg"),
                                                      ("export_pdf", "PDF", "save_pdf")])
def test_exports_show_the_wait_cursor_meanwhile(window, monkeypatch, tmp_path: Path, key, fmt, function):
    window.exports.ask_options = lambda fmt, has: ExportOptions()
    window.exports.ask_path = lambda title, fmt: str(tmp_path / "picture")
    written = watch(monkeypatch, export, function)
    window.actions[key].trigger()
    assert written == [WAIT] and (tmp_path / f"picture.{fmt.lower()}").is_file()
    assert cursor_now() is None


def test_copy_as_image_and_arrange_show_the_wait_cursor_meanwhile(window, monkeypatch):
    drawn = watch(monkeypatch, export, "render_fitting_image")
    try:
        window.actions["copy_image"].trigger()
    finally:
        QApplication.clipboard().clear()  # an image left on the offscreen clipboard crashes Qt at exit
    moved = watch(monkeypatch, window.editor, "move_steps")
    window.scene.select_ids(["T_call", "E_end"])
    window.actions["align_left"].trigger()
    assert drawn == [WAIT] and moved == [WAIT]
    assert window.actions["undo"].text() == "Undo Align 2 steps left"
    assert cursor_now() is None
