"""The Model menu (Systems…, Resources…, Scenario…) and File ▸ Save as What-if Variant…,
driven as a person would: menu entries, typing into the fields, OK or Cancel, Ctrl+Z,
the saved file read back, and the what-if analysis of the saved variant."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.window.main_window import MainWindow
from customer_modeler.model import ProcessModel
from customer_modeler.model.elements import Resource, System
from customer_modeler.resources import example_path
from tests.editor.factory import snapshot

CTRL = Qt.KeyboardModifier.ControlModifier
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def window(qtbot, tmp_path):
    """The bundled order journey, opened from a copy in ``tmp_path``."""
    path = tmp_path / "order-journey.bpmn"
    shutil.copy(example_path(), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    errors: list[str] = []
    window.files.show_error = lambda title, text: errors.append(text)
    window.errors = errors
    assert window.files.load(path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.analysis.runner.wait(20_000)


def everything(model: ProcessModel) -> dict:
    """The diagram and the model-level data, as comparable plain data (order included)."""
    return {**snapshot(model), "name": model.name, "info": repr(model.info),
            "systems": list(map(repr, model.systems.values())),
            "resources": list(map(repr, model.resources.values())),
            "scenario": list(model.scenario.items())}


def open_from_menu(qtbot, window: MainWindow, text: str):
    """Choose Model ▸ ``text`` as the menu shows it; return the dialog it opens."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Model")
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
    action.trigger()
    dialog = window.model_inputs.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def press(qtbot, dialog, button) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def undo_with_keys(window: MainWindow) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)


def save_and_read_back(window: MainWindow, tmp_path) -> ProcessModel:
    path = tmp_path / "saved.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    assert window.files.save_as()
    return read_bpmn_file(path).model


# -- Systems -----------------------------------------------------------------------------
def test_a_system_added_in_the_dialog_is_one_undo_step_and_is_saved(qtbot, window, tmp_path):
    model = window.editor.model
    before, depth = everything(model), window.editor.undo_stack.count()
    dialog = open_from_menu(qtbot, window, "Systems")
    assert dialog.table.rowCount() == len(model.systems) == 8
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    type_into(qtbot, dialog.cell(row, "id"), "SMS")
    type_into(qtbot, dialog.cell(row, "name"), "Text message gateway")
    type_into(qtbot, dialog.cell(row, "fail_prob"), "0.02")
    owner = dialog.cell(row, "owner_lane")
    assert isinstance(owner, QComboBox)
    owner.setCurrentIndex(owner.findText("Customer Service"))
    press(qtbot, dialog, OK)

    assert not dialog.isVisible()
    assert list(model.systems)[-1] == "SMS" and list(model.systems)[:-1] == [
        "WEB", "PAY", "ERP", "CRM", "PBX", "WMS", "CAR", "MAIL"]
    lane = "CSV"  # the lane named Customer Service
    assert model.systems["SMS"] == System("SMS", "Text message gateway", lane, 0.02)
    assert window.editor.undo_stack.count() == depth + 1
    assert window.editor.undo_stack.undoText() == "Edit systems"
    saved = save_and_read_back(window, tmp_path)
    assert saved.systems == model.systems

    undo_with_keys(window)
    assert everything(model) == before


def test_an_out_of_range_failure_probability_is_refused_beside_the_field(qtbot, window):
    model = window.editor.model
    before, depth = everything(model), window.editor.undo_stack.count()
    dialog = open_from_menu(qtbot, window, "Systems")
    row = dialog.row_of("CRM")
    field = dialog.cell(row, "fail_prob")
    type_into(qtbot, field, "15")
    press(qtbot, dialog, OK)

    assert dialog.isVisible()
    assert field.property("invalid") is True
    assert field.toolTip() == "Failure probability per use must be between 0 and 1"
    assert dialog.message.text() == (f"Row {row + 1}, Failure probability per use: "
                                     "Failure probability per use must be between 0 and 1.")
    assert "0 to 1" in dialog.table.horizontalHeaderItem(3).text()
    assert everything(model) == before and window.editor.undo_stack.count() == depth

    type_into(qtbot, field, "0.15")
    press(qtbot, dialog, OK)
    assert not dialog.isVisible() and model.systems["CRM"].fail_prob == 0.15


def test_renaming_a_system_that_steps_use_asks_and_the_steps_follow(qtbot, window):
    model = window.editor.model
    users = [s.id for s in model.steps.values() if "CRM" in s.systems]
    assert len(users) >= 3
    before = everything(model)
    dialog = open_from_menu(qtbot, window, "Systems")
    questions: list[str] = []
    answers = iter([False, True])
    dialog.ask = lambda title, text: questions.append(text) or next(answers)
    type_into(qtbot, dialog.cell(dialog.row_of("CRM"), "id"), "CRM2")

    press(qtbot, dialog, OK)  # "No": nothing changes and the dialog stays open
    assert dialog.isVisible() and everything(model) == before
    assert "'CRM' becomes 'CRM2' in" in questions[0]
    assert f"'{model.steps[users[0]].name}'" in questions[0]

    press(qtbot, dialog, OK)  # "Yes"
    assert not dialog.isVisible()
    assert "CRM" not in model.systems and model.systems["CRM2"].name == "Customer records"
    assert all("CRM2" in model.steps[i].systems and "CRM" not in model.steps[i].systems
               for i in users)
    undo_with_keys(window)
    assert everything(model) == before


