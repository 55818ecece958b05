"""Editor layer: analysis highlights drawn over the diagram, never in the model.

:class:`HighlightLayer` gives each highlighted element one :class:`MarkItem`: a halo
in the severity's colour (error red, warning amber, info blue) around a step, along a
flow or around a lane header, with the badges as a small label: on one line when they
fit (``F · W · ★``), else one badge a line. A mark is a child of
the element's item, so it moves with a dragged step and goes with a deleted one; it
has an empty shape, so clicks, hover and rubber bands pass through to the diagram, and
nothing it does reaches the model or the undo stack. Removed steps of a change
analysis are drawn as dashed ghosts where they were.

Badges keep clear of one another where they can: the steps' and lanes' badges are
placed first, each flow's then at the first spot along its route that no badge covers
(:mod:`~customer_modeler.notation.badge_places`, as the SVG export places them).

Staleness, by design: highlights stay after an edit and follow their elements (the
layer re-reads the geometry of the elements an edit concerns, nothing else), but the
first edit after a run fades them all (:meth:`HighlightLayer.set_stale`) and the
results dock says the result is stale until the analysis runs again. Clear Highlights,
a new run and another document remove them.

Drawing, in slices: a large model's result holds tens of thousands of marks, and adding
them all at once froze the window for most of a second. The layer adds them a few
milliseconds' worth at a time from a zero-timeout timer, so the window keeps painting and
answering between slices; :attr:`HighlightLayer.pending` says marks are still to come.
Taking them away is sliced too: Clear Highlights or another analysis's result hides the
old marks at once and deletes them a slice at a time (19,000 marks removed at once held
the window a quarter of a second at 10,000 steps). A new result reuses the former mark of
an element it marks again. The same analysis run again (Run Again after an edit) leaves
the former marks shown while it renews them slice by slice, since it mostly marks what
it marked, and hides only those it no longer marks once it is drawn: hiding every mark
at once costs Qt about what removing them did.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.analysis_texts import GHOST_BADGE
from customer_modeler.editor.analysis_ui.jobs import Ghost, Mark
from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.group_bounds import keep_in_group
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.notation.badge_places import BadgePlaces, flow_badge_anchors, in_placing_order
from customer_modeler.notation.diagram_view import BADGE_WIDTH, badge_lines

SEVERITY_COLOURS = {"error": QColor("#d32f2f"), "warning": QColor("#f08c00"),
                    "info": QColor("#2f6fde")}
#: Opacity of the highlights once the model changed after the run.
STALE_OPACITY = 0.35
HALO = 7.0
#: How long one slice of drawing may keep the event loop (seconds).
SLICE_SECONDS = 0.012
_font: QFont | None = None
_metrics: QFontMetricsF | None = None
_badge_sizes: dict[tuple[str, ...], tuple[str, float, float]] = {}


def badge_font() -> tuple[QFont, QFontMetricsF]:
    """The badge font and its metrics (made once; Qt fonts need the application)."""
    global _font, _metrics
    if _font is None:
        _font = style.label_font(8.5, bold=True)
        _metrics = QFontMetricsF(_font)
    return _font, _metrics


class MarkItem(QGraphicsItem):
    """The halo and badge of one element; ``sync`` re-reads the element item's geometry."""

    # Fields in slots: a result marks every step and flow of a large model (19,000 marks
    # at 10,000 steps), and a dictionary of each one's own cost most of a kilobyte.
    __slots__ = ("element", "severity", "badges", "kinds", "ghost", "colour", "places", "_ring",
                 "_badge_text", "_badge_rect", "_bounds")

    def __init__(self, mark: Mark, target: QGraphicsItem | None, ghost: Ghost | None,
                 places: BadgePlaces) -> None:
        super().__init__()
        self.element = mark.element
        #: The badges placed on this picture, which this one keeps clear of.
        self.places = places
        self._take(mark)
        self.ghost = ghost
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._ring: QPainterPath | None = None
        self._badge_text = ""
        self._bounds = self._measure(target)
        if ghost is not None:
            self.setZValue(9)
        else:
            self.setParentItem(target)  # last: the scene indexes the item once
            keep_in_group(self)  # found through the parent of its element (see group_bounds)

    @property
    def badge(self) -> str:
        """The badges joined, as the mark gives them ("F · W")."""
        return " · ".join(self.badges)

    def _take(self, mark: Mark) -> None:
        self.severity = mark.severity
        self.badges = tuple(mark.badges)
        self.kinds = tuple(mark.kinds)
        self.colour = SEVERITY_COLOURS.get(mark.severity, SEVERITY_COLOURS["info"])

    def renew(self, mark: Mark, places: BadgePlaces) -> None:
        """Show ``mark``, a new result's for the same element, and place its badge anew."""
        self.places = places
        self._take(mark)
        self.sync()

    def sync(self) -> None:
        """Re-read the element item's geometry (it moved, or its route changed). Qt files
        the mark again only if its rectangle changed: a result run again mostly marks the
        same places (filing 19,000 renewed marks again took 0.22 s at 10,000 steps)."""
        bounds = self._measure(self.parentItem())
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
            keep_in_group(self)
        self.update()

    def _measure(self, target: QGraphicsItem | None) -> QRectF:
        """Where the halo and the badge go; returns the mark's rectangle, which the caller
        keeps. Only rectangles: the halo's path is made when first painted, so thousands of
        highlights cost little until they are on screen."""
        self._ring = None
        if self.ghost is not None:
            b = self.ghost.bounds
            area = QRectF(b.x, b.y, b.width, b.height)
            anchors = [area.topRight().toTuple()]
        elif isinstance(target, StepItem):
            node = target.node_rect()
            area, anchors = node.adjusted(-HALO, -HALO, HALO, HALO), [node.topRight().toTuple()]
        elif isinstance(target, FlowItem):
            area, anchors = target.boundingRect(), flow_badge_anchors([p.toTuple() for p in target.points])
        elif target is not None and hasattr(target, "header_rect"):
            area = target.header_rect()
            anchors = [area.topRight().toTuple()]
        else:
            area, anchors = QRectF(), [(0.0, 0.0)]
        # placed in scene coordinates (a mark is drawn in its element's, which sits at its position)
        origin = target.scenePos() if target is not None and self.ghost is None else QPointF()
        self._place_badge([(x + origin.x(), y + origin.y()) for x, y in anchors], origin)
        return area.adjusted(-2, -2, 2, 2).united(self._badge_rect)

    def ring(self) -> QPainterPath:
        """The halo: a band around the step's outline or along the flow, a lane's header."""
        if self._ring is None:
            target = self.parentItem()
            self._ring = QPainterPath()
            if self.ghost is not None:
                b = self.ghost.bounds
                self._ring.addRoundedRect(QRectF(b.x, b.y, b.width, b.height), 10, 10)
            elif isinstance(target, StepItem):
                self._ring = _stroke(target.shape(), HALO)
            elif isinstance(target, FlowItem):
                self._ring = _stroke(target.path(), HALO + 2)
            elif target is not None and hasattr(target, "header_rect"):
                self._ring.addRect(target.header_rect().adjusted(2, 2, -2, -2))
        return self._ring

    def _place_badge(self, anchors: list[tuple[float, float]], origin: QPointF) -> None:
        """Place the badge at the first of ``anchors`` (scene coordinates) where it covers no
        other badge; ``origin`` is where this mark's coordinates start in the scene."""
        key = (self.element, self.ghost is not None)
        if not self.badge:
            self.places.remove(key)
            self._badge_rect, self._badge_text = QRectF(), ""
            return
        self._badge_text, width, height = _badge_size(self.badges)
        box = self.places.place(key, anchors, width, height)
        self._badge_rect = QRectF(box.x - origin.x(), box.y - origin.y(), box.width, box.height)

    # -- painting -------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks go to the diagram underneath

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.ghost is not None:
            painter.setPen(QPen(self.colour, 1.6, Qt.PenStyle.DashLine))
            fill = QColor(self.colour)
            fill.setAlpha(25)
            painter.setBrush(QBrush(fill))
            painter.drawPath(self.ring())
        elif isinstance(self.parentItem(), (StepItem, FlowItem)):
            halo = QColor(self.colour)
            halo.setAlpha(120 if isinstance(self.parentItem(), FlowItem) else 150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(halo))
            painter.drawPath(self.ring())
        else:
            painter.setPen(QPen(self.colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.ring())
        if self._badge_text:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        font, metrics = badge_font()
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QBrush(self.colour))
        radius = min(self._badge_rect.height(), metrics.lineSpacing() + 3) / 2  # a pill, also of lines
        painter.drawRoundedRect(self._badge_rect, radius, radius)
        painter.setFont(font)
        painter.drawText(self._badge_rect, int(Qt.AlignmentFlag.AlignCenter), self._badge_text)


