"""Editor layer: noticing that another program changed the open file.

At open and after each save the editor takes a :class:`DiskStamp` of the file —
modification time, size and a content hash. When the window becomes active again and
right before saving it compares the file with that stamp: a new time or size is
confirmed by the hash (a program that merely touched the file is not a change), and
before a save the hash is always compared. The user then chooses Reload, Overwrite or
Save As (:func:`ask_changed_on_disk`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskStamp:
    """What the file looked like when the editor last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        """The file's stamp now, or None when it cannot be read (gone, no permission)."""
        try:
            stat = path.stat()
            digest = hashlib.sha256()
            with path.open("rb") as stream:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest.hexdigest())

    def changed(self, path: Path, thorough: bool = False) -> DiskStamp | None:
        """The file's new stamp when its content differs from this one, else None.

        Without ``thorough`` an unchanged time and size are taken as no change (cheap on
        every window activation); a file that is gone is not a change to report here.
        """
        try:
            stat = path.stat()
        except OSError:
            return None
        if not thorough and (stat.st_mtime_ns, stat.st_size) == (self.mtime_ns, self.size):
            return None
        now = DiskStamp.of(path)
        return now if now is not None and now.sha256 != self.sha256 else None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> DiskStamp | None:
        try:
            return cls(int(data["mtime_ns"]), int(data["size"]), str(data["sha256"]))  # type: ignore[index]
        except (TypeError, KeyError, ValueError):
            return None


class ActivationWatch(QObject):
    """Calls ``on_activate`` (after the event) each time ``window`` becomes the active window."""

    def __init__(self, window: QWidget, on_activate: Callable[[], None]) -> None:
        super().__init__(window)
        self.on_activate = on_activate
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.WindowActivate:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self.on_activate)
        return False


def ask_changed_on_disk(parent: QWidget, name: str, saving: bool) -> str:
    """Ask what to do about a file another program changed: reload, overwrite, save-as or cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DiskWatch", "File Changed on Disk"),
                      QCoreApplication.translate(
                          "DiskWatch", "{name} was changed by another program since you opened or saved it.").format(
                          name=name),
                      parent=parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "DiskWatch", "Reload shows the file as it is now and discards your unsaved changes. Overwrite "
            "replaces the other program's changes with yours. Save As keeps both.")
        + ("" if saving else " " + QCoreApplication.translate(
            "DiskWatch", "Cancel keeps editing; you will be asked again when you save.")))
    reload = box.addButton(QCoreApplication.translate("DiskWatch", "Reload"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite = box.addButton(QCoreApplication.translate("DiskWatch", "Overwrite"), QMessageBox.ButtonRole.AcceptRole)
    save_as = box.addButton(QCoreApplication.translate("DiskWatch", "Save As…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    answers = ((reload, "reload"), (overwrite, "overwrite"), (save_as, "save-as"))
    return next((answer for button, answer in answers if clicked is button), "cancel")
