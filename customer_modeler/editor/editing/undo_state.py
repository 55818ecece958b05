"""Editor layer: which state of the document an undo stack stands at, without copying the model.

A document's state is fixed by the commands applied since it was opened: the stack's index
and the command just below it (commands are never pushed twice, and pushing below the top
deletes every command above). Two equal marks mean the same model, so a copy of the model
kept for one mark (the saved state, say) still holds when undo or redo come back to it.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack


def undo_state(stack: QUndoStack) -> tuple[int, QUndoCommand | None]:
    """The stack's index and the command just applied (None at the bottom)."""
    index = stack.index()
    return index, stack.command(index - 1) if index > 0 else None


def same_state(a: tuple[int, QUndoCommand | None], b: tuple[int, QUndoCommand | None]) -> bool:
    """``a`` and ``b`` mark the same state of the document."""
    return a[0] == b[0] and a[1] is b[1]
