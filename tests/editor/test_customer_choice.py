"""A colleague's file names no customer: the window asks which lane or pool is the customer.

The file is built here as a modelling tool exports a collaboration: an 'Applicant' pool
without lanes that only exchanges messages with the 'Bank' pool, whose lanes are 'Front
office' and 'Back office'. Opened through the window's open path, the dialog lists the
four candidates with the pool suggested; the choice is one undo step, and it is saved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.window.main_window import MainWindow
from tests.editor.foreign import HEAD, edge, shape

CPM_ROLE = "{urn:customer-process-modeler:1}role"


def colleague_file() -> bytes:
    """Two pools, no lane or pool named for the customer, messages between the pools."""
    semantic = """
<collaboration id="Collab">
  <participant id="P_applicant" name="Applicant" processRef="Proc_applicant"/>
  <participant id="P_bank" name="Bank" processRef="Proc_bank"/>
  <messageFlow id="M_apply" sourceRef="T_apply" targetRef="S_bank"/>
  <messageFlow id="M_answer" sourceRef="T_answer" targetRef="E_applicant"/>
</collaboration>
<process id="Proc_applicant" isExecutable="false">
  <startEvent id="S_applicant" name="Needs a loan"/>
  <task id="T_apply" name="Apply online"/>
  <endEvent id="E_applicant" name="Has an answer"/>
  <sequenceFlow id="F_a1" sourceRef="S_applicant" targetRef="T_apply"/>
  <sequenceFlow id="F_a2" sourceRef="T_apply" targetRef="E_applicant"/>
</process>
<process id="Proc_bank" isExecutable="false">
  <laneSet id="LS_bank">
    <lane id="L_front" name="Front office"><flowNodeRef>S_bank</flowNodeRef><flowNodeRef>T_answer</flowNodeRef></lane>
    <lane id="L_back" name="Back office"><flowNodeRef>T_check</flowNodeRef><flowNodeRef>E_bank</flowNodeRef></lane>
  </laneSet>
  <startEvent id="S_bank" name="Application in"/>
  <task id="T_check" name="Check credit"/>
  <task id="T_answer" name="Send the answer"/>
  <endEvent id="E_bank" name="Answered"/>
  <sequenceFlow id="F_b1" sourceRef="S_bank" targetRef="T_check"/>
  <sequenceFlow id="F_b2" sourceRef="T_check" targetRef="T_answer"/>
  <sequenceFlow id="F_b3" sourceRef="T_answer" targetRef="E_bank"/>
