"""File ▸ Export ▸ BPMN for Other Tools, through the menu: no ``cpm:`` data, and it opens."""

from __future__ import annotations

from PySide6.QtGui import QAction

from customer_modeler.bpmn.namespaces import CPM
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.window.main_window import MainWindow



def export_menu_action(window: MainWindow, text: str) -> QAction:
    """The File ▸ Export entry whose text starts with ``text``, as the menu shows it."""
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    export = next(a.menu() for a in file_menu.actions() if a.menu() and a.text() == "&Export")
    return next(a for a in export.actions() if a.text().replace("&", "").startswith(text))


def test_export_for_other_tools_writes_plain_bpmn(window, tmp_path):
    # given a journey with customer attributes and a branch probability
    window.editor.set_attribute("T_quote", "duration", "7.5")
    window.editor.set_attribute("F2", "prob", "0.4")
    target = tmp_path / "for-camunda"
    window.files.ask_path = lambda title, saving: str(target)
    # when File ▸ Export ▸ BPMN for Other Tools is chosen
    export_menu_action(window, "BPMN for Other Tools…").trigger()
    # then a .bpmn file without our namespace is written, which opens with the same steps
    written = target.with_suffix(".bpmn")
    data = written.read_bytes()
    assert b"cpm:" not in data and CPM.encode() not in data and b"bpsim" not in data
    reread = read_bpmn_file(written).model
    assert set(reread.steps) == set(window.editor.model.steps)
    assert set(reread.flows) == set(window.editor.model.flows)
    assert reread.steps["T_quote"].duration is None and reread.flows["F2"].prob is None
    # and the document itself is neither saved nor marked clean
    assert window.files.path is None and window.isWindowModified()
    assert "Exported" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_with_bpsim_probabilities(window, tmp_path):
    window.editor.set_attribute("F2", "prob", "0.4")
    target = tmp_path / "for-simulator.bpmn"
    window.files.ask_path = lambda title, saving: str(target)
    export_menu_action(window, "BPMN for Other Tools with BPSim").trigger()
    data = target.read_bytes()
    assert b"cpm:" not in data and b"bpsim:Probability" in data and b'elementRef="F2"' in data
    assert read_bpmn_file(target).model.steps.keys() == window.editor.model.steps.keys()


def test_cancelled_export_writes_nothing(window, tmp_path):
    window.files.ask_path = lambda title, saving: None
    export_menu_action(window, "BPMN for Other Tools…").trigger()
    assert list(tmp_path.iterdir()) == []
