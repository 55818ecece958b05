"""Test helpers: preferences back at their defaults around a test, and the dialog driven by hand."""

from __future__ import annotations

import pytest


@pytest.fixture
def clean_preferences(qapp):
    """No stored preferences, the light theme and the system's language before and after."""
    from customer_modeler.editor.i18n import install_translation
    from customer_modeler.editor.preferences import store
    from customer_modeler.editor.preferences.theme import theme_manager

    def reset() -> None:
        store.clear()
        theme_manager(qapp).apply("light")
        install_translation("")

    reset()
    yield
    reset()


def open_dialog(window, qtbot):  # noqa: ANN001
    """Edit ▸ Preferences… from the window's menu; the dialog it opened."""
    window.actions["preferences"].trigger()
    dialog = window.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose(combo, data: str) -> None:  # noqa: ANN001
    """Pick the entry of ``combo`` whose data is ``data``, as a click in its list would."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
