"""Editor layer: :class:`SceneIndex`, how the scene keeps Qt's index of its items.

Qt's BSP index makes hit tests and repaints of a large scene quick, at a price: it files
each item under the cells its rectangle covers, and every change of an item's geometry
takes the item out of those cells' lists and files it again. Taking an item out of a list
costs the length of the list, so among items piled in one place (Arrange ▸ Align Left of
thousands of steps puts them in one column) an edit grew with the square of its size:
aligning 4,000 steps spent 1.4 s of 7 s in the index alone, 10,000 steps 41 s in all.
Past a share of the scene's items in one edit, the scene goes without an index until the
edit's labels are placed, then files every item once (about 60 ms at 10,000 steps).

Qt files new and moved items, and takes stock of changed ones, a moment later, from the
event loop, asking each item's ``boundingRect``, which is Python. While a worker thread
runs Python (an analysis, a recovery copy), each such call waits for the worker to hand
over Python's lock: at 10,000 steps the analysis highlights of the run before, filed while
the next analysis ran, held the window for half a second to a second. :meth:`SceneIndex.
catch_up` does that work at once, before a worker starts.

The tree halves its rectangle, the scene rect, across and along in turn, so its cells have
the shape of that rectangle. A journey is long and thin: with the scene rect around the
diagram, the cells of a 100,000-step journey were 60,000 units wide and four high, each
step and flow was filed under some twenty of them, and every query near an edit sifted
thousands of entries. :func:`index_rect` makes the scene rect the square on the diagram,
so that the cells are square and the diagram lies in one row of them; views scroll over
the diagram alone (``ProcessScene.shown_rect``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QGraphicsScene

#: Changes in one edit, as a share of the scene's steps and flows, past which the index
#: waits: filing every item again costs about what a tenth of them cost filed one by one.
SHARE = 0.1
#: Fewest changes that let the index wait (a small scene is quick either way).
AT_LEAST = 200

_BSP = QGraphicsScene.ItemIndexMethod.BspTreeIndex
_NONE = QGraphicsScene.ItemIndexMethod.NoIndex
#: A query of the index for nothing in particular: it files what waits first. Far below
#: and to the right, in the square scene rect's corner that the diagram leaves empty
#: (see :func:`index_rect`), so that no item is asked whether it lies there.
_NOWHERE = QRectF(1e9, 1e9, 1, 1)


def index_rect(shown: QRectF) -> QRectF:
    """The scene rect for a scene that shows ``shown``: the square on it, from its top left
    corner. At 100,000 steps peak memory fell from 2,443 to 2,188 MB and a move with its
    repaint from 12 to 10 ms (medians of 11); at 10,000 steps from 310 to 298 MB."""
    side = max(shown.width(), shown.height())
    return QRectF(shown.x(), shown.y(), side, side)


class SceneIndex:
    """The depth chosen for the scene's BSP tree, and the count of the edit under way's
    changes past which the index waits (:meth:`count`) until :meth:`resume`."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        #: The BSP tree's depth (0: Qt's own choice), set again on each index made anew.
        self.depth = 0
        self.changes = 0
        self.paused = False

    def set_depth(self, depth: int) -> None:
        """Keep the tree this deep (see ``ProcessScene._add_the_start``)."""
        self.depth = depth
        if not self.paused:
            self.scene.setBspTreeDepth(depth)

    def count(self, items: int) -> None:
        """One more change of the edit, in a scene of ``items`` steps and flows."""
        self.changes += 1
        if not self.paused and self.changes >= max(AT_LEAST, SHARE * items):
            self.paused = True
            self.scene.setItemIndexMethod(_NONE)

    def catch_up(self) -> None:
        """Let Qt file the items waiting for the index and take stock of changed ones now,
        on this thread, while no worker competes for Python's lock (see the module's
        docstring). Nothing is filed while the index waits for an edit to end."""
        QCoreApplication.sendPostedEvents(self.scene)
        if not self.paused:
            self.scene.items(_NOWHERE)  # a query files what waits, as a paint would

    def resume(self) -> None:
        """The edit has ended and its labels are placed: count afresh, and index every
        item again if the index waited."""
        self.changes = 0
        if self.paused:
            self.paused = False
            self.scene.setItemIndexMethod(_BSP)
            self.scene.setBspTreeDepth(self.depth)
