"""BPMN layer: the one error a refused file raises.

The message is a single sentence a person understands: what is wrong and where
(line, column when known). No traceback reaches the user.
"""

from __future__ import annotations


class BpmnReadError(Exception):
    """The file cannot be opened: unsafe, not XML, not BPMN 2.0, too large or unreadable."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return self.message
