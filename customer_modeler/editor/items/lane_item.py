"""Editor layer: :class:`LaneItem` paints a swimlane and its header.

The header shows the name, the role and, for company lanes that hold a step the
customer sees, the "faces the customer" eye. The line of visibility, a dashed line,
runs under the last lane of each run of lanes that face the customer. The customer lane (on top) has its own
warm colour and a heavier line under it: the line of interaction. Lanes drawn
vertically by another tool keep their header on top. A lane holding sub-lanes, and a
customer modelled as its own pool, carry their name in a narrow band like a pool's.
Only the header answers clicks, so a press on the lane body starts a rubber band.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.items.marks import draw_dashed_line, draw_dashed_rect, draw_eye, draw_rotated_name
from customer_modeler.model.elements import Lane

VISIBILITY_LABEL = QT_TRANSLATE_NOOP("Diagram", "line of visibility")
#: What a horizontal header's text leaves free of its width (12 px left, 6 px right).
HEADER_TEXT_INSET = 18.0
#: Point sizes a role caption tries, largest first, before it is elided.
CAPTION_SIZES = (8.0, 7.0)


class BandItem(QGraphicsItem):
    """What lanes and the merged company band share: geometry, header and painting."""

    def __init__(self, depth: int = 0, header_width: float = style.LANE_HEADER_WIDTH) -> None:
        super().__init__()
        self.setZValue(-100 + depth)
        # the exposed part in ``paint``: a long lane's header is off screen for most repaints
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.header_w = header_width
        self.header_h = 34.0
        self.band: float | None = None
        self.horizontal = True
        self.width = self.height = 0.0
        self.name, self.role = "", "department"
        self.faces_customer = False
        #: Draw the line of visibility along the far edge: the last lane of a run facing the customer.
        self.line_of_visibility = False
        self.drop_target = False
        #: What the header says under the name (the role's title unless set).
        self.role_title: str | None = None
        #: Whether the role is worth a caption (see model.visibility.role_stated).
        self.show_role = True

    def header_width(self) -> float:
        return self.header_rect().width()

    def caption(self) -> str:
        """The role caption under the name, or "" when the header says no role."""
        title = self.role_title or QCoreApplication.translate("Diagram", style.ROLE_TITLES.get(self.role, self.role))
        if not self.show_role:
            return ""  # a role the file never stated (a department by default) says nothing
        if title.casefold() == self.name.strip().casefold():
            return ""  # "Customer", role Customer: said once
        return title

    def caption_shortened(self) -> bool:
        """The header shows its role caption elided (too narrow even for the small size)."""
        title = self.caption()
        if not title or self.band is not None:
            return False
        head = self.header_rect()
        width = head.width() - HEADER_TEXT_INSET if self.horizontal else head.width() - 12
        return role_caption(title, width, wrap=self.horizontal)[1] != title

    def header_rect(self) -> QRectF:
        """The header (or name band) in item coordinates: left for horizontal lanes, on top else."""
        if self.horizontal:
            size = self.band if self.band is not None else min(self.header_w, self.width / 3)
            return QRectF(0, 0, size, self.height)
        size = self.band if self.band is not None else min(self.header_h, self.height / 3)
        return QRectF(0, 0, self.width, size)

    def header_scene_rect(self) -> QRectF:
        return self.mapRectToScene(self.header_rect())

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.width + 2, self.height + 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    # -- painting -------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        body, header, accent = style.LANE_COLOURS.get(self.role, style.LANE_COLOURS["department"])
        rect = QRectF(0, 0, self.width, self.height)
        painter.setPen(QPen(style.LANE_BORDER, 1))
        painter.setBrush(QBrush(body))
        painter.drawRect(rect)
        head = self.header_rect()
        # The header's text is most of a lane's paint; a repaint away from the header (a pan
        # along a long journey) skips it. ``exposedRect`` is in item coordinates; a caller
        # that paints the item by hand may leave it empty, meaning all of it.
        visible = option.exposedRect if not option.exposedRect.isEmpty() else self.boundingRect()
        header_shown = visible.intersects(head.adjusted(-1, -1, 1, 1))
        if header_shown:
            painter.setBrush(QBrush(header))
            painter.drawRect(head)
            strip = QRectF(0, 0, 5, self.height) if self.horizontal else QRectF(0, 0, self.width, 5)
            painter.fillRect(strip, accent)
        self._paint_edges(painter, accent, visible)
        if header_shown and self.band is not None:
            self._paint_band_text(painter, head)
        elif header_shown:
            self._paint_header_text(painter, head, accent)
        if self.drop_target or self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
            outline = head if self.isSelected() and not self.drop_target else rect
            draw_dashed_rect(painter, outline.adjusted(1, 1, -1, -1), visible)

    def _far_edge(self, inset: float) -> tuple[QPointF, QPointF]:
        """The edge facing the lanes further from the customer (bottom, or right when
        vertical), ``inset`` inside the lane: the next lane's body is painted over the edge."""
        if self.horizontal:
            y = self.height - inset
            return QPointF(0, y), QPointF(self.width, y)
        return QPointF(self.width - inset, 0), QPointF(self.width - inset, self.height)

    def _paint_edges(self, painter: QPainter, accent, visible: QRectF) -> None:  # noqa: ANN001
        if self.role == "customer":
            painter.setPen(QPen(accent, 2.5))
            painter.drawLine(*self._far_edge(1.25))
        elif self.line_of_visibility:
            self._paint_line_of_visibility(painter, *self._far_edge(1.5), visible)
        if self.role == "system":
            painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
            draw_dashed_line(painter, QPointF(0, 0), QPointF(self.width, 0) if self.horizontal
                             else QPointF(0, self.height), visible)

    def _paint_line_of_visibility(self, painter: QPainter, start: QPointF, end: QPointF,
                                  visible: QRectF) -> None:
        pen = QPen(style.EYE, 1.6, Qt.PenStyle.DashLine)
        pen.setDashPattern([6, 4])
        painter.setPen(pen)
        draw_dashed_line(painter, start, end, visible)
        if not self.horizontal:
            return
        painter.setFont(style.label_font(7.5, italic=True))
        left = self.header_rect().right() + 8
        painter.drawText(QRectF(left, self.height - 16, 160, 14),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         QCoreApplication.translate("Diagram", VISIBILITY_LABEL))

    def _paint_band_text(self, painter: QPainter, head: QRectF) -> None:
        name = self.name or QCoreApplication.translate("Diagram", style.ROLE_TITLES.get(self.role, self.role))
        if self.horizontal:
            draw_rotated_name(painter, head, name, style.label_font(9.5, bold=True))
        else:
            painter.setPen(style.INK)
            painter.setFont(style.label_font(9.5, bold=True))
            elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight,
                                                      int(head.width() - 8))
            painter.drawText(head, int(Qt.AlignmentFlag.AlignCenter), elided)

    def _paint_header_text(self, painter: QPainter, head: QRectF, accent) -> None:  # noqa: ANN001
        text = head.adjusted(12, 8, -6, -8) if self.horizontal else head.adjusted(6, 6, -6, -2)
        align = Qt.AlignmentFlag.AlignLeft if self.horizontal else Qt.AlignmentFlag.AlignHCenter
        painter.setPen(style.INK)
        painter.setFont(style.label_font(10 if head.width() >= 120 else 9, bold=True))
        if self.horizontal and not _words_fit(painter, self.name, text.width()):
            # a header too narrow for the name (files of other tools): written along it, whole
            draw_rotated_name(painter, head.adjusted(5, 0, 0, 0), self.name, painter.font())
            return
        flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(text, int(flags), self.name)
        painter.drawText(text, int(flags), self.name)
        title = self.caption()
        if title:
            font, caption = role_caption(title, text.width(), wrap=self.horizontal)
            painter.setFont(font)
            painter.setPen(accent)
            caption_flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
            height = painter.boundingRect(QRectF(0, 0, text.width(), 200), caption_flags, caption).height()
            role_top = min(used.bottom() + 3, text.bottom() - height)
            if self.horizontal or role_top >= used.bottom():
                painter.drawText(QRectF(text.left(), role_top, text.width(), height), caption_flags, caption)
        if self.faces_customer and self.horizontal and self.height >= 70:
            bottom = text.bottom()
            draw_eye(painter, QPointF(text.left() + 7, bottom - 6), 13)
            painter.setPen(style.EYE)
            painter.setFont(style.label_font(7.5))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(text.left() + 17, bottom - 28, text.width() - 17, 30),
                             int(flags), QCoreApplication.translate("Diagram", "faces the customer"))


