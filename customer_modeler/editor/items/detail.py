"""Editor layer: how much of an item to paint at the scale it is painted at.

Zoomed far out (zoom to fit of a long journey, the minimap's picture) a name is a few
pixels high and a task's icon a dot, yet painting them costs as much as at 100 % and the
cost grows with the model. Items ask here: a name smaller than :data:`TEXT_PIXELS` on
screen is left out, and below :data:`OUTLINE_ONLY` a shape is painted as its outline only.
At a readable zoom nothing changes. A scene with ``full_detail`` set (the exports' scenes:
a PDF is read zoomed in) is painted in full at any scale.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

#: Smallest height on screen, in pixels, at which a name is still written.
TEXT_PIXELS = 5.0
#: Below this scale a shape is its outline only: no symbols, marks or markers.
OUTLINE_ONLY = 0.25
#: Pixels per point of the diagram's font at 100 % (96 dots per inch).
PIXELS_PER_POINT = 96.0 / 72.0


def scale_of(item: QGraphicsItem, painter: QPainter) -> float:
    """The scale ``item`` is painted at (1.0 at 100 %); infinite when its scene wants full detail."""
    scene = item.scene()
    if scene is not None and getattr(scene, "full_detail", False):
        return math.inf
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


def text_readable(point_size: float, scale: float) -> bool:
    """A name in ``point_size`` points is tall enough to read at ``scale``."""
    return point_size * PIXELS_PER_POINT * scale >= TEXT_PIXELS