def test_removing_an_unused_system_asks_nothing_and_cancel_changes_nothing(qtbot, window):
    model = window.editor.model
    model_before, depth = everything(model), window.editor.undo_stack.count()
    dialog = open_from_menu(qtbot, window, "Systems")
    dialog.ask = lambda title, text: pytest.fail("no step uses a new system")
    dialog.table.setCurrentCell(dialog.row_of("MAIL"), 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, CANCEL)
    assert everything(model) == model_before and window.editor.undo_stack.count() == depth

    dialog = open_from_menu(qtbot, window, "Systems")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    type_into(qtbot, dialog.cell(row, "id"), "FAX")
    press(qtbot, dialog, OK)
    dialog = open_from_menu(qtbot, window, "Systems")
    dialog.ask = lambda title, text: pytest.fail("no step uses FAX")
    dialog.table.setCurrentCell(dialog.row_of("FAX"), 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, OK)
    assert everything(model) == model_before
    assert window.editor.undo_stack.count() == depth + 2


def test_a_duplicate_or_missing_code_is_refused(qtbot, window):
    dialog = open_from_menu(qtbot, window, "Systems")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    press(qtbot, dialog, OK)
    assert dialog.isVisible() and "needs a code" in dialog.cell(row, "id").toolTip()
    type_into(qtbot, dialog.cell(row, "id"), "CRM")
    press(qtbot, dialog, OK)
    assert dialog.isVisible() and dialog.cell(row, "id").toolTip() == "Code 'CRM' is used by two rows"


# -- Resources ---------------------------------------------------------------------------
def test_a_resource_pool_is_added_checked_and_removed_with_its_steps(qtbot, window, tmp_path):
    model = window.editor.model
    before = everything(model)
    dialog = open_from_menu(qtbot, window, "Resources")
    assert dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, dialog.cell(0, "id"), "CC")
    type_into(qtbot, dialog.cell(0, "name"), "Contact centre")
    type_into(qtbot, dialog.cell(0, "capacity"), "2.5")
    type_into(qtbot, dialog.cell(0, "cost_per_hour"), "-4")
    press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert dialog.cell(0, "capacity").toolTip() == "Servers must be a whole number, not '2.5'"
    assert dialog.cell(0, "cost_per_hour").toolTip() == "Cost per hour must be at least 0 CU"
    assert "a whole number, at least 1" in dialog.table.horizontalHeaderItem(2).text()
    type_into(qtbot, dialog.cell(0, "capacity"), "3")
    type_into(qtbot, dialog.cell(0, "cost_per_hour"), "30")
    press(qtbot, dialog, OK)
    assert model.resources == {"CC": Resource("CC", "Contact centre", 3.0, 30.0)}
    assert save_and_read_back(window, tmp_path).resources == model.resources

    window.editor.set_attribute("T04", "resource", "CC")
    with_pool = everything(model)
    dialog = open_from_menu(qtbot, window, "Resources")
    assert dialog.table.cellWidget(0, 4).text() == "1 step"
    asked: list[str] = []
    dialog.ask = lambda title, text: asked.append(text) or True
    dialog.table.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, OK)
    assert "'CC' is taken out of" in asked[0]
    assert model.resources == {} and model.steps["T04"].resource is None
    undo_with_keys(window)
    assert everything(model) == with_pool
    undo_with_keys(window)
    undo_with_keys(window)
    assert everything(model) == before


# -- Scenario ----------------------------------------------------------------------------
def test_scenario_values_typed_in_are_one_undo_step_and_are_saved(qtbot, window, tmp_path):
    model = window.editor.model
    before = everything(model)
    dialog = open_from_menu(qtbot, window, "Scenario")
    assert dialog.fields["ae_hours_per_year"].placeholderText() == "1600"
    for key, text in (("journeys_per_year", "12000"), ("arrival_rate_per_min", "0.05"),
                      ("accounts", "2000"), ("accounts_per_ae", "250"),
                      ("accounts_per_ae_min", "200"), ("accounts_per_ae_max", "300")):
        type_into(qtbot, dialog.fields[key], text)
    press(qtbot, dialog, OK)

    assert not dialog.isVisible()
    assert model.scenario == {"journeys_per_year": 12000.0, "arrival_rate_per_min": 0.05,
                              "accounts": 2000.0, "accounts_per_ae": 250.0,
                              "accounts_per_ae_min": 200.0, "accounts_per_ae_max": 300.0}
    assert window.editor.undo_stack.undoText() == "Edit scenario"
    assert save_and_read_back(window, tmp_path).scenario == model.scenario
    undo_with_keys(window)
    assert everything(model) == before


