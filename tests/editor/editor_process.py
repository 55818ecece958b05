"""Test helper: a second editor in its own process, driven line by line through stdin.

Run as ``python -m tests.editor.editor_process`` (offscreen). Commands, each answered
with one line on stdout:

- ``open PATH`` → ``opened read-only`` / ``opened`` / ``refused`` (a lock held by
  someone else is answered "read-only")
- ``rename STEP NAME`` → ``renamed`` (an edit through the façade)
- ``wait-autosave`` → ``autosaved FOLDER`` once the timer has written a recovery copy
- ``save`` → ``saved`` / ``not saved`` (a file changed on disk is overwritten)
- ``close`` → ``closed`` after a clean close, then the process ends
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Lines(QObject):
    line = Signal(str)


def main() -> int:
    from customer_modeler.editor.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.files.ask_save_changes = lambda: "discard"
    window.files.ask_locked = lambda name, holder: "read-only"
    window.files.ask_changed_on_disk = lambda name, saving: "overwrite"
    window.files.show_error = lambda title, text: say(f"error {text}")
    window.show()

    def say(text: str) -> None:
        print(text, flush=True)

    def autosaved(path: str) -> None:
        written[:] = [path]
        if waiting:
            waiting.clear()
            say(f"autosaved {Path(path).parent}")

    waiting: list[bool] = []
    written: list[str] = []  # the copy written since the last edit
    window.files.autosave.written.connect(autosaved)

    def run(line: str) -> None:
        command, _, rest = line.strip().partition(" ")
        if command == "open":
            if window.files.load(Path(rest)):
                say("opened read-only" if window.files.read_only else "opened")
            else:
                say("refused")
        elif command == "rename":
            step_id, _, name = rest.partition(" ")
            written.clear()
            window.editor.rename(step_id, name)
            say("renamed")
        elif command == "wait-autosave":
            waiting.append(True)
            if written:
                autosaved(written[0])
        elif command == "save":
            say("saved" if window.files.save() else "not saved")
        elif command == "close":
            window.close()
            say("closed")
            app.quit()

    lines = _Lines()
    lines.line.connect(run)
    threading.Thread(target=lambda: [lines.line.emit(raw) for raw in sys.stdin], daemon=True).start()
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
