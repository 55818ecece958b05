"""Editor layer: the wait cursor while the window works without answering.

Opening, saving and exporting a long journey, or aligning thousands of steps, holds the
window for a second or more (seven seconds to open a 100,000-step journey). A desktop
editor shows it is at work meanwhile: the pointer turns to the wait cursor until the work
is done, and back before any message about it is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor over every window of the program while the block runs."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
