"""Editor layer: Edit ▸ Repair Text Encoding, enabled while the document has garbled names.

A file whose UTF-8 text was decoded twice shows 'PrÃ¼fung' for 'Prüfung'; the reader
warns (W-GARBLED-TEXT) and changes nothing. This command repairs every such name in one
undo step, so Ctrl+Z gives the file's text back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from customer_modeler.bpmn.mojibake import garbled_names
from customer_modeler.editor import plural

REPAIR_TIP = QT_TRANSLATE_NOOP(
    "MainMenu", "Turn names garbled by a wrong encoding ('PrÃ¼fung') back into what they meant ('Prüfung')")


def repair_text_encoding(window: Any) -> None:
    """Repair the open document's garbled names and say how many changed."""
    editor = window.editor
    count = editor.repair_text_encoding() if editor is not None else 0
    shown = QCoreApplication.translate("MainMenu", "No garbled names to repair") if not count else (
        plural.translate("MainMenu", "Repaired the encoding of %n name(s)", None, count))
    window.statusBar().showMessage(shown, 6000)


def follow_garbled_names(window: Any, action: QAction) -> None:
    """Keep ``action`` enabled exactly while the open document has a garbled name."""
    action.setStatusTip(QCoreApplication.translate("MainMenu", REPAIR_TIP))

    def update(*_args: object) -> None:
        editor = getattr(window, "editor", None)
        action.setEnabled(editor is not None and bool(garbled_names(editor.model)))

    window.undo_group.activeStackChanged.connect(update)
    window.undo_group.indexChanged.connect(update)
    update()
