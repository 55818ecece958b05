"""Benchmarks: the editor started as a person starts it, until its window shows the diagram.

``python -m benchmarks.startup_probe`` runs the editor's own start (``run_editor`` with no
file: the bundled Order journey) and, at the first paint of the diagram view, prints the
system-wide monotonic clock and quits. The runner reads the clock before starting the
process, so the difference is the whole start-up: interpreter, imports, window, file,
first paint.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

#: Seconds after which the editor quits anyway (a start that never paints).
GIVE_UP = 120.0


class FirstPaint(QObject):
    """Prints the clock at the first paint of the diagram view's viewport, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (not self.done and event.type() == QEvent.Type.Paint
                and watched.parent() is not None
                and watched.parent().objectName() == "diagram-view"):
            self.done = True
            print(time.monotonic(), flush=True)
            self.app.exit(0)
        return False


def main() -> int:
    from customer_modeler.app import run_editor

    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    status = run_editor([], quit_after=GIVE_UP)
    return status if watcher.done else 1


if __name__ == "__main__":
    raise SystemExit(main())
