"""Editor layer: the palette of step kinds (dock on the left).

Drag an entry onto a lane to create that kind of step there, or click an entry and
then click in a lane. The drag carries the kind's key under
:data:`~customer_modeler.editor.step_kinds.MIME_TYPE`.

The palette asks to be as wide as its longest entry in the user's language, so "Ponto de
contato telefone" shows whole; narrowed by hand, entries are elided and the tooltip says
them in full. Its icons are drawn in the diagram's colours of the theme in force and drawn
again when the theme changes, so they always look like the shapes on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetricsF, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from customer_modeler.editor import style
from customer_modeler.editor.items.marks import draw_eye
from customer_modeler.editor.step_kinds import MIME_TYPE, STEP_KINDS, StepKind

KEY_ROLE = Qt.ItemDataRole.UserRole


def kind_icon(kind: StepKind, size: int = 32) -> QIcon:
    """A small picture of the shape a kind creates."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    solid = kind.visible is not False
    painter.setPen(QPen(style.INK if solid else style.BACKSTAGE_BORDER, 1.6))
    painter.setBrush(QBrush(style.VISIBLE_FILL if solid else style.BACKSTAGE_FILL))
    box = QRectF(3, 7, size - 6, size - 14)
    if kind.bpmn_kind.endswith("Gateway"):
        c = QPointF(size / 2, size / 2)
        r = size / 2 - 3
        painter.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r),
                                       c + QPointF(-r, 0)]))
        painter.setFont(style.label_font(9, bold=True))
        mark = {"exclusiveGateway": "×", "parallelGateway": "+", "inclusiveGateway": "○"}
        painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter),
                         mark.get(kind.bpmn_kind, ""))
    elif kind.bpmn_kind.endswith("Event"):
        if kind.bpmn_kind == "endEvent":
            painter.setPen(QPen(style.INK, 3.2))
        painter.drawEllipse(QRectF(6, 6, size - 12, size - 12))
    else:
        painter.drawRoundedRect(box, 5, 5)
        if kind.visible:
            draw_eye(painter, QPointF(size - 10, 13), 9)
        if kind.channel:
            _draw_channel(painter, box.adjusted(2, 0, -2, -1), kind.channel.upper())
    painter.end()
    return QIcon(pixmap)


def _draw_channel(painter: QPainter, box: QRectF, channel: str) -> None:
    """The channel's name at the foot of a touchpoint icon, smaller for a long one ("PHONE")."""
    painter.setPen(style.MUTED_INK)
    font = style.label_font(5.5, bold=True)
    width = QFontMetricsF(font).horizontalAdvance(channel)
    if width > box.width():
        font.setPointSizeF(max(3.5, 5.5 * box.width() / width))
    painter.setFont(font)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), channel)


class PaletteWidget(QListWidget):
    """The list of step kinds, grouped under "Steps" and "Touchpoints"."""

    #: An entry was clicked: arm it for click-to-place (the kind key).
    kind_armed = Signal(str)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("palette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(32, 32))
        self.setSpacing(1)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        group = None
        for kind in STEP_KINDS.values():
            if kind.group != group:
                group = kind.group
                header = QListWidgetItem(kind.group_label)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.addItem(header)
            item = QListWidgetItem(kind.label)
            item.setData(KEY_ROLE, kind.key)
            item.setToolTip(QCoreApplication.translate(
                "Palette", "Drag into a lane, or click here and then in a lane: {kind}").format(kind=kind.label))
            self.addItem(item)
        self.draw_icons()
        self.itemClicked.connect(self._clicked)

    def draw_icons(self) -> None:
        """Draw every entry's icon and the group titles in the colours of the theme in force."""
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(KEY_ROLE)
            if key:
                item.setIcon(kind_icon(STEP_KINDS[key]))
            else:
                item.setForeground(style.LANE_COLOURS["department"][2])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.draw_icons()  # a theme change: the diagram's colours switched before the palette
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def fitting_width(self) -> int:
        """The width that shows every entry whole: the widest entry, the frame and a scroll bar."""
        frame = 2 * self.frameWidth()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return self.sizeHintForColumn(0) + 2 * self.spacing() + frame + scroll_bar

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fitting_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Narrow enough for an icon and a few letters: narrower, entries are elided."""
        letters = self.fontMetrics().averageCharWidth() * 6
        return QSize(self.iconSize().width() + letters + self.verticalScrollBar().sizeHint().width(),
                     super().minimumSizeHint().height())

    def item_for(self, key: str) -> QListWidgetItem:
        """The entry of a kind key."""
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row)
        raise KeyError(key)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items and items[0].data(KEY_ROLE):
            mime.setData(MIME_TYPE, items[0].data(KEY_ROLE).encode("utf-8"))
        return mime

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mime_for(self, key: str) -> QMimeData:
        """The drag payload of a kind (what a drag from this palette carries)."""
        return self.mimeData([self.item_for(key)])

    def _clicked(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.kind_armed.emit(key)

    def disarm(self) -> None:
        self.clearSelection()
