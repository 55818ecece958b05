"""Test helpers: a private data and settings folder per test, and a second editor process."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def homes(tmp_path, monkeypatch):
    """Recovery copies of this test (and of the processes it starts) go to a temp folder.

    The started processes find it through ``XDG_DATA_HOME``; this process is in Qt's test
    mode (pytest-qt), which ignores that variable, so its data folder is pointed there too.
    """
    from customer_modeler.editor.window import autosave_store

    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    config.mkdir()
    root = data / autosave_store.ORGANIZATION / autosave_store.APPLICATION / "autosave"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setattr(autosave_store, "autosave_root", lambda: root)
    return data, config


class EditorProcess:
    """``tests.editor.editor_process`` running offscreen; ``send`` returns its answer line."""

    def __init__(self, data: Path, config: Path, autosave_seconds: float = 1.0) -> None:
        settings = config / "customer-process-modeler" / "editor.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[autosave]\ninterval_seconds={autosave_seconds}\n", encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data),
                   XDG_CONFIG_HOME=str(config))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.editor.editor_process"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.answer() == "ready"

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def answer(self, timeout: float = 30.0) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("the editor process did not answer") from None

    def send(self, command: str, timeout: float = 30.0) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer(timeout)

    def kill(self) -> None:
        """SIGKILL, and reap it: the process is gone, as after a crash."""
        self.process.kill()
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()
