"""A day's work saved again and again: each save rewrites only what changed since the last
one or since the file was opened (``customer_modeler.bpmn.written``), so each saved file is
checked against what a save that rewrites everything writes, and read back against the
model in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.seal import sealed
from customer_modeler.bpmn.writer import write_bpmn, write_through_tree
from customer_modeler.editor.window.snapshot import copy_document
from tests.bpmn.kept_trees import keep_every_tree
from tests.editor import gestures as g
from tests.editor.test_window_editing import edit_field


def _saved_in_full(model) -> bytes:
    twin = copy_document(model)
    if twin.origin is None:  # a document saved by the direct writer keeps no tree
        return sealed(write_through_tree(twin))
    twin.origin.written.clear()
    return write_bpmn(twin)


def _save_and_check(window, path) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    model = window.editor.model
    assert path.read_bytes() == _saved_in_full(model)
    _assert_reads_back(read_bpmn_file(path).model, model)


def _assert_reads_back(reread, model) -> None:
    """The saved file read again holds the window's steps and flows."""
    assert {s.id: (s.name, s.lane, s.bounds, s.duration) for s in reread.steps.values()} == \
        {s.id: (s.name, s.lane, s.bounds, s.duration) for s in model.steps.values()}
    assert {f.id: (f.source, f.target, f.waypoints) for f in reread.flows.values()} == \
        {f.id: (f.source, f.target, f.waypoints) for f in model.flows.values()}


def _a_day_of_edits(window, path, save_and_check: Callable[[Any, Path], None]) -> None:
    """A drag into another lane, a value typed in, a deletion and its undo, each saved."""
    model = window.editor.model
    window.view.set_zoom(1.0)
    window.view.centerOn(500, 240)
    # a step dragged into another lane
    g.drag(window.view, g.centre(window, "T_quote"), (400, 400))
    assert model.steps["T_quote"].lane == "L_fulfil"
    save_and_check(window, path)
    # a value typed into the Properties dock
    g.click(window.view, g.centre(window, "T_quote"))
    edit_field(window, "duration", "12")
    assert model.steps["T_quote"].duration == 12
    save_and_check(window, path)
    # a step deleted with its flows, saved, then brought back by undo
    g.click(window.view, g.centre(window, "T_quote"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert "T_quote" not in model.steps
    save_and_check(window, path)
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "T_quote" in model.steps and model.flows_of("T_quote")
    save_and_check(window, path)


def test_each_save_of_a_day_of_edits_writes_what_a_full_save_writes(window, tmp_path, monkeypatch):
    # the record belongs to a kept tree: here the file keeps its tree although it holds
    # nothing but the model (the next test opens such a file as the editor does)
    keep_every_tree(monkeypatch)
    path = tmp_path / "day.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    _save_and_check(window, path)
    # opened again, as File ▸ Open does: a file of ours is recorded as written
    assert window.files.load(path)
    model = window.editor.model
    assert set(model.origin.written.signatures) == set(model.steps) | set(model.flows)
    _a_day_of_edits(window, path, _save_and_check)
    # and the file names each of its flows on both ends again
    doc = read_bpmn_file(path).model.origin
    for flow in model.flows_of("T_quote"):
        outgoing = [ref.text for ref in doc.elements[flow.source] if ref.tag.endswith("outgoing")]
        incoming = [ref.text for ref in doc.elements[flow.target] if ref.tag.endswith("incoming")]
        assert flow.id in outgoing and flow.id in incoming


def _save_without_tree_and_check(window, path) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    model = window.editor.model
    assert model.origin is None  # the save kept no tree either
    assert path.read_bytes() == sealed(write_through_tree(model.copy()))
    reread = read_bpmn_file(path, for_editing=True).model
    assert reread.origin is None
    _assert_reads_back(reread, model)


def test_a_file_that_holds_only_the_model_is_edited_and_saved_without_a_kept_tree(window, tmp_path):
    path = tmp_path / "day.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    _save_without_tree_and_check(window, path)
    # opened again, as File ▸ Open does: every byte of the file comes from the model
    assert window.files.load(path)
    model = window.editor.model
    assert model.origin is None
    _a_day_of_edits(window, path, _save_without_tree_and_check)
    assert read_bpmn_file(path).model.steps["T_quote"].duration == 12
