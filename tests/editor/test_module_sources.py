"""The editor keeps no source lines of its modules once it has started.

Qt for Python's import hook reads the whole source of every module imported after PySide6
through ``linecache``, which kept about 20 MB of lines for the whole session.
"""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from customer_modeler.editor.module_sources import forget_module_sources

REPO = Path(__file__).resolve().parents[2]

#: Run in a fresh process: the source files whose lines linecache holds once the editor's
#: start has built its Analysis menu (the last of its imports).
STARTED_PROBE = textwrap.dedent("""
    import linecache, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from customer_modeler.app import run_editor
    from customer_modeler.editor.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])

    def look():
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and all(w._analysis is not None for w in windows):
            held = [name for name, entry in linecache.cache.items()
                    if len(entry) == 4 and entry[1] is not None]
            print(len(held), sum(1 for name in held if "networkx" in name))
            app.exit(0)

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    run_editor([], quit_after=60)
""")


def test_the_started_editor_holds_no_source_lines_of_its_modules(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())  # never the person's settings
    done = subprocess.run([sys.executable, "-c", STARTED_PROBE], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    files, of_networkx = (int(n) for n in done.stdout.split())
    assert of_networkx == 0
    assert files < 10  # a few modules imported after the Analysis menu at most


def test_forgetting_keeps_the_lines_of_code_made_at_run_time():
    made = "<made at run time>"
    linecache.cache[made] = (6, None, ["x = 1\n"], made)
    assert linecache.getlines(__file__)  # read from the file
    try:
        forgotten = forget_module_sources()
        assert forgotten >= 1
        assert __file__ not in linecache.cache
        assert linecache.cache[made][2] == ["x = 1\n"]
        assert linecache.getlines(__file__)  # read again when asked for
    finally:
        linecache.cache.pop(made, None)


def test_an_analysis_run_forgets_the_source_lines_its_imports_left(qtbot, example_window):
    """The engine (numpy, networkx) is imported by the first analysis, in its worker: Qt
    for Python's hook read their sources (17 MB) after the window had forgotten the rest."""
    window = example_window
    assert linecache.getlines(__file__)  # as the hook reads a module imported meanwhile
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    next(a for a in menu.actions() if a.text().replace("&", "").startswith("Scorecard")).trigger()
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and window.analysis.dock.outcome is not None,
                    timeout=20_000)
    assert __file__ not in linecache.cache
