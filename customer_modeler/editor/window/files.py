"""Editor layer: the document's file life cycle — New, Open, Open Recent, Save, Save As.

A prompt comes before unsaved changes would be lost. Opening reads the whole file
first: a refused file gets a message box and the current document stays untouched.
The warnings of a file that opened are listed in the warnings dock. The dialogs are
attributes (``ask_path``, ``ask_save_changes``, ``show_error``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from customer_modeler.model import Lane, Pool, ProcessModel, Rect



class DocumentWindow(Protocol):
    """What the file commands need of their window (the main window of one document)."""

    editor: Any

    def set_document(self, model: ProcessModel, path: Path | None,
                     warnings: list | None = None) -> None: ...
    def update_title(self) -> None: ...
    def statusBar(self) -> Any: ...

FILE_FILTER = "BPMN 2.0 files (*.bpmn *.xml);;All files (*)"
MAX_RECENT = 10


def new_model() -> ProcessModel:
    """An empty journey: the customer lane on top and one department below."""
    model = ProcessModel("New customer process")
    model.add_pool(Pool("Participant_1", "Our company", process_id=model.process_id,
                        bounds=Rect(0, 0, 1230, 360)))
    model.add_lane(Lane("Lane_customer", "Customer", "customer", pool="Participant_1",
                        bounds=Rect(30, 0, 1200, 180), role_set=True))
    model.add_lane(Lane("Lane_company", "Company", "department", pool="Participant_1",
                        bounds=Rect(30, 180, 1200, 180)))
    return model


class FileController:
    """File commands of one window."""

    def __init__(self, window: DocumentWindow) -> None:
        self.window = window
        self.path: Path | None = None
        self.settings = QSettings("customer-process-modeler", "editor")
        self.ask_path: Callable[[str, bool], str | None] = self._dialog_path
        self.ask_save_changes: Callable[[], str] = self._dialog_save_changes
        self.show_error: Callable[[str, str], None] = self._dialog_error

    # -- commands ---------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.path = None
        self.window.set_document(new_model(), None)
        return True

    def open(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (ask when None); False when cancelled or refused."""
        if path is None:
            if not self.maybe_save():
                return False
            chosen = self.ask_path("Open", False)
            if not chosen:
                return False
            path = chosen
        elif not self.maybe_save():
            return False
        return self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show it; on refusal keep the current document."""
        from customer_modeler.bpmn.errors import BpmnReadError
        from customer_modeler.bpmn.reader import read_bpmn_file

        try:
            result = read_bpmn_file(path)
        except BpmnReadError as refusal:
            self.show_error("Cannot open file", f"{path.name}: {refusal}")
            return False
        except OSError as error:
            self.show_error("Cannot open file", f"{path.name}: {error.strerror or error}")
            return False
        self.path = path
        self.window.set_document(result.model, path, list(result.warnings))
        self.remember(path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.write(self.path)

    def save_as(self) -> bool:
        chosen = self.ask_path("Save As", True)
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".bpmn")
        return self.write(path)

    def write(self, path: Path) -> bool:
        from customer_modeler.bpmn.writer import save_bpmn_file

        editor = self.window.editor
        try:
            save_bpmn_file(editor.model, path)
        except (OSError, ValueError) as error:
            self.show_error("Cannot save file", f"{path.name}: {error}")
            return False
        self.path = path
        editor.undo_stack.setClean()
        self.remember(path)
        self.window.update_title()
        self.window.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    def export_plain(self, bpsim: bool = False) -> bool:
        """File ▸ Export ▸ BPMN for other tools: the model without our ``cpm:`` data.

        With ``bpsim`` the branch probabilities go along as BPSim parameters. The file is
        written atomically; the document's own file and its unsaved state are untouched.
        """
        from customer_modeler.bpmn.plain import write_plain_bpmn
        from customer_modeler.bpmn.writer import write_atomically

        title = "Export BPMN for Other Tools" + (" (with BPSim probabilities)" if bpsim else "")
        chosen = self.ask_path(title, True)
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".bpmn")
        try:
            write_atomically(path, write_plain_bpmn(self.window.editor.model, bpsim=bpsim))
        except (OSError, ValueError) as error:
            self.show_error("Cannot export", f"{path.name}: {error}")
            return False
        self.window.statusBar().showMessage(f"Exported {path.name} for other tools", 4000)
        return True

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means the user cancelled."""
        editor = self.window.editor
        if editor is None or not editor.is_modified():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- recent files -----------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()]

    def remember(self, path: Path) -> None:
        entries = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.settings.setValue("recent_files", entries[:MAX_RECENT])

    # -- dialogs ----------------------------------------------------------------------
    def _dialog_path(self, title: str, saving: bool) -> str | None:
        start = str(self.path.parent) if self.path else ""
        if saving:
            path, _ = QFileDialog.getSaveFileName(self.window, title, start, FILE_FILTER)
        else:
            path, _ = QFileDialog.getOpenFileName(self.window, title, start, FILE_FILTER)
        return path or None

    def _dialog_save_changes(self) -> str:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        name = self.path.name if self.path else "the new process"
        answer = QMessageBox.question(self.window, "Unsaved changes",
                                      f"Save the changes to {name}?", buttons,
                                      QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def _dialog_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.window, title, text)
