"""Test set-up shared by every test: Qt offscreen before any Qt import, and paths to
the shared material (BPMN schema, interop corpus) that tests may read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


#: Words every skip for lack of the test-data folder carries, so the summary can count them.
NEEDS_TEST_DATA = "needs the optional test-data folder beside the clone"


def shared_path(*parts: str) -> Path:
    """A path in the optional test-data folder beside the clone; skips the test when it is
    missing, fails in CI (it must be there)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{NEEDS_TEST_DATA} ({'/'.join(('shared',) + parts)} not found)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say once, at the end, what the missing test-data folder left out."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if NEEDS_TEST_DATA in str(report.longrepr)]
    if SHARED.is_dir() and not skipped:
        return
    terminalreporter.write_sep("-", "test data", yellow=True)
    terminalreporter.write_line(
        f"{len(skipped)} tests skipped, and the tests over the interop corpus not collected: they "
        f"{NEEDS_TEST_DATA} (a folder named 'shared' next to this repository; CI has it).")


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode() -> None:
    """Keep Qt from touching the user's real settings while tests run (if Qt is loaded)."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)
