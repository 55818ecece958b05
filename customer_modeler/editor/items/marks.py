"""Editor layer: small glyphs painted by several items (the eye of the line of visibility,
names written along a pool's or a band's narrow side, dashed lines of any length)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen

from customer_modeler.editor import style

#: Dash periods drawn by one call at most. Qt strokes a line of more than 10,000 periods
#: solid (its dash stroker's repetition limit), whatever part of it is on screen.
_PERIODS_PER_CALL = 5_000


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


def draw_dashed_line(painter: QPainter, start: QPointF, end: QPointF, visible: QRectF) -> None:
    """A horizontal or vertical line from ``start`` to ``end`` in the painter's dashed pen,
    drawn only where it crosses ``visible`` and in pieces Qt keeps dashed.

    The line under a lane of a long journey is longer than Qt's limit and came out solid.
    Every piece starts a whole number of dash periods from the line's left or top end, so
    the dashes lie where one long line would put them, whatever part is repainted.
    """
    pen = painter.pen()
    period = sum(pen.dashPattern()) * max(pen.widthF(), 1.0)
    along = 0 if start.y() == end.y() else 1
    first, last = sorted(((start.x(), end.x()) if along == 0 else (start.y(), end.y())))
    low, high = ((visible.left(), visible.right()) if along == 0 else (visible.top(), visible.bottom()))
    if period <= 0 or high < first or low > last:
        return
    begin = first + max(0.0, (low - first) // period - 1) * period
    stop = min(last, high + period)
    piece = period * _PERIODS_PER_CALL
    while begin < stop:
        upto = min(stop, begin + piece)
        if along == 0:
            painter.drawLine(QPointF(begin, start.y()), QPointF(upto, start.y()))
        else:
            painter.drawLine(QPointF(start.x(), begin), QPointF(start.x(), upto))
        begin = upto


def draw_dashed_rect(painter: QPainter, rect: QRectF, visible: QRectF) -> None:
    """The outline of ``rect`` in the painter's dashed pen, each side as
    :func:`draw_dashed_line` draws it (a lane shown as a drop target is as long as the
    journey)."""
    corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
    for start, end in zip(corners, (*corners[1:], corners[0])):
        draw_dashed_line(painter, start, end, visible)