</process>
"""
    shapes = (shape("P_applicant", 0, 0, 900, 150, True) + shape("P_bank", 0, 200, 900, 300, True)
              + shape("L_front", 30, 200, 870, 150, True) + shape("L_back", 30, 350, 870, 150, True)
              + shape("S_applicant", 100, 57, 36, 36) + shape("T_apply", 200, 35, 100, 80)
              + shape("E_applicant", 700, 57, 36, 36)
              + shape("S_bank", 232, 257, 36, 36) + shape("T_check", 350, 385, 100, 80)
              + shape("T_answer", 500, 235, 100, 80) + shape("E_bank", 700, 257, 36, 36)
              + edge("F_a1", (136, 75), (200, 75)) + edge("F_a2", (300, 75), (700, 75))
              + edge("F_b1", (268, 275), (400, 275), (400, 385))
              + edge("F_b2", (450, 425), (550, 425), (550, 315))
              + edge("F_b3", (600, 275), (700, 275))
              + edge("M_apply", (250, 115), (250, 257)) + edge("M_answer", (550, 235), (718, 93)))
    diagram = (f'<bpmndi:BPMNDiagram id="Dia"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">'
               f'{shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    return (HEAD + semantic + diagram + "</definitions>\n").encode("utf-8")


@pytest.fixture
def colleague(tmp_path) -> Path:
    path = tmp_path / "loan.bpmn"
    path.write_bytes(colleague_file())
    return path


def new_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    window.show()
    qtbot.waitExposed(window)
    return window


def dialog_after_open(qtbot, window: MainWindow, path: Path):  # noqa: ANN201
    """Open ``path`` as File ▸ Open does and wait for the customer dialog to show."""
    window.files.ask_path = lambda title, saving: str(path)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.files.customer.dialog is not None
                    and window.files.customer.dialog.isVisible())
    return window.files.customer.dialog


def rows(dialog) -> list[str]:  # noqa: ANN001
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_dialog_lists_lanes_and_pools_with_the_suggestion_and_why(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    assert window.files.path == colleague and window.editor.model.customer_lane is None
    assert "loan.bpmn" in dialog.findChildren(QLabel)[0].text()
    texts = rows(dialog)
    assert texts[0] == ("Applicant (pool) — suggested: it exchanges messages only with "
                        "the organisation 'Bank'")
    assert texts[1:] == ["Bank (pool)", "Front office (lane)", "Back office (lane)"]
    assert dialog.list.currentRow() == 0 and dialog.ok_button.isEnabled()
    assert not dialog.top_box.isVisibleTo(dialog)  # a pool becomes the top lane anyway
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert dialog.top_box.isVisibleTo(dialog) and dialog.top_box.isChecked()  # Back office is below


def test_choosing_a_lane_marks_it_as_one_undoable_edit_and_the_file_keeps_it(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    # the user picks "Front office" with the arrow keys and clicks the button
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.chosen.element_id == "L_front"
    assert not dialog.top_box.isVisibleTo(dialog)  # already the top lane of the bank
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    model, scene = window.editor.model, window.scene
    assert model.customer_lane.id == "L_front" and scene.lane_items["L_front"].role == "customer"
    assert scene.lane_items["L_back"].role == "department"
    assert window.editor.undo_stack.count() == 1 and window.editor.is_modified()
    assert window.editor.undo_stack.undoText() == "Mark 'Front office' as the customer"
    assert "Front office (lane) is now the customer" in window.statusBar().currentMessage()
    # undo gives the file back as it was opened
    window.actions["undo"].trigger()
    assert model.customer_lane is None and scene.lane_items["L_front"].role == "department"
    assert not window.editor.is_modified()
    window.actions["redo"].trigger()
    assert window.files.save()
    lane = etree.parse(str(colleague)).find(".//{*}lane[@id='L_front']")
    assert lane.get(CPM_ROLE) == "customer"
    # closed and opened again: the customer is there and nobody asks again
    window.close()
    again = new_window(qtbot)
    again.files.ask_path = lambda title, saving: str(colleague)
    again.actions["open"].trigger()
    qtbot.wait(50)
    assert again.editor.model.customer_lane.id == "L_front"
    assert again.files.customer.dialog is None


def test_choosing_the_suggested_pool_makes_it_the_customer_lane(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # the suggestion, as it is preselected
    assert not dialog.isVisible()
    model, scene = window.editor.model, window.scene
    customer = model.customer_lane
    assert customer.id == "P_applicant" and customer.from_pool == "P_applicant"
    assert list(model.lanes)[0] == "P_applicant"  # the customer lane is on top
    assert "P_applicant" not in model.pools and "P_applicant" not in scene.pool_items
    assert scene.lane_items["P_applicant"].role == "customer"
    assert {s.id for s in model.steps_in_lane("P_applicant")} == {"S_applicant", "T_apply", "E_applicant"}
    assert window.editor.undo_stack.count() == 1
    window.actions["undo"].trigger()
    assert model.customer_lane is None and "P_applicant" in scene.pool_items
    assert "P_applicant" not in scene.lane_items and list(model.pools) == ["P_applicant", "P_bank"]
    assert model.steps["T_apply"].lane is None
    window.actions["redo"].trigger()
    assert window.files.save()
    participant = etree.parse(str(colleague)).find(".//{*}participant[@id='P_applicant']")
    assert participant.get(CPM_ROLE) == "customer"
    reread = read_bpmn_file(colleague)
    assert reread.model.customer_lane.id == "P_applicant"
    assert not [w for w in reread.warnings if "CUSTOMER" in w.code]
    window.close()
    again = new_window(qtbot)
    assert again.files.open(colleague)
    qtbot.wait(50)
    assert again.files.customer.dialog is None
    assert again.editor.model.customer_lane.from_pool == "P_applicant"


def test_not_now_leaves_the_model_untouched(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    before = colleague.read_bytes()
    qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.editor.model.customer_lane is None and "P_applicant" in window.editor.model.pools
    assert window.editor.undo_stack.count() == 0 and not window.editor.is_modified()
    assert colleague.read_bytes() == before


def test_the_model_menu_chooses_again_and_can_move_the_customer_on_top(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.editor.model.customer_lane is None
    window.actions["model_customer"].trigger()
    dialog = window.files.customer.dialog
    assert dialog.isVisible() and len(rows(dialog)) == 4
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)  # Back office, below Front office
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    model = window.editor.model
    assert model.customer_lane.id == "L_back"
    bank_lanes = [lane.id for lane in model.lanes.values() if lane.pool == "P_bank"]
    assert bank_lanes == ["L_back", "L_front"]
    assert model.lanes["L_back"].bounds.y == 200 and model.lanes["L_front"].bounds.y == 350
    assert model.steps["T_check"].bounds.y == 235  # its steps went up with it
    assert window.editor.undo_stack.count() == 1  # role and move are one step
    window.actions["undo"].trigger()
    assert [lane.id for lane in model.lanes.values() if lane.pool == "P_bank"] == ["L_front", "L_back"]
    assert model.customer_lane is None and model.steps["T_check"].bounds.y == 385
    # now that Back office is the customer (on top) the menu says so and offers the others
    window.actions["redo"].trigger()
    window.actions["model_customer"].trigger()
    dialog = window.files.customer.dialog
    assert "The customer is 'Back office'" in dialog.findChildren(QLabel)[0].text()
    assert rows(dialog)[2:] == ["Back office (lane) — suggested: it is marked as the customer",
                                "Front office (lane)"]
    assert dialog.list.currentRow() == 2


def test_an_analysis_without_customer_asks_once_and_runs_after_not_now(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    qtbot.mouseClick(dialog.not_now_button, Qt.MouseButton.LeftButton)
    window.actions["analysis_scorecard"].trigger()
    asked = window.files.customer.dialog
    assert asked is not dialog and asked.isVisible()
    assert window.analysis.dock.outcome is None  # nothing runs while the question is open
    qtbot.mouseClick(asked.not_now_button, Qt.MouseButton.LeftButton)
    dock = window.analysis.dock
    qtbot.waitUntil(lambda: dock.outcome is not None, timeout=20_000)
    assert window.editor.model.customer_lane is None
    assert "E-NO-CUSTOMER-LANE" in [issue["code"] for issue in dock.outcome.report["issues"]]
    window.analysis.runner.wait(20_000)
    first = dock.outcome
    # the second time the analysis runs straight away, without a new question
    window.actions["analysis_scorecard"].trigger()
    assert window.files.customer.dialog is asked
    qtbot.waitUntil(lambda: dock.outcome is not first, timeout=20_000)
    window.analysis.runner.wait(20_000)


def test_an_analysis_runs_with_the_customer_chosen_when_it_asked(qtbot, colleague):
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, colleague)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    window.actions["analysis_scorecard"].trigger()
    asked = window.files.customer.dialog
    qtbot.keyClick(asked.list, Qt.Key.Key_Return)
    dock = window.analysis.dock
    qtbot.waitUntil(lambda: dock.outcome is not None, timeout=20_000)
    window.analysis.runner.wait(20_000)
    assert window.editor.model.customer_lane.id == "P_applicant"
    assert "E-NO-CUSTOMER-LANE" not in [issue["code"] for issue in dock.outcome.report["issues"]]


def test_our_own_file_opens_without_the_question(qtbot, tmp_path):
    from customer_modeler.resources import example_path

    window = new_window(qtbot)
    assert window.files.load(example_path(), read_only=True)
    qtbot.wait(50)
    assert window.files.customer.dialog is None


INTEROP = Path(__file__).resolve().parents[3] / "shared" / "interop"


@pytest.mark.skipif(not INTEROP.is_dir(), reason="the interop corpus is not beside the project")
def test_a_real_export_of_another_tool_gets_its_customer(qtbot, tmp_path):
    source = next(INTEROP.rglob("C.7.0-export.bpmn"), None)
    if source is None:
        pytest.skip("C.7.0 export not in the corpus")
    path = tmp_path / source.name
    path.write_bytes(source.read_bytes())
    window = new_window(qtbot)
    dialog = dialog_after_open(qtbot, window, path)
    assert rows(dialog)[0] == "EU Bank (pool)"
    assert rows(dialog)[1] == "Hiring manager (lane) — suggested: it is the top lane"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.editor.model.customer_lane.name == "Hiring manager"
    assert window.files.save()
    assert read_bpmn_file(path).model.customer_lane.name == "Hiring manager"
