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


class BpmnSaveError(OSError):
    """A file could not be saved; nothing was changed. The message is one plain sentence.

    It is an :class:`OSError` (``errno`` set when the system gave one) so that callers
    that handle failed writes in general handle it too; ``strerror`` is the message.
    """

    def __init__(self, message: str, error_number: int | None = None) -> None:
        super().__init__(error_number, message)
        self.message = message

    def __str__(self) -> str:
        return self.message
