"""Editor layer: Edit ▸ Copy, Cut, Paste and Duplicate of the selected steps.

The selection goes on the system clipboard twice: as JSON under our own MIME type, so
any window of the editor can paste it, and as a PNG picture of those steps for other
programs. Pasting asks :mod:`~customer_modeler.editor.editing.clipboard` for new steps and
flows and the façade adds them as one undo step; they land under the mouse when it is
over the diagram, otherwise beside the originals.
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from customer_modeler.editor import plural
from customer_modeler.editor import style
from customer_modeler.editor.canvas.item_groups import in_diagram_layer
from customer_modeler.editor.editing import clipboard as clip
from customer_modeler.editor.editing.errors import EditRefused
from customer_modeler.editor.geometry.routing import snap
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Step

#: How far a paste or duplicate lands from the originals, per repeat, in diagram units.
OFFSET = (30.0, 30.0)
#: White space around the picture of copied steps, and its largest side (diagram units).
PICTURE_PADDING = 10.0
MAX_PICTURE_SIDE = 8000.0


class ClipboardHost(Protocol):
    """What the clipboard commands use of the main window."""

    editor: Any
    scene: Any
    view: Any

    def statusBar(self) -> Any: ...


class ClipboardController(QObject):
    """Copy, cut, paste and duplicate for one window."""

    def __init__(self, window: ClipboardHost) -> None:
        super().__init__(window)
        self.window = window
        self._last_text = ""
        self._pastes = 0
        #: Where the mouse is over the diagram's viewport (None: elsewhere).
        self._hover: QPointF | None = None
        window.view.viewport().installEventFilter(self)

    # -- commands -------------------------------------------------------------------------
    def copy(self) -> None:
        """Put the selected steps on the clipboard (a hint when there are none)."""
        payload = self._selection_payload()
        if payload is not None:
            self._put(payload)
            count = clip.step_count(payload)
            self._say(plural.translate("Clipboard", "Copied %n step(s)", None, count))

    def cut(self) -> None:
        payload = self._selection_payload()
        if payload is None:
            return
        self._put(payload)
        ids = [record["id"] for record in payload["steps"]]
        self._try(lambda: self.window.editor.remove(ids, verb="Cut"))

    def _put(self, payload: dict) -> None:
        text = clip.to_json(payload)
        mime = QMimeData()
        mime.setData(clip.MIME_TYPE, QByteArray(text.encode("utf-8")))
        picture = selection_picture(self.window.editor.model, payload)
        if picture is not None:
            mime.setImageData(picture)
            mime.setData("image/png", _png_bytes(picture))
        QGuiApplication.clipboard().setMimeData(mime)
        self._last_text, self._pastes = text, 0

    def paste(self, at: QPointF | None = None) -> list[str]:
        """Paste the clipboard's steps at ``at``, under the mouse, or beside the originals."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(clip.MIME_TYPE):
            self._say(QCoreApplication.translate("Clipboard", "The clipboard holds no steps to paste."))
            return []
        text = bytes(mime.data(clip.MIME_TYPE).data()).decode("utf-8", "replace")
        if text != self._last_text:
            self._last_text, self._pastes = text, 0
        try:
            payload = clip.from_json(text)
        except ValueError as error:
            self._say(str(error))
            return []
        at = at if at is not None else self.mouse_in_diagram()
        repeat = self._pastes + (1 if self._originals_here(payload) else 0)
        self._pastes += 1
        return self._add(payload, at, (OFFSET[0] * repeat, OFFSET[1] * repeat), "Paste")

    def duplicate(self) -> list[str]:
        """Copies of the selected steps beside them (the clipboard is left alone)."""
        payload = self._selection_payload()
        if payload is None:
            return []
        return self._add(payload, None, OFFSET, "Duplicate")

    # -- helpers --------------------------------------------------------------------------
    def mouse_in_diagram(self) -> QPointF | None:
        """The diagram point under the mouse when it is over this window's diagram.

        The viewport's own enter, move and leave events say where the mouse is: a menu
        that opens over the diagram makes it leave, so Edit ▸ Paste pastes beside.
        """
        if self._hover is None:
            return None
        scene_pos = self.window.view.mapToScene(self._hover.toPoint())
        grid = self.window.editor.grid
        return QPointF(snap(scene_pos.x(), grid), snap(scene_pos.y(), grid))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseMove, QEvent.Type.Enter) and hasattr(event, "position"):
            self._hover = QPointF(event.position())
        elif kind == QEvent.Type.Leave:
            self._hover = None
        return False

    def _add(self, payload: dict, at: QPointF | None, offset: tuple[float, float],
             verb: str) -> list[str]:
        editor = self.window.editor
        try:
            pasted = clip.plan_paste(editor.model, payload,
                                     (at.x(), at.y()) if at is not None else None, offset,
                                     header=style.LANE_HEADER_WIDTH)
            ids = editor.paste_elements(pasted.steps, pasted.flows, verb=verb)
        except (EditRefused, ValueError) as error:
            self._say(str(error))
            return []
        self.window.scene.select_ids(ids)
        return ids

    def _selection_payload(self) -> dict | None:
        ids = self.window.scene.selected_editable_step_ids()
        if not ids:
            self._say(QCoreApplication.translate("Clipboard", "Select the steps to copy first."))
            return None
        return clip.copy_payload(self.window.editor.model, ids, self._document())

    def _originals_here(self, payload: dict) -> bool:
        """True when the copied steps still stand in this document (paste beside them)."""
        model = self.window.editor.model
        return payload.get("source") == self._document() and any(
            record["id"] in model.steps for record in payload["steps"])

    def _document(self) -> str:
        return f"{os.getpid()}:{id(self.window.editor.model)}"

    def _try(self, edit) -> None:  # noqa: ANN001
        try:
            edit()
        except EditRefused as refusal:
            self._say(str(refusal))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)


