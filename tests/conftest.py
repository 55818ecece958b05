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


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test when it is missing, fails in CI (it must be there)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing (the shared folder belongs beside the checkout)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode() -> None:
    """Keep Qt from touching the user's real settings while tests run (if Qt is loaded)."""
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:
        return
    QStandardPaths.setTestModeEnabled(True)
