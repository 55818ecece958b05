"""Editor layer: snapping a dragged step to other steps' edges and centres, with guides.

While a step is dragged its left edge, centre and right edge (and top, middle and
bottom) are compared with those of the steps that stay; when one lies within a few
screen pixels the step jumps onto it and a dashed guide line shows what it lines up
with, as draw.io and bpmn-js do. :class:`SnapLines` is the arithmetic (no Qt, built
once per drag and searched by bisection, so a move stays cheap on large diagrams);
:class:`GuideOverlay` draws the guides on the scene and removes them at the end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from customer_modeler.model.elements import Rect

#: How close (in screen pixels) an edge or centre must come to snap.
SNAP_PIXELS = 6.0
#: How far a guide reaches beyond the steps it joins, in diagram units.
GUIDE_OVERHANG = 16.0
GUIDE_COLOUR = QColor("#e0338a")
#: Lines closer than this count as the same line.
SAME_LINE = 0.5


@dataclass(frozen=True, slots=True)
class Guide:
    """A line to draw: vertical at x = ``at`` (else horizontal at y = ``at``) from ``start`` to ``end``."""

    vertical: bool
    at: float
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Snap:
    """The correction that puts a dragged rectangle on the nearest lines, and their guides."""

    dx: float | None
    dy: float | None
    guides: tuple[Guide, ...]


def _lines(rect: Rect, vertical: bool) -> tuple[float, float, float]:
    """Left, centre, right (vertical lines) or top, middle, bottom of ``rect``."""
    if vertical:
        return rect.x, rect.x + rect.width / 2, rect.x + rect.width
    return rect.y, rect.y + rect.height / 2, rect.y + rect.height


class SnapLines:
    """The edges and centres of the steps that stay put, sorted for nearest-line search.

    Each distinct line keeps only how far the steps on it reach along it, so the guide of
    a line a whole lane of steps shares is found without visiting them.

    Parameters
    ----------
    others
        The bounds of every step a dragged step may line up with.
    """

    def __init__(self, others: list[Rect]) -> None:
        self._axes: dict[bool, tuple[list[float], list[tuple[float, float]]]] = {}
        for vertical in (True, False):
            reach: dict[float, tuple[float, float]] = {}
            for rect in others:
                start, end = _span(rect, vertical)
                for value in _lines(rect, vertical):
                    known = reach.get(value)
                    reach[value] = (start, end) if known is None else (
                        min(known[0], start), max(known[1], end))
            values = sorted(reach)
            self._axes[vertical] = (values, [reach[v] for v in values])

    def snap(self, rect: Rect, tolerance: float) -> Snap:
        """Where ``rect`` should go: the shift on each axis (None: nothing near) and guides."""
        dx = self._nearest(rect, True, tolerance)
        dy = self._nearest(rect, False, tolerance)
        placed = rect.moved(dx or 0.0, dy or 0.0)
        guides: list[Guide] = []
        if dx is not None:
            guides += self._guides(placed, True)
        if dy is not None:
            guides += self._guides(placed, False)
        return Snap(dx, dy, tuple(guides))

    def _nearest(self, rect: Rect, vertical: bool, tolerance: float) -> float | None:
        values, _ = self._axes[vertical]
        best: float | None = None
        for line in _lines(rect, vertical):
            i = bisect_left(values, line)
            for j in (i - 1, i):
                if 0 <= j < len(values):
                    shift = values[j] - line
                    if abs(shift) <= tolerance and (best is None or abs(shift) < abs(best)):
                        best = shift
        return best

    def _guides(self, rect: Rect, vertical: bool) -> list[Guide]:
        """One guide per line of ``rect`` that other steps share, spanning them all."""
        values, reach = self._axes[vertical]
        guides = []
        for line in _lines(rect, vertical):
            lo, hi = bisect_left(values, line - SAME_LINE), bisect_right(values, line + SAME_LINE)
            if lo == hi:
                continue
            spans = [_span(rect, vertical), *reach[lo:hi]]
            start = min(s for s, _ in spans) - GUIDE_OVERHANG
            end = max(e for _, e in spans) + GUIDE_OVERHANG
            guides.append(Guide(vertical, line, start, end))
        return guides


def _span(rect: Rect, vertical: bool) -> tuple[float, float]:
    """The extent of ``rect`` along a guide: its top to bottom for a vertical guide."""
    return (rect.y, rect.y + rect.height) if vertical else (rect.x, rect.x + rect.width)


class GuideOverlay:
    """The guide lines on the scene during one drag (none once cleared)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[QGraphicsLineItem] = []

    def show(self, guides: tuple[Guide, ...]) -> None:
        """Show ``guides``, moving the lines already there; lines not needed are hidden
        until :meth:`clear` (removing an item makes Qt repaint the whole scene)."""
        for item in self.items[len(guides):]:
            item.setVisible(False)
        pen = QPen(GUIDE_COLOUR, 1.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for i, guide in enumerate(guides):
            if guide.vertical:
                line = QLineF(guide.at, guide.start, guide.at, guide.end)
            else:
                line = QLineF(guide.start, guide.at, guide.end, guide.at)
            if i < len(self.items):
                if self.items[i].line() != line:
                    self.items[i].setLine(line)
                self.items[i].setVisible(True)
                continue
            item = QGraphicsLineItem(line)
            item.setPen(pen)
            item.setZValue(2000)
            item.setData(0, "snap-guide")
            self.scene.addItem(item)
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items = []
