"""BPMN layer: read a file's bytes safely — only regular files, and never more than the cap.

A path may name a FIFO (reading waits for a writer forever), a device such as /dev/zero
(endless data) or a folder. The file is opened without waiting (``O_NONBLOCK``), then
checked on the open handle, so nothing can be swapped in between the check and the
read. The size cap is enforced while reading rather than trusted from ``stat``, which
says 0 for devices and for files that are still growing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.safe_xml import MAX_BYTES

_CHUNK = 1 << 20
_NO_WAIT = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def read_file_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes.

    Raises
    ------
    BpmnReadError
        The path is a folder or a special file, cannot be opened, or is over the cap.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | _NO_WAIT)
    except IsADirectoryError:
        raise BpmnReadError(f"The path '{path.name}' is a folder, not a BPMN file.") from None
    except OSError as exc:
        raise BpmnReadError(f"The file cannot be read: {_reason(exc)}.") from None
    try:
        size = _check_regular(handle, path)
        _clear_no_wait(handle)
        return _read_capped(handle, limit, size)
    except OSError as exc:
        raise BpmnReadError(f"The file cannot be read: {_reason(exc)}.") from None
    finally:
        os.close(handle)


def _check_regular(handle: int, path: Path) -> int:
    """The size ``stat`` gives a regular file; anything else is refused."""
    status = os.fstat(handle)
    mode = status.st_mode
    if stat.S_ISDIR(mode):
        raise BpmnReadError(f"The path '{path.name}' is a folder, not a BPMN file.")
    if not stat.S_ISREG(mode):
        raise BpmnReadError(
            f"The path '{path.name}' is not an ordinary file (it is a device, pipe or socket) "
            "and cannot be opened as a BPMN file.")
    return status.st_size


def _clear_no_wait(handle: int) -> None:
    if _NO_WAIT and hasattr(os, "set_blocking"):
        os.set_blocking(handle, True)


def _read_capped(handle: int, limit: int, expected: int = 0) -> bytes:
    """Read to the end, refusing more than ``limit`` bytes. The first read asks for the size
    ``stat`` gave (at most one byte over the cap), so a file that does not grow meanwhile
    comes in one piece, never joined into a second copy of itself."""
    chunks: list[bytes] = []
    size = 0
    want = min(max(expected, _CHUNK), limit + 1)
    while True:
        chunk = os.read(handle, want)
        if not chunk:
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise BpmnReadError(
                f"The file is larger than {limit // 2**20} MB; files over that size are refused.")
        chunks.append(chunk)
        want = _CHUNK


def _reason(exc: OSError) -> str:
    """The system's reason in words, without error numbers or paths."""
    if isinstance(exc, FileNotFoundError):
        return "it does not exist"
    if isinstance(exc, PermissionError):
        return "you do not have permission to read it"
    return (exc.strerror or "the system refused").rstrip(".").lower()
