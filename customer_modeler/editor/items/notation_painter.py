"""Editor layer: paint the Qt-free notation primitives with a QPainter.

The primitives are in model coordinates; items translate the painter to their position
first. The colours of ``ink``, ``body`` and ``paper`` are the item's to choose (front
stage, back stage, selected ...).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from customer_modeler.notation.primitives import Primitive

_DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


class Palette(NamedTuple):
    """The colours the notation's paint names stand for."""

    ink: QColor
    body: QColor
    paper: QColor

    def colour(self, name: str) -> QColor | None:
        return {"ink": self.ink, "body": self.body, "paper": self.paper}.get(name)


def primitive_path(primitive: Primitive) -> QPainterPath:
    """The outline of one primitive as a QPainterPath."""
    shape = QPainterPath()
    if primitive.kind == "circle":
        (x, y), r = primitive.points[0], primitive.radius
        shape.addEllipse(QPointF(x, y), r, r)
    elif primitive.kind == "rect" and primitive.box is not None:
        b = primitive.box
        shape.addRoundedRect(QRectF(b.x, b.y, b.width, b.height), primitive.radius, primitive.radius)
    elif primitive.points:
        shape.moveTo(*primitive.points[0])
        for point in primitive.points[1:]:
            shape.lineTo(*point)
        if primitive.closed:
            shape.closeSubpath()
    return shape


def paint_primitives(painter: QPainter, primitives: Iterable[Primitive], palette: Palette,
                     width_factor: float = 1.0) -> None:
    """Fill and stroke each primitive in order (later ones lie on top)."""
    for primitive in primitives:
        fill = palette.colour(primitive.fill)
        stroke = palette.colour(primitive.stroke)
        painter.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        if stroke is None:
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            pen = QPen(stroke, primitive.width * width_factor, _DASHES.get(primitive.dash, Qt.PenStyle.SolidLine))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap if primitive.dash != "solid" else Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
        painter.drawPath(primitive_path(primitive))
