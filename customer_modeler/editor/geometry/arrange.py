"""Editor layer: align, distribute and tidy a selection of steps (pure geometry).

Each function takes the steps' bounds by id and returns the new bounds of those that
move; the façade turns them into one "Move" edit, where each step's lane follows its
centre as it does after a drag.
"""

from __future__ import annotations

from collections.abc import Callable

from customer_modeler.model.elements import Rect, enclosing

#: The alignments offered, with the words the Arrange menu uses.
ALIGNMENTS: dict[str, str] = {
    "left": "Left", "center": "Centre", "right": "Right",
    "top": "Top", "middle": "Middle", "bottom": "Bottom",
}
#: Smallest gap a tidy row leaves between two steps, in diagram units.
TIDY_MIN_GAP = 60.0
#: Tidy rounds the gap to this step so the row lines up with the grid.
TIDY_ROUND = 10.0


def align(rects: dict[str, Rect], how: str) -> dict[str, Rect]:
    """Line up edges or centres: left/center/right share an x, top/middle/bottom a y.

    Left and top go to the outermost edge, right and bottom too; centre and middle
    to the centre of the selection's bounding box.

    Raises
    ------
    ValueError
        For an unknown alignment.
    """
    if how not in ALIGNMENTS:
        raise ValueError(f"Unknown alignment: {how}")
    if len(rects) < 2:
        return {}
    box = enclosing(rects.values())
    place: dict[str, Callable[[Rect], Rect]] = {
        "left": lambda r: _at(r, x=box.x),
        "center": lambda r: _at(r, x=box.x + box.width / 2 - r.width / 2),
        "right": lambda r: _at(r, x=box.x + box.width - r.width),
        "top": lambda r: _at(r, y=box.y),
        "middle": lambda r: _at(r, y=box.y + box.height / 2 - r.height / 2),
        "bottom": lambda r: _at(r, y=box.y + box.height - r.height),
    }
    return _changed(rects, {i: place[how](r) for i, r in rects.items()})


def distribute(rects: dict[str, Rect], horizontal: bool) -> dict[str, Rect]:
    """Equal gaps between neighbours; the first and the last step stay where they are.

    Steps are taken in the order of their centres along the axis. Fewer than three
    steps have nothing to distribute.
    """
    if len(rects) < 3:
        return {}
    start, size = (("x", "width") if horizontal else ("y", "height"))
    order = sorted(rects, key=lambda i: getattr(rects[i], start) + getattr(rects[i], size) / 2)
    first, last = rects[order[0]], rects[order[-1]]
    span = getattr(last, start) + getattr(last, size) - getattr(first, start)
    gap = (span - sum(getattr(rects[i], size) for i in order)) / (len(order) - 1)
    moved: dict[str, Rect] = {}
    edge = getattr(first, start)
    for step_id in order:
        rect = rects[step_id]
        moved[step_id] = _at(rect, **{start: edge})
        edge += getattr(rect, size) + gap
    moved[order[-1]] = last  # exact, whatever the rounding on the way
    return _changed(rects, moved)


def tidy(rects: dict[str, Rect], lane_of: dict[str, str | None],
         lane_bounds: dict[str, Rect]) -> dict[str, Rect]:
    """One row per lane: centres on the lane's middle line, left to right with equal gaps.

    The leftmost step of each lane keeps its x; the gap is the row's average gap, at
    least :data:`TIDY_MIN_GAP`, rounded to :data:`TIDY_ROUND`. Steps without a lane
    (or a lane without bounds) are centred on their row's average height.
    """
    rows: dict[str | None, list[str]] = {}
    for step_id in rects:
        rows.setdefault(lane_of.get(step_id), []).append(step_id)
    moved: dict[str, Rect] = {}
    for lane_id, ids in rows.items():
        ids.sort(key=lambda i: rects[i].center[0])
        row = [rects[i] for i in ids]
        lane = lane_bounds.get(lane_id or "")
        middle = lane.y + lane.height / 2 if lane else sum(r.center[1] for r in row) / len(row)
        gap = TIDY_MIN_GAP
        if len(row) > 1:
            span = row[-1].x + row[-1].width - row[0].x
            average = (span - sum(r.width for r in row)) / (len(row) - 1)
            gap = max(TIDY_MIN_GAP, round(average / TIDY_ROUND) * TIDY_ROUND)
        x = row[0].x
        for step_id, rect in zip(ids, row):
            moved[step_id] = Rect(x, middle - rect.height / 2, rect.width, rect.height)
            x += rect.width + gap
    return _changed(rects, moved)


def _at(rect: Rect, x: float | None = None, y: float | None = None) -> Rect:
    return Rect(rect.x if x is None else x, rect.y if y is None else y, rect.width, rect.height)


def _changed(before: dict[str, Rect], after: dict[str, Rect]) -> dict[str, Rect]:
    return {i: r for i, r in after.items() if r != before[i]}