def selection_picture(model: ProcessModel, payload: dict) -> QImage | None:
    """The copied steps and their flows drawn on white, for programs that take pictures.

    They are drawn in copies of their lanes with the lanes hidden, so each step keeps the
    look (front or back stage, solid in the customer lane) it has in ``model``.
    """
    from customer_modeler.editor.canvas.scene import ProcessScene

    picture_model = ProcessModel()
    for record in payload["steps"]:
        lane = model.lanes.get(record.get("lane") or "")
        if lane is not None and lane.id not in picture_model.lanes:
            picture_model.add_lane(replace(lane, pool=None, parent=None, extra={}))
    pasted = clip.plan_paste(picture_model, payload)
    if _too_large(pasted.steps):
        return None  # the steps still travel as data; no scene made for a picture not drawn
    for step in pasted.steps:
        picture_model.add_step(step)
    for flow in pasted.flows:
        picture_model.add_flow(flow)
    scene = ProcessScene(picture_model)
    try:
        shown = [*scene.step_items.values(), *scene.flow_items.values()]
        kept = set(shown)
        for item in scene.items():
            if in_diagram_layer(item) and item not in kept:
                item.hide()
        return _render(scene, shown)
    finally:
        scene.detach()
        scene.deleteLater()


def _too_large(steps: list[Step]) -> bool:
    """The steps' shapes alone span more than a picture may (``_render`` would refuse it)."""
    boxes = [step.bounds for step in steps if step.bounds is not None]
    if not boxes:
        return False
    width = max(b.x + b.width for b in boxes) - min(b.x for b in boxes)
    height = max(b.y + b.height for b in boxes) - min(b.y for b in boxes)
    return max(width, height) > MAX_PICTURE_SIDE


def _render(scene, items: list) -> QImage | None:  # noqa: ANN001
    area = QRectF()
    for item in items:
        area = area.united(item.sceneBoundingRect())
    if area.isEmpty() or max(area.width(), area.height()) > MAX_PICTURE_SIDE:
        return None  # nothing, or too large to draw: the steps still travel as data
    area = area.adjusted(-PICTURE_PADDING, -PICTURE_PADDING, PICTURE_PADDING, PICTURE_PADDING)
    image = QImage(round(area.width()), round(area.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    with style.light_colours():  # a picture for other programs, not for this window
        scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def _png_bytes(image: QImage) -> QByteArray:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return data


def _steps(n: int) -> str:
    return "1 step" if n == 1 else f"{n} steps"
