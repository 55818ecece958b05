"""Editor layer: small glyphs painted by several items (the eye of the line of visibility)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen

from customer_modeler.editor.style import EYE


def draw_eye(painter: QPainter, center: QPointF, width: float = 14.0) -> None:
    """An eye: the mark of a step the customer sees (front stage)."""
    half_w, half_h = width / 2, width / 3.2
    path = QPainterPath(QPointF(center.x() - half_w, center.y()))
    path.quadTo(QPointF(center.x(), center.y() - 2 * half_h), QPointF(center.x() + half_w, center.y()))
    path.quadTo(QPointF(center.x(), center.y() + 2 * half_h), QPointF(center.x() - half_w, center.y()))
    painter.save()
    painter.setPen(QPen(EYE, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(QBrush(EYE))
    painter.setPen(Qt.PenStyle.NoPen)
    radius = half_h * 0.75
    painter.drawEllipse(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius))
    painter.restore()
