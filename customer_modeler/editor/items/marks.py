"""Editor layer: small glyphs painted by several items (the eye of the line of visibility,
names written along a pool's or a band's narrow side)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen

from customer_modeler.editor import style


def draw_eye(painter: QPainter, center: QPointF, width: float = 14.0) -> None:
    """An eye: the mark of a step the customer sees (front stage)."""
    half_w, half_h = width / 2, width / 3.2
    path = QPainterPath(QPointF(center.x() - half_w, center.y()))
    path.quadTo(QPointF(center.x(), center.y() - 2 * half_h), QPointF(center.x() + half_w, center.y()))
    path.quadTo(QPointF(center.x(), center.y() + 2 * half_h), QPointF(center.x() - half_w, center.y()))
    painter.save()
    painter.setPen(QPen(style.EYE, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(QBrush(style.EYE))
    painter.setPen(Qt.PenStyle.NoPen)
    radius = half_h * 0.75
    painter.drawEllipse(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius))
    painter.restore()


def draw_rotated_name(painter: QPainter, band: QRectF, name: str, font: QFont) -> None:
    """``name`` written bottom to top, centred in a narrow vertical ``band`` and elided to fit."""
    painter.save()
    painter.translate(band.center())
    painter.rotate(-90)
    painter.setPen(style.INK)
    painter.setFont(font)
    text = QRectF(-band.height() / 2 + 4, -band.width() / 2, band.height() - 8, band.width())
    elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(text.width()))
    painter.drawText(text, int(Qt.AlignmentFlag.AlignCenter), elided)
    painter.restore()
