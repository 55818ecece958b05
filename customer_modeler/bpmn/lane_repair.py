"""BPMN layer: repair lane shapes that do not hold their steps (seen in Bizagi exports).

Some tools write lanes whose shapes miss the steps the file lists in them, so an editor
that trusts the shapes draws every step in the wrong lane or pool. Two patterns occur:

- the top-level steps of a pool are written with one common offset (relative to some
  origin of the tool's own) while the lanes, the sub-process contents and the message
  flows are in page coordinates. The steps are moved by that offset: among the offsets
  that put every step in its lane and every sub-process around its content, the one at
  which the message flows end on the steps' borders;
- the lanes of a vertical pool are written with a wrong left edge and width (all of
  them, over each other), and marked horizontal although the pool is drawn with its
  name on top. The lanes are rebuilt as columns (or rows) of the pool's shape, split
  half-way between the steps of neighbouring lanes, when that shape holds the steps
  and covers no other pool.

A pool is only repaired when none of its steps lies in its lane as drawn (a single step
outside is an edit, not a dialect) and the result puts every step's centre inside its
lane; otherwise it is shown as drawn. Each repair is reported in one ``W-LANES-REPAIRED``
warning that names the lanes and says what was done.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from customer_modeler.bpmn.source import SourceDocument
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Pool, Rect, Step

#: Name band of a pool when its shape and its lanes' shapes give no usable hint.
DEFAULT_BAND = 30.0


def repair_lanes(model: ProcessModel, doc: SourceDocument, warnings: list[ReadWarning]) -> None:
    """Repair the lanes of every pool whose lane shapes miss their steps, with a warning each."""
    for pool in model.pools.values():
        lanes = _plain_lanes(model, pool)
        members = {lane.id: _top_steps(model, doc, lane) for lane in lanes}
        if not lanes or not _all_misplaced(lanes, members):
            continue
        others = [p.bounds for p in model.pools.values() if p is not pool and p.bounds is not None]
        done = (_shift_steps(model, pool, lanes, members)
                or _rebuild_lanes(pool, lanes, members, others))
        if done:
            names = ", ".join(lane.name.strip() or lane.id for lane in lanes)
            warnings.append(ReadWarning(
                "W-LANES-REPAIRED", f"The lanes of {_pool_name(pool)} ({names}) did not "
                f"hold their steps as the file draws them; {done}.", tuple(lane.id for lane in lanes)))


def _pool_name(pool: Pool) -> str:
    return f"pool {pool.name.strip()}" if pool.name.strip() else "an unnamed pool"


def _plain_lanes(model: ProcessModel, pool: Pool) -> list[Lane]:
    """The pool's top-level drawn lanes, or none when it has nested lanes (left as drawn)."""
    lanes = [lane for lane in model.lanes.values() if lane.pool == pool.id and lane.parent is None
             and lane.from_pool is None]
    if any(lane.bounds is None or model.child_lanes(lane.id) for lane in lanes):
        return []
    return lanes


def _top_steps(model: ProcessModel, doc: SourceDocument, lane: Lane) -> list[Step]:
    """The lane's drawn top-level steps on the page shown (other pages have other coordinates)."""
    found = []
    for step in model.steps_in_lane(lane.id):
        shape = doc.shapes.get(step.id)
        if step.container is None and step.bounds is not None and shape is not None \
                and shape.getparent() is doc.plane:
            found.append(step)
    return found


def _box(element: Step | Lane | Pool) -> Rect:
    """The bounds of an element chosen for having them."""
    if element.bounds is None:
        raise ValueError(f"{element.id} has no shape")
    return element.bounds


def _all_misplaced(lanes: list[Lane], members: dict[str, list[Step]]) -> bool:
    """No drawn step of the pool lies in its lane (one stray step is an edit, not a dialect)."""
    steps = [(_box(lane), _box(s)) for lane in lanes for s in members[lane.id]]
    return bool(steps) and not any(lane.contains(*step.center) for lane, step in steps)


