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
    follow_theme_changes(app)
    theme_manager(app).apply(preferences.theme)
    for window in editor_windows():
        apply_to_window(window, preferences)


def follow_theme_changes(app: QApplication) -> None:
    """From now on, redraw the windows' toolbar icons whenever the theme changes (the
    diagram repaints by itself); connecting twice is harmless."""
    manager = theme_manager(app)
    if not manager.icons_follow:
        manager.changed.connect(lambda _theme: [redraw_icons(w) for w in editor_windows()])
        manager.icons_follow = True


def redraw_icons(window: Any) -> None:
    """The toolbar icons of ``window`` drawn again in the colours of the theme in force."""
    from customer_modeler.editor.window.icons import action_icon

    for key, action in window.actions.items():
        icon = action_icon(key)
        if not icon.isNull():
            action.setIcon(icon)


def editor_windows() -> list[Any]:
    """The open editor windows."""
    from customer_modeler.editor.window.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


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
    view.viewport().update()
