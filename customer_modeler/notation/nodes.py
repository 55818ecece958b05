"""Notation layer: how one flow node is drawn, as the BPMN 2.0 specification draws it.

:func:`describe_step` turns a model step into a :class:`NodeNotation`: its shape and
border (start events thin, intermediate double, end thick, non-interrupting dashed; call
activities thick, transactions double, event sub-processes dotted), the icon (event
trigger — outlined when catching, filled when throwing —, task type, or gateway symbol)
and the row of activity markers at the bottom centre, with their boxes and the label
box, all in model coordinates. The canvas and the SVG writer both draw from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from customer_modeler.model.elements import Rect, Step
from customer_modeler.notation.glyphs import glyph
from customer_modeler.notation.primitives import Primitive, circle, path, rect

THIN, THICK = 1.5, 3.5
#: Gap between the two lines of a double border.
DOUBLE_GAP = 3.0
MARKER_SIZE, MARKER_GAP = 14.0, 3.0
TASK_ICON_SIZE = 18.0

TASK_ICONS = {"userTask": "user", "serviceTask": "service", "sendTask": "send", "receiveTask": "receive",
              "scriptTask": "script", "manualTask": "manual", "businessRuleTask": "business-rule"}
SUB_PROCESS_KINDS = frozenset({"subProcess", "adHocSubProcess", "transaction"})
EVENT_KINDS = frozenset({"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent",
                         "boundaryEvent", "implicitThrowEvent"})


@dataclass(frozen=True, slots=True)
class NodeNotation:
    """Everything the notation draws for one flow node (our customer extras are not in it).

    ``category``: activity, event or gateway. ``shape``: rounded-rect, circle or diamond.
    ``border``: thin, thick, double, dashed, double-dashed or dotted. ``icon``: the name
    of the event trigger, task type or gateway symbol; ``markers``: activity markers in
    drawing order. ``label_inside`` says whether the name is written inside the shape.
    ``label`` is the preferred name box; ``label_options`` every box the name may take,
    best first (inside an activity each clears the task icon and the marker row);
    ``label_from_file`` says ``label`` is the file's own label box (outside names only).
    ``classes`` name the kind and markers for style sheets (SVG ``class``).
    """

    element_id: str
    kind: str
    category: str
    shape: str
    border: str
    bounds: Rect
    icon: str | None
    icon_filled: bool
    icon_box: Rect | None
    markers: tuple[str, ...]
    marker_boxes: tuple[Rect, ...]
    label: Rect
    label_inside: bool
    classes: tuple[str, ...]
    outline: tuple[Primitive, ...]
    symbols: tuple[Primitive, ...]
    label_options: tuple[Rect, ...] = ()
    label_from_file: bool = False


def describe_step(step: Step, bounds: Rect, expanded: bool | None = None) -> NodeNotation:
    """The notation of ``step`` drawn in ``bounds``; ``expanded`` overrides the file's ``isExpanded``."""
    category = category_of(step.kind)
    is_expanded = bool(step.notation.expanded if expanded is None else expanded)
    shape = {"activity": "rounded-rect", "event": "circle", "gateway": "diamond"}[category]
    border = _border(step, category)
    icon, filled = _icon(step, category)
    markers = _markers(step, is_expanded) if category == "activity" else ()
    icon_box = _icon_box(category, bounds, icon, is_expanded)
    marker_boxes = _marker_boxes(bounds, len(markers))
    symbols: list[Primitive] = []
    if icon is not None and icon_box is not None:
        symbols += glyph(icon, icon_box, filled)
    for name, box in zip(markers, marker_boxes):
        symbols += glyph(name, box)
    label_inside = category == "activity"
    options = _label_options(category, bounds, is_expanded, icon_box, marker_boxes)
    from_file = _file_label(step, bounds) if not label_inside else None
    return NodeNotation(
        element_id=step.id, kind=step.kind, category=category, shape=shape, border=border,
        bounds=bounds, icon=icon, icon_filled=filled, icon_box=icon_box, markers=markers,
        marker_boxes=marker_boxes, label=from_file or options[0],
        label_inside=label_inside, classes=_classes(step, category, border, icon, markers, is_expanded),
        outline=_outline(shape, border, bounds), symbols=tuple(symbols),
        label_options=(from_file,) if from_file else options, label_from_file=from_file is not None)


