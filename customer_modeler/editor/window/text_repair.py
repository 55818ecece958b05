"""Editor layer: Edit ▸ Repair Text Encoding, enabled while the document has garbled names.

A file whose UTF-8 text was decoded twice shows 'PrÃ¼fung' for 'Prüfung'; the reader
warns (W-GARBLED-TEXT) and changes nothing. This command repairs every such name in one
undo step, so Ctrl+Z gives the file's text back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from customer_modeler.bpmn.mojibake import REPAIRED_KINDS, garbled_name, garbled_names
from customer_modeler.editor import plural
from customer_modeler.model import ProcessModel
from customer_modeler.model.events import ElementAdded, ElementChanged, ElementRemoved, ModelEvent

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
    """Keep ``action`` enabled exactly while the open document has a garbled name.

    The document is scanned once when it becomes the window's; after that only the names an
    edit adds, changes or removes are looked at, so an edit of a large model costs no scan.
    """
    action.setStatusTip(QCoreApplication.translate("MainMenu", REPAIR_TIP))
    followed = _GarbledNames(lambda present: action.setEnabled(present))

    def follow(*_args: object) -> None:
        editor = getattr(window, "editor", None)
        followed.follow(editor.model if editor is not None else None)

    window.undo_group.activeStackChanged.connect(follow)
    follow()


class _GarbledNames:
    """The ids of the followed model's elements whose names look garbled, kept by its events."""

    def __init__(self, show: Callable[[bool], None]) -> None:
        self.show = show
        self.model: ProcessModel | None = None
        self.ids: set[str] = set()

    def follow(self, model: ProcessModel | None) -> None:
        if model is self.model:
            return
        if self.model is not None:
            self.model.unsubscribe(self._changed)
        self.model = model
        self.ids = {element_id for _kind, element_id, _name in garbled_names(model)} if model else set()
        if model is not None:
            model.subscribe(self._changed)
        self.show(bool(self.ids))

    def _changed(self, event: ModelEvent) -> None:
        if isinstance(event, ElementChanged) and "name" not in event.changes:
            return
        if not isinstance(event, ElementAdded | ElementRemoved | ElementChanged) or (
                event.kind not in REPAIRED_KINDS):
            return
        element = event.element
        if not isinstance(event, ElementRemoved) and garbled_name(element.name):
            self.ids.add(element.id)
        else:
            self.ids.discard(element.id)
        self.show(bool(self.ids))
