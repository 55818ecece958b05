"""Editor layer: :class:`ItemGroups` holds the steps' and flows' items under invisible
parent items, one per square of the diagram and stacking level.

After any item changes, Qt looks for changed items among the scene's top-level items,
one by one: with 220,000 of them (a 100,000-step journey) that search took 13 ms of every
gesture, more than our own work. Under a few thousand parents it looks only inside the
parents that hold a changed item. The parents draw nothing; each is as large as its
children together (see ``items.group_bounds``) and tells Qt so
(``ItemContainsChildrenInShape``): Qt's index files the parents only, and a repaint or a
hit test looks at the children of the parents there. Filed one by one, a journey's flows
each went under some 45 cells of the index (its cells are thin rows across a long
journey), most of the index's memory: 9 MB at 10,000 steps, 200 MB at 100,000. A
child's stacking counts only among its siblings, so each parent takes its children's
stacking value (flows under steps, as before; an item's value is set when it is made and
does not change).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from customer_modeler.editor.items.group_bounds import hold

#: The side of a square of the diagram whose items share a parent, in scene units
#: (about 15 steps of a journey drawn left to right at the usual spacing).
SQUARE = 2500.0


class ItemGroups:
    """The parents of one scene's steps and flows, by square and stacking value."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._parents: dict[tuple[int, int, float], QGraphicsRectItem] = {}

    def clear(self) -> None:
        """Forget the parents (the scene was cleared, which deleted them)."""
        self._parents.clear()

    def add(self, item: QGraphicsItem, x: float, y: float) -> None:
        """Put ``item`` into the scene under the parent of its square (``x``, ``y``: where it lies)."""
        column, row = _cell(x), _cell(y)
        key = (column, row, item.zValue())
        parent = self._parents.get(key)
        if parent is None:
            # No size until it holds a child: a rectangle at the square's corner.
            parent = self._parents[key] = QGraphicsRectItem(column * SQUARE, row * SQUARE, 0, 0)
            parent.setPen(Qt.PenStyle.NoPen)  # and no brush: it paints nothing
            # Not marked ItemHasNoContents: Qt's paint skips the children of a parent out
            # of view only when the parent has contents (else a pan asked three times as
            # many items for their rectangles).
            parent.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)
            parent.setZValue(item.zValue())
            self._scene.addItem(parent)
        hold(parent, item.sceneBoundingRect())  # the parent sits at the origin: same coordinates
        item.setParentItem(parent)


def is_group(item: QGraphicsItem) -> bool:
    """Whether ``item`` is one of the parents (the only items of the scene said to hold
    their children)."""
    return bool(item.flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)


def in_diagram_layer(item: QGraphicsItem) -> bool:
    """An item drawn for itself at the scene's level: a top-level item, or a step or flow
    under one of :class:`ItemGroups`' parents (not a name or a mark inside another item)."""
    parent = item.parentItem()
    return (parent is None and not is_group(item)) or (parent is not None and is_group(parent))


def _cell(coordinate: float) -> int:
    if not math.isfinite(coordinate):
        return 0
    return math.floor(coordinate / SQUARE)
