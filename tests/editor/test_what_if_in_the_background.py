"""Analysis ▸ What If… runs its two analyses in a worker thread, on copies: the dialog and
the window answer meanwhile (10 s at 100,000 steps), the user may edit the model, only the
newest Run is shown, and closing the dialog while it runs is harmless. Each test holds the
job at a gate inside ``prepare_model`` to look at the dialog while it works."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from customer_modeler.analysis import prepare, scenario
from customer_modeler.analysis.scenario import ScenarioError
from customer_modeler.editor.analysis_ui import jobs
from customer_modeler.editor.analysis_ui.what_if_dialog import WhatIfDialog
from customer_modeler.editor.window.main_window import MainWindow
from tests.editor.factory import snapshot
from tests.editor.watched import models_given

BRANCH = "'Decision' → 'Buys elsewhere'"


class Gate:
    """Stands in for ``prepare_model``: notes the thread it runs in, waits until opened."""

    def __init__(self) -> None:
        self.opened, self.entered = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        self.prepare = prepare.prepare_model

    def __call__(self, model, **options):  # noqa: ANN001, ANN003, ANN204
        self.threads.append(threading.current_thread())
        self.entered.set()
        if not self.opened.wait(20):
            raise TimeoutError("the gate was never opened")
        return self.prepare(model, **options)


@pytest.fixture
def gate(monkeypatch) -> Gate:
    held = Gate()
    monkeypatch.setattr(prepare, "prepare_model", held)
    yield held
    held.opened.set()  # a test that failed leaves no job waiting


@pytest.fixture
def window(example_window):
    return example_window


def open_what_if(window: MainWindow) -> WhatIfDialog:
    """Analysis ▸ What If…, as the menu shows it."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    next(a for a in menu.actions() if a.text().replace("&", "") == "What If…").trigger()
    dialog = window.analysis.what_if_dialog
    assert isinstance(dialog, WhatIfDialog) and dialog.isVisible()
    return dialog


def set_branch(dialog: WhatIfDialog, value: str) -> None:
    """The first row: the branch to 'Buys elsewhere', typed as ``value``."""
    elements, value_edit = dialog.settings.cellWidget(0, 0), dialog.settings.cellWidget(0, 2)
    assert isinstance(elements, QComboBox) and isinstance(value_edit, QLineEdit)
    elements.setCurrentIndex(elements.findText(BRANCH))
    value_edit.selectAll()
    QTest.keyClicks(value_edit, value)


def press_run(qtbot, dialog: WhatIfDialog) -> None:
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)


def run_branch(qtbot, dialog: WhatIfDialog, value: str, timeout: int = 20_000) -> list:
    """Type ``value`` for the branch, press Run and wait for the answer: its arguments."""
    set_branch(dialog, value)
    with qtbot.waitSignal(dialog.compared, timeout=timeout) as answer:
        press_run(qtbot, dialog)
    return answer.args


def answers(dialog: WhatIfDialog) -> list[bool]:
    """Every ``compared`` the dialog sends from now on."""
    found: list[bool] = []
    dialog.compared.connect(found.append)
    return found


def settle_jobs(window: MainWindow) -> None:
    """Wait until the What If worker is idle and its outcomes are handed over (or dropped)."""
    assert window.analysis.what_if_runner.wait(20_000)
    QCoreApplication.sendPostedEvents()


def test_run_works_off_the_gui_thread_while_the_window_answers(qtbot, window, gate):
    # given What If… open on the Order journey, the branch set to 0.3
    dialog = open_what_if(window)
    set_branch(dialog, "0.3")
    heard = answers(dialog)
    table = dialog.delta_table
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    # when Run is pressed
    press_run(qtbot, dialog)
    # then the analysis starts in another thread, and the click has returned meanwhile
    qtbot.waitUntil(gate.entered.is_set, timeout=20_000)
    assert gate.threads and threading.main_thread() not in gate.threads
    # and the dialog says it is working, Run waits, and no answer is shown yet
    assert dialog.busy and not dialog.run_button.isEnabled() and dialog.busy_bar.isVisible()
    assert dialog.message.text() == "Comparing…" and dialog.delta_table.rowCount() == 0
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor and heard == []
    assert [table.columnWidth(c) for c in range(table.columnCount())] == widths
    # and the window's event loop runs: a timer fires, the window paints
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])
    assert not window.grab().isNull()
    # and the user edits the model meanwhile
    window.editor.set_attribute("T04", "duration", "30")
    edited = snapshot(window.editor.model)
    # when the analysis may go on
    with qtbot.waitSignal(dialog.compared, timeout=20_000) as answer:
        gate.opened.set()
    # then the Δ is that of the model as it was when Run was pressed, both runs off the GUI thread
    assert answer.args == [True] and heard == [True]
    assert dialog.row_texts("customer_time")[1] == "79.31 min"  # 'Advise on products' at 8 min
    assert dialog.row_texts("contacts")[1:] == ["1.3025", "1.091316", "-0.211184"]
    assert len(gate.threads) == 2 and threading.main_thread() not in gate.threads
    assert dialog.run_button.isEnabled() and not dialog.busy and not dialog.busy_bar.isVisible()
    assert dialog.cursor().shape() == Qt.CursorShape.ArrowCursor
    # and the live model holds the user's edit, nothing of the what-if
    assert snapshot(window.editor.model) == edited
    assert window.editor.model.flows["F12"].prob == 0.1


