"""The editor's start shows the diagram before it imports the analysis engine, which it
loads only when an analysis runs; the Analysis menu it builds after that first paint is the
one a window made at once has."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QKeySequence

from customer_modeler.editor.window.main_window import MainWindow
from tests.editor.factory import make_model, snapshot

REPO = Path(__file__).resolve().parents[2]

#: Run in a fresh process: the modules loaded when the diagram view first paints.
FIRST_PAINT_PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    from customer_modeler.app import run_editor

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        seen = None

        def eventFilter(self, watched, event):
            if (self.seen is None and event.type() == QEvent.Type.Paint
                    and watched.parent() is not None
                    and watched.parent().objectName() == "diagram-view"):
                self.seen = [name for name in sys.modules
                             if name in ("numpy", "networkx") or name.startswith("customer_modeler.analysis")]
                app.exit(0)
            return False

    probe = FirstPaint()
    app.installEventFilter(probe)
    run_editor([], quit_after=60)
    print(probe.seen)
""")


def entries(window: MainWindow) -> list[tuple[str, str]]:
    return [(action.text(), action.shortcut().toString()) for action in window.analysis_menu.actions()]


def test_the_start_paints_the_diagram_before_importing_the_analysis_engine(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())  # never the person's settings
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]"]


def test_a_window_made_for_the_start_builds_its_analysis_menu_after_the_first_paint(qtbot):
    # given a window made as the editor's start makes it
    window = MainWindow(make_model(), analysis_after_paint=True)
    qtbot.addWidget(window)
    assert window.analysis_menu.isEmpty()
    # when it shows
    window.show()
    qtbot.waitUntil(lambda: not window.analysis_menu.isEmpty())
    # then its menu, shortcuts and results dock are those of a window made at once
    at_once = MainWindow(make_model())
    qtbot.addWidget(at_once)
    assert entries(window) == entries(at_once)
    assert window.actions["analysis_scorecard"].shortcut() == QKeySequence("F5")
    assert window.analysis.dock.isHidden()
    assert window.analysis.model is window.editor.model
    assert snapshot(window.analysis.snapshot) == snapshot(window.editor.model)


def test_the_analysis_menu_fills_when_opened_before_any_paint(qtbot):
    window = MainWindow(make_model(), analysis_after_paint=True)
    qtbot.addWidget(window)
    window.analysis_menu.aboutToShow.emit()
    assert "analysis_scorecard" in window.actions
    assert not window.analysis_menu.isEmpty()


def test_the_analysis_made_later_follows_the_document_shown_then(qtbot, tmp_path):
    # given a window made for the start that opened a file before it painted
    from customer_modeler.bpmn.writer import save_bpmn_file

    path = tmp_path / "journey.bpmn"
    save_bpmn_file(make_model(), path)
    window = MainWindow(analysis_after_paint=True)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    assert window.files.load(path)
    # when its analysis is first asked for
    analysis = window.analysis
    # then it follows the opened document, kept as last opened for "What does a system change do?"
    assert analysis.model is window.editor.model and analysis.scene is window.scene
    assert snapshot(analysis.snapshot) == snapshot(window.editor.model)
    assert window.analysis is analysis


#: Run in a fresh process: the engine's libraries loaded once the started window has built
#: its Analysis menu, and once the scorecard it runs from there is shown.
ENGINE_PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from customer_modeler.app import run_editor

    app = QApplication(sys.argv[:1])
    seen = []

    def engine_loaded():
        return sorted(name for name in ("numpy", "networkx") if name in sys.modules)

    def watch():
        window = app._windows[0]
        if not seen:
            if "analysis_scorecard" in window.actions:
                seen.append(engine_loaded())
                window.actions["analysis_scorecard"].trigger()
        elif window.analysis.dock.outcome is not None:
            window.analysis.runner.wait(20_000)
            seen.append(engine_loaded())
            seen.append(sorted(window.analysis.dock.outcome.report))
            app.exit(0)
            return
        QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    run_editor([], quit_after=60)
    print(seen)
""")


def test_the_started_window_loads_the_engine_only_when_an_analysis_runs(tmp_path):
    # given the editor started on the bundled example, its Analysis menu built
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    # when Analysis ▸ Scorecard runs
    done = subprocess.run([sys.executable, "-c", ENGINE_PROBE], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before, after, report_keys = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    # then numpy and networkx (45 MB) came with the run, not with the window
    assert before == []
    assert after == ["networkx", "numpy"]
    assert "kpis" in report_keys
