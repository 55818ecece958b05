"""Editor layer: one object for what many items of a large model hold alike.

A value an item keeps costs its Python wrapper as well as its data: a kept QRectF some
250 bytes, a step's notation (its boxes and strokes) some 450, a step's outline as a
QPainterPath some 500. The tasks of a journey are mostly of a few kinds and sizes, so
their notation (in item coordinates), bounding rectangle and outline are the same values
again and again: their items keep one shared object of each. Nothing changes a shared
object in place (Qt copies what an item returns; our code makes new rectangles with
``adjusted`` and ``united``), so sharing does not change what any item draws.

Each table keeps at most :data:`LIMIT` values: past it, a value is kept by its item alone
(a model whose every step differs gains nothing from a table as large as itself).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from customer_modeler.notation import NodeNotation

Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")

#: Most distinct values a table shares.
LIMIT = 4096

_rects: dict[tuple[float, float, float, float], QRectF] = {}
_notations: dict[NodeNotation, NodeNotation] = {}
_outlines: dict[tuple[str, float, float], QPainterPath] = {}


def shared_rect(rect: QRectF) -> QRectF:
    """The one QRectF of ``rect``'s value (``rect`` itself the first time)."""
    return _shared(_rects, (rect.x(), rect.y(), rect.width(), rect.height()), lambda: rect)


def shared_notation(notation: NodeNotation) -> NodeNotation:
    """The one notation of this look, without the element's id (which items do not read)."""
    look = replace(notation, element_id="")
    return _shared(_notations, look, lambda: look)


def shared_outline(shape: str, width: float, height: float) -> QPainterPath:
    """The one outline of a ``shape`` (``ellipse``, ``diamond`` or ``rounded``) this size,
    at the origin."""
    return _shared(_outlines, (shape, width, height), lambda: _outline(shape, width, height))


def _shared(table: dict[Key, Value], key: Key, make: Callable[[], Value]) -> Value:
    """The value ``table`` keeps for ``key``; else ``make()``, kept while the table has room."""
    found = table.get(key)
    if found is None:
        found = make()
        if len(table) < LIMIT:
            table[key] = found
    return found


def _outline(shape: str, width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(0, 0, width, height)
    if shape == "ellipse":
        path.addEllipse(rect)
    elif shape == "diamond":
        c = rect.center()
        path.addPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                   QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())]))
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, 10, 10)
    return path