def _holds(rect: Rect | None, steps: Iterable[Step]) -> bool:
    return rect is not None and all(rect.contains(*_box(s).center) for s in steps)


# -- steps written with an offset -------------------------------------------------------
def _shift_steps(model: ProcessModel, pool: Pool, lanes: list[Lane],
                 members: dict[str, list[Step]]) -> str | None:
    """Move the pool's top-level steps by the one offset that puts them in their lanes."""
    steps = [s for lane in lanes for s in members[lane.id]]
    if not steps:
        return None
    shift = []
    for axis in (0, 1):
        low, high = _offset_range(model, lanes, members, axis)
        if low > high:
            return None
        offset = 0.0 if low <= 0 <= high else _pinned(model, steps, axis, low, high)
        if offset is None:
            return None
        shift.append(offset)
    dx, dy = shift
    moved = {s.id for s in steps}
    for step in steps:
        step.bounds = _box(step).moved(dx, dy)
    for flow in model.flows.values():
        if flow.source in moved and flow.target in moved and not flow.message and flow.waypoints:
            flow.waypoints = tuple((x + dx, y + dy) for x, y in flow.waypoints)
    _fit_pool(pool, lanes)
    return f"their steps were moved by {_offset_text(dx, dy)} into them"


def _offset_range(model: ProcessModel, lanes: list[Lane], members: dict[str, list[Step]],
                  axis: int) -> tuple[float, float]:
    """The offsets along ``axis`` that put each step's centre in its lane and keep each
    moved sub-process around the centres of its (unmoved) content."""
    content: dict[str, list[float]] = {}
    for child in model.steps.values():
        if child.container is not None and child.bounds is not None and child.kind != "boundaryEvent":
            content.setdefault(child.container, []).append(child.bounds.center[axis])
    low, high = -float("inf"), float("inf")
    for lane in lanes:
        start, size = _span(_box(lane), axis)
        for step in members[lane.id]:
            centre = _box(step).center[axis]
            low, high = max(low, start - centre), min(high, start + size - centre)
            first, extent = _span(_box(step), axis)
            for inner in content.get(step.id, ()):
                low, high = max(low, inner - first - extent), min(high, inner - first)
    return low, high


def _pinned(model: ProcessModel, steps: list[Step], axis: int, low: float,
            high: float) -> float | None:
    """The offset at which most message flows end on the moved steps' borders; None when
    no message flow says (a guess could as well move a pool away from right lanes)."""
    by_id = {s.id: s for s in steps}
    votes: Counter[float] = Counter()
    for flow in model.flows.values():
        if not flow.message or len(flow.waypoints) < 2:
            continue
        for end, point in ((flow.source, flow.waypoints[0]), (flow.target, flow.waypoints[-1])):
            step = by_id.get(end)
            if step is None:
                continue
            start, size = _span(_box(step), axis)
            across_start, across_size = _span(_box(step), 1 - axis)
            if not across_start <= point[1 - axis] <= across_start + across_size:
                continue
            for edge in (start, start + size):
                offset = round(point[axis] - edge, 1)
                if low <= offset <= high:
                    votes[offset] += 1
    return votes.most_common(1)[0][0] if votes else None


def _span(rect: Rect, axis: int) -> tuple[float, float]:
    return (rect.x, rect.width) if axis == 0 else (rect.y, rect.height)


def _offset_text(dx: float, dy: float) -> str:
    parts = []
    if dx:
        parts.append(f"{abs(dx):.0f} px {'right' if dx > 0 else 'left'}")
    if dy:
        parts.append(f"{abs(dy):.0f} px {'down' if dy > 0 else 'up'}")
    return " and ".join(parts)


def _fit_pool(pool: Pool, lanes: list[Lane]) -> None:
    """Redraw a pool whose shape misses its lanes around them and its name band."""
    shapes = [_box(lane) for lane in lanes]
    if pool.bounds is not None and all(_inside(shape, pool.bounds) for shape in shapes):
        return
    left, top = min(r.x for r in shapes), min(r.y for r in shapes)
    right, bottom = max(r.x + r.width for r in shapes), max(r.y + r.height for r in shapes)
    if pool.horizontal:
        left -= DEFAULT_BAND
    else:
        top -= DEFAULT_BAND
    pool.bounds = Rect(left, top, right - left, bottom - top)


