"""Edit ▸ Repair Text Encoding on a file whose names were decoded twice ('PrÃ¼fung')."""

from __future__ import annotations

from PySide6.QtCore import Qt

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file
from tests.bpmn.factories import journey_model

MEANT = {("step", "T1"): "Prüfung der Bestellung", ("step", "T2"): "Ελλάδα καλεί",
         ("lane", "SAL"): "Försäljning", ("flow", "F4"): "São Paulo", ("pool", "Org"): "Ação"}
#: Real text that merely contains an accented capital: not garbled, never changed.
LEFT_ALONE = "SÃO PAULO"


def garble(text: str) -> str:
    """What a second decoding of UTF-8 bytes as Windows-1252 makes of ``text``."""
    return text.encode("utf-8").decode("cp1252")


def names(model) -> dict[tuple[str, str], str]:
    tables = {"step": model.steps, "lane": model.lanes, "flow": model.flows, "pool": model.pools}
    return {(kind, key): tables[kind][key].name for kind, key in MEANT} | {
        ("lane", "ITS"): model.lanes["ITS"].name}


def garbled_file(tmp_path):
    model = journey_model()
    for (kind, key), text in MEANT.items():
        {"step": model.steps, "lane": model.lanes, "flow": model.flows, "pool": model.pools}[kind][key].name = garble(text)
    model.lanes["ITS"].name = LEFT_ALONE
    path = tmp_path / "garbled.bpmn"
    save_bpmn_file(model, path)
    return path


def test_repair_fixes_every_garbled_name_in_one_undo_step(window, qtbot, tmp_path):
    # given a file with garbled names, opened in the window
    path = garbled_file(tmp_path)
    action = window.actions["repair_text"]
    assert not action.isEnabled()  # the small journey has nothing to repair
    assert window.files.open(path)
    assert "W-GARBLED-TEXT" in [w.code for w in read_bpmn_file(path).warnings]
    garbled = {key: garble(text) for key, text in MEANT.items()} | {("lane", "ITS"): LEFT_ALONE}
    assert names(window.editor.model) == garbled
    assert action.isEnabled() and action in window.menuBar().actions()[1].menu().actions()
    stack = window.editor.undo_stack
    # when the Edit menu's Repair Text Encoding is chosen
    action.trigger()
    # then every garbled name reads as meant, the real 'Ã' is untouched, one undo step
    repaired = dict(MEANT) | {("lane", "ITS"): LEFT_ALONE}
    assert names(window.editor.model) == repaired
    assert stack.count() == 1 and stack.undoText() == "Repair text encoding of 5 names"
    assert not action.isEnabled() and window.isWindowModified()
    assert "Repaired the encoding of 5 names" in window.statusBar().currentMessage()
    # and Ctrl+Z gives the file's text back (and the command again)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(window.editor.model) == garbled
    assert action.isEnabled() and not window.isWindowModified()
    # and redo then save writes the repaired names, which reopen without the warning
    window.actions["redo"].trigger()
    assert window.files.save()
    again = read_bpmn_file(path)
    assert names(again.model) == repaired
    assert "W-GARBLED-TEXT" not in [w.code for w in again.warnings]
