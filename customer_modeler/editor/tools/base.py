"""Editor layer: what every gesture tool is, and what it may ask of the controller.

Tools depend on this small contract, not on :class:`GestureController` itself, so the
controller can import the tools it picks from without an import circle.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPointF, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from customer_modeler.editor.items.step_item import StepItem


class Controller(Protocol):
    """What a tool uses of the gesture controller."""

    scene: Any
    view: Any
    editor: Any
    tool: Tool | None
    armed_kind: str | None
    message: SignalInstance

    def arm(self, kind_key: str | None) -> None: ...
    def arm_connect(self, on: bool) -> None: ...
    def drop_kind(self, kind_key: str, pos: QPointF) -> str | None: ...
    def refuse(self, text: str, pos: QPointF | None = None) -> None: ...
    def step_items_selected(self) -> list[StepItem]: ...


class Tool:
    """A gesture in progress: gets moves and the release, then reports it is done."""

    def __init__(self, controller: Controller) -> None:
        self.controller = controller
        self.scene = controller.scene
        self.editor = controller.editor

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """A press while the tool is still active; True when the tool takes it."""
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Follow the mouse (preview only)."""

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool | None:
        """Finish: one call to the façade. True keeps the tool active (a two-click gesture)."""

    def cancel(self) -> None:
        """Abandon the gesture and undo any preview."""


def outline(item: StepItem | None, colour: QColor | None) -> None:
    """Mark a step as the candidate end of a gesture (None clears the mark)."""
    if item is not None:
        item.set_highlight(colour)