def _inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x <= inner.x and outer.y <= inner.y and inner.x + inner.width <= outer.x + outer.width
            and inner.y + inner.height <= outer.y + outer.height)


# -- lanes rebuilt inside their pool ----------------------------------------------------
def _rebuild_lanes(pool: Pool, lanes: list[Lane], members: dict[str, list[Step]],
                   others: list[Rect]) -> str | None:
    """Split the pool's shape into columns (or rows) around each lane's steps. Only a shape
    that holds the steps and covers no other pool is trusted to be the pool's."""
    shape = pool.bounds
    if shape is None or not all(members[lane.id] for lane in lanes) \
            or not all(_holds(shape, members[lane.id]) for lane in lanes) \
            or any(_overlap(shape, other) for other in others):
        return None
    axis = _split_axis(shape, lanes, members)
    if axis is None:
        return None
    ordered = sorted(lanes, key=lambda lane: _extent(members[lane.id], axis)[0])
    band = _band(shape, lanes, axis)
    start, size = _span(shape, axis)
    across_start, across_size = _span(shape, 1 - axis)
    cuts = [start]
    for before, after in zip(ordered, ordered[1:]):
        cuts.append((_extent(members[before.id], axis)[1] + _extent(members[after.id], axis)[0]) / 2)
    cuts.append(start + size)
    for lane, (a, b) in zip(ordered, zip(cuts, cuts[1:])):
        lane.bounds = (Rect(a, across_start + band, b - a, across_size - band) if axis == 0
                       else Rect(across_start + band, a, across_size - band, b - a))
        lane.horizontal = axis == 1
    pool.horizontal = axis == 1
    if not all(_holds(lane.bounds, members[lane.id]) for lane in lanes):
        return None  # cannot happen with disjoint extents; kept as a guard
    return (f"they were redrawn as {'columns' if axis == 0 else 'rows'} of the pool "
            f"around their steps, with the pool's name {'on top' if axis == 0 else 'on the left'}")


def _overlap(a: Rect, b: Rect) -> bool:
    return (min(a.x + a.width, b.x + b.width) > max(a.x, b.x)
            and min(a.y + a.height, b.y + b.height) > max(a.y, b.y))


def _extent(steps: list[Step], axis: int) -> tuple[float, float]:
    """Where the steps begin and end along ``axis``."""
    spans = [_span(_box(s), axis) for s in steps]
    return min(a for a, _ in spans), max(a + b for a, b in spans)


def _split_axis(shape: Rect, lanes: list[Lane], members: dict[str, list[Step]]) -> int | None:
    """0 when the lanes' steps sit side by side (columns), 1 when stacked (rows), None when
    they overlap both ways. One lane: columns in a pool taller than wide."""
    if len(lanes) == 1:
        return 0 if shape.height > shape.width else 1
    fitting = []
    for axis in (0, 1):
        extents = sorted(_extent(members[lane.id], axis) for lane in lanes)
        if all(a[1] <= b[0] for a, b in zip(extents, extents[1:])):
            fitting.append(axis)
    if len(fitting) == 2:
        return 0 if shape.height > shape.width else 1
    return fitting[0] if fitting else None


def _band(shape: Rect, lanes: list[Lane], axis: int) -> float:
    """The pool's name band across the lanes: where the file's lane shapes begin inside the
    pool along the other axis, when they agree on a plausible size."""
    across_start, _ = _span(shape, 1 - axis)
    gaps = {round(_span(_box(lane), 1 - axis)[0] - across_start, 1) for lane in lanes}
    gap = gaps.pop() if len(gaps) == 1 else DEFAULT_BAND
    return gap if 10 <= gap <= 120 else DEFAULT_BAND
