"""Editor layer: :class:`FlowItem` paints a sequence or message flow along its waypoints.

The line, its source mark (default slash, conditional diamond, message circle) and
its arrowhead come from the Qt-free notation (:func:`customer_modeler.notation.describe_flow`).

When selected it shows square handles on its bend points and round ones in the
middle of each segment (drag a round one to add a bend point). During a drag the
scene may ``preview`` a route, and the label keeps its place along it (see
:mod:`~customer_modeler.editor.geometry.along`); the model's route comes back with the
next ``sync``, and the scene places the label anew.

Zoomed far out (see :mod:`~customer_modeler.editor.items.detail`) the label is left out
and, smaller still, the flow is its line only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.geometry.along import point_at_share, share_nearest
from customer_modeler.editor.geometry.label_fit import FittedText, fit_text_in
from customer_modeler.editor.items import detail
from customer_modeler.editor.items import text_metrics as tm
from customer_modeler.editor.items.group_bounds import DRAG_SLACK, keep_in_group
from customer_modeler.editor.items.notation_painter import Palette, paint_primitives
from customer_modeler.model.attributes import format_value
from customer_modeler.model.elements import Flow, Point
from customer_modeler.notation import FlowNotation, category_of, describe_flow

ARROW = 10.0
#: Widest a flow's label gets before it wraps.
LABEL_WIDTH = 180.0
#: A file's label box is sized for its tool's font: a label may be this much taller in ours.
FILE_LABEL_SLACK = 2.0


class FlowItem(QGraphicsItem):
    """One flow; ``points`` are in scene coordinates (the item sits at the origin)."""

    # Fields in slots, not in a dict of each item's own: most of a kilobyte less of every flow.
    __slots__ = ("flow_id", "points", "placed_label", "_bounds", "_route_bounds", "_shape", "flow",
                 "message", "failure", "label", "_label_size", "file_label", "_notation", "_rest",
                 "_label_shift")

    def __init__(self, flow: Flow, points: tuple[Point, ...]) -> None:
        super().__init__()
        self.flow_id = flow.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(5)
        #: The route: one polygon, not a list of points (a point of Qt's is 240 bytes in
        #: Python, a polygon's 16; a few megabytes of every ten thousand flows).
        self.points = QPolygonF()
        #: Where the scene placed the label (scene coordinates), or None: above the first segment.
        self.placed_label: QRectF | None = None
        #: While a drag previews another route: the model's, and how far the label moved with it.
        self._rest: QPolygonF | None = None
        self._label_shift: QPointF | None = None
        self._bounds = self._route_bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.sync(flow, points)

    def sync(self, flow: Flow, points: tuple[Point, ...]) -> None:
        self.flow = flow
        self.message, self.failure = flow.message, bool(flow.failure)
        label = flow.name
        if flow.prob is not None:
            label = f"{label} · {format_value(round(flow.prob * 100, 1))}%" if label else \
                f"{format_value(round(flow.prob * 100, 1))}%"
        self.label = label
        self._label_size = _text_size(label)
        #: The label fitted into the file's label box, when the file gives one.
        self.file_label: FittedText | None = None
        box = flow.label_bounds
        if label and box is not None:
            self.file_label = fit_text_in(label, [(box.width, box.height + FILE_LABEL_SLACK)], tm.measure,
                                          tm.line_height, tm.FLOW_SIZES)[0]
        self._rest = None
        self._show(points)

    def preview(self, points: tuple[Point, ...] | list[QPointF]) -> None:
        """Show ``points`` as the route while a drag is in progress (``sync`` shows the
        model's again)."""
        if self._rest is None:
            self._rest = self.points
        self._show(points)

    def _show(self, points: tuple[Point, ...] | list[QPointF]) -> None:
        self.prepareGeometryChange()
        self.points = QPolygonF([p if isinstance(p, QPointF) else QPointF(*p) for p in points])
        self._notation: FlowNotation | None = None  # made at the next paint (the source's kind is the scene's)
        self._shape = None  # made when Qt first asks (a hit test, the selection)
        bounds = self.path().boundingRect().adjusted(-ARROW - 8, -ARROW - 8, ARROW + 8, ARROW + 8)
        if self.message and self.flow.message_visible and len(self.points) >= 2:  # the envelope
            envelope = describe_flow(self.flow, tuple((p.x(), p.y()) for p in self.points), None).envelope_box
            if envelope is not None:
                bounds = bounds.united(QRectF(envelope.x - 2, envelope.y - 2, envelope.width + 4,
                                              envelope.height + 4))
        self._route_bounds = bounds
        self._label_shift = self._shift_along()
        self._bounds = bounds.united(self._label_rect()) if self.label else bounds
        keep_in_group(self, DRAG_SLACK if self._rest is not None else 0.0)  # a drag previews it
        self.update()

    def _shift_along(self) -> QPointF | None:
        """How far the label moves with a previewed route: from the model's route to the
        shown one, at the share of the length where the model's route passes nearest it."""
        box = self._label_box_at_rest() if self._rest is not None else None
        if box is None or len(self._rest) < 2 or len(self.points) < 2 or self.points == self._rest:
            return None
        rest = [(p.x(), p.y()) for p in self._rest]
        centre = box.center()
        share = share_nearest(rest, (centre.x(), centre.y()))
        x0, y0 = point_at_share(rest, share)
        x1, y1 = point_at_share([(p.x(), p.y()) for p in self.points], share)
        return QPointF(x1 - x0, y1 - y0)

    def path(self) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(self.points)  # an open line through the points
        return path

    # -- handles --------------------------------------------------------------------------
    def bend_handles(self) -> list[tuple[str, int, QPointF]]:
        """("bend", i, point) for interior waypoints and ("mid", i, point) for segment middles."""
        points = list(self.points)
        handles = [("bend", i, p) for i, p in enumerate(points[1:-1], start=1)]
        for i, (a, b) in enumerate(zip(points, points[1:])):
            if QLineF(a, b).length() > 3 * style.BEND_HANDLE:
                handles.append(("mid", i, (a + b) / 2))
        return handles

    def handle_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        """The bend handle under ``scene_pos`` (only while selected)."""
        if not self.isSelected():
            return None
        reach = style.BEND_HANDLE
        for kind, index, point in self.bend_handles():
            if abs(point.x() - scene_pos.x()) <= reach and abs(point.y() - scene_pos.y()) <= reach:
                return kind, index
        return None

    # -- painting -------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def label_size(self) -> tuple[float, float]:
        """Width and height of the label's text (wrapped when long)."""
        return self._label_size

    def place_label(self, rect: QRectF | None) -> None:
        """Write the label at ``rect`` (None: above the middle of the first segment)."""
        if rect != self.placed_label:
            self.prepareGeometryChange()
            self.placed_label = rect
            self._bounds = self._route_bounds.united(self._label_rect()) if self.label else self._route_bounds
            keep_in_group(self)
            self.update()

    def _label_box_at_rest(self) -> QRectF | None:
        """The file's label box, else where the scene placed the label, on the model's route."""
        box = self.flow.label_bounds
        if self.file_label is not None and box is not None:
            return QRectF(box.x, box.y, box.width, box.height)
        return QRectF(self.placed_label) if self.placed_label is not None else None

    def _label_rect(self) -> QRectF:
        """The file's label box; else where the scene placed the label (either moved along
        a route a drag previews); else above the middle of the first segment."""
        if len(self.points) < 2:
            return QRectF()
        box = self._label_box_at_rest()
        if box is not None:
            return box if self._label_shift is None else box.translated(self._label_shift)
        a, b = self.points[0], self.points[1]
        mid = (a + b) / 2
        width, height = self._label_size
        return QRectF(mid.x() - width / 2, mid.y() - height - 2, width, height)

    def notation(self) -> FlowNotation:
        """The flow's notation along the points shown (the marks depend on the source's kind)."""
        if self._notation is None:
            model = getattr(self.scene(), "model", None)
            source = model.steps.get(self.flow.source) if model is not None else None
            points = tuple((p.x(), p.y()) for p in self.points)
            self._notation = describe_flow(self.flow, points, category_of(source.kind) if source else None)
        return self._notation

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if len(self.points) < 2:
            return
        colour = style.SELECTION if self.isSelected() else (
            style.FAILURE_FLOW if self.failure else style.FLOW_INK)
        scale = detail.scale_of(self, painter)
        if scale < detail.OUTLINE_ONLY:
            painter.setPen(QPen(colour, 1.0))
            painter.drawPolyline(self.points)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        notation = self.notation()
        palette = Palette(colour, style.PAPER, style.PAPER)
        line = notation.line
        if self.failure and line.dash == "solid":  # our failure branches: dashed red
            line = replace(line, dash="dash")
        factor = 1.4 if self.isSelected() else 1.0
        paint_primitives(painter, (line,), palette, factor)
        paint_primitives(painter, notation.source_mark + notation.arrow, palette)
        paint_primitives(painter, notation.envelope, Palette(colour, style.PAPER, style.PAPER))
        if self.file_label is not None and self.file_label.lines:
            if detail.text_readable(self.file_label.size, scale):
                self._paint_file_label(painter, colour)
        elif self.label and detail.text_readable(8, scale):
            painter.setPen(colour)
            painter.setFont(style.label_font(8))
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            painter.drawText(self._label_rect(), int(flags), self.label)
        if self.isSelected():
            self._paint_handles(painter)

    def _paint_file_label(self, painter: QPainter, colour) -> None:  # noqa: ANN001
        """The label's lines sharing the file's box, one row each (as the SVG writes them)."""
        fitted, rect = self.file_label, self._label_rect()
        painter.setPen(colour)
        painter.setFont(style.label_font(fitted.size))
        row = rect.height() / len(fitted.lines)
        for i, line in enumerate(fitted.lines):
            painter.drawText(QRectF(rect.left() - 20, rect.top() + i * row, rect.width() + 40, row),
                             int(Qt.AlignmentFlag.AlignCenter), line)

    def label_lines(self) -> tuple[tuple[str, ...], float] | None:
        """The lines and size of a label written in the file's box, or None."""
        if self.file_label is None:
            return None
        return self.file_label.lines, self.file_label.size

    def _paint_handles(self, painter: QPainter) -> None:
        half = style.BEND_HANDLE / 2
        painter.setPen(QPen(style.SELECTION, 1.2))
        for kind, _, point in self.bend_handles():
            rect = QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half)
            painter.setBrush(QBrush(style.SELECTION if kind == "bend" else Qt.GlobalColor.white))
            if kind == "bend":
                painter.drawRect(rect)
            else:
                painter.drawEllipse(rect)


def _text_size(text: str) -> tuple[float, float]:
    """Width and height of a flow label, wrapped at :data:`LABEL_WIDTH`."""
    if not text:
        return (0.0, 0.0)
    metrics = QFontMetricsF(style.label_font(8))
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    used = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 1000), flags, text)
    return (max(used.width(), 20.0) + 6, used.height() + 2)
