"""Editor layer: after a crash, offer the recovery copies and reopen the ones the user picks.

Only copies whose editor is gone are offered (see :func:`autosave_store.orphaned_slots`);
copies of an editor still running elsewhere stay its own. A recovered document is read
from its copy — the model and every piece of foreign XML the copy kept — and shown with
its original path and as modified, so Save writes it where the user left it. Its window
carries on in the same slot, so a second crash loses nothing either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.window import file_lock
from customer_modeler.editor.window.autosave_store import AutosaveRecord, Slot, orphaned_slots
from customer_modeler.editor.window.disk_watch import DiskStamp

if TYPE_CHECKING:
    from customer_modeler.editor.window.recovery_dialog import RecoveryDialog


def offer_recovery(make_window: Callable[[], Any],
                   ask: Callable[[RecoveryDialog], str] | None = None) -> list[Any]:
    """Ask about every orphaned recovery copy; return the windows of the recovered documents.

    ``ask`` shows the dialog and returns "recover", "discard" or "later" (tests answer it);
    by default :meth:`RecoveryDialog.ask`, imported only when there is something to ask.
    """
    found = orphaned_slots()
    if not found:
        return []
    from customer_modeler.editor.window.recovery_dialog import RecoveryDialog

    ask = ask or RecoveryDialog.ask
    dialog = RecoveryDialog([record for _slot, record in found])
    choice = ask(dialog)
    ticked = {record.folder for record in dialog.ticked()}
    dialog.deleteLater()
    windows = []
    for slot, record in found:
        if choice == "later" or record.folder not in ticked:
            slot.release()
        elif choice == "discard":
            slot.remove()
        else:
            window = make_window()
            if recover_into(window, slot, record):
                windows.append(window)
            else:
                slot.release()
                window.deleteLater()
    return windows


def recover_into(window: Any, slot: Slot, record: AutosaveRecord) -> bool:
    """Show the copy of ``record`` in ``window`` as the unsaved original; False when unreadable."""
    from customer_modeler.bpmn.errors import BpmnReadError
    from customer_modeler.bpmn.reader import read_bpmn_file

    files = window.files
    try:
        result = read_bpmn_file(record.copy_path, for_editing=True)
    except (BpmnReadError, OSError) as error:
        files.show_error(QCoreApplication.translate("Recovery", "Cannot recover"), f"{record.display_name}: {error}")
        return False
    original = Path(record.original) if record.original else None
    claim: file_lock.Claim | None = file_lock.Claim(None, False)
    if original is not None and original.exists():
        claim = file_lock.claim(original, False, files.ask_locked)
    files.take(original, claim or file_lock.Claim(None, True), DiskStamp.from_dict(record.disk))
    window.set_document(result.model, original, list(result.warnings), title=record.title)
    window.editor.undo_stack.resetClean()
    window.update_title()
    files.autosave.adopt(slot)
    window.statusBar().showMessage(
        QCoreApplication.translate("Recovery", "Recovered the unsaved changes to {name}. Save to keep them.").format(
            name=record.display_name), 10000)
    return True
