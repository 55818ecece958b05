"""BPMN layer: replace a file so that it is always either the complete old or the complete
new version, whatever happens during the save.

The bytes go to a temporary file beside the target, are flushed to the disk, and the
temporary file is renamed over the target in one step. Saving through a symbolic link
writes the file the link points to (the link stays). A file without write permission is
refused even where the system would allow the write (as the administrator). Temporary
names are short (a long file name must still save) and recognisable as ours:
``.~cpm-<8 hex digits of the target's name>-<process id>-<random>.tmp``. Leftovers of a
save that was killed midway are removed by the next save of the same file.
Every failure reaches the caller as one :class:`BpmnSaveError` in plain words.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
import stat
import time
from pathlib import Path

from customer_modeler.bpmn.errors import BpmnSaveError

TEMP_PATTERN = re.compile(r"^\.~cpm-(?P<key>[0-9a-f]{8})-(?P<pid>\d+)-[0-9a-z]{6}\.tmp$")
#: A leftover of a process we cannot see (another machine) is removed after this long.
STALE_AFTER_SECONDS = 3600.0

_REASONS = {
    errno.EACCES: "You do not have permission to save there",
    errno.EPERM: "You do not have permission to save there",
    errno.EROFS: "The disk or folder is read-only",
    errno.ENOSPC: "The disk is full",
    errno.EDQUOT: "Your disk quota is used up",
    errno.ENAMETOOLONG: "The file name is too long for this disk",
    errno.ENOENT: "The folder does not exist (any more)",
    errno.EISDIR: "A folder of that name is in the way",
    errno.ENOTDIR: "Part of the folder path is not a folder",
}


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (no torn file).

    Raises
    ------
    BpmnSaveError
        Nothing was changed: the target is read-only, or the system refused (permission,
        read-only disk, disk full ...). The message is one plain sentence.
    """
    target = Path(os.path.realpath(path))
    _refuse_read_only(target)
    key = temp_key(target)
    remove_leftovers(target.parent, key)
    temporary: Path | None = None
    try:
        temporary, handle = _create_temporary(target.parent, key, _file_mode(target))
        try:
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except OSError as exc:
        raise _plain_error(exc) from None
    finally:
        if temporary is not None:
            _remove_quietly(temporary)


def temp_key(target: Path) -> str:
    """8 hex digits naming the target among the temporary files of its folder."""
    return hashlib.sha1(target.name.encode("utf-8", "surrogateescape")).hexdigest()[:8]


def remove_leftovers(folder: Path, key: str) -> list[Path]:
    """Remove our temporary files for the target ``key`` whose save can no longer finish.

    That is: written by this process (whose saves are not running concurrently), by a
    process of this machine that has ended, or older than an hour. Returns the removed paths.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = TEMP_PATTERN.match(name)
        if match is None or match.group("key") != key:
            continue
        leftover = folder / name
        if _is_abandoned(leftover, int(match.group("pid"))) and _remove_quietly(leftover):
            removed.append(leftover)
    return removed


def _is_abandoned(leftover: Path, pid: int) -> bool:
    if pid == os.getpid() or not _process_alive(pid):
        return True
    try:
        return time.time() - leftover.stat().st_mtime > STALE_AFTER_SECONDS
    except OSError:
        return False


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # no cheap check: only age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _refuse_read_only(target: Path) -> None:
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # a new file
    if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise BpmnSaveError(
            "The file is read-only, so it was not overwritten; save under another name "
            "or make the file writable first.", errno.EACCES)


def _create_temporary(folder: Path, key: str, mode: int) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
        suffix = "".join(secrets.choice(alphabet) for _ in range(6))
        temporary = folder / f".~cpm-{key}-{os.getpid()}-{suffix}.tmp"
        try:
            handle = os.open(temporary, flags, 0o600)
        except FileExistsError:
            continue
        try:
            os.chmod(temporary, mode)
        except OSError:
            pass  # a folder that keeps no modes (a network share): the file saves anyway
        return temporary, handle


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can sync a folder)."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _file_mode(target: Path) -> int:
    """The mode the saved file should have: the old file's, else the usual one for new files."""
    try:
        return os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_quietly(path: Path) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _plain_error(exc: OSError) -> BpmnSaveError:
    if isinstance(exc, BpmnSaveError):
        return exc
    reason = _REASONS.get(exc.errno or 0)
    if reason is None:
        detail = (exc.strerror or "an unknown problem").rstrip(".").lower()
        reason = f"The system could not write the file ({detail})"
    return BpmnSaveError(
        f"{reason}, so nothing was saved and any earlier version of the file is unchanged.",
        exc.errno)
