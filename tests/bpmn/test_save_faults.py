"""Fault injection: a save that fails or is killed at any step leaves the complete old or
the complete new file, byte for byte, and the next save leaves no temporary file behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from customer_modeler.bpmn import atomic_file
from customer_modeler.bpmn.atomic_file import TEMP_PATTERN, write_atomically
from customer_modeler.bpmn.errors import BpmnSaveError

OLD = b"<old/>" * 50_000
NEW = b"<new/>" * 60_000
NEXT = b"<next/>"
REPO = Path(__file__).resolve().parents[2]


def temp_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if TEMP_PATTERN.match(name))


class FaultyOs(SimpleNamespace):
    """The os module as the writer sees it, with one operation failing with ``code``."""

    def __init__(self, operation: str, code: int, after_calls: int = 0) -> None:
        super().__init__()
        self._operation, self._code, self._left = operation, code, after_calls

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != self._operation:
            return real

        def failing(*args: Any, **kwargs: Any) -> Any:
            if self._left > 0:
                self._left -= 1
                return real(*args, **kwargs)
            raise OSError(self._code, os.strerror(self._code))

        return failing


# open: creating the temporary file fails; write: writing it; fsync: flushing it to the
# disk; replace: the rename over the old file.
@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOSPC],
                         ids=["EACCES", "EROFS", "ENOSPC"])
@pytest.mark.parametrize("operation", ["open", "write", "fsync", "replace"])
def test_a_failing_save_leaves_the_old_file_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str, code: int) -> None:
    target = tmp_path / "journey.bpmn"
    target.write_bytes(OLD)
    monkeypatch.setattr(atomic_file, "os", FaultyOs(operation, code))
    with pytest.raises(BpmnSaveError) as info:
        write_atomically(target, NEW)
    assert info.value.errno == code
    assert target.read_bytes() == OLD
    monkeypatch.setattr(atomic_file, "os", os)
    write_atomically(target, NEXT)
    assert target.read_bytes() == NEXT and temp_files(tmp_path) == []


def test_a_partial_write_is_completed_not_truncated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[int] = []

    def short_write(handle: int, data: bytes) -> int:
        count = os.write(handle, bytes(data[:4096]))
        written.append(count)
        return count

    functions = {name: getattr(os, name) for name in dir(os) if not name.startswith("__")}
    monkeypatch.setattr(atomic_file, "os", SimpleNamespace(**{**functions, "write": short_write}))
    target = tmp_path / "journey.bpmn"
    write_atomically(target, NEW)
    assert target.read_bytes() == NEW and len(written) > 1


_KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from customer_modeler.bpmn import atomic_file

point = sys.argv[2]
real = {name: getattr(os, name) for name in ("fsync", "replace")}

class KillingOs:
    def __getattr__(self, name):
        return getattr(os, name)
    def fsync(self, handle):
        real["fsync"](handle)
        if point == "after-temp-write":
            os.kill(os.getpid(), signal.SIGKILL)
    def replace(self, source, target):
        if point == "before-rename":
            os.kill(os.getpid(), signal.SIGKILL)
        real["replace"](source, target)
        if point == "after-rename":
            os.kill(os.getpid(), signal.SIGKILL)

atomic_file.os = KillingOs()
atomic_file.write_atomically(Path(sys.argv[1]), Path(sys.argv[3]).read_bytes())
"""


@pytest.mark.parametrize("point,expected", [
    ("after-temp-write", OLD), ("before-rename", OLD), ("after-rename", NEW)])
def test_a_save_killed_at_any_step_leaves_a_whole_file_and_the_next_save_cleans_up(
        tmp_path: Path, point: str, expected: bytes) -> None:
    target = tmp_path / "journey.bpmn"
    target.write_bytes(OLD)
    new_content = tmp_path / "new-content"
    new_content.write_bytes(NEW)
    child = subprocess.run([sys.executable, "-c", _KILL_SCRIPT, str(target), point, str(new_content)],
                           cwd=REPO, capture_output=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert target.read_bytes() == expected
    assert len(temp_files(tmp_path)) == (0 if point == "after-rename" else 1)
    write_atomically(target, NEXT)  # the next save, by another process
    assert target.read_bytes() == NEXT and temp_files(tmp_path) == []