def _badge_size(badges: tuple[str, ...]) -> tuple[str, float, float]:
    """The label's text as shown (its lines elided) and its pill's size; the same badges
    repeat. The badges go on one line when it fits, else one a line."""
    found = _badge_sizes.get(badges)
    if found is None:
        _, metrics = badge_font()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, BADGE_WIDTH)
                 for line in badge_lines(badges, metrics.horizontalAdvance)]
        width = max(metrics.horizontalAdvance(line) for line in lines) + 10
        found = _badge_sizes[badges] = ("\n".join(lines), width, metrics.lineSpacing() * len(lines) + 3)
    return found


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(path)


class HighlightLayer:
    """The highlights of one result on one scene.

    Parameters
    ----------
    scene : ProcessScene
        The scene of the document; its id → item maps place the marks.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: dict[str, MarkItem] = {}
        self.ghosts: list[MarkItem] = []
        self.stale = False
        #: Where the badges went: flows' badges keep clear of those placed before them.
        self.places = BadgePlaces()
        self._todo: Iterator[Mark] | None = None
        self._done: Callable[[], None] | None = None
        #: The analysis whose result is shown (``show``'s ``kind``).
        self.kind: str | None = None
        #: The marks of the result before that the one being drawn has not renewed yet, by
        #: element: hidden, or still shown while the same analysis is drawn again.
        self._former: dict[str, MarkItem] = {}
        #: Hidden marks no result reuses, deleted a slice at a time.
        self._dropping: list[MarkItem] = []
        self._timer = QTimer(scene)  # goes with the scene: no slice runs on a dropped one
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._add_slice)
        self._drop_timer = QTimer(scene)
        self._drop_timer.setInterval(0)
        self._drop_timer.timeout.connect(self._drop_slice)

    @property
    def pending(self) -> bool:
        """True while marks of the last :meth:`show` are still to be added."""
        return self._todo is not None

    def show(self, marks: Iterable[Mark], ghosts: Iterable[Ghost] = (),
             done: Callable[[], None] | None = None, kind: str | None = None) -> None:
        """Replace the highlights by ``marks`` (one per element) and ``ghosts``.

        The ghosts come at once; the marks follow in slices from the event loop, and
        ``done`` is called once the last one is on the scene. ``kind`` names the analysis:
        a result of the kind shown now renews the marks in place, another hides them at
        once (see the module's docstring).
        """
        self._set_aside(hide=kind is None or kind != self.kind)
        self.kind = kind
        for ghost in ghosts:
            words = QCoreApplication.translate("Badge", GHOST_BADGE)
            mark = Mark(ghost.element, "error", [words.format(name=ghost.name or ghost.element)])
            item = MarkItem(mark, None, ghost, self.places)
            self.scene.addItem(item)
            self.ghosts.append(item)
        flows = getattr(self.scene, "flow_items", {})
        ordered = in_placing_order(marks, lambda mark: mark.element in flows)
        self._todo, self._done = iter(ordered), done
        self._add_slice()  # the first slice now: a small result is drawn at once
        if self._todo is not None:
            self._timer.start()

    def cancel(self) -> None:
        """Stop adding marks (the ones already drawn stay); ``done`` is not called."""
        self._todo = self._done = None
        if shiboken6.isValid(self._timer):
            self._timer.stop()

    def _add_slice(self) -> None:
        if self._todo is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        was_enabled = gc.isenabled()
        gc.disable()  # thousands of wrappers, no cycles: heap rescans would triple the time
        try:
            for mark in self._todo:
                target = self.scene.item_of(mark.element)
                if target is not None and target.isVisible():
                    self.items[mark.element] = self._mark_on(target, mark)
                if time.perf_counter() > deadline:
                    return
        finally:
            if was_enabled:
                gc.enable()
        done = self._done
        self.cancel()
        self._drop_former()  # those the result did not renew
        if done is not None:
            done()

    def _mark_on(self, target: QGraphicsItem, mark: Mark) -> MarkItem:
        """The element's mark of the result before, renewed, else a new one."""
        item = self._former.pop(mark.element, None)
        if item is not None and shiboken6.isValid(item) and item.parentItem() is target:
            item.renew(mark, self.places)
            item.setOpacity(STALE_OPACITY if self.stale else 1.0)
            item.show()
            return item
        if item is not None and shiboken6.isValid(item):  # on an item the scene replaced
            item.hide()
            self._dropping.append(item)
        item = MarkItem(mark, target, None, self.places)
        if self.stale:
            item.setOpacity(STALE_OPACITY)
        return item

    def _drop_former(self) -> None:
        """Hide the former marks no result renewed and delete them a slice at a time."""
        for item in self._former.values():
            if shiboken6.isValid(item):
                item.hide()
                self._dropping.append(item)
        self._former = {}
        if self._dropping:
            self._drop_timer.start()

    def _drop_slice(self) -> None:
        """Delete hidden marks for a few milliseconds (an item deleted with its step is
        already gone)."""
        deadline = time.perf_counter() + SLICE_SECONDS
        dropping = self._dropping
        while dropping and time.perf_counter() <= deadline:
            item = dropping.pop()
            if shiboken6.isValid(item):
                shiboken6.delete(item)
        if not dropping:
            self._drop_timer.stop()

    def clear(self) -> None:
        """Take every highlight away at once, and those still to come (the elements' items
        stay): the marks are hidden now and deleted a slice at a time."""
        self._set_aside(hide=True)
        self._drop_former()
        self.kind = None

    def _set_aside(self, hide: bool) -> None:
        """Stop adding marks, and keep those shown for the next result to renew (see the
        module's docstring): hidden, or still shown. The ghosts go."""
        self.cancel()
        if self._former:  # set aside for a result replaced before it was drawn
            for element, item in self.items.items():
                older = self._former.pop(element, None)
                if older is not None and shiboken6.isValid(older):
                    older.hide()
                    self._dropping.append(older)
                self._former[element] = item
        else:
            self._former = self.items
        self.items = {}
        if hide:
            for item in self._former.values():
                if shiboken6.isValid(item):  # a mark goes with its deleted step
                    item.hide()
        for item in self.ghosts:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.hide()
                self._dropping.append(item)
        self.ghosts.clear()
        self.places = BadgePlaces()
        self.stale = False

    def set_stale(self, stale: bool) -> None:
        """Fade the highlights (the model changed since the run) or show them fully."""
        if stale == self.stale:
            return
        self.stale = stale
        for item in self.live_items():
            item.setOpacity(STALE_OPACITY if stale else 1.0)

    def live_items(self) -> list[MarkItem]:
        """The mark items still on the scene (a deleted step takes its mark along)."""
        alive = [i for i in [*self.items.values(), *self.ghosts] if shiboken6.isValid(i)]
        return [i for i in alive if i.scene() is not None]

    def item_of(self, element_id: str) -> MarkItem | None:
        item = self.items.get(element_id)
        return item if item is not None and shiboken6.isValid(item) and item.scene() else None

    def element_changed(self, element_ids: list[str]) -> None:
        """Re-read the geometry of the marks of ``element_ids`` (after an edit)."""
        for element_id in element_ids:
            item = self.items.get(element_id)
            if item is None:
                continue
            if shiboken6.isValid(item) and item.scene() is not None:
                item.sync()
            else:
                del self.items[element_id]

    def element_removed(self, element_id: str) -> None:
        """Forget the mark of a removed element (its item took the mark along)."""
        self.items.pop(element_id, None)
        self.places.remove((element_id, False))