def test_out_of_range_scenario_values_are_refused_beside_their_field(qtbot, window):
    model = window.editor.model
    before, depth = everything(model), window.editor.undo_stack.count()
    dialog = open_from_menu(qtbot, window, "Scenario")
    assert dialog.messages["churn_base"].text() == "0 to 1"
    type_into(qtbot, dialog.fields["churn_base"], "15")  # meant as 15 %
    assert dialog.messages["churn_base"].text() == (
        "Share of accounts lost per year, baseline must be between 0 and 1")
    type_into(qtbot, dialog.fields["arrival_rate_per_min"], "-1")
    type_into(qtbot, dialog.fields["accounts_min"], "300")
    type_into(qtbot, dialog.fields["accounts_max"], "100")
    press(qtbot, dialog, OK)

    assert dialog.isVisible()
    assert dialog.fields["churn_base"].property("invalid") is True
    assert dialog.messages["arrival_rate_per_min"].text() == (
        "Arrival rate must be at least 0 journeys per min")
    assert dialog.messages["accounts_min"].text() == (
        "Accounts: the high value must not be below the low value")
    assert dialog.fields["accounts_max"].property("invalid") is True
    assert everything(model) == before and window.editor.undo_stack.count() == depth
    press(qtbot, dialog, CANCEL)
    assert everything(model) == before and window.editor.undo_stack.count() == depth


def test_a_scenario_change_makes_shown_results_stale_and_keeps_their_highlights(qtbot, window):
    dock, layer = window.analysis.dock, window.analysis.layer
    window.actions["analysis_fail_points"].trigger()
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and dock.outcome is not None
                    and not layer.pending, timeout=20_000)
    marked = len(layer.items)
    assert marked > 0 and not dock.stale
    dialog = open_from_menu(qtbot, window, "Scenario")
    type_into(qtbot, dialog.fields["journeys_per_year"], "5000")
    press(qtbot, dialog, OK)
    assert window.editor.model.scenario == {"journeys_per_year": 5000.0}
    assert dock.stale and len(layer.items) == marked


# -- Save as What-if Variant -------------------------------------------------------------
def test_save_as_variant_keeps_ids_and_the_what_if_runs_against_the_original(
        qtbot, window, tmp_path, monkeypatch):
    original = window.files.path
    original_bytes = original.read_bytes()
    model = window.editor.model
    variant_path = tmp_path / "order-journey-ae"
    window.files.ask_path = lambda title, saving: str(variant_path)
    window.actions["save_variant"].trigger()

    saved_path = variant_path.with_suffix(".bpmn")
    assert window.files.path == saved_path and not window.editor.is_modified()
    assert original.read_bytes() == original_bytes
    base = read_bpmn_file(original).model
    variant = read_bpmn_file(saved_path).model
    assert variant.info.variant_of == base.name == "Order journey (current)"
    assert variant.name == "Order journey (current) (what-if: order-journey-ae)"
    for kind in ("steps", "flows", "lanes", "pools", "systems"):
        assert list(getattr(variant, kind)) == list(getattr(base, kind)), kind

    dialog = open_from_menu(qtbot, window, "Scenario")
    for key, text in (("accounts", "2000"), ("journeys_per_account_per_year", "5"),
                      ("accounts_per_ae", "250"), ("ae_cost_per_year", "70000")):
        type_into(qtbot, dialog.fields[key], text)
    press(qtbot, dialog, OK)
    assert model.scenario["ae_cost_per_year"] == 70000.0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(original), ""))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    next(a for a in menu.actions() if a.text().replace("&", "").startswith("What-If")).trigger()
    dock = window.analysis.dock
    qtbot.waitUntil(lambda: not window.analysis.runner.busy and dock.outcome is not None,
                    timeout=30_000)
    outcome = dock.outcome
    assert outcome.key == "what_if" and outcome.error is None
    assert outcome.note == "This model is the variant; the chosen file is its baseline."
    kpis = outcome.report["kpis"]
    # Same journey on both sides: the only difference is ⌈2000 / 250⌉ = 8 account
    # executives at 70,000 CU a year; 10,000 journeys a year.
    assert kpis["journeys_per_year"] == pytest.approx(10_000)
    assert kpis["net_delta_per_year"] == pytest.approx(-8 * 70_000, abs=1e-6)
    assert dock.kpi_text("net_delta_per_year") == "-560,000.00 CU"


def test_a_variant_needs_a_saved_model_and_another_file(qtbot, window):
    window.files.ask_path = lambda title, saving: str(window.files.path)
    assert not window.files.save_as_variant()
    assert "is the model the variant varies" in window.errors[-1]
    assert window.editor.model.info.variant_of is None
    window.files.new()
    assert not window.files.save_as_variant()
    assert window.errors[-1].startswith("Save the model first")
