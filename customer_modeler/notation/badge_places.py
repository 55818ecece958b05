"""Notation layer: where analysis badges go, so that one does not cover another.

A step's or a lane's badge sits at its top-right corner. A flow's badge sits at the
middle of its middle segment, or, when a badge placed before covers that spot, at the
middle of another of its segments (the ones nearest the middle first) where it is
clear; when none is, it stays at the middle. The window (its canvas, and the PNG, PDF
and print pictures) and the SVG writer each place their badges through one
:class:`BadgePlaces`, in :func:`in_placing_order`, measuring the labels in their own font.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from customer_modeler.model.elements import Point, Rect

#: How far right of its segment's middle a flow's badge is anchored (clear of the line).
FLOW_BADGE_SHIFT = 14.0
#: Side of the squares of the index of placed badges (diagram units).
_CELL = 200.0

_Item = TypeVar("_Item")


def in_placing_order(items: Iterable[_Item], is_flow: Callable[[_Item], bool]) -> list[_Item]:
    """``items`` in the order their badges are placed: those of steps and lanes first (they
    stay at their corners), then those of flows, which move along their routes; otherwise
    in their own order."""
    return sorted(items, key=is_flow)


def badge_box(anchor: Point, width: float, height: float) -> Rect:
    """The badge's pill: its top-right corner just inside ``anchor``."""
    return Rect(anchor[0] - width + 6, anchor[1] - height + 4, width, height)


def flow_badge_anchors(points: Sequence[Point]) -> list[Point]:
    """Where a flow's badge may be anchored: the middle of each segment, shifted right,
    the middle segment first, then the others outward from it."""
    if len(points) < 2:
        return list(points[:1])
    middle = (len(points) - 2) // 2
    order = sorted(range(len(points) - 1), key=lambda i: (abs(i - middle), i < middle))
    return [((points[i][0] + points[i + 1][0]) / 2 + FLOW_BADGE_SHIFT,
             (points[i][1] + points[i + 1][1]) / 2) for i in order]


class BadgePlaces:
    """The badges placed so far on one picture, by their element, with a grid index so
    that thousands of them are checked against their neighbours only."""

    def __init__(self) -> None:
        self._boxes: dict[Hashable, Rect] = {}
        #: The keys of the badges in each square (lists: a square holds a few; a large
        #: result places tens of thousands of badges, and a set costs four times a list).
        self._cells: dict[tuple[int, int], list[Hashable]] = {}

    def place(self, key: Hashable, anchors: Sequence[Point], width: float, height: float) -> Rect:
        """Place ``key``'s badge at the first of ``anchors`` where it covers no other badge
        (at the first anchor when it would everywhere) and return its box. Placing a key
        again (its element moved) first takes its old place away."""
        self.remove(key)
        if not anchors:
            return Rect(0, 0, 0, 0)
        boxes = (badge_box(anchor, width, height) for anchor in anchors)
        box = next((b for b in boxes if not self._covers(b)), None) or badge_box(anchors[0], width, height)
        self._boxes[key] = box
        for cell in _cells_of(box):
            self._cells.setdefault(cell, []).append(key)
        return box

    def remove(self, key: Hashable) -> None:
        box = self._boxes.pop(key, None)
        if box is not None:
            for cell in _cells_of(box):
                self._cells[cell].remove(key)

    def _covers(self, box: Rect) -> bool:
        """Whether ``box`` overlaps a badge placed before (touching edges do not count)."""
        boxes = self._boxes
        for cell in _cells_of(box):
            for key in self._cells.get(cell, ()):
                other = boxes[key]
                if (box.x < other.x + other.width and other.x < box.x + box.width
                        and box.y < other.y + other.height and other.y < box.y + box.height):
                    return True
        return False


def _cells_of(box: Rect) -> list[tuple[int, int]]:
    left, top = int(box.x // _CELL), int(box.y // _CELL)
    right, bottom = int((box.x + box.width) // _CELL), int((box.y + box.height) // _CELL)
    return [(column, row) for column in range(left, right + 1) for row in range(top, bottom + 1)]
