"""Editor layer: where recovery copies live — one folder per open document in the data folder.

A slot folder holds the recovery copy (named like the user's file, so reading it gives
the model the same fallback name), a JSON record beside it — owning process id, host,
original path, time — and ``owner.lock``, a :class:`QLockFile` the owning editor holds
while it runs. Qt tells whether a lock's process is gone (also when its id was reused by
another program), so a slot whose lock can be taken belongs to an editor that crashed;
an editor still running keeps its lock and its slot is never offered to another one.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from customer_modeler.bpmn.writer import write_atomically
from customer_modeler.editor.window.settings import ORGANIZATION

APPLICATION = "Customer Process Modeler"
RECORD_NAME = "autosave.json"
LOCK_NAME = "owner.lock"
#: a slot lock is stale only when its process is gone (a week is the backstop for other hosts)
SLOT_STALE_MS = 7 * 24 * 3600 * 1000


def autosave_root() -> Path:
    """``autosave`` in the application's data folder (AppDataLocation once the app is named).

    Spelled out from the generic data folder so that every process — the editor, a
    script, a test — finds the same place whatever its application name.
    """
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / ORGANIZATION / APPLICATION / "autosave"


@dataclass(frozen=True)
class AutosaveRecord:
    """What the sidecar says about one recovery copy."""

    folder: Path
    file_name: str
    pid: int
    host: str
    original: str | None
    title: str
    saved_at: str
    disk: dict | None = None

    @property
    def copy_path(self) -> Path:
        return self.folder / self.file_name

    @property
    def display_name(self) -> str:
        """The user's file name, or the document's title when it was never saved."""
        return Path(self.original).name if self.original else self.title

    @property
    def saved_time(self) -> datetime:
        return datetime.fromisoformat(self.saved_at)

    def to_json(self) -> bytes:
        fields = {"format": 1, "file": self.file_name, "pid": self.pid, "host": self.host,
                  "original": self.original, "title": self.title, "saved_at": self.saved_at,
                  "disk": self.disk}
        return json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def load(cls, folder: Path) -> AutosaveRecord | None:
        """The record of ``folder``, or None when it is missing, unreadable or its copy is gone."""
        try:
            data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
            record = cls(folder, str(data["file"]), int(data["pid"]), str(data["host"]),
                         data.get("original"), str(data.get("title") or "Untitled"),
                         str(data["saved_at"]), data.get("disk"))
            record.saved_time  # noqa: B018  # an unreadable time makes the record unusable
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if Path(record.file_name).name != record.file_name or not record.copy_path.is_file():
            return None
        return record


def new_record(folder: Path, original: Path | None, title: str, disk: dict | None) -> AutosaveRecord:
    """A record for a copy written now by this process."""
    import socket  # here, not with the window: it is built before its first paint

    name = original.name if original is not None else f"{_safe_name(title)}.bpmn"
    return AutosaveRecord(folder, name, os.getpid(), socket.gethostname(),
                          str(original) if original is not None else None, title,
                          datetime.now().astimezone().isoformat(timespec="seconds"), disk)


def write_copy(record: AutosaveRecord, data: bytes) -> None:
    """Write the copy, then its record (each atomically); a copy of another name is removed."""
    write_atomically(record.copy_path, data)
    previous = AutosaveRecord.load(record.folder)
    write_atomically(record.folder / RECORD_NAME, record.to_json())
    if previous is not None and previous.file_name != record.file_name:
        previous.copy_path.unlink(missing_ok=True)


class Slot:
    """One document's folder, locked by this process for as long as it is in use."""

    def __init__(self, folder: Path, lock: QLockFile) -> None:
        self.folder = folder
        self.lock = lock

    @classmethod
    def create(cls) -> Slot:
        import uuid  # here, not with the window: it is built before its first paint

        folder = autosave_root() / uuid.uuid4().hex
        folder.mkdir(parents=True)
        lock = slot_lock(folder)
        lock.tryLock(0)  # a fresh folder: nobody else can hold it
        return cls(folder, lock)

    def remove(self) -> None:
        """Delete the folder with everything in it, then let go of the lock."""
        for child in self.folder.glob("*"):
            if child.name != LOCK_NAME:
                child.unlink(missing_ok=True)
        self.lock.unlock()
        shutil.rmtree(self.folder, ignore_errors=True)

    def release(self) -> None:
        """Keep the folder for a later start; only the lock goes."""
        self.lock.unlock()


def slot_lock(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(SLOT_STALE_MS)
    return lock


def orphaned_slots() -> list[tuple[Slot, AutosaveRecord]]:
    """Recovery copies whose editor is gone, oldest first; this process now holds their locks.

    A copy whose owner still runs (another window of another editor) is left alone.
    """
    root = autosave_root()
    found = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if not folder.is_dir():
            continue
        lock = slot_lock(folder)
        if not lock.tryLock(0):
            continue  # its editor is still running
        record = AutosaveRecord.load(folder)
        if record is None:  # the editor died before its first copy was complete
            Slot(folder, lock).remove()
        else:
            found.append((Slot(folder, lock), record))
    return sorted(found, key=lambda pair: pair[1].saved_time)


def _safe_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_()" else "_" for c in title).strip()
    return cleaned[:80] or "Untitled"
