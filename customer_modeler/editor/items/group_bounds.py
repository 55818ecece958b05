"""Editor layer: a step's or flow's item (and what belongs to it) keeps inside its parent.

The scene puts steps and flows under invisible parents (see ``canvas.item_groups``) that
tell Qt their children lie inside them (``ItemContainsChildrenInShape``): Qt's index then
files only the parents, and finds a child by way of its parent. So a parent's rectangle
must hold every child's, and grows when a child is made, moved or reshaped outside it.

A parent is no larger than its children need: a repaint or a hit test looks at every
child of each parent its area meets (parents 400 units larger on each side made a pan
ask three times as many items for their rectangles). Only while a drag takes a child out
of its parent does the parent grow :data:`DRAG_SLACK` further, so that it grows (and has
its children repainted) every few hundred units of the drag rather than at every move.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

#: How much further than needed a parent grows on each side while a drag takes a child
#: out of it (scene units).
DRAG_SLACK = 300.0
_CONTAINS = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape


def keep_in_group(item: QGraphicsItem, slack: float = 0.0) -> None:
    """Grow the parent that holds ``item`` (or an item it belongs to, as an analysis mark
    belongs to its step) to hold ``item`` and its own children; nothing for an item of
    no group."""
    group = item.topLevelItem()
    if group is not item and group.flags() & _CONTAINS and isinstance(group, QGraphicsRectItem):
        rect, marks = item.sceneBoundingRect(), item.childrenBoundingRect()
        hold(group, rect if marks.isNull() else rect.united(item.mapRectToScene(marks)), slack)


def hold(parent: QGraphicsRectItem, rect: QRectF, slack: float = 0.0) -> None:
    """Grow ``parent`` to hold ``rect`` and ``slack`` more around it (scene coordinates:
    the parent sits at the origin)."""
    held = parent.rect()
    if not held.contains(rect):
        grown = rect.adjusted(-slack, -slack, slack, slack)
        parent.setRect(grown if held.isEmpty() else held.united(grown))
