"""Editor layer: in-place label editing (double-click a step, a flow or a lane header).

A line edit is laid over the label on the view; Enter or leaving the field renames
through the façade (one undo step), Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QLineEdit

from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.lane_item import LaneItem
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.tools.base import Controller


class InlineEditor(QLineEdit):
    """A one-line editor over a label; commits once."""

    def __init__(self, controller: Controller, element_id: str, text: str, scene_rect: QRectF) -> None:
        view = controller.view
        super().__init__(text, view.viewport())
        self.controller, self.element_id = controller, element_id
        self.setObjectName("inline-editor")
        self._done = False
        rect = view.mapFromScene(scene_rect).boundingRect()
        height = max(self.sizeHint().height(), 24)
        width = max(rect.width(), 140)
        self.setGeometry(rect.center().x() - width // 2, rect.center().y() - height // 2, width, height)
        self.selectAll()
        self.returnPressed.connect(self.commit)
        self.editingFinished.connect(self.commit)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() == Qt.Key.Key_Escape:
            self._finish()
            return
        super().keyPressEvent(event)

    def commit(self) -> None:
        if self._done:
            return
        text = self.text()
        self._finish()
        if self.controller.editor.model.element(self.element_id) is not None:
            self.controller.editor.rename(self.element_id, text)

    def _finish(self) -> None:
        self._done = True
        self.hide()
        self.deleteLater()
        self.controller.view.setFocus()


def edit_label_at(controller: Controller, pos: QPointF) -> InlineEditor | None:
    """Open an in-place editor for the label under ``pos``, if any."""
    for item in controller.scene.items(pos):
        if isinstance(item, StepItem) and not item.read_only:
            rect = item.node_rect() if item.step_type == "task" else item.label_rect().adjusted(0, 0, 0, -16)
            return InlineEditor(controller, item.step_id, item.name, item.mapRectToScene(rect))
        if isinstance(item, FlowItem):
            flow = controller.editor.model.flows[item.flow_id]
            return InlineEditor(controller, item.flow_id, flow.name,
                                QRectF(pos.x() - 60, pos.y() - 12, 120, 24))
        if isinstance(item, LaneItem):
            head = item.header_scene_rect()
            return InlineEditor(controller, item.lane_id, item.name,
                                QRectF(head.left(), head.top() + 4, head.width(), 28))
    return None
