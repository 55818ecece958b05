"""Editor layer: putting preferences into effect in the running editor.

Theme, grid, snapping, the autosave interval and display units take effect at once in
every open window; the language needs a restart (translators are installed before any
window is made, see :mod:`customer_modeler.editor.i18n`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from customer_modeler.editor.preferences.store import Preferences
from customer_modeler.editor.preferences.theme import theme_manager


def apply_preferences(preferences: Preferences) -> None:
    """Apply ``preferences`` to the application and to every editor window."""
    app = QApplication.instance()
    if app is None:
        return
    theme_manager(app).apply(preferences.theme)
    for window in editor_windows():
        apply_to_window(window, preferences)


def editor_windows() -> list[Any]:
    """The open editor windows (known by name: this package sits below the window's)."""
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "main-window"]


def apply_to_window(window: Any, preferences: Preferences) -> None:
    """Grid, snapping, autosave interval and units of one window."""
    view = window.view
    view.show_grid = preferences.show_grid
    view.grid_pitch = float(preferences.grid_size)
    grid_action = window.actions.get("grid")
    if grid_action is not None:
        grid_action.setChecked(preferences.show_grid)
    if window.editor is not None:
        window.editor.grid = preferences.snap_distance
    autosave = getattr(window.files, "autosave", None)
    if autosave is not None:
        autosave.timer.setInterval(round(preferences.autosave_seconds * 1000))
    window.properties.refresh_units()
    analysis = getattr(window, "analysis", None)
    if analysis is not None:  # the results dock shows its figures in the new units
        analysis.dock.refresh_units()
    view.viewport().update()
