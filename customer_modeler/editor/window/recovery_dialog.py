"""Editor layer: the "Recover Unsaved Work" dialog shown at start after the editor was cut off.

It lists each document that has a recovery copy — its file name and when the copy was
made — each with a tick. Recover opens the ticked ones, Discard deletes their copies,
Decide Later keeps everything for the next start. ``choice`` tells which button closed it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor.window.autosave_store import AutosaveRecord

TITLE = "Recover Unsaved Work"


def when(moment: datetime, now: datetime | None = None) -> str:
    """'today at 14:32', 'yesterday at 09:05' or '3 Mar 2025 at 17:40'."""
    now = now or datetime.now(moment.tzinfo)
    days = (now.date() - moment.date()).days
    day = {0: "today", 1: "yesterday"}.get(days, f"{moment.day} {moment:%b %Y}")
    return f"{day} at {moment:%H:%M}"


class RecoveryDialog(QDialog):
    """The list of recoverable documents and the three answers."""

    def __init__(self, records: list[AutosaveRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setObjectName("recovery-dialog")
        self.records = records
        self.choice = "later"
        intro = QLabel("The editor was closed before these changes were saved. "
                       "Recover them now, or decide later.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recovery-list")
        for record in records:
            item = QListWidgetItem(f"{record.display_name} — changes from "
                                   f"{when(record.saved_time)}")
            item.setToolTip(record.original or "A new document that was never saved")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.recover_button = self._button(buttons, "Recover", "recover",
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self._button(buttons, "Discard", "discard", QDialogButtonBox.ButtonRole.DestructiveRole)
        self._button(buttons, "Decide Later", "later", QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _button(self, box: QDialogButtonBox, text: str, choice: str,
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        button.clicked.connect(lambda: self.finish(choice))
        return button

    def finish(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice == "recover" else QDialog.DialogCode.Rejected)

    def names(self) -> list[str]:
        """The lines of the list, as the user reads them."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def ticked(self) -> list[AutosaveRecord]:
        return [record for row, record in enumerate(self.records)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def ask(self) -> str:
        """Show the dialog modally; the answer is "recover", "discard" or "later"."""
        self.exec()
        return self.choice