def category_of(kind: str) -> str:
    """``activity``, ``event`` or ``gateway`` for a BPMN flow-node element name."""
    if kind in EVENT_KINDS or kind.endswith("Event"):
        return "event"
    if kind.endswith("Gateway"):
        return "gateway"
    return "activity"


def _border(step: Step, category: str) -> str:
    notation = step.notation
    if category == "event":
        if step.kind == "startEvent":
            return "thin" if notation.interrupting else "dashed"
        if step.kind == "endEvent":
            return "thick"
        if step.kind == "boundaryEvent" and not notation.interrupting:
            return "double-dashed"
        return "double"
    if category == "gateway":
        return "thin"
    if notation.triggered_by_event:
        return "dotted"
    if step.kind == "callActivity":
        return "thick"
    if step.kind == "transaction":
        return "double"
    return "thin"


def _icon(step: Step, category: str) -> tuple[str | None, bool]:
    if category == "event":
        return step.notation.event_trigger, step.throwing
    if category == "gateway":
        if step.kind == "eventBasedGateway":
            if step.notation.event_gateway_type == "parallel":
                return "gateway-parallel-event-based", False
            return ("gateway-event-based-start" if step.notation.instantiate else "gateway-event-based"), False
        name = {"exclusiveGateway": "gateway-exclusive", "parallelGateway": "gateway-parallel",
                "inclusiveGateway": "gateway-inclusive", "complexGateway": "gateway-complex"}.get(step.kind)
        return name, False
    return TASK_ICONS.get(step.kind), step.kind == "sendTask"


def _markers(step: Step, expanded: bool) -> tuple[str, ...]:
    notation, markers = step.notation, []
    if notation.loop is not None:
        markers.append(notation.loop if notation.loop != "standard" else "loop")
    if notation.compensation:
        markers.append("compensation")
    if not expanded and (step.kind in SUB_PROCESS_KINDS or step.kind == "callActivity"):
        markers.append("sub-process")
    if step.kind == "adHocSubProcess":
        markers.append("ad-hoc")
    return tuple(markers)


def _icon_box(category: str, bounds: Rect, icon: str | None, expanded: bool) -> Rect | None:
    if icon is None:
        return None
    if category == "activity":
        return None if expanded else Rect(bounds.x + 5, bounds.y + 5, TASK_ICON_SIZE, TASK_ICON_SIZE)
    side = min(bounds.width, bounds.height)
    inset = side * (0.2 if category == "event" else 0.0)
    x = bounds.x + (bounds.width - side) / 2 + inset
    y = bounds.y + (bounds.height - side) / 2 + inset
    return Rect(x, y, side - 2 * inset, side - 2 * inset)


def _marker_boxes(bounds: Rect, count: int) -> tuple[Rect, ...]:
    if count == 0:
        return ()
    size = min(MARKER_SIZE, bounds.height / 4)
    total = count * size + (count - 1) * MARKER_GAP
    left = bounds.x + (bounds.width - total) / 2
    top = bounds.y + bounds.height - size - 4
    return tuple(Rect(left + i * (size + MARKER_GAP), top, size, size) for i in range(count))


def _file_label(step: Step, bounds: Rect) -> Rect | None:
    """The file's label box, moved as the shape is drawn (an item draws at its own origin)."""
    if step.label_bounds is None or step.bounds is None:
        return None
    return step.label_bounds.moved(bounds.x - step.bounds.x, bounds.y - step.bounds.y)


