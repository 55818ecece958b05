"""Editor layer: the minimap dock — the whole diagram small, with the part on screen framed.

It is a second, read-only view of the canvas's scene, fitted to the diagram. The frame
follows every scroll and zoom of the canvas; pressing or dragging in the minimap
centres the canvas on that point, so a long journey is crossed in one move.

A journey much longer than high would be a line a few pixels high if fitted whole. Where
the fitted diagram would be less than :data:`STRIP_BELOW` pixels high, the minimap shows
a strip of it instead: its lanes as high as the minimap allows, and as wide
as :data:`STRIP_SPAN` times the canvas's view, centred on that view and following it; a
bar along the bottom edge marks where the strip lies in the whole journey. While a drag in
the minimap steers the canvas the strip stays put, and follows once the button is released.
A strip's picture reaches a minimap's width beyond each side, so following the canvas
mostly moves the picture; it is drawn again when the strip leaves it. A zoom of the canvas
changes a strip's scale (its width follows the canvas's view) after LOCAL_REDRAW_DELAY, so
the zoom's own frame is the canvas's alone.

The diagram is not painted item by item on every paint: that cost grows with the model
(a whole 10,000-step journey for each scroll). The minimap keeps a picture of the diagram
at its own scale; a scroll or zoom of the canvas only paints the picture and the frame, an
edit redraws just the parts of the picture the scene reports changed, and a new fit (a
resize, a grown diagram) draws it afresh; a newly opened document's picture is drawn a
moment after its canvas has been painted. Where a step would be smaller than a pixel (a
journey of a thousand steps and more), the picture is the pools and lanes only. Changes
are drawn once things are quiet for a moment, not in the frame of the gesture that made
them, so the canvas answers first: a small area after LOCAL_REDRAW_DELAY, a wide one (a
guide line along a whole lane; Qt reports the whole scene changed whenever an item is
removed) after WIDE_REDRAW_DELAY, since on a long journey such an area holds thousands of
steps.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style

FRAME = QColor(25, 118, 210)
MARGIN = 20.0
#: More changed areas than this at once are redrawn as the one rectangle around them.
MANY_CHANGES = 16
#: A changed area wider or taller than this (scene units) is drawn after a quiet time of
#: WIDE_REDRAW_DELAY milliseconds; smaller ones after LOCAL_REDRAW_DELAY.
LOCAL_AREA = 4000.0
WIDE_REDRAW_DELAY = 300
LOCAL_REDRAW_DELAY = 80
#: A task's width in diagram units: drawn smaller than a pixel, steps and flows are left out.
STEP_WIDTH = 100.0
#: Fitted whole, a diagram less high than this many pixels (its lanes a few pixels each)
#: is shown as a strip that follows the canvas.
STRIP_BELOW = 24.0
#: A strip is at least this many times as wide as the canvas's view (the frame in it, half).
STRIP_SPAN = 2.0
#: Height in pixels of the bar that marks where a strip lies in the whole diagram.
POSITION_BAR = 4


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
        canvas.zoom_changed.connect(self._canvas_zoomed)
        #: Whether the minimap shows a strip of a long diagram, following the canvas.
        self.strip = False
        #: Whether a drag in the minimap steers the canvas (a strip then stays put).
        self._steering = False
        #: The diagram as the minimap shows it; None: to be drawn whole at the next paint.
        self._picture: QPixmap | None = None
        #: Scene to picture pixels, as the picture was drawn (a strip's reaches beyond the view).
        self._picture_transform = QTransform()
        #: Scene areas changed since the picture was drawn.
        self._changed: list[QRectF] = []
        #: Wide changed areas, drawn when the scene has been quiet for a moment.
        self._wide: list[QRectF] = []
        self._wide_later = self._later(WIDE_REDRAW_DELAY, self._draw_wide)
        #: Small changed areas, drawn a moment after the gesture's frame.
        self._local: list[QRectF] = []
        self._local_later = self._later(LOCAL_REDRAW_DELAY, self._draw_local)
        #: A zoom of the canvas rescales a strip when this fires, after the zoom's frame.
        self._zoom_later = self._later(LOCAL_REDRAW_DELAY, self.fit)
        #: A newly shown scene's picture waits for this, so the canvas is painted first.
        self._first_later = self._later(LOCAL_REDRAW_DELAY, self.viewport().update)

    def _later(self, milliseconds: int, action: Callable[[], object]) -> QTimer:
        """A single-shot timer that runs ``action`` ``milliseconds`` after its (re)start."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(action)
        return timer

    def follow_scene(self) -> None:
        """Show the canvas's (new) scene and fit it."""
        scene = self.canvas.scene()
        if self.scene() is scene:
            return
        old = self.scene()
        if old is not None and shiboken6.isValid(old):
            old.changed.disconnect(self._scene_changed)
        self.setScene(scene)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())
        scene.changed.connect(self._scene_changed)
        self.draw_afresh()
        self.fit()
        self._first_later.start()  # then draw the picture

    def fit(self) -> None:
        scene = self.scene()
        if scene is None or not shiboken6.isValid(scene):
            return
        rect = scene.diagram_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if rect.isEmpty():
            return
        transform = self.transform()
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        size = self.viewport().size()
        whole = min(size.width() / rect.width(), size.height() / rect.height())
        self.strip = whole * rect.height() < STRIP_BELOW
        if self.strip:
            span = STRIP_SPAN * max(self.visible_area().width(), 1.0)
            scale = max(whole, min(size.height() / rect.height(), size.width() / span))
            self.setTransform(QTransform.fromScale(scale, scale))
            self._follow_canvas()
        else:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform() != transform or self._picture is None:
            self.draw_afresh()

    def _follow_canvas(self) -> None:
        """Centre a strip on the canvas's view (the picture moves along, see :meth:`picture`)."""
        if self._steering:
            return
        self.centerOn(self.visible_area().center().x(), self.sceneRect().center().y())

    # -- the picture ----------------------------------------------------------------------
    def draw_afresh(self) -> None:
        """Draw the whole picture again at the next paint (a new scale or a new scene)."""
        self._wide_later.stop()
        self._wide.clear()
        self._local_later.stop()
        self._local.clear()
        self._picture = None
        self.viewport().update()

    def _scene_changed(self, areas: list[QRectF]) -> None:
        if self._picture is None:
            return
        for area in areas:
            if area.width() > LOCAL_AREA or area.height() > LOCAL_AREA:
                self._wide.append(area)
                self._wide_later.start()  # (re)started: once the gesture pauses
            else:
                self._local.append(area)
                self._local_later.start()
        self._wide, self._local = _few(self._wide), _few(self._local)

    def _draw_wide(self) -> None:
        wide, self._wide = self._wide, []
        if any(area.contains(self.sceneRect()) for area in wide):
            self.draw_afresh()
            return
        self._changed.extend(wide)
        self.viewport().update()

    def _draw_local(self) -> None:
        self._changed.extend(self._local)
        self._local = []
        self.viewport().update()

    def picture(self) -> QPixmap:
        """The diagram at the minimap's scale, brought up to date with the scene's changes;
        :meth:`picture_offset` is where it goes in the viewport."""
        view = self.viewport().size()
        beyond = view.width() if self.strip else 0
        size = QSize(view.width() + 2 * beyond, view.height())
        if (self._picture is None or self._picture.deviceIndependentSize().toSize() != size
                or not self._picture_holds_view(size)):
            ratio = self.viewport().devicePixelRatioF()
            self._picture = QPixmap(size * ratio)
            self._picture.setDevicePixelRatio(ratio)
            self._picture_transform = self.viewportTransform() * QTransform.fromTranslate(beyond, 0)
            self._changed.clear()
            self._draw(QRect(QPoint(0, 0), size))
        elif self._changed:
            areas, self._changed = _few(self._changed), []
            for area in areas:
                target = self._picture_transform.mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2)
                self._draw(target & QRect(QPoint(0, 0), size))
        return self._picture

    def picture_offset(self) -> QPoint:
        """Where the picture's top left corner is in the viewport (left of it in a strip)."""
        origin = self._picture_transform.inverted()[0].map(QPointF(0, 0))
        return self.viewportTransform().map(origin).toPoint()

    def _picture_holds_view(self, size: QSize) -> bool:
        """Whether the picture, drawn at this scale, still covers all of the viewport."""
        if self._picture_transform.m11() != self.viewportTransform().m11():
            return False
        offset = self.picture_offset()
        return QRect(offset, size).contains(self.viewport().rect())

    def _draw(self, target: QRect) -> None:
        """Paint the scene's part under ``target`` (picture pixels) into the picture."""
        if target.isEmpty():
            return
        painter = QPainter(self._picture)
        painter.setClipRect(target)
        painter.fillRect(target, style.PAPER)
        painter.setRenderHints(self.renderHints())
        source = self._picture_transform.inverted()[0].mapRect(QRectF(target))
        if self.transform().m11() * STEP_WIDTH < 1.0:
            self._draw_bands(painter, source)
        else:
            self.scene().render(painter, QRectF(target), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()

    def _draw_bands(self, painter: QPainter, source: QRectF) -> None:
        """Only the pools and lanes of ``source``: on a journey so long that a step is less
        than a pixel here, each of its thousands of steps and flows would be painted to
        leave no mark."""
        scene = self.scene()
        bands = [item for item in (*getattr(scene, "pool_items", {}).values(), *scene.band_items())
                 if item.isVisible() and item.sceneBoundingRect().intersects(source)]
        option = QStyleOptionGraphicsItem()
        for item in sorted(bands, key=lambda band: band.zValue()):
            painter.save()
            painter.setTransform(item.sceneTransform() * self._picture_transform)
            item.paint(painter, option, None)
            painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture, then the frame; the scene's items are not painted one by one."""
        scene = self.scene()
        painter = QPainter(self.viewport())
        if scene is None or not shiboken6.isValid(scene):
            painter.fillRect(event.rect(), style.PAPER)
            return
        if self._first_later.isActive():  # a document just opened: its canvas comes first
            painter.fillRect(event.rect(), style.PAPER)
            return
        picture = self.picture()
        painter.drawPixmap(self.picture_offset(), picture)
        painter.setTransform(self.viewportTransform())
        self.drawForeground(painter, self.mapToScene(event.rect()).boundingRect())
        painter.end()

    def visible_area(self) -> QRectF:
        """The part of the diagram the canvas shows, in scene coordinates."""
        return self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()

    def _canvas_moved(self, *_args) -> None:  # noqa: ANN002
        if self.strip and not self._zoom_later.isActive():  # else the rescaled strip follows
            self._follow_canvas()
        self.viewport().update()

    def _canvas_zoomed(self, *_args) -> None:  # noqa: ANN002
        if self.strip:  # its width follows the canvas's view, once the zoom is on screen
            self._zoom_later.start()
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        area = self.visible_area()
        fill = QColor(FRAME)
        fill.setAlpha(28)
        painter.fillRect(area, fill)
        painter.setPen(QPen(FRAME, 2 / max(self.transform().m11(), 1e-6)))
        painter.drawRect(area)
        if self.strip:
            self._draw_position(painter)

    def _draw_position(self, painter: QPainter) -> None:
        """Along the bottom edge, the whole diagram's width, with the strip's part marked."""
        whole = self.sceneRect()
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        width, bottom = self.viewport().width(), self.viewport().height()
        start = (shown.left() - whole.left()) / whole.width() * width
        length = max(shown.width() / whole.width() * width, 3.0)
        painter.save()
        painter.resetTransform()
        bar = QColor(FRAME)
        bar.setAlpha(40)
        painter.fillRect(QRectF(0, bottom - POSITION_BAR, width, POSITION_BAR), bar)
        painter.fillRect(QRectF(start, bottom - POSITION_BAR, length, POSITION_BAR), FRAME)
        painter.restore()

    # -- steering the canvas ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._steering = True
            self._centre_canvas(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre_canvas(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._steering = False
        if self.strip:
            self._follow_canvas()
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


def _few(areas: list[QRectF]) -> list[QRectF]:
    """``areas``, or the one rectangle around them all once they are more than
    :data:`MANY_CHANGES`. Applied as the areas come: a large scene made while idle reports
    hundreds of thousands before the minimap's timers fire, and uniting them all at the
    next paint took most of a second at 100,000 steps."""
    if len(areas) <= MANY_CHANGES:
        return areas
    whole = QRectF()
    for area in areas:
        whole = whole.united(area)
    return [whole]
