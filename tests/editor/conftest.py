"""Fixtures of the editor tests: a small model and a façade over it."""

from __future__ import annotations

import pytest

from tests.editor.factory import make_model


@pytest.fixture
def model():
    return make_model()


@pytest.fixture
def editor(qtbot, model):
    from customer_modeler.editor.editing.facade import DiagramEditor

    return DiagramEditor(model)


@pytest.fixture
def window(qtbot):
    """The main window on the small journey, shown at 100 %; "discard" answers the save
    prompt and error messages are collected in ``window.errors`` instead of a dialog."""
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(make_model(), title="Small journey")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    window.view.centerOn(500, 240)
    window.files.ask_save_changes = lambda: "discard"
    errors: list[str] = []
    window.files.show_error = lambda title, text: errors.append(text)
    window.errors = errors
    return window


@pytest.fixture
def example_window(qtbot):
    """The main window on the bundled Order journey file, shown; "discard" answers the save
    prompt; at the end it waits for an analysis still running in its workers."""
    from customer_modeler.editor.window.main_window import MainWindow
    from customer_modeler.resources import example_path

    window = MainWindow()
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    assert window.files.load(example_path())
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.analysis.runner.wait(20_000)
    window.analysis.what_if_runner.wait(20_000)


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog would hang an offscreen test: fail loudly instead."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {args[1:3]}")

    for name in ("question", "critical", "warning", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture
def language(qapp):
    """Install the language a test names; back to the system's after it."""
    from customer_modeler.editor.i18n import install_translation

    def use(code: str) -> None:
        assert install_translation(code) == code
    yield use
    install_translation("en")
    install_translation("")
