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
