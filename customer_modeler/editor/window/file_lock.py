"""Editor layer: a lock file beside an open document, so a second user is told before editing it.

``.NAME.lock`` beside ``NAME`` is a :class:`QLockFile`: it records the process id and the
machine, its owner and modification time say who and since when. A lock whose process
is gone on this machine, or that is older than a day, is stale: it is taken over with a
notice. A live lock of someone else leads to a question — open read-only, or take the
lock over after confirming. No lock is made for a read-only opening or where the folder
is not writable; a lock that cannot be created for another reason is simply not made.
The bundled examples are templates: they open read-only, without a lock, so Save asks
for a name of the user's own and the installation stays as it was shipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from customer_modeler.resources import resources_dir

STALE_AFTER_MS = 24 * 3600 * 1000


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def is_bundled_example(path: Path) -> bool:
    """Whether ``path`` is one of the example models shipped with the program."""
    try:
        examples = resources_dir() / "examples"
    except FileNotFoundError:
        return False
    return path.resolve().parent == examples.resolve()


@dataclass(frozen=True)
class LockHolder:
    """Who holds a document's lock, as far as the lock file tells."""

    user: str
    host: str
    since: datetime
    pid: int

    def describe(self) -> str:
        from customer_modeler.editor.window.recovery_dialog import when

        return QCoreApplication.translate("FileLock", "{user} on {host} (since {since})").format(
            user=self.user, host=self.host,
            since=when(self.since))

    @classmethod
    def of(cls, lock_file: Path) -> LockHolder | None:
        """The holder named in ``lock_file``, or None when there is no readable lock."""
        pid, host, _app = QLockFile(str(lock_file)).getLockInfo() or (0, "", "")
        try:
            stat = lock_file.stat()
        except OSError:
            return None
        if not pid:
            return None
        return cls(_user_name(stat.st_uid), host or QCoreApplication.translate("FileLock", "an unknown computer"),
                   datetime.fromtimestamp(stat.st_mtime), int(pid))

    def is_this_process(self) -> bool:
        import socket

        return self.pid == os.getpid() and self.host == socket.gethostname()


class DocumentLock:
    """The lock this editor holds on one document."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.qt = QLockFile(str(self.path))
        self.qt.setStaleLockTime(STALE_AFTER_MS)

    def try_lock(self) -> bool:
        return self.qt.tryLock(0)

    def take_over(self) -> bool:
        """Remove another editor's live lock and take it (the user confirmed)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            return False
        return self.qt.tryLock(0)

    def release(self) -> None:
        """Remove the lock file — unless someone took it over meanwhile: theirs stays."""
        if not self.qt.isLocked():
            return
        holder = LockHolder.of(self.path)
        if holder is None or holder.is_this_process():
            self.qt.unlock()
            return
        kept = self.path.read_bytes()
        self.qt.unlock()  # Qt removes the file whoever wrote it last: put theirs back
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError:
            return  # a third editor locked it in between: that lock stands
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(kept)


@dataclass(frozen=True)
class Claim:
    """How a document may be opened: its lock (if any), read-only or not, a notice to show."""

    lock: DocumentLock | None
    read_only: bool
    notice: str | None = None


def claim(path: Path, read_only: bool, ask: Callable[[str, LockHolder], str]) -> Claim | None:
    """Lock ``path`` for editing, asking when another editor holds it; None when cancelled.

    ``ask(file name, holder)`` answers "read-only", "take-over" (already confirmed) or "cancel".
    """
    if read_only:
        return Claim(None, True)
    if is_bundled_example(path):
        return Claim(None, True, f"{path.name} is an example: your changes are saved under a name of your own.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return Claim(None, False)
    lock = DocumentLock(path)
    before = LockHolder.of(lock.path)
    if lock.try_lock():
        if before is None:
            return Claim(lock, False)
        return Claim(lock, False, QCoreApplication.translate(
            "FileLock", "{name} was still locked by {holder}, who is no longer editing it; you hold the lock now.").format(
            name=path.name, holder=before.describe()))
    if lock.qt.error() != QLockFile.LockError.LockFailedError:
        return Claim(None, False)  # the lock file cannot be made here: edit without one
    holder = LockHolder.of(lock.path) or before
    if holder is None:
        return Claim(None, False)
    answer = ask(path.name, holder)
    if answer == "read-only":
        return Claim(None, True)
    if answer == "take-over":
        if lock.take_over():
            return Claim(lock, False, QCoreApplication.translate(
                "FileLock", "You took over the lock of {name} from {user} on {host}.").format(
                name=path.name, user=holder.user, host=holder.host))
        return Claim(None, False, QCoreApplication.translate(
            "FileLock", "The lock of {name} could not be taken over.").format(name=path.name))
    return None


def ask_locked(parent: QWidget, name: str, holder: LockHolder) -> str:
    """The question for a file another editor has open: "read-only", "take-over" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("FileLock", "File in Use"),
                      QCoreApplication.translate("FileLock", "{name} is being edited by {holder}.").format(
                          name=name, holder=holder.describe()), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "FileLock", "Open it read-only to look at it (you can save a copy under "
        "another name), or take over editing if that person is done."))
    read_only = box.addButton(QCoreApplication.translate("FileLock", "Open Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    take_over = box.addButton(QCoreApplication.translate("FileLock", "Take Over Editing…"),
                              QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return "read-only"
    if clicked is take_over:
        sure = QMessageBox.warning(
            parent, QCoreApplication.translate("FileLock", "Take Over Editing"),
            QCoreApplication.translate(
                "FileLock", "If {user} saves {name} later, one of you loses changes. Take over anyway?").format(
                user=holder.user, name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return "take-over" if sure == QMessageBox.StandardButton.Yes else "cancel"
    return "cancel"


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return QCoreApplication.translate("FileLock", "another user")
