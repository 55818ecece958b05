"""Editor layer: :class:`ArtifactItem` paints read-only elements of other tools.

Data objects, data stores, text annotations and groups are shown with their labels
and kept as they are on save; the editor does not change them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.model.elements import Artifact


class ArtifactItem(QGraphicsItem):
    """One artifact drawn after its BPMN kind; selectable, never movable."""

    def __init__(self, artifact: Artifact) -> None:
        super().__init__()
        self.artifact_id = artifact.id
        self.kind, self.name = artifact.kind, artifact.name
        bounds = artifact.bounds
        self.rect = QRectF(0, 0, bounds.width, bounds.height) if bounds else QRectF(0, 0, 36, 50)
        if bounds is not None:
            self.setPos(bounds.x, bounds.y)
        #: Where the file's tool wrote the name (item coordinates), or None: below the shape.
        self.label_box: QRectF | None = None
        if bounds is not None and artifact.label_bounds is not None:
            box = artifact.label_bounds
            self.label_box = QRectF(box.x - bounds.x, box.y - bounds.y, box.width, box.height)
        self.setZValue(8 if self.kind != "group" else 4)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def boundingRect(self) -> QRectF:
        rect = self.rect.adjusted(-50, -4, 50, 40)
        return rect.united(self.label_box.adjusted(-20, -2, 20, 2)) if self.label_box is not None else rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.MUTED_INK, 1.2))
        painter.setBrush(QBrush(style.READ_ONLY_FILL))
        painter.setFont(style.label_font(8.5))
        r = self.rect
        inside = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        below = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        if self.kind == "textAnnotation":
            painter.drawLine(r.topLeft(), r.topLeft() + QPointF(12, 0))
            painter.drawLine(r.topLeft(), r.bottomLeft())
            painter.drawLine(r.bottomLeft(), r.bottomLeft() + QPointF(12, 0))
            painter.drawText(r.adjusted(6, 2, -2, -2), int(inside), self.name)
            return
        if self.kind == "group":
            painter.setPen(QPen(style.MUTED_INK, 1.2, Qt.PenStyle.DashDotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r, 8, 8)
            painter.drawText(r.adjusted(6, 4, -6, -4), int(Qt.AlignmentFlag.AlignTop), self.name)
            return
        if self.kind.startswith("dataStore"):
            painter.drawRect(r.adjusted(0, 5, 0, -5))
            painter.drawEllipse(QRectF(r.left(), r.top(), r.width(), 10))
        elif self.kind.startswith("dataObject") or self.kind.startswith("data"):
            fold = min(10.0, r.width() / 3)
            path = QPainterPath(r.topLeft())
            path.lineTo(r.right() - fold, r.top())
            path.lineTo(r.right(), r.top() + fold)
            path.lineTo(r.bottomRight())
            path.lineTo(r.bottomLeft())
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.setPen(QPen(style.MUTED_INK, 1.2, Qt.PenStyle.DashLine))
            painter.drawRect(r)
        painter.setPen(style.MUTED_INK)
        if self.label_box is not None:  # where the file's tool wrote it
            centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.label_box.adjusted(-20, -2, 20, 2), int(centred), self.name)
            return
        painter.drawText(QRectF(r.left() - 45, r.bottom() + 3, r.width() + 90, 36), int(below),
                         self.name)
