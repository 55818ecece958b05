"""Editor layer: the rubber band selects the steps and flows wholly inside it.

The view asks Qt for the items its band holds (``ContainsItemShape``). Qt finds a step or
a flow by way of its parent (see ``item_groups``), and in that mode looks only inside the
parents the band holds whole: a band over part of a parent's square would select nothing
there. After each move of the band the view adds what lies wholly inside it under the
parents it cuts (:func:`select_inside_band`), decided as Qt decides it, and the scene
announces the selection once.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_CONTAINS = Qt.ItemSelectionMode.ContainsItemShape


def band_area(view: QGraphicsView) -> QPainterPath:
    """The band's area in scene coordinates, as Qt makes it (empty: no band)."""
    area = QPainterPath()
    band = view.rubberBandRect()
    if not band.isNull():
        area.addPolygon(view.mapToScene(band))
        area.closeSubpath()
    return area


def inside(scene: QGraphicsScene, area: QPainterPath) -> list[QGraphicsItem]:
    """The selectable items whose shape lies wholly inside ``area`` (Qt's test for the mode)."""
    return [item for item in scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
            if item.flags() & _SELECTABLE and area.contains(item.sceneBoundingRect())
            and item.collidesWithPath(item.mapFromScene(area), _CONTAINS)]


def select_inside_band(view: QGraphicsView, before: set[QGraphicsItem] | None) -> None:
    """Select what Qt's pass left out inside the band; announce the selection if it
    changed since ``before`` (None: Qt's pass announced its own change)."""
    scene = view.scene()
    area = band_area(view)
    if area.isEmpty():
        return
    missing = [item for item in inside(scene, area) if not item.isSelected()]
    with QSignalBlocker(scene):
        for item in missing:
            item.setSelected(True)
    if missing or (before is not None and set(scene.selectedItems()) != before):
        scene.selectionChanged.emit()
