"""Where a save goes and what it refuses: symlinks, read-only files, long names, leftovers,
and messages in plain words."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from customer_modeler.bpmn import atomic_file
from customer_modeler.bpmn.atomic_file import TEMP_PATTERN, temp_key, write_atomically
from customer_modeler.bpmn.errors import BpmnSaveError
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file
from tests.bpmn.factories import journey_model


def temp_files(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if TEMP_PATTERN.match(name))


def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "journey.bpmn"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "journey.bpmn"
    link.symlink_to(real)
    save_bpmn_file(journey_model(), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert read_bpmn_file(real).model.steps.keys() == journey_model().steps.keys()
    assert temp_files(real.parent) == [] and temp_files(tmp_path) == []


def test_a_read_only_file_is_refused_even_for_the_administrator(tmp_path: Path) -> None:
    target = tmp_path / "frozen.bpmn"
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    with pytest.raises(BpmnSaveError) as info:
        save_bpmn_file(journey_model(), target)
    assert target.read_bytes() == b"keep me"
    assert "read-only" in str(info.value) and str(tmp_path) not in str(info.value)
    assert isinstance(info.value, OSError) and temp_files(tmp_path) == []


def test_a_245_character_file_name_saves(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 240 + ".bpmn")
    save_bpmn_file(journey_model(), target)
    assert read_bpmn_file(target).model.name == "Small journey"


def test_the_saved_file_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "team.bpmn"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640


def test_leftovers_of_killed_saves_of_this_file_are_removed_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "journey.bpmn"
    key = temp_key(target)
    dead = tmp_path / f".~cpm-{key}-{_dead_pid()}-abc123.tmp"
    mine = tmp_path / f".~cpm-{key}-{os.getpid()}-def456.tmp"
    running = tmp_path / f".~cpm-{key}-{os.getppid()}-ghi789.tmp"  # a live save elsewhere
    stale = tmp_path / f".~cpm-{key}-{os.getppid()}-jkl012.tmp"
    other_file = tmp_path / f".~cpm-{temp_key(tmp_path / 'other.bpmn')}-{_dead_pid()}-mno345.tmp"
    user_file = tmp_path / ".journey.bpmn.backup.tmp"
    for path in (dead, mine, running, stale, other_file, user_file):
        path.write_bytes(b"x" * 100)
    old = time.time() - atomic_file.STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    write_atomically(target, b"new")
    assert not dead.exists() and not mine.exists() and not stale.exists()
    assert running.exists() and other_file.exists() and user_file.exists()


@pytest.mark.parametrize("code,words", [
    (errno.EACCES, "permission"), (errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"),
    (errno.EIO, "could not write"),
])
def test_failure_messages_are_one_plain_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code), str(args[0]))

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    with pytest.raises(BpmnSaveError) as info:
        write_atomically(tmp_path / "journey.bpmn", b"data")
    message = str(info.value)
    assert words in message and message.endswith(".") and message[0].isupper()
    assert "Errno" not in message and str(tmp_path) not in message and ".tmp" not in message
    assert "\n" not in message and info.value.strerror == message and info.value.errno == code
    assert temp_files(tmp_path) == []


def _dead_pid() -> int:
    """A process id that is not running (a child that has exited and been reaped)."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)
