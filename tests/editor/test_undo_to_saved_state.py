"""Undo or redo back to the saved state marks the document clean and leaves the model equal
to the saved one, without copying the model again: the copy kept when it was saved (or
opened) still stands for it. A save in a new state keeps a new copy."""

from __future__ import annotations

import pytest

from customer_modeler.model import ProcessModel, Rect
from tests.editor.factory import snapshot


@pytest.fixture
def copies(monkeypatch) -> list[ProcessModel]:
    """Every model copy made from here on."""
    made: list[ProcessModel] = []
    copy = ProcessModel.copy

    def counting(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        made.append(self)
        return copy(self, *args, **kwargs)

    monkeypatch.setattr(ProcessModel, "copy", counting)
    return made


def moved(editor, step_id: str, dx: float) -> None:  # noqa: ANN001
    b = editor.model.steps[step_id].bounds
    editor.move_steps({step_id: Rect(b.x + dx, b.y, b.width, b.height)})


def test_undo_back_to_the_opened_state_needs_no_copy(window, copies):
    editor = window.editor
    opened = snapshot(editor.model)
    moved(editor, "T_call", 40)
    moved(editor, "T_quote", 40)
    assert not editor.undo_stack.isClean()
    copies.clear()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.undo_stack.isClean() and not window.isWindowModified()
    assert snapshot(editor.model) == opened
    assert copies == []
    assert snapshot(window.analysis.snapshot) == opened


def test_a_save_keeps_a_copy_and_undo_redo_back_to_it_needs_none(window, copies, tmp_path):
    editor = window.editor
    moved(editor, "T_call", 40)
    copies.clear()
    window.files.write(tmp_path / "saved.bpmn")
    assert editor.model in copies  # the saved state's copy
    saved = snapshot(editor.model)
    assert snapshot(window.analysis.snapshot) == saved
    editor.undo_stack.undo()
    copies.clear()
    editor.undo_stack.redo()
    assert editor.undo_stack.isClean() and snapshot(editor.model) == saved
    assert editor.model not in copies
    assert snapshot(window.analysis.snapshot) == saved


def test_a_save_after_a_different_edit_at_the_same_depth_keeps_a_new_copy(window, tmp_path):
    editor = window.editor
    moved(editor, "T_call", 40)
    window.files.write(tmp_path / "saved.bpmn")
    editor.undo_stack.undo()
    moved(editor, "T_quote", 80)  # the same number of edits, another state
    window.files.write(tmp_path / "saved.bpmn")
    assert editor.undo_stack.isClean()
    assert snapshot(window.analysis.snapshot) == snapshot(editor.model)
    assert window.analysis.snapshot.steps["T_quote"].bounds == editor.model.steps["T_quote"].bounds
