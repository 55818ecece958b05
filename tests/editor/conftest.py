"""Fixtures of the editor tests: a small model and a façade over it."""

from __future__ import annotations

import pytest

from tests.editor.factory import make_model


@pytest.fixture
def model():
    return make_model()


@pytest.fixture
def editor(qtbot, model):
    from customer_modeler.editor.editing import DiagramEditor

    return DiagramEditor(model)


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
