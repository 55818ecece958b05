"""Editor layer: :class:`AssociationItem` paints an association or a data association.

A read-only connection of another tool's file (a text annotation's dotted line, a data
object's line to the task that reads it): dotted, with the open arrowheads of the
Qt-free notation (:func:`customer_modeler.notation.describe_connection`), along the
file's waypoints. Selectable, never edited; the file keeps it as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.items.notation_painter import Palette, paint_primitives, primitive_path
from customer_modeler.model.elements import Artifact
from customer_modeler.notation import FlowNotation, describe_connection


class AssociationItem(QGraphicsItem):
    """One association; its points are in scene coordinates (the item sits at the origin)."""

    def __init__(self, artifact: Artifact) -> None:
        super().__init__()
        self.artifact_id = artifact.id
        self.kind = artifact.kind
        self.setZValue(6)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.notation: FlowNotation = describe_connection(artifact, artifact.waypoints)
        self.points = [QPointF(*p) for p in artifact.waypoints]
        line = primitive_path(self.notation.line)
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        self._shape = stroker.createStroke(line)
        self._bounds = line.boundingRect().adjusted(-12, -12, 12, 12)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = style.SELECTION if self.isSelected() else style.MUTED_INK
        palette = Palette(colour, style.PAPER, style.PAPER)
        paint_primitives(painter, (self.notation.line, *self.notation.arrow), palette)
