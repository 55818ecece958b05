"""Editor layer (bootstrap): start the QApplication and open the editor windows.

``run_editor(paths)`` first offers to recover unsaved work of an editor that was cut
off, then opens each file in its own window, or the bundled Order journey file (read-only:
Save asks for a new name) when there is no window yet. ``quit_after`` ends the application after that many seconds
with exit status 0 (used to prove the editor starts on a headless machine; such a run
offers no recovery, since nobody is there to answer).
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from customer_modeler.model.document import ProcessModel


def bundled_example() -> ProcessModel | None:
    """The Order journey of docs/methods.md §9, or None when the samples are not installed."""
    try:
        from customer_modeler.samples import order_journey
    except ImportError:
        return None
    return order_journey()


def _example_window(window_class):  # noqa: ANN001, ANN202 - Qt is imported only in run_editor
    """A window on the bundled Order journey file, opened read-only so that Save asks for a
    new name and the installed example stays as shipped; built from code if the file is gone."""
    from customer_modeler.resources import example_path
    from PySide6.QtCore import QCoreApplication

    window = window_class()
    try:
        if window.files.load(example_path(), read_only=True):
            return window
    except FileNotFoundError:  # a broken install without its resources
        pass
    window.deleteLater()
    example = bundled_example()
    title = QCoreApplication.translate("MainWindow", "Order journey (example)")
    return window_class(example, title=title if example else None)


def start_appearance(app) -> None:  # noqa: ANN001 - Qt is imported only when the editor runs
    """Language and theme of Preferences, put in place before any window is made."""
    from customer_modeler.editor.i18n import install_translation
    from customer_modeler.editor.preferences import store
    from customer_modeler.editor.preferences.theme import theme_manager

    chosen = store.current()
    install_translation(chosen.language)
    theme_manager(app).apply(chosen.theme)


def run_editor(paths: list[str], quit_after: float | None = None) -> int:
    """Run the editor until its last window closes; return the exit status.

    Parameters
    ----------
    paths
        Files to open, one window each; none opens the bundled Order journey.
    quit_after
        Seconds after which the application quits with status 0 (no prompts).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from customer_modeler.editor.window.main_window import MainWindow
    from customer_modeler.editor.window.recovery import offer_recovery

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Customer Process Modeler")
    app.setOrganizationName("customer-process-modeler")
    start_appearance(app)
    # The diagram shows first; the Analysis menu is made once it is on the screen (the engine
    # behind it loads when an analysis first runs).
    new_window = partial(MainWindow, analysis_after_paint=True)
    # A timed run proves the editor starts; it must not wait for an answer about old work.
    windows: list[MainWindow] = offer_recovery(new_window) if quit_after is None else []
    for path in paths:
        window = new_window()
        if window.files.load(Path(path)):
            windows.append(window)
        else:
            window.deleteLater()
    if not windows:
        windows.append(_example_window(new_window) if not paths else new_window())
    for window in windows:
        window.show()
    if quit_after is not None:
        QTimer.singleShot(round(quit_after * 1000), lambda: app.exit(0))
    app._windows = windows  # type: ignore[attr-defined]  # keep them alive
    return app.exec()
