"""Editor layer: the minimap dock — the whole diagram small, with the part on screen framed.

It is a second, read-only view of the canvas's scene, fitted to the diagram. The frame
follows every scroll and zoom of the canvas; pressing or dragging in the minimap
centres the canvas on that point, so a long journey is crossed in one move.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QWidget

from customer_modeler.editor import style

FRAME = QColor(25, 118, 210)
MARGIN = 20.0


class MinimapView(QGraphicsView):
    """The small view; ``canvas`` is the main diagram view it steers."""

    def __init__(self, canvas: QGraphicsView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setObjectName("minimap-view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setInteractive(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(QCoreApplication.translate("Minimap", "Click or drag to move the diagram's view"))
        for bar in (canvas.horizontalScrollBar(), canvas.verticalScrollBar()):
            bar.valueChanged.connect(self._canvas_moved)
        canvas.zoom_changed.connect(self._canvas_moved)

    def follow_scene(self) -> None:
        """Show the canvas's (new) scene and fit it."""
        scene = self.canvas.scene()
        if self.scene() is scene:
            return
        self.setScene(scene)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())
        self.fit()

    def fit(self) -> None:
        scene = self.scene()
        if scene is None or not shiboken6.isValid(scene):
            return
        rect = scene.diagram_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if not rect.isEmpty():
            self.setSceneRect(rect)
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def visible_area(self) -> QRectF:
        """The part of the diagram the canvas shows, in scene coordinates."""
        return self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()

    def _canvas_moved(self, *_args) -> None:  # noqa: ANN002
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, style.PAPER)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        area = self.visible_area()
        fill = QColor(FRAME)
        fill.setAlpha(28)
        painter.fillRect(area, fill)
        painter.setPen(QPen(FRAME, 2 / max(self.transform().m11(), 1e-6)))
        painter.drawRect(area)

    # -- steering the canvas ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._centre_canvas(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre_canvas(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def _centre_canvas(self, pos: QPointF) -> None:
        self.canvas.centerOn(self.mapToScene(pos.toPoint()))


class MinimapDock(QDockWidget):
    """View ▸ Minimap: the dock around :class:`MinimapView`."""

    def __init__(self, canvas: QGraphicsView, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Minimap", "Minimap"), parent)
        self.setObjectName("minimap-dock")
        self.map = MinimapView(canvas, self)
        self.map.setMinimumSize(160, 90)
        self.setWidget(self.map)
        self.toggleViewAction().setText(QCoreApplication.translate("Minimap", "&Minimap"))
        self.toggleViewAction().setStatusTip(QCoreApplication.translate(
            "Minimap", "The whole diagram, with the part on screen framed"))

    def follow_scene(self) -> None:
        self.map.follow_scene()
