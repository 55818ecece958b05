"""The results dock speaks the user's words: every table header and key-figure label of
every analysis of the Analysis menu, run on the bundled Order journey, is a display name
(no raw key, no bare id), and each result opens with its headline sentences."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFileDialog

from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.resources import example_path
from tests.editor.test_analysis_menu import run

#: A report key (snake_case) or a bare element id (T03, F07, G02).
RAW = re.compile(r"\b[a-z]+_[a-z0-9_]+\b|\b[A-Z]{1,2}\d{2,}\b")
ENTRIES = [("Scorecard", None), ("Where to Streamline", None),
           ("Fail Points and Poor Experience", None), ("What Drives Repeat Contacts", None),
           ("Compare with a Competitor", "competitor-online-first.bpmn"),
           ("What-If: Compare with a Variant", "order-journey-account-executive.bpmn"),
           ("…with Another File", "order-journey-account-executive.bpmn")]


@pytest.fixture
def window(example_window):
    return example_window


@pytest.mark.parametrize(("entry", "other"), ENTRIES)
def test_headers_and_key_figures_are_words(qtbot, window, monkeypatch, entry, other):
    if other is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *args, **kwargs: (str(example_path(other)), ""))
    dock = run(qtbot, window, entry)
    assert dock.outcome.error is None
    labels = dock.kpi_labels()
    headers = [h for name in dock.tables for h in dock.table(name).header_texts()]
    assert headers
    for text in [*labels, *headers]:
        assert not RAW.search(text), (entry, text)
    assert dock.headline_text(), entry
    assert not RAW.search(dock.headline_text()) and "{" not in dock.headline_text()


def test_the_failure_demand_panel_has_the_menu_words(qtbot, window):
    dock = run(qtbot, window, "What Drives Repeat Contacts")
    assert dock.outcome.title == "What drives repeat contacts"
    assert "79.2 % of the contacts customers start are failure demand" in dock.headline_text()
    # shares read as percentages, reasons as words
    reasons = dock.table("reasons")
    assert reasons.header_texts()[:3] == ["Reason", "Steps", "Contacts"]
    column = reasons.columns.index("share")
    assert reasons.data(reasons.index(0, column)) == "49.9 %"
    assert reasons.data(reasons.index(0, 0)) == "Product information"


def test_fail_points_name_steps_and_explain_the_scores(qtbot, window):
    dock = run(qtbot, window, "Fail Points and Poor Experience")
    table = dock.table("fail_points")
    element = table.columns.index("element")
    assert table.data(table.index(0, element)) == (
        "'IVR routing' → 'Misrouted call: explain and transfer to Sales'")
    assert table.column_values("element")[0] == "F07"  # the row still selects the flow
    assert "RPN: risk priority number S × O × D" in dock.legend_label.text()


def test_issue_messages_are_shown_in_full(qtbot, window: MainWindow):
    dock = run(qtbot, window, "Scorecard")
    long = "x" * 200
    outcome = dock.outcome
    outcome.report = dict(outcome.report, issues=[{"code": "W-TEST", "elements": ["T03"],
                                                   "message": long}])
    dock.show_outcome(outcome, lambda _id: True)
    issues = dock.table("issues")
    assert issues.data(issues.index(0, issues.columns.index("message"))) == long
    assert issues.data(issues.index(0, issues.columns.index("elements"))) == (
        "Misrouted call: explain and transfer to Sales")
