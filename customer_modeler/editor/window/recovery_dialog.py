"""Editor layer: the "Recover Unsaved Work" dialog shown at start after the editor was cut off.

It lists each document that has a recovery copy — its file name and when the copy was
made — each with a tick. Recover opens the ticked ones, Discard deletes their copies,
Decide Later keeps everything for the next start. ``choice`` tells which button closed it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTime
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

TITLE = QT_TRANSLATE_NOOP("Recovery", "Recover Unsaved Work")


def when(moment: datetime, now: datetime | None = None) -> str:
    """'today at 14:32', 'yesterday at 9:05 AM' or 'Monday, March 3, 2025 at 5:40 PM'.

    The date and time are written as the editor's language writes them (its locale's long
    date and short time: 'måndag 3 mars 2025', '17:40'), in the copy's own local time.
    """
    now = now or datetime.now(moment.tzinfo)
    days = (now.date() - moment.date()).days
    locale = QLocale()
    day = {0: QCoreApplication.translate("Recovery", "today"),
           1: QCoreApplication.translate("Recovery", "yesterday")}.get(days) or locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Recovery", "{day} at {time}").format(day=day, time=time)


class RecoveryDialog(QDialog):
    """The list of recoverable documents and the three answers."""

    def __init__(self, records: list[AutosaveRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Recovery", TITLE))
        self.setObjectName("recovery-dialog")
        self.records = records
        self.choice = "later"
        intro = QLabel(QCoreApplication.translate(
            "Recovery", "The editor was closed before these changes were saved. Recover them now, or decide later."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recovery-list")
        for record in records:
            item = QListWidgetItem(QCoreApplication.translate("Recovery", "{name} — changes from {when}").format(
                name=record.display_name, when=when(record.saved_time)))
            item.setToolTip(record.original or QCoreApplication.translate("Recovery", "A new document that was never saved"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.recover_button = self._button(buttons, QCoreApplication.translate("Recovery", "Recover"), "recover",
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self._button(buttons, QCoreApplication.translate("Recovery", "Discard"), "discard",
                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self._button(buttons, QCoreApplication.translate("Recovery", "Decide Later"), "later",
                     QDialogButtonBox.ButtonRole.RejectRole)
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
