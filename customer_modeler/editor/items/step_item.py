"""Editor layer: :class:`StepItem` paints one step (task, event or gateway).

The BPMN notation — shape, border, event trigger, task type icon, activity markers,
gateway symbol — comes from the Qt-free description of :mod:`customer_modeler.notation`;
this item paints it and puts our customer-process extras on top: front-stage steps (the
customer sees them) are solid with an eye mark, back-stage steps are dimmed, a
touchpoint carries its channel. An expanded sub-process lies under its content and its
flows, its name in the top left corner. The connection handle shows on hover or selection.

Zoomed out until a name is too small to read (see :mod:`~customer_modeler.editor.items.detail`),
the name is left out; smaller still, the step is its outline only. The bounding rectangle
is kept from the last change, not recomputed at every paint; it, the notation and the
outline are shared with the steps of the same look (see ``shared_values``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from customer_modeler.editor import style
from customer_modeler.editor.geometry.label_fit import FittedText, fit_text_in
from customer_modeler.editor.items import detail
from customer_modeler.editor.items import text_metrics as tm
from customer_modeler.editor.items.group_bounds import keep_in_group
from customer_modeler.editor.items.marks import draw_eye
from customer_modeler.editor.items.notation_painter import Palette, paint_primitives
from customer_modeler.editor.items.shared_values import shared_notation, shared_outline, shared_rect
from customer_modeler.editor.step_kinds import default_size
from customer_modeler.model.elements import Rect, Step
from customer_modeler.notation import NodeNotation, describe_step

SUB_PROCESS_KINDS = frozenset({"subProcess", "adHocSubProcess", "transaction", "callActivity"})
#: A file's label box is sized for its tool's font: a name may be this much taller in ours.
FILE_LABEL_SLACK = 2.0


def read_only(step: Step) -> bool:
    """Shown but not moved, copied or arranged: not editable here, or inside a sub-process."""
    return not step.editable or step.container is not None


class StepItem(QGraphicsItem):
    """The shape of one step; ``sync`` copies what it paints from the model."""

    # Fields in slots, not in a dict of each item's own: a kilobyte less of every step.
    __slots__ = ("step_id", "hovered", "highlight", "width", "height", "expanded", "placed_label",
                 "_fitted", "_choice", "_tip_shown", "_bounds", "step", "kind",
                 "step_type", "name", "channel", "front_stage", "solid", "read_only", "notation")

    def __init__(self, step: Step, visible: bool, solid: bool = False, expanded: bool = False,
                 depth: int = 0) -> None:
        """``expanded`` and ``depth`` as for :meth:`set_nesting` (given here, the notation is
        described once rather than twice)."""
        super().__init__()
        self.step_id = step.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.hovered = False
        self.highlight: QColor | None = None
        self.width = self.height = 0.0
        self.expanded = False
        #: Where the scene placed a name written beside the shape (item coordinates), or None.
        self.placed_label: QRectF | None = None
        self._fitted: FittedText | None = None  # fitted when first needed (see _fit_label)
        self._choice = 0
        self._tip_shown = False
        self._bounds = QRectF()
        self.step, self.kind = step, step.kind
        self._nest(expanded, depth)
        self.sync(step, visible, solid)

    def sync(self, step: Step, visible: bool, solid: bool = False) -> None:
        """Take position, size, label and look from the model.

        ``visible``: the customer sees the step (eye mark); ``solid``: drawn undimmed
        anyway (events and gateways of the customer lane).
        """
        self.prepareGeometryChange()
        if step.bounds is not None:
            self.setPos(step.bounds.x, step.bounds.y)
            self.width, self.height = step.bounds.width, step.bounds.height
        else:
            self.width, self.height = default_size(step.kind)
        # step_type, not type: Qt calls QGraphicsItem.type() (on a palette change, for one)
        self.kind, self.step_type, self.name = step.kind, step.type, step.name
        self.channel = step.channel if step.channel not in (None, "none") else None
        self.front_stage = visible
        self.solid = solid or visible
        self.read_only = read_only(step)
        self.step = step
        self.notation = self._describe()
        self._fit_label()
        self._keep_geometry()
        self.update()

    def _describe(self) -> NodeNotation:
        """The notation in item coordinates (the item sits at the step's top-left corner),
        shared with the steps of the same look (see shared_values)."""
        return shared_notation(describe_step(
            self.step, Rect(0, 0, self.width, self.height),
            expanded=self.expanded if self.kind in SUB_PROCESS_KINDS else None))

    def set_nesting(self, expanded: bool, depth: int) -> None:
        """Draw as an expanded sub-process (under flows and content) at nesting ``depth``."""
        self._nest(expanded, depth)
        self.prepareGeometryChange()
        self.notation = self._describe()
        self._fit_label()
        self._keep_geometry()
        self.update()

    def _nest(self, expanded: bool, depth: int) -> None:
        # the file's isExpanded counts too: a call activity drawn open shows another process
        self.expanded = (expanded or self.step.notation.expanded is True) and self.kind in SUB_PROCESS_KINDS
        base = 3.0 if self.expanded else (11.0 if self.kind == "boundaryEvent" else 10.0)
        self.setZValue(base + depth * 0.01)

    def _fit_label(self) -> None:
        """Fit the name again: now when it is written beside the shape (the bounding
        rectangle holds it), else when first needed — painted, placed, exported or hovered
        (a large model opens without measuring names it never shows)."""
        self._fitted = None
        if self._tip_shown:
            self.setToolTip("")
            self._tip_shown = False
        if not self.notation.label_inside:
            self._fit_now()

    def _fit_now(self) -> FittedText:
        """Wrap, shrink, then elide the name to the first of its boxes that takes it (clear of
        the task icon and the markers); the full name goes in the tooltip."""
        bold = self.expanded
        sizes = (8.5,) if self.expanded else (
            tm.INSIDE_SIZES if self.notation.label_inside else tm.OUTSIDE_SIZES)
        measure = tm.measure_bold if bold else tm.measure
        lines = tm.line_height_bold if bold else tm.line_height
        slack = FILE_LABEL_SLACK if self.notation.label_from_file else 0.0
        boxes = [(box.width(), box.height() + slack) for box in self._label_options()]
        fitted, self._choice = fit_text_in(self.name or "", boxes, measure, lines, sizes)
        self._fitted = fitted
        if fitted.elided:
            self.setToolTip(self.name)
            self._tip_shown = True
        return fitted

    @property
    def fitted(self) -> FittedText:
        """The name as written: its lines and font size."""
        return self._fitted if self._fitted is not None else self._fit_now()

    @property
    def _label_choice(self) -> int:
        """Which of the label boxes the fitted name took."""
        if self._fitted is None:
            self._fit_now()
        return self._choice

    def text_rect(self) -> QRectF:
        """Where the fitted name is written (item coordinates): inside the box, or where placed."""
        box = self.label_rect()
        bold = self.expanded
        measure = tm.measure_bold if bold else tm.measure
        lines = tm.line_height_bold if bold else tm.line_height
        width, height = self.fitted.width(measure), self.fitted.height(lines)
        if self.notation.label_from_file:
            return box  # where the file's tool wrote it
        if self.expanded:
            return QRectF(box.left(), box.top(), width, height)
        if self.notation.label_inside:
            return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)
        if self.placed_label is not None:
            return QRectF(self.placed_label)
        return QRectF(box.center().x() - width / 2, box.top(), width, height)

    def place_label(self, rect: QRectF | None) -> None:
        """Write a name that sits beside the shape at ``rect`` (item coordinates; None: below)."""
        if rect != self.placed_label:
            self.prepareGeometryChange()
            self.placed_label = rect
            self._keep_geometry()
            self.update()

    # -- geometry -------------------------------------------------------------------------
    def node_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def handle_center(self) -> QPointF:
        """Where the connection handle sits, in item coordinates (right of the shape)."""
        return QPointF(self.width + style.HANDLE_RADIUS + 5, self.height / 2)

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self.handle_center())

    def handle_active(self) -> bool:
        return (self.hovered or self.isSelected()) and not self.read_only and self.step_type != "end"

    def hits_handle(self, scene_pos: QPointF) -> bool:
        if not self.handle_active():
            return False
        delta = self.mapFromScene(scene_pos) - self.handle_center()
        return delta.x() ** 2 + delta.y() ** 2 <= (style.HANDLE_RADIUS + 3) ** 2

    def label_rect(self) -> QRectF:
        """Where the name is written: inside an activity, below an event or a gateway, or
        in the box the file gives."""
        options = self._label_options()
        return options[min(self._label_choice, len(options) - 1)]

    def _label_options(self) -> list[QRectF]:
        rects = []
        for box in self.notation.label_options or (self.notation.label,):
            rect = QRectF(box.x, box.y, box.width, box.height)
            if self.channel and self.notation.label_inside and not self.expanded:
                rect.adjust(0, 0, 0, -8)  # room for the channel badge
            rects.append(rect)
        return rects

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The outline (hit tests, selection, painting far out), one for the steps of
        its shape and size."""
        return shared_outline(self._outline_shape(), self.width, self.height)

    def _keep_geometry(self) -> None:
        """Work out the bounding rectangle once per change (Qt asks often), one object for
        the steps whose rectangle is the same (a name inside, one size)."""
        rect = self.node_rect().adjusted(-4, -4, 4, 4)
        rect = rect.united(QRectF(self.handle_center(), self.handle_center()).adjusted(-9, -9, 9, 9))
        if not self.notation.label_inside and self.fitted.lines:
            rect = rect.united(self.text_rect())
        self._bounds = shared_rect(rect)
        keep_in_group(self)

    def _outline_shape(self) -> str:
        if self.step_type in ("start", "end", "event"):
            return "ellipse"
        if self.step_type in ("xor", "and", "or") or self.kind.endswith("Gateway"):
            return "diamond"
        return "rounded"

    # -- painting -------------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        if self._fitted is None:  # the tooltip of an elided name is set when it is fitted
            self._fit_now()
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self.hovered = False
        self.update()

    def set_highlight(self, colour: QColor | None) -> None:
        """Outline the step in ``colour`` (connect feedback); None clears it."""
        self.highlight = colour
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scale = detail.scale_of(self, painter)
        if scale < detail.OUTLINE_ONLY:
            self._paint_outline(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, fill = self._ink(), self._fill()
        palette = Palette(ink, fill, fill)
        factor = 1.0 if self.solid or self.read_only else 0.8
        paint_primitives(painter, self.notation.outline, palette, factor)
        paint_primitives(painter, self.notation.symbols, palette, factor)
        self._paint_extras(painter)
        if detail.text_readable(self.fitted.size, scale):
            self._paint_label(painter)
        rect = self.node_rect()
        if self.highlight is not None:
            painter.setPen(QPen(self.highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.shape())
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        if self.handle_active():
            self._paint_handle(painter)

    def _paint_outline(self, painter: QPainter) -> None:
        """Far out: the step's outline in its colours, without symbols, marks or name."""
        painter.setPen(QPen(self._ink(), 1.0))
        painter.setBrush(self._fill())
        painter.drawPath(self.shape())
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.node_rect())

    def _ink(self) -> QColor:
        if self.solid or self.read_only:
            return style.INK
        return style.BACKSTAGE_BORDER

    def _fill(self) -> QColor:
        if self.read_only:
            return style.READ_ONLY_FILL
        return style.VISIBLE_FILL if self.solid else style.BACKSTAGE_FILL

    def _text_colour(self) -> QColor:
        return style.INK if self.solid or self.read_only else style.MUTED_INK

    def _paint_extras(self, painter: QPainter) -> None:
        """Our customer-process marks, on top of the notation: the eye and the channel."""
        if not self.front_stage or self.read_only:
            return
        rect = self.node_rect()
        if self.notation.category == "activity":
            draw_eye(painter, QPointF(rect.right() - 13, rect.top() + 11))
            if self.channel:
                painter.setFont(style.label_font(7))
                painter.setPen(style.MUTED_INK)
                painter.drawText(rect.adjusted(8, 0, -8, -3),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                                 self.channel.upper())
        elif self.step_type != "event":
            draw_eye(painter, QPointF(rect.right() + 4, rect.top()), 11)

    def _paint_label(self, painter: QPainter) -> None:
        if not self.name:
            return
        painter.setPen(self._text_colour())
        fitted = self.fitted
        painter.setFont(style.label_font(fitted.size, bold=self.expanded))
        align = Qt.AlignmentFlag.AlignLeft if self.expanded else Qt.AlignmentFlag.AlignHCenter
        rect = self.text_rect()
        step = (tm.line_height_bold if self.expanded else tm.line_height)(fitted.size)
        if fitted.lines and self.notation.label_from_file:
            step = rect.height() / len(fitted.lines)  # rows share the file's box, as in the SVG
        for i, line in enumerate(fitted.lines):
            row = QRectF(rect.left(), rect.top() + i * step, rect.width(), step)
            painter.drawText(row, int(align | Qt.AlignmentFlag.AlignVCenter), line)

    def _paint_handle(self, painter: QPainter) -> None:
        c, r = self.handle_center(), style.HANDLE_RADIUS
        painter.setPen(QPen(style.SELECTION, 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(c, r, r)
        painter.drawLine(c + QPointF(-3.5, 0), c + QPointF(3.5, 0))
        painter.drawLine(c + QPointF(1, -2.5), c + QPointF(3.5, 0))
        painter.drawLine(c + QPointF(1, 2.5), c + QPointF(3.5, 0))
