"""Editor layer: :class:`DiagramView`, the zoomable, pannable view of the scene.

Ctrl+wheel zooms around the cursor; zoom in/out/100 %/fit are methods for the View
menu; space-drag and middle-drag pan. Palette drags and .bpmn file drops arrive here
and leave as signals; the view never edits anything itself. The grid is painted in
the view's background, so it is never part of an exported image.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPen, QRegion, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from customer_modeler.editor import style
from customer_modeler.editor.step_kinds import MIME_TYPE
from customer_modeler.editor.canvas.rubber_band import select_inside_band
from customer_modeler.editor.canvas.sticky_headers import paint_sticky_headers, pinned_bands

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
ZOOM_STEP = 1.2
#: The grid steps snap to, in diagram units (Preferences may change it).
GRID_PITCH = 10.0
#: Dots closer than this on screen are thinned out (every second, third ... grid line).
MIN_DOT_GAP = 12.0


class DiagramView(QGraphicsView):
    """The diagram in the centre of the window."""

    #: The zoom factor changed (1.0 = 100 %).
    zoom_changed = Signal(float)
    #: A palette kind was dropped: (kind key, scene position).
    kind_dropped = Signal(str, QPointF)
    #: A palette kind is dragged over a scene position (None when the drag leaves).
    kind_hovered = Signal(object)
    #: Files were dropped on the view.
    files_dropped = Signal(list)

    def __init__(self, scene, parent=None) -> None:  # noqa: ANN001
        super().__init__(scene, parent)
        self._follow_shown_area(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.show_grid = True
        #: The grid spacing in diagram units (Preferences ▸ grid spacing).
        self.grid_pitch = GRID_PITCH
        self._space_down = False
        self._pan_from: QPointF | None = None
        #: The lane names pinned to the left edge at the last paint (their headers are cut).
        self.pinned_names: list[str] = []

    # -- the area scrolled over ------------------------------------------------------------
    def setScene(self, scene) -> None:  # noqa: ANN001, N802 - Qt's name
        super().setScene(scene)
        self._follow_shown_area(scene)

    def _follow_shown_area(self, scene) -> None:  # noqa: ANN001
        """Scroll over the diagram the scene shows, not its scene rect, which is square for
        Qt's index (``ProcessScene.shown_rect``)."""
        if hasattr(scene, "shown_rect"):
            scene.sceneRectChanged.connect(self._show_scene_area)
            self._show_scene_area()

    def _show_scene_area(self) -> None:
        scene = self.scene()
        if hasattr(scene, "shown_rect"):
            self.setSceneRect(scene.shown_rect())

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (clamped), keeping the scene point under ``anchor`` in place.

        ``anchor`` is a viewport position (the cursor of a wheel event); None keeps the
        centre of the view in place.
        """
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransform(QTransform.fromScale(factor, factor))
        shift = QPointF(self.mapFromScene(fixed)) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(shift.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(shift.y()))
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_to_fit(self) -> None:
        """Show the whole diagram."""
        rect = self.scene().diagram_rect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self.set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- pan ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        scene = self.scene()
        if self.rubberBandRect().isNull() or scene is None:
            super().mouseMoveEvent(event)
            if scene is not None and not self.rubberBandRect().isNull():  # the band starts
                select_inside_band(self, None)
            return
        before = set(scene.selectedItems())
        with QSignalBlocker(scene):  # one announcement of the band's selection, below
            super().mouseMoveEvent(event)
        select_inside_band(self, before)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- drops ----------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_TYPE) or _bpmn_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_TYPE):
            self.kind_hovered.emit(self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        elif _bpmn_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.kind_hovered.emit(None)
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: ANN001
        mime = event.mimeData()
        self.kind_hovered.emit(None)
        if mime.hasFormat(MIME_TYPE):
            key = bytes(mime.data(MIME_TYPE).data()).decode("utf-8")
            event.acceptProposedAction()
            self.kind_dropped.emit(key, self.mapToScene(event.position().toPoint()))
        elif paths := _bpmn_paths(mime):
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    # -- overlays -------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.pinned_names = paint_sticky_headers(self, painter)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx and (self.pinned_names or pinned_bands(self)):
            # The pinned lane names do not scroll: repaint instead of moving pixels.
            self.viewport().update()

    # -- grid -----------------------------------------------------------------------------
    def drawn_pitch(self) -> float:
        """The distance between the dots drawn: the grid spacing, or a multiple of it when
        the dots would lie closer than :data:`MIN_DOT_GAP` pixels at this zoom."""
        pitch = max(2.0, self.grid_pitch)
        return pitch * max(1, math.ceil(MIN_DOT_GAP / (pitch * self.zoom()) - 1e-9))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The paper and its dots, only where no lane paints over them: lanes are opaque and
        fill most of a diagram's view, and the paper and dots under them were a tenth of a
        repaint. Each part is clipped to whole pixels, so the parts meet without a seam and
        the picture is the one painting the paper everywhere gives. Each row of dots is one
        dashed line (a dash as long as the pen is wide is a square dot), so a repaint asks
        Qt for a few dozen lines, not for thousands of points made one by one."""
        dots = self.show_grid and self.zoom() >= 0.5
        to_device = painter.transform()
        to_scene = to_device.inverted()[0]
        for part in self.paper_parts(rect, to_device):
            painter.save()
            painter.setTransform(QTransform())
            painter.setClipRect(part, Qt.ClipOperation.IntersectClip)
            painter.fillRect(part, style.PAPER)
            if dots:
                painter.setTransform(to_device)
                self._draw_dots(painter, to_scene.mapRect(QRectF(part)))
            painter.restore()

    def paper_parts(self, rect: QRectF, to_device: QTransform) -> list[QRect]:
        """The parts of ``rect`` (scene coordinates) that no lane covers, in whole device
        pixels; a lane that is hidden or see-through covers nothing."""
        region = QRegion(to_device.mapRect(rect).toAlignedRect())
        for lane in getattr(self.scene(), "lane_items", {}).values():
            if lane.isVisible() and lane.effectiveOpacity() >= 1.0:
                # Inside its border (the bounding rectangle is a unit larger all round), and a
                # pixel more: the lane's own edge may be a blend of it and what lies under it.
                inner = to_device.mapRect(lane.sceneBoundingRect().adjusted(2, 2, -2, -2))
                if inner.width() > 4 and inner.height() > 4:
                    region -= QRegion(QRect(QPoint(math.ceil(inner.left()) + 1, math.ceil(inner.top()) + 1),
                                            QPoint(math.floor(inner.right()) - 2,
                                                   math.floor(inner.bottom()) - 2)))
        return list(region)

    def _draw_dots(self, painter: QPainter, rect: QRectF) -> None:
        width = 1.5 / self.zoom()
        pitch = self.drawn_pitch()
        pen = QPen(style.GRID_DOT, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setDashPattern([1.0, pitch / width - 1.0])
        painter.setPen(pen)
        left = int(rect.left() // pitch) * pitch - width / 2
        right = rect.right() + width
        y = int(rect.top() // pitch) * pitch
        while y < rect.bottom():
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            y += pitch


def _bpmn_paths(mime) -> list[str]:  # noqa: ANN001
    """Local .bpmn files in a drop."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".bpmn", ".xml"))]
