"""Editor layer: the document's file life cycle — New, Open, Open Recent, Save, Save As.

A prompt comes before unsaved changes would be lost. Opening reads the whole file
first: a refused file gets a message box and the current document stays untouched.
The warnings of a file that opened are listed in the warnings dock. An open file is
locked (``file_lock``) and watched for changes by other programs (``disk_watch``);
unsaved changes get recovery copies (``autosave``). A file that names no customer gets
the question which lane or pool is the customer (``customer_prompt``). The dialogs are
attributes (``ask_path``, ``ask_save_changes``, ``show_error``, ``ask_locked``,
``ask_changed_on_disk``) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from customer_modeler.editor.window import disk_watch, file_lock
from customer_modeler.editor.window.autosave import Autosaver
from customer_modeler.editor.window.busy import busy_cursor
from customer_modeler.editor.window.customer_prompt import CustomerPrompt
from customer_modeler.editor.window.disk_watch import ActivationWatch, DiskStamp
from customer_modeler.editor.window.settings import editor_settings
from customer_modeler.gc_pause import collection_paused, kept_without_cycles, settle
from customer_modeler.model import Lane, Pool, ProcessModel, Rect


class DocumentWindow(Protocol):
    """What the file commands need of their window (the main window of one document)."""

    editor: Any

    def set_document(self, model: ProcessModel, path: Path | None,
                     warnings: list | None = None) -> None: ...
    def update_title(self) -> None: ...
    def statusBar(self) -> Any: ...

FILE_FILTER = QT_TRANSLATE_NOOP("Files", "BPMN 2.0 files (*.bpmn *.xml);;All files (*)")
MAX_RECENT = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def new_model() -> ProcessModel:
    """An empty journey: the customer lane on top and one department below."""
    model = ProcessModel(_tr("New customer process"))
    model.add_pool(Pool("Participant_1", _tr("Our company"), process_id=model.process_id,
                        bounds=Rect(0, 0, 1230, 360)))
    model.add_lane(Lane("Lane_customer", _tr("Customer"), "customer", pool="Participant_1",
                        bounds=Rect(30, 0, 1200, 180), role_set=True))
    model.add_lane(Lane("Lane_company", _tr("Company"), "department", pool="Participant_1",
                        bounds=Rect(30, 180, 1200, 180)))
    return model


class FileController:
    """File commands of one window."""

    def __init__(self, window: DocumentWindow) -> None:
        self.window = window
        self.path: Path | None = None
        self.read_only = False
        self.lock: file_lock.DocumentLock | None = None
        self.disk: DiskStamp | None = None
        self.settings: QSettings = editor_settings()
        self.ask_path: Callable[[str, bool], str | None] = self._dialog_path
        self.ask_save_changes: Callable[[], str] = self._dialog_save_changes
        self.show_error: Callable[[str, str], None] = self._dialog_error
        self.ask_locked: Callable[[str, file_lock.LockHolder], str] = (
            lambda name, holder: file_lock.ask_locked(self.window, name, holder))
        self.ask_changed_on_disk: Callable[[str, bool], str] = (
            lambda name, saving: disk_watch.ask_changed_on_disk(self.window, name, saving))
        self.autosave = Autosaver(self)
        self.customer = CustomerPrompt(window)  # type: ignore[arg-type]
        self._activation = ActivationWatch(window, self.check_disk)

    # -- commands ---------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.close_document()
        self.path = None
        self.window.set_document(new_model(), None)
        return True

    def open(self, path: str | Path | None = None) -> bool:
        """Open ``path`` (ask when None); False when cancelled or refused."""
        if path is None:
            if not self.maybe_save():
                return False
            chosen = self.ask_path(_tr("Open"), False)
            if not chosen:
                return False
            path = chosen
        elif not self.maybe_save():
            return False
        return self.load(Path(path))

    def load(self, path: Path, read_only: bool = False) -> bool:
        """Read ``path`` and show it; on refusal or cancel keep the current document."""
        from customer_modeler.bpmn.errors import BpmnReadError
        from customer_modeler.bpmn.reader import read_bpmn_file

        same = path == self.path and self.lock is not None
        claim = file_lock.Claim(self.lock, False) if same else (
            file_lock.claim(path, read_only, self.ask_locked))
        if claim is None:
            return False
        with collection_paused():  # the model and the scene's items stay: see gc_pause
            try:
                disk = DiskStamp.of(path)
                with kept_without_cycles(), busy_cursor():  # the read makes no cycles: see gc_pause
                    result = read_bpmn_file(path, for_editing=True)
            except (BpmnReadError, OSError) as refusal:
                if claim.lock is not None and not same:
                    claim.lock.release()
                reason = refusal.strerror if isinstance(refusal, OSError) else refusal
                self.show_error(_tr("Cannot open file"), _tr("{file}: {reason}").format(
                    file=path.name, reason=reason or refusal))
                return False
            self.take(path, claim, disk)
            with busy_cursor():
                self.window.set_document(result.model, path, list(result.warnings))
            settle(closed_gone=False)  # the replaced document goes later: see set_document
        self.remember(path)
        if not same:  # a reload does not ask again
            self.customer.offer_after_open(path.name)
        return True

    def take(self, path: Path | None, claim: file_lock.Claim, disk: DiskStamp | None) -> None:
        """Make ``path`` this window's file: its lock, read-only state and disk stamp."""
        if self.lock is not None and self.lock is not claim.lock:
            self.lock.release()
        self.autosave.discard()
        self.path, self.lock, self.read_only, self.disk = path, claim.lock, claim.read_only, disk
        if claim.notice:
            self.window.statusBar().showMessage(claim.notice, 10000)

    def close_document(self) -> None:
        """The document goes away cleanly: no recovery copy, no lock."""
        self.autosave.discard()
        if self.lock is not None:
            self.lock.release()
        self.lock, self.read_only, self.disk = None, False, None

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        if self.read_only:
            self.window.statusBar().showMessage(_tr(
                "{file} is open read-only: save your changes under another name.").format(
                file=self.path.name), 8000)
            return self.save_as()
        changed = self.disk is not None and self.disk.changed(self.path, thorough=True)
        if changed:
            answer = self.ask_changed_on_disk(self.path.name, True)
            if answer != "overwrite":
                return self._resolve_change(answer) and answer == "save-as"
        return self.write(self.path)

    def check_disk(self) -> None:
        """On window activation: ask once about each change another program made to the file."""
        if self.path is None or self.disk is None:
            return
        now = self.disk.changed(self.path)
        if now is None:
            return
        # Asked once per version of the file; the old hash stays, so Save still asks.
        self.disk = DiskStamp(now.mtime_ns, now.size, self.disk.sha256)
        answer = self.ask_changed_on_disk(self.path.name, False)
        if answer == "overwrite":
            self.write(self.path)
        else:
            self._resolve_change(answer)

    def _resolve_change(self, answer: str) -> bool:
        if answer == "reload" and self.path is not None:
            return self.load(self.path, self.read_only)
        if answer == "save-as":
            return self.save_as()
        return False

    def save_as(self) -> bool:
        chosen = self.ask_path(_tr("Save As"), True)
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".bpmn")
        return self.write(path)

    def save_as_variant(self) -> bool:
        """File ▸ Save as What-if Variant…: save the model under a new name as a what-if
        variant of itself, and go on editing the variant (as Save As does).

        The copy keeps every id, so the what-if analysis pairs its steps with the original's;
        its ``variant_of`` names the model it varies (docs/methods.md §7) and its own name
        says which variant it is. The original file is left as it was saved.
        """
        from dataclasses import replace

        model = self.window.editor.model
        if self.path is None:
            self.show_error(_tr("Cannot save a variant"), _tr(
                "Save the model first: a what-if variant names the saved model it varies."))
            return False
        chosen = self.ask_path(_tr("Save as What-if Variant"), True)
        if not chosen:
            return False
        path = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".bpmn")
        if path.resolve() == self.path.resolve():
            self.show_error(_tr("Cannot save a variant"), _tr(
                "{file} is the model the variant varies: choose another file.").format(file=path.name))
            return False
        baseline, info = model.name, model.info
        model.name = _tr("{model} (what-if: {variant})").format(model=baseline, variant=path.stem)
        model.set_model_data("info", replace(info, variant_of=baseline))
        if self.write(path):
            return True
        model.name = baseline
        model.set_model_data("info", info)
        return False

    def write(self, path: Path) -> bool:
        from customer_modeler.bpmn.writer import save_bpmn_file

        editor = self.window.editor
        if self.read_only and path == self.path:
            self.show_error(_tr("Cannot save file"), _tr("{file} is open read-only.").format(file=path.name))
            return False
        self.autosave.wait()  # the recovery copy may still be reading the kept XML the save changes
        try:
            with busy_cursor():
                save_bpmn_file(editor.model, path)
        except (OSError, ValueError) as error:
            self.show_error(_tr("Cannot save file"), _tr("{file}: {reason}").format(
                file=path.name, reason=error))
            return False
        if path != self.path:
            self.take(path, file_lock.claim(path, False, lambda _name, _holder: "cancel")
                      or file_lock.Claim(None, False), None)
        self.autosave.discard()
        self.disk = DiskStamp.of(path)
        editor.undo_stack.setClean()
        self.remember(path)
        self.window.update_title()
        self.window.statusBar().showMessage(_tr("Saved {file}").format(file=path.name), 4000)
        return True

    def export_plain(self, bpsim: bool = False) -> bool:
        """File ▸ Export ▸ BPMN for other tools: the model without our ``cpm:`` data.

        With ``bpsim`` the branch probabilities go along as BPSim parameters. The file is
        written atomically; the document's own file and its unsaved state are untouched.
        """
        from customer_modeler.bpmn.plain import write_plain_bpmn
        from customer_modeler.bpmn.writer import write_atomically

        title = (_tr("Export BPMN for Other Tools (with BPSim probabilities)") if bpsim
                 else _tr("Export BPMN for Other Tools"))
        chosen = self.ask_path(title, True)
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".bpmn")
        self.autosave.wait()  # writing synchronises the kept XML the recovery copy may be reading
        try:
            with busy_cursor():
                write_atomically(path, write_plain_bpmn(self.window.editor.model, bpsim=bpsim))
        except (OSError, ValueError) as error:
            self.show_error(_tr("Cannot export"), _tr("{file}: {reason}").format(
                file=path.name, reason=error))
            return False
        self.window.statusBar().showMessage(
            _tr("Exported {file} for other tools").format(file=path.name), 4000)
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
        filters = _tr(FILE_FILTER)
        if saving:
            path, _ = QFileDialog.getSaveFileName(self.window, title, start, filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self.window, title, start, filters)
        return path or None

    def _dialog_save_changes(self) -> str:
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        text = (_tr("Save the changes to {file}?").format(file=self.path.name) if self.path
                else _tr("Save the changes to the new process?"))
        answer = QMessageBox.question(self.window, _tr("Unsaved changes"), text, buttons,
                                      QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def _dialog_error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.window, title, text)
