"""File ▸ Close (Ctrl+W) closes the document, not the application; Ctrl+Q quits; the
shortcut list shows every key unclipped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from customer_modeler.editor.panels.dialogs import ShortcutsDialog
from customer_modeler.editor.window.main_window import MainWindow
from tests.editor.factory import make_model

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_w_on_the_last_window_asks_and_leaves_an_empty_window(window):
    asked = []
    window.files.ask_save_changes = lambda: asked.append(1) or "discard"
    window.editor.rename("T_call", "Ring the shop")  # unsaved work: the usual prompt
    QTest.keyClick(window.view, Qt.Key.Key_W, CTRL)
    assert asked == [1]
    assert window.isVisible()
    model = window.editor.model
    assert not model.steps and not model.flows  # a blank journey, nothing of the old one
    assert [lane.role for lane in model.lanes.values()][0] == "customer"
    assert window.windowTitle().startswith("Untitled")
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()
    assert window.scene.step_items == {}


def test_cancel_at_the_prompt_keeps_the_document(window):
    window.files.ask_save_changes = lambda: "cancel"
    window.editor.rename("T_call", "Ring the shop")
    QTest.keyClick(window.view, Qt.Key.Key_W, CTRL)
    assert window.isVisible() and window.editor.model.steps["T_call"].name == "Ring the shop"


def test_ctrl_w_with_another_window_open_closes_this_one(window, qtbot):
    other = MainWindow(make_model(), title="Second")
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    QTest.keyClick(other.view, Qt.Key.Key_W, CTRL)
    assert not other.isVisible()
    assert window.isVisible() and "T_call" in window.editor.model.steps


def test_ctrl_q_quits_every_window(window, qtbot, monkeypatch):
    closed = []
    monkeypatch.setattr(QApplication, "closeAllWindows", lambda: closed.append(True))
    QTest.keyClick(window.view, Qt.Key.Key_Q, CTRL)
    assert closed == [True]
    assert window.actions["quit"].shortcut().toString() == "Ctrl+Q"
    assert window.actions["close"].shortcut().toString() == "Ctrl+W"


def test_shortcut_dialog_shows_every_key_unclipped(window, qtbot):
    dialog = ShortcutsDialog(list(window.actions.values()), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (0, 1):
            text = table.item(row, column).text()
            assert metrics.horizontalAdvance(text) <= table.columnWidth(column), text
    shown = sum(table.columnWidth(c) for c in (0, 1))
    assert shown <= table.viewport().width()  # nothing beyond the right edge
    keys = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert keys["Find…"] == "Ctrl+F" and keys["Close"] == "Ctrl+W, Ctrl+F4"