def _label_options(category: str, bounds: Rect, expanded: bool, icon_box: Rect | None,
                   marker_boxes: tuple[Rect, ...]) -> tuple[Rect, ...]:
    """The boxes a name may take, best first.

    Beside an event or a gateway: below it. An expanded sub-process: its top left corner.
    Inside an activity every box stays clear of the task icon (top left) and the marker
    row (bottom centre): first centred in the shape between two margins as wide as the
    icon, then the full width under the icon. Without icon and markers a tall shape
    keeps its top free for our customer marks.
    """
    if category != "activity":
        return (Rect(bounds.x - 45, bounds.y + bounds.height + 3, bounds.width + 90, 40),)
    if expanded:
        return (Rect(bounds.x + 8, bounds.y + 5, max(bounds.width - 16, 1), min(40.0, bounds.height)),)
    if icon_box is None and not marker_boxes:
        top = 16.0 if bounds.height >= 70 else 4.0
        return (_box(bounds.x + 7, bounds.y + top, bounds.x + bounds.width - 7, bounds.y + bounds.height - 4),)
    bottom = (min(box.y for box in marker_boxes) - 2) if marker_boxes else bounds.y + bounds.height - 4
    left, right = bounds.x + 7, bounds.x + bounds.width - 7
    if icon_box is None:
        top = 16.0 if bounds.height >= 70 else 4.0
        return (_box(left, bounds.y + top, right, bottom),)
    margin = icon_box.x + icon_box.width + 2 - bounds.x
    beside = _box(bounds.x + margin, bounds.y + 4, bounds.x + bounds.width - margin, bottom)
    under = _box(left, icon_box.y + icon_box.height + 2, right, bottom)
    return (beside, under)


def _box(left: float, top: float, right: float, bottom: float) -> Rect:
    """A box between the given edges; at least 1 wide and 10 high (a tiny shape still gets a line)."""
    return Rect(left, top, max(right - left, 1.0), max(bottom - top, 10.0))


@lru_cache(maxsize=1024)  # steps of one size share their outline (item coordinates)
def _outline(shape: str, border: str, bounds: Rect) -> tuple[Primitive, ...]:
    width = THICK if border == "thick" else THIN
    dash = "dash" if "dashed" in border else "dot" if border == "dotted" else "solid"
    double = border.startswith("double")
    if shape == "circle":
        centre = bounds.center
        radius = min(bounds.width, bounds.height) / 2 - (width / 2 if border == "thick" else 0)
        parts = [circle(centre, radius, fill="body", width=width, dash=dash)]
        if double:
            parts.append(circle(centre, radius - DOUBLE_GAP, width=THIN * 0.8, dash=dash))
        return tuple(parts)
    if shape == "diamond":
        x, y, w, h = bounds.x, bounds.y, bounds.width, bounds.height
        return (path([(x + w / 2, y), (x + w, y + h / 2), (x + w / 2, y + h), (x, y + h / 2)], closed=True,
                     fill="body", width=width, dash=dash),)
    parts = [rect(bounds, radius=10, fill="body", width=width, dash=dash)]
    if double:
        inner = Rect(bounds.x + DOUBLE_GAP, bounds.y + DOUBLE_GAP, bounds.width - 2 * DOUBLE_GAP,
                     bounds.height - 2 * DOUBLE_GAP)
        parts.append(rect(inner, radius=8, width=THIN * 0.8, dash=dash))
    return tuple(parts)


def _classes(step: Step, category: str, border: str, icon: str | None, markers: tuple[str, ...],
             expanded: bool) -> tuple[str, ...]:
    return _classes_of(step.kind, category, border, icon, markers, expanded, step.throwing,
                       step.notation.triggered_by_event)


@lru_cache(maxsize=1024)  # a model has few distinct kinds of node
def _classes_of(kind: str, category: str, border: str, icon: str | None, markers: tuple[str, ...],
                expanded: bool, throwing: bool, event_sub_process: bool) -> tuple[str, ...]:
    kebab = "".join("-" + c.lower() if c.isupper() else c for c in kind)
    classes = [f"bpmn-{category}", f"bpmn-{kebab}"]
    if icon is not None:
        classes.append(f"bpmn-{icon}" if not icon.startswith("gateway-") else f"bpmn-{icon[8:]}")
    if category == "event":
        classes.append("throwing" if throwing else "catching")
        if border in ("dashed", "double-dashed"):
            classes.append("non-interrupting")
    classes += [f"bpmn-marker-{marker}" for marker in markers]
    if event_sub_process:
        classes.append("bpmn-event-sub-process")
    if category == "activity" and (kind in SUB_PROCESS_KINDS or kind == "callActivity"):
        classes.append("expanded" if expanded else "collapsed")
    return tuple(dict.fromkeys(classes))
