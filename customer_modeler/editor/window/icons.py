"""Editor layer: the toolbar's icons, drawn with QPainter (no image files to ship).

Each icon is a few strokes in the diagram's ink on a transparent 32 px square, so it
stays crisp at any scale and matches the shapes on the canvas; it takes the colours of
the theme in force when it is drawn (the window draws its icons again when the palette changes). :func:`action_icon`
returns the icon of an action key, or a null icon for keys without one; :func:`redraw_action_icons`
draws a window's icons again, Insert's step kinds included.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from customer_modeler.editor import style
from customer_modeler.editor.panels.palette import kind_icon
from customer_modeler.editor.step_kinds import STEP_KINDS

SIZE = 32
#: Action keys of Insert's step kinds start so; the rest is the kind's key.
INSERT_PREFIX = "insert_"
INK = style.INK
ACCENT = style.SELECTION
CUSTOMER = style.LANE_COLOURS["customer"][2]


def _take_theme_colours() -> None:
    """Draw the next icons in the colours of the theme in force."""
    global INK, ACCENT, CUSTOMER
    INK, ACCENT, CUSTOMER = style.INK, style.SELECTION, style.LANE_COLOURS["customer"][2]


def _pen(colour: QColor | None = None, width: float = 2.2) -> QPen:
    pen = QPen(colour if colour is not None else INK, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _arrow_head(p: QPainter, tip: QPointF, angle: float, size: float = 6.0) -> None:
    left = tip - QPointF(math.cos(angle - 0.5) * size, math.sin(angle - 0.5) * size)
    right = tip - QPointF(math.cos(angle + 0.5) * size, math.sin(angle + 0.5) * size)
    p.setBrush(QBrush(p.pen().color()))
    p.drawPolygon(QPolygonF([tip, left, right]))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _page(p: QPainter) -> None:
    path = QPainterPath(QPointF(8, 4))
    for x, y in ((19, 4), (25, 10), (25, 28), (8, 28)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.setBrush(QBrush(style.VISIBLE_FILL))
    p.drawPath(path)
    p.drawPolyline(QPolygonF([QPointF(19, 4), QPointF(19, 10), QPointF(25, 10)]))
    p.setPen(_pen(ACCENT, 2.4))
    p.drawLine(QPointF(12, 19), QPointF(21, 19))
    p.drawLine(QPointF(16.5, 14.5), QPointF(16.5, 23.5))


def _folder(p: QPainter) -> None:
    p.setBrush(QBrush(style.LANE_COLOURS["customer"][1]))
    path = QPainterPath(QPointF(4, 9))
    for x, y in ((12, 9), (14, 12), (27, 12), (27, 26), (4, 26)):
        path.lineTo(x, y)
    path.closeSubpath()
    p.drawPath(path)
    p.setBrush(QBrush(style.LANE_COLOURS["customer"][0]))
    p.drawPolygon(QPolygonF([QPointF(7, 16), QPointF(30, 16), QPointF(27, 26), QPointF(4, 26)]))


def _disk(p: QPainter) -> None:
    p.setBrush(QBrush(style.LANE_COLOURS["department"][1]))
    p.drawRoundedRect(QRectF(5, 5, 22, 22), 2.5, 2.5)
    p.setBrush(QBrush(style.VISIBLE_FILL))
    p.drawRect(QRectF(10, 5, 12, 8))
    p.drawRect(QRectF(9, 17, 14, 10))
    p.fillRect(QRectF(18, 7, 2.5, 4), INK)


def _turn(p: QPainter, forward: bool) -> None:
    path = QPainterPath()
    if forward:
        path.moveTo(8, 24)
        path.cubicTo(6, 12, 16, 7, 24, 12)
        tip, angle = QPointF(25, 13), math.radians(40)
    else:
        path.moveTo(24, 24)
        path.cubicTo(26, 12, 16, 7, 8, 12)
        tip, angle = QPointF(7, 13), math.radians(140)
    p.drawPath(path)
    _arrow_head(p, tip, angle, 7)


def _bin(p: QPainter) -> None:
    p.drawLine(QPointF(7, 9), QPointF(25, 9))
    p.drawLine(QPointF(13, 9), QPointF(13, 6))
    p.drawLine(QPointF(13, 6), QPointF(19, 6))
    p.drawLine(QPointF(19, 6), QPointF(19, 9))
    p.drawPolygon(QPolygonF([QPointF(9, 9), QPointF(23, 9), QPointF(21.5, 27), QPointF(10.5, 27)]))
    p.setPen(_pen(style.REFUSE, 1.8))
    p.drawLine(QPointF(14, 13), QPointF(14.5, 23))
    p.drawLine(QPointF(18, 13), QPointF(17.5, 23))


def _lens(p: QPainter, sign: str) -> None:
    p.drawEllipse(QRectF(5, 5, 16, 16))
    p.setPen(_pen(INK, 3.2))
    p.drawLine(QPointF(19, 19), QPointF(27, 27))
    p.setPen(_pen(ACCENT, 2.2))
    p.drawLine(QPointF(9, 13), QPointF(17, 13))
    if sign == "+":
        p.drawLine(QPointF(13, 9), QPointF(13, 17))


def _fit(p: QPainter) -> None:
    for x, y, dx, dy in ((5, 5, 1, 1), (27, 5, -1, 1), (5, 27, 1, -1), (27, 27, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy))
    p.setPen(_pen(ACCENT, 1.8))
    p.drawRoundedRect(QRectF(11, 12, 10, 8), 2, 2)


def _lanes(p: QPainter, plus: bool = True) -> None:
    p.setPen(_pen(INK, 1.6))
    p.setBrush(QBrush(style.LANE_COLOURS["customer"][1]))
    p.drawRect(QRectF(3, 5, 26, 8))
    p.setBrush(QBrush(style.LANE_COLOURS["department"][1]))
    p.drawRect(QRectF(3, 13, 26, 8))
    if plus:
        p.setBrush(QBrush(style.VISIBLE_FILL))
        p.setPen(QPen(INK, 1.6, Qt.PenStyle.DashLine))
        p.drawRect(QRectF(3, 21, 26, 7))
        p.setPen(_pen(ACCENT, 2.4))
        p.drawLine(QPointF(16, 22), QPointF(16, 30))
        p.drawLine(QPointF(12, 26), QPointF(20, 26))


def _connect(p: QPainter) -> None:
    p.setPen(_pen(INK, 1.8))
    p.setBrush(QBrush(style.VISIBLE_FILL))
    p.drawRoundedRect(QRectF(2, 4, 11, 9), 2, 2)
    p.drawRoundedRect(QRectF(19, 19, 11, 9), 2, 2)
    p.setPen(_pen(ACCENT, 2.2))
    p.drawPolyline(QPolygonF([QPointF(13, 8.5), QPointF(24.5, 8.5), QPointF(24.5, 16)]))
    _arrow_head(p, QPointF(24.5, 19), math.radians(90), 6)


def _company(p: QPainter) -> None:
    p.setPen(_pen(INK, 1.6))
    p.setBrush(QBrush(style.LANE_COLOURS["customer"][1]))
    p.drawRect(QRectF(3, 4, 26, 9))
    p.setPen(QPen(CUSTOMER, 2.4))
    p.drawLine(QPointF(3, 13), QPointF(29, 13))
    p.setPen(_pen(INK, 1.6))
    p.setBrush(QBrush(style.LANE_COLOURS["department"][1]))
    p.drawRect(QRectF(3, 13, 26, 15))
    p.setPen(QPen(style.LANE_BORDER, 1.2, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(3, 20.5), QPointF(29, 20.5))


_DRAWERS: dict[str, Callable[[QPainter], None]] = {
    "new": _page, "open": _folder, "save": _disk,
    "undo": lambda p: _turn(p, False), "redo": lambda p: _turn(p, True),
    "delete": _bin, "zoom_in": lambda p: _lens(p, "+"), "zoom_out": lambda p: _lens(p, "-"),
    "zoom_fit": _fit, "add_lane": _lanes, "connect": _connect, "company_view": _company,
}


def action_icon(key: str) -> QIcon:
    """The toolbar icon of the action ``key`` (a null icon when it has none)."""
    draw = _DRAWERS.get(key)
    if draw is None:
        return QIcon()
    _take_theme_colours()
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(SIZE * scale, SIZE * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.setPen(_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def redraw_action_icons(actions: dict[str, QAction]) -> None:
    """Draw the icons of ``actions`` again, in the colours of the theme in force: the
    toolbar's and the step kinds' of Insert ("insert_<kind key>", as in the palette)."""
    for key, action in actions.items():
        kind = STEP_KINDS.get(key.removeprefix(INSERT_PREFIX)) if key.startswith(INSERT_PREFIX) else None
        icon = kind_icon(kind) if kind is not None else action_icon(key)
        if not icon.isNull():
            action.setIcon(icon)
