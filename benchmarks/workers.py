"""Benchmarks: the helper processes the runner talks to, one JSON command per line.

Our editor (:mod:`benchmarks.editor_worker`), bpmn-moddle and bpmn-js (the Node scripts in
``bpmn_js/``) each run in a process of their own for one size, so the runner can
alternate one repetition of ours with one of theirs. The bpmn.io side is used only when
its tools are here: Node beside this Python (or on the PATH), the pinned bpmn-moddle of the
interop tests, and for bpmn-js the system's Chromium and this folder's npm packages.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BPMN_JS = HERE / "bpmn_js"
MODDLE_MODULES = REPO / "tests" / "interop" / "node_modules"
CHROMIUM = Path("/usr/bin/chromium")


class Worker:
    """A helper process answering one JSON line per JSON command line."""

    def __init__(self, command: list[str], env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, env=env, cwd=REPO)

    def ask(self, do: str, *args: Any) -> dict[str, Any]:
        """Send one command; its answer. Raises RuntimeError on an error or a dead worker."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"do": do, "args": list(args)}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"{do}: the helper process ended (exit status {self.process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{do}: {answer['error']}")
        return answer

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
            except (RuntimeError, OSError, ValueError):
                pass
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def editor_worker(env: dict[str, str]) -> Worker:
    return Worker([sys.executable, "-m", "benchmarks.editor_worker"], env)


def node() -> str | None:
    """Node.js: the one installed beside this Python (the test extras bring it), else the PATH's."""
    beside = Path(sys.executable).parent / "node"
    return str(beside) if beside.exists() else shutil.which("node")


def moddle_available() -> bool:
    return node() is not None and (MODDLE_MODULES / "bpmn-moddle").is_dir()


def bpmn_js_available() -> bool:
    return (node() is not None and CHROMIUM.exists()
            and (BPMN_JS / "node_modules" / "bpmn-js").is_dir()
            and (BPMN_JS / "node_modules" / "playwright-core").is_dir())


def moddle_worker() -> Worker:
    return Worker([node() or "node", str(BPMN_JS / "moddle.mjs"), str(MODDLE_MODULES)])


def bpmn_js_worker() -> Worker:
    return Worker([node() or "node", str(BPMN_JS / "driver.mjs"), str(CHROMIUM)])
