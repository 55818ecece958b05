"""Editor layer: File ▸ Close (Ctrl+W) — close the document, not the application.

With other editor windows open the window goes away, as any window does. The last
window stays open with a blank journey instead, so Ctrl+W never quits by surprise;
Ctrl+Q is the way to quit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from customer_modeler.editor.window.files import new_model


def other_editor_windows(window: QMainWindow) -> list[QMainWindow]:
    """The visible editor windows besides ``window``."""
    return [w for w in QApplication.topLevelWidgets()
            if w is not window and type(w) is type(window) and w.isVisible()]


def close_document(window: Any) -> bool:
    """Close ``window``'s document after the usual prompt; False when the person cancelled."""
    if other_editor_windows(window):
        return window.close()
    if not window.files.maybe_save():
        return False
    window.files.close_document()
    window.set_document(new_model(), None, title=QCoreApplication.translate("MainWindow", "Untitled"))
    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Document closed. Draw a new journey here, or open a file."), 6000)
    return True