def test_editing_the_values_forgets_the_run_and_the_next_run_wins(qtbot, window, gate):
    # given a Run of 0.3 at work
    dialog = open_what_if(window)
    set_branch(dialog, "0.3")
    heard = answers(dialog)
    press_run(qtbot, dialog)
    qtbot.waitUntil(gate.entered.is_set, timeout=20_000)
    # when the value is changed meanwhile
    set_branch(dialog, "0.2")
    # then that run is forgotten and Run can be pressed again
    assert not dialog.busy and dialog.run_button.isEnabled()
    assert dialog.message.text() == "The values changed: press Run to compare them."
    # when it is pressed, and the first run then ends before the second
    press_run(qtbot, dialog)
    assert dialog.busy
    with qtbot.waitSignal(dialog.compared, timeout=20_000):
        gate.opened.set()
    settle_jobs(window)
    # then only the second run's answer was shown: 0.2, not 0.3
    assert heard == [True] and len(gate.threads) == 4
    assert [(c.before, c.after) for c in dialog.changes if c.why == "set"] == [(0.1, 0.2)]
    assert "0.1 → 0.2" in dialog.message.text() and "0.3" not in dialog.message.text()
    assert dialog.row_texts("contacts")[1] == "1.3025"


def test_running_again_replaces_the_run_under_way(qtbot, window, gate):
    dialog = open_what_if(window)
    set_branch(dialog, "0.3")
    heard = answers(dialog)
    assert dialog.run()
    qtbot.waitUntil(gate.entered.is_set, timeout=20_000)
    set_branch(dialog, "0.25")
    assert dialog.run() and dialog.busy
    gate.opened.set()
    qtbot.waitUntil(lambda: heard != [], timeout=20_000)
    settle_jobs(window)
    assert heard == [True]
    assert [c.after for c in dialog.changes if c.why == "set"] == [0.25]


@pytest.fixture
def watched_copies(monkeypatch) -> list[weakref.ref]:
    """A weak reference to the copy each What If job is given."""
    return models_given(monkeypatch, jobs, "what_if_values_job", 0)


def test_closing_the_dialog_mid_run_shows_nothing_and_lets_go_of_the_copy(qtbot, window, gate,
                                                                           watched_copies):
    # given a Run at work
    dialog = open_what_if(window)
    set_branch(dialog, "0.3")
    heard = answers(dialog)
    press_run(qtbot, dialog)
    qtbot.waitUntil(gate.entered.is_set, timeout=20_000)
    # when the dialog is closed with its Close button, and the job ends after that
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.busy
    gate.opened.set()
    settle_jobs(window)
    # then the closed dialog got no answer, and the job's copy is gone
    assert heard == [] and dialog.delta_table.rowCount() == 0
    gc.collect()
    assert len(watched_copies) == 1 and watched_copies[0]() is None


def test_opening_what_if_anew_mid_run_deletes_the_old_dialog_safely(qtbot, window, gate,
                                                                    watched_copies):
    # given a Run at work
    dialog = open_what_if(window)
    set_branch(dialog, "0.3")
    press_run(qtbot, dialog)
    qtbot.waitUntil(gate.entered.is_set, timeout=20_000)
    # when What If… is chosen again (the menu closes and deletes the old dialog), and the
    # job ends once the old dialog is gone
    fresh = open_what_if(window)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    heard = answers(fresh)
    gate.opened.set()
    settle_jobs(window)
    # then nothing arrived anywhere (a slot on a deleted dialog would fail the test), the new
    # dialog is as it opened, and the job's copy is gone
    assert heard == [] and fresh.message.text() == "" and fresh.delta_table.rowCount() == 0
    gc.collect()
    assert len(watched_copies) == 1 and watched_copies[0]() is None
    # and the new dialog runs as usual
    set_branch(fresh, "0.3")
    with qtbot.waitSignal(fresh.compared, timeout=20_000) as answer:
        press_run(qtbot, fresh)
    assert answer.args == [True]
    assert fresh.row_texts("contacts")[1:] == ["1.3025", "1.091316", "-0.211184"]


def test_a_failing_job_is_a_message_in_the_dialog(qtbot, window, monkeypatch):
    def failing(model, **options):  # noqa: ANN001, ANN003, ANN202
        raise RuntimeError("no engine today")

    monkeypatch.setattr(prepare, "prepare_model", failing)
    dialog = open_what_if(window)
    assert run_branch(qtbot, dialog, "0.3") == [False] and dialog.rows == []
    assert dialog.message.text() == "The analysis failed: RuntimeError: no engine today"
    assert "color" in dialog.message.styleSheet() and dialog.run_button.isEnabled()


def test_a_refusal_met_while_applying_reads_as_one_met_at_once(qtbot, window, monkeypatch):
    """The dialog checks the values before it starts; what only applying them can refuse
    comes back from the job in the same words."""
    def refusing(model, settings):  # noqa: ANN001, ANN202
        raise ScenarioError("the split would not sum to 1")

    monkeypatch.setattr(scenario, "apply_scenario", refusing)
    dialog = open_what_if(window)
    assert run_branch(qtbot, dialog, "0.3") == [False] and dialog.delta_table.rowCount() == 0
    assert dialog.message.text() == "The split would not sum to 1"


def test_a_value_refused_at_once_starts_no_job(qtbot, window, gate):
    dialog = open_what_if(window)
    assert run_branch(qtbot, dialog, "1.4", timeout=1_000) == [False]
    assert not dialog.busy and dialog.run_button.isEnabled()
    assert dialog.message.text() == "'F12.prob=1.4': Branch probability must be between 0 and 1"
    settle_jobs(window)
    assert gate.threads == []