def role_caption(title: str, width: float, wrap: bool = True) -> tuple[QFont, str]:
    """The font and text of a role caption ``width`` wide: whole in 8 pt when each word fits
    a line (wrapped between words when ``wrap``), else in 7 pt, else elided in 7 pt
    ("Departamento" in a narrow header of another tool's file)."""
    for size in CAPTION_SIZES:
        font = style.label_font(size)
        metrics = QFontMetricsF(font)
        pieces = title.split() if wrap else [title]
        if all(metrics.horizontalAdvance(piece) <= width for piece in pieces):
            return font, title
    return font, metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)


def _words_fit(painter: QPainter, name: str, width: float) -> bool:
    """Every word of ``name`` fits on a line ``width`` wide in the painter's font."""
    metrics = painter.fontMetrics()
    return all(metrics.horizontalAdvance(word) <= width for word in name.split())


class LaneItem(BandItem):
    """One lane: body, header band and border; selectable by its header."""

    def __init__(self, lane: Lane, faces_customer: bool, depth: int = 0,
                 header_width: float = style.LANE_HEADER_WIDTH, show_role: bool = True) -> None:
        super().__init__(depth, header_width)
        self.lane_id = lane.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.sync(lane, faces_customer, show_role)

    def sync(self, lane: Lane, faces_customer: bool, show_role: bool = True) -> None:
        """Follow ``lane``; ``show_role``: its role is worth a caption (stated, or our file)."""
        bounds = lane.bounds
        if bounds is not None:
            if (bounds.width, bounds.height) != (self.width, self.height):
                # Qt files the item in its index again: a lane covers most of the index, so
                # this costs the items under it (16 ms at 100,000 steps), not paid when a
                # step comes or goes and the lane keeps its size
                self.prepareGeometryChange()
                self.width, self.height = bounds.width, bounds.height
            self.setPos(bounds.x, bounds.y)
        self.horizontal = lane.horizontal
        self.name, self.role = lane.name, lane.role
        self.show_role = show_role
        self.faces_customer = faces_customer and lane.role != "customer"
        self.from_pool = lane.from_pool
        self._update_tip()
        self.update()

    def _update_tip(self) -> None:
        """A pool of its own says so; a header that elides its role caption says name and role whole."""
        if self.from_pool:
            self.setToolTip(QCoreApplication.translate(
                "Diagram", "'{name}' is a pool of its own in the file: shown as the customer lane, written back as a pool."
            ).format(name=self.name))
        else:
            self.setToolTip(f"{self.name}\n{self.caption()}" if self.caption_shortened() else "")

    def set_header(self, band: float | None, header_height: float) -> None:
        """Give the lane a pool-like name band (``band``) or a header; see :mod:`display`."""
        if (band, header_height) != (self.band, self.header_h):
            self.prepareGeometryChange()
            self.band, self.header_h = band, header_height
            self._update_tip()
            self.update()


class CompanyBandItem(BandItem):
    """The lanes of the company merged into one band ("Company as one entity" view)."""

    def __init__(self, rect: QRectF, faces_customer: bool, header_width: float) -> None:
        super().__init__(-1, header_width)
        self.name, self.role = QCoreApplication.translate("Diagram", "Company"), "department"
        self.role_title = QCoreApplication.translate("Diagram", "All departments")
        self.setPos(rect.topLeft())
        self.width, self.height = rect.width(), rect.height()
        self.faces_customer = self.line_of_visibility = faces_customer
        self.setToolTip(QCoreApplication.translate(
            "Diagram", "Company as one entity: every lane that is not the customer's, merged "
            "in the view only (View ▸ Company as One Entity)."))
