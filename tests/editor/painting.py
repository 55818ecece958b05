"""Test helper: an item painted by itself onto white, to compare or read its pixels."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem


def painted_alone(item: QGraphicsItem, width: int, height: int, margin: int) -> QImage:
    """``item`` painted into a white ``width`` × ``height`` image, its origin ``margin``
    pixels in from the top left corner."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(margin, margin)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image
