"""Analysis ▸ What If… (values tried on a copy; the Δ of the scorecard; the model, its undo
stack and its saved state untouched) and Analysis ▸ Export Report… (the same HTML page and
CSV files as ``customer-modeler analyze`` writes for the file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from customer_modeler.editor.analysis_ui.what_if_dialog import WhatIfDialog
from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.resources import example_path
from tests.editor.factory import snapshot

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(example_window):
    return example_window


def analysis_action(window: MainWindow, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def cell(dialog: WhatIfDialog, row: int, column: int):
    return dialog.settings.cellWidget(row, column)


def test_what_if_shows_the_delta_and_leaves_the_model_alone(qtbot, window):
    # given the Order journey as opened
    before = snapshot(window.editor.model)
    # when What If… is chosen from the Analysis menu
    analysis_action(window, "What If…").trigger()
    dialog = window.analysis.what_if_dialog
    assert isinstance(dialog, WhatIfDialog) and dialog.isVisible()
    # and the flow from 'Decision' to 'Buys elsewhere' is picked, by the names shown
    elements, fields, value = (cell(dialog, 0, c) for c in range(3))
    assert isinstance(elements, QComboBox) and isinstance(value, QLineEdit)
    elements.setCurrentIndex(elements.findText("'Decision' → 'Buys elsewhere'"))
    assert fields.currentText() == "Branch probability" and value.text() == "0.1"
    # and a second row sets a duration, shown with its unit
    row = dialog.add_setting()
    step_box, field_box, step_value = (cell(dialog, row, c) for c in range(3))
    step_box.setCurrentIndex(step_box.findText("Advise on products by phone"))
    field_box.setCurrentIndex(field_box.findText("Duration (min)"))
    assert step_value.text() == "8"
    step_value.setText("5")
    value.setText("0.3")
    # when Run is pressed, and the answer arrives
    with qtbot.waitSignal(dialog.compared, timeout=20_000):
        dialog.run_button.click()
    # then the Δ is shown with names and units: the figures of analyze --set
    assert dialog.row_texts("customer_time") == ["Customer time", "79.31 min", "67.581053 min",
                                                 "-11.728947 min"]
    assert dialog.row_texts("contacts")[1:] == ["1.3025", "1.091316", "-0.211184"]
    assert "rest of the split" in dialog.message.text()
    assert "'Advise on products by phone': Duration 8 → 5 min" in dialog.message.text()
    # and the model, its undo stack and its saved state are unchanged
    assert snapshot(window.editor.model) == before
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()


def test_what_if_refuses_a_bad_value_in_words(qtbot, window):
    dialog = window.analysis.what_if_values()
    elements, _, value = (cell(dialog, 0, c) for c in range(3))
    elements.setCurrentIndex(elements.findText("'Decision' → 'Buys elsewhere'"))
    value.setText("1.4")
    assert dialog.run() is False
    assert dialog.message.text() == ("'F12.prob=1.4': Branch probability must be between 0 "
                                     "and 1")
    assert dialog.delta_table.rowCount() == 0


def cli_files(tmp_path: Path) -> tuple[bytes, dict[str, bytes]]:
    out = tmp_path / "cli"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "customer_modeler", "analyze", str(example_path()), "--html",
         str(out / "report.html"), "--csv", str(out / "csv")],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return ((out / "report.html").read_bytes(),
            {p.name: p.read_bytes() for p in (out / "csv").iterdir()})


def test_export_report_writes_what_the_command_line_writes(qtbot, window, tmp_path):
    html, tables = cli_files(tmp_path)
    exporter = window.analysis.exporter
    # when Export Report… is chosen twice, once as HTML (no extension typed), once as CSV
    exporter.ask_target = lambda title: (str(tmp_path / "window" / "order"), "html")
    (tmp_path / "window").mkdir()
    analysis_action(window, "Export Report…").trigger()
    exporter.ask_target = lambda title: (str(tmp_path / "window" / "tables"), "csv")
    written = window.analysis.exporter.export()
    # then both are the command line's files, byte for byte
    assert (tmp_path / "window" / "order.html").read_bytes() == html
    assert {p.name: p.read_bytes() for p in written} == tables
    assert "CSV files in tables" in window.statusBar().currentMessage()
    assert window.editor.undo_stack.count() == 0 and not window.isWindowModified()


def test_export_report_says_when_it_cannot_write(qtbot, window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    errors: list[str] = []
    window.analysis.exporter.show_error = lambda title, text: errors.append(text)
    window.analysis.exporter.ask_target = lambda title: (str(blocker / "tables"), "csv")
    assert window.analysis.exporter.export() == []
    assert errors and errors[0].startswith("The report could not be written: ")


def test_each_row_chooses_from_one_shared_list_of_elements(qtbot, window):
    """Every row's box shows the same list, filled once (a list per row took 67 ms at
    10,000 steps); what one row chooses is its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    analysis_action(window, "What If…").trigger()
    dialog = window.analysis.what_if_dialog
    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add Value")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    first, second = cell(dialog, 0, 0), cell(dialog, 1, 0)
    assert dialog.settings.rowCount() == 2 and first.model() is second.model() is dialog.element_list
    second.setCurrentIndex(second.findText("Lane Sales"))
    assert first.currentText() != "Lane Sales"
    lane_id = next(lane.id for lane in window.editor.model.lanes.values() if lane.name == "Sales")
    chosen = [setting.element for setting in dialog.settings_entered()]
    assert chosen[1] == lane_id and chosen[0] != lane_id
    assert dialog.add_setting(lane_id) == 2 and cell(dialog, 2, 0).currentText() == "Lane Sales"
    dialog.close()
