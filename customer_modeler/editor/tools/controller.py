"""Editor layer: gestures on the diagram, as tool objects driven by one controller.

:class:`GestureController` filters the scene's mouse events. A press picks the tool
for what lies under the cursor (a bend handle, a connection handle, a lane's bottom
edge, a pool's edge, a step, a lane header), or the armed one (a palette kind, the connect tool);
the tool then gets the moves and the release, and at the end calls the
:class:`DiagramEditor` façade once, so a drag is one undo step.
Tools preview on the items while dragging (items follow the mouse, flows of moved
steps are re-routed on screen) and only the command changes the model.

The tool modules are imported at the first gesture, not with the window: the window
is built before its first paint and needs none of them to show the diagram.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from customer_modeler.editor import style
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.tools.base import Tool
from customer_modeler.model.lanes import lane_at


class GestureController(QObject):
    """Turns presses, drags and double-clicks on the scene into façade calls.

    Parameters
    ----------
    scene, view, editor
        The scene to watch, the view showing it (for in-place editors), the façade.
    """

    #: A sentence for the status bar (refusals, hints).
    message = Signal(str)
    #: The palette kind armed for click-to-place changed (None: disarmed).
    kind_armed = Signal(object)
    #: The connect tool was switched on or off.
    connect_armed = Signal(bool)

    def __init__(self, scene, view, editor, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.scene, self.view, self.editor = scene, view, editor
        self.tool: Tool | None = None
        self.armed_kind: str | None = None
        self.connecting = False
        self._drop_lane: str | None = None
        scene.installEventFilter(self)
        view.kind_dropped.connect(self.drop_kind)
        view.kind_hovered.connect(self.hover_kind)

    # -- palette ----------------------------------------------------------------------
    def arm(self, kind_key: str | None) -> None:
        """Click-palette-then-click: the next click in a lane creates ``kind_key``."""
        if kind_key is not None and self.connecting:
            self.arm_connect(False)
        self.armed_kind = kind_key
        viewport = self.view.viewport()
        if kind_key is None:
            viewport.unsetCursor()
        else:
            viewport.setCursor(Qt.CursorShape.CrossCursor)
            self.message.emit(QCoreApplication.translate("Tools", "Click in a lane to place the step (Esc cancels)."))
        self.kind_armed.emit(kind_key)

    def arm_connect(self, on: bool) -> None:
        """The connect tool: click a step, then the step the flow goes to.

        With one step selected the flow starts there, so the next click finishes it.
        """
        if on == self.connecting:
            return
        if self.tool is not None:
            self.tool.cancel()
            self.tool = None
        if on and self.armed_kind is not None:
            self.arm(None)
        self.connecting = on
        viewport = self.view.viewport()
        if on:
            from customer_modeler.editor.tools.flow_tools import ConnectTool

            viewport.setCursor(Qt.CursorShape.CrossCursor)
            selected = [i for i in self.step_items_selected() if ConnectTool.can_start(i)]
            if len(selected) == 1 and not self.scene.pending_selection:
                self.tool = ConnectTool(self, selected[0], sticky=True)
                self.message.emit(QCoreApplication.translate("Tools", "Click the step the flow goes to (Esc cancels)."))
            else:
                self.message.emit(QCoreApplication.translate(
                    "Tools", "Click the step the flow starts at, then the step it goes to."))
        else:
            viewport.unsetCursor()
        self.connect_armed.emit(on)

    def drop_kind(self, kind_key: str, pos: QPointF) -> str | None:
        """Create a step of ``kind_key`` in the lane under ``pos``; return its id."""
        self.hover_kind(None)
        lane = lane_at(self.editor.model, pos.x(), pos.y())
        if lane is None:
            self.message.emit(QCoreApplication.translate("Tools", "Drop the step into a lane."))
            return None
        step_id = self.editor.add_step(kind_key, lane.id, (pos.x(), pos.y()))
        self.scene.select_ids([step_id])
        return step_id

    def hover_kind(self, pos: QPointF | None) -> None:
        """Highlight the lane a dragged palette kind would land in."""
        lane = lane_at(self.editor.model, pos.x(), pos.y()) if pos is not None else None
        lane_id = lane.id if lane is not None else None
        if lane_id == self._drop_lane:
            return
        for old_or_new, on in ((self._drop_lane, False), (lane_id, True)):
            item = self.scene.lane_items.get(old_or_new or "")
            if item is not None:
                item.set_drop_target(on)
        self._drop_lane = lane_id

    # -- event dispatch -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.GraphicsSceneMousePress:
            return self._press(event)
        if kind == QEvent.Type.GraphicsSceneMouseMove and self.tool is not None:
            self.tool.mouse_move(event)
            event.accept()
            return True
        if kind == QEvent.Type.GraphicsSceneMouseRelease and self.tool is not None:
            tool, self.tool = self.tool, None
            if tool.mouse_release(event) and self.tool is None:
                self.tool = tool
            event.accept()
            return True
        if kind == QEvent.Type.GraphicsSceneMouseDoubleClick:
            return self._double_click(event)
        return super().eventFilter(watched, event)

    def _press(self, event: QGraphicsSceneMouseEvent) -> bool:
        left = event.button() == Qt.MouseButton.LeftButton
        if self.tool is not None:
            if left and self.tool.mouse_press(event):
                event.accept()
                return True
            self.tool.cancel()
            self.tool = None
        if not left:
            return False
        self.tool = self._pick_tool(event)
        if self.tool is None:
            return False
        event.accept()
        return True

    def _pick_tool(self, event: QGraphicsSceneMouseEvent) -> Tool | None:
        from customer_modeler.editor.tools.flow_tools import BendPointTool, ConnectTool
        from customer_modeler.editor.tools.lane_tools import LaneReorderTool, LaneResizeTool, PoolResizeTool
        from customer_modeler.editor.tools.step_tools import CreateStepTool, MoveStepsTool

        if self.armed_kind is not None:
            return CreateStepTool(self, event)
        if self.connecting:
            return ConnectTool.start_anywhere(self, event)
        for maker in (BendPointTool.start, ConnectTool.start, MoveStepsTool.start,
                      LaneResizeTool.start, PoolResizeTool.start, LaneReorderTool.start):
            tool = maker(self, event)
            if tool is not None:
                return tool
        return None

    def _double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        from customer_modeler.editor.tools.inline_edit import edit_label_at

        if self.tool is not None:
            self.tool.cancel()
            self.tool = None
        if edit_label_at(self, event.scenePos()):
            event.accept()
            return True
        return False

    def cancel(self) -> None:
        """Esc: abandon the gesture in progress, disarm the palette and the connect tool."""
        if self.tool is not None:
            self.tool.cancel()
            self.tool = None
        self.arm(None)
        self.arm_connect(False)

    # -- feedback ---------------------------------------------------------------------
    def refuse(self, text: str, pos: QPointF | None = None) -> None:
        """Tell the user why an edit was not made: status bar, and a note at ``pos``."""
        self.message.emit(text)
        if pos is None:
            return
        note = QGraphicsSimpleTextItem(text)
        note.setBrush(style.REFUSE)
        note.setFont(style.label_font(9, bold=True))
        note.setPos(pos + QPointF(12, -24))
        note.setZValue(1000)
        self.scene.addItem(note)
        # Tied to the scene: a window closed within the 2.5 s takes the timer with it.
        QTimer.singleShot(2500, self.scene, lambda: _drop_note(note))

    def step_items_selected(self) -> list[StepItem]:
        return [item for item in self.scene.selectedItems() if isinstance(item, StepItem)]


def _drop_note(note: QGraphicsSimpleTextItem) -> None:
    """Take a refusal note off its scene, unless it went with the scene already."""
    if shiboken6.isValid(note) and note.scene() is not None:
        note.scene().removeItem(note)
