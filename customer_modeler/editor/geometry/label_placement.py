"""Editor layer: where the names beside shapes and on flows go, so that none collide (no Qt).

Each label offers places in order of preference — an event's or gateway's name below
the shape, then above, right, left, then further out; a flow's label beside its first
segment, then along the later ones. Labels are placed one after another: each takes
its first place that covers no placed label, no fixed box (shapes, names inside
shapes, lane headers) and no line; when every place is covered, the one covered
least. A grid of buckets keeps each look-up local, so large models place quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from customer_modeler.model.elements import Point, Rect

#: Gap between a label and the shape or line it belongs to.
GAP = 3.0
#: Cost of covering a label or a fixed box, per unit of area; of crossing a line, once.
BOX_COST, LINE_COST = 100.0, 400.0
#: Side of a bucket of the look-up grid.
CELL = 160.0
#: A place covered this much is as bad as any other (the first such place is taken): the
#: names of hundreds of steps aligned into one place each covered all the others, and
#: counting that for every name took minutes. A name covering some thirty shapes costs this,
#: and so does a place in a cell of the grid that holds more than CROWDED_CELL entries
#: (at most 18 in the tests, 10 in a generated 10,000-step journey).
HOPELESS, CROWDED_CELL = 1e7, 200


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """A label to place: ``key``, its size, and its possible top-left corners, best first
    (any iterable that can be iterated again: :func:`around_shape` and :func:`along_route`
    make theirs as they are iterated)."""

    key: str
    width: float
    height: float
    corners: Iterable[Point]


class _Corners:
    """Places made each time they are iterated, not kept.

    A label offers some thirty places and most take the first. Kept as tuples, the places
    of every label of a large scene were most of the memory that placing them all took
    (about 20 MB at 10,000 steps, while a whole scene's labels are placed after opening).
    """

    __slots__ = ("_make", "_args")

    def __init__(self, make: Callable[..., Iterator[Point]], *args: object) -> None:
        self._make, self._args = make, args

    def __iter__(self) -> Iterator[Point]:
        return self._make(*self._args)


def around_shape(shape: Rect, width: float, height: float) -> Iterable[Point]:
    """Places for a name beside a shape: below (centred, then slid sideways), above, right,
    left, the corners, then further out."""
    return _Corners(_around_shape, shape, width, height)


def _around_shape(shape: Rect, width: float, height: float) -> Iterator[Point]:
    cx, cy = shape.center
    below, above = shape.y + shape.height + GAP, shape.y - GAP - height
    right, left = shape.x + shape.width + GAP, shape.x - GAP - width
    slides = (width / 4, -width / 4, width / 2 - shape.width / 2, shape.width / 2 - width / 2)
    yield cx - width / 2, below
    yield from ((cx - width / 2 + d, below) for d in slides)
    yield cx - width / 2, above
    yield from ((cx - width / 2 + d, above) for d in slides)
    yield from ((right, cy - height / 2), (left, cy - height / 2),
                (right, below), (left, below), (right, above), (left, above))
    for ring in (1, 2, 3):
        step = ring * (height + GAP)
        yield from ((cx - width / 2, below + step), (cx - width / 2, above - step),
                    (right + ring * 20, cy - height / 2 + step), (left - ring * 20, cy - height / 2 - step))


def along_route(points: Sequence[Point], width: float, height: float) -> Iterable[Point]:
    """Places for a flow's label beside its segments, the first segment first."""
    return _Corners(_along_route, points, width, height)


def _along_route(points: Sequence[Point], width: float, height: float) -> Iterator[Point]:
    for a, b in zip(points, points[1:]):
        horizontal = abs(a[1] - b[1]) <= abs(a[0] - b[0])
        for f in (0.5, 0.3, 0.7, 0.15, 0.85):
            x, y = a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f
            if horizontal:
                yield x - width / 2, y - GAP - height
                yield x - width / 2, y + GAP
            else:
                yield x + GAP, y - height / 2
                yield x - GAP - width, y - height / 2
    if points:  # last resort: near the start, further out
        x, y = points[0]
        yield x + GAP, y - GAP - height - 12
        yield x + GAP, y + GAP + 12


def reach(requests: Iterable[LabelRequest]) -> Rect | None:
    """The rectangle that holds every place of ``requests`` (None without a place)."""
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for request in requests:
        width, height = request.width, request.height
        for x, y in request.corners:
            if x < x0:
                x0 = x
            if y < y0:
                y0 = y
            if x + width > x1:
                x1 = x + width
            if y + height > y1:
                y1 = y + height
    return Rect(x0, y0, x1 - x0, y1 - y0) if x0 <= x1 else None


class _Buckets:
    """Rectangles and segments by the grid cells they touch (most touch one cell only)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, tuple[float, float, float, float]]]] = {}

    def add(self, kind: str, box: tuple[float, float, float, float]) -> None:
        entry = (kind, box)
        i0, j0, i1, j1 = _cells_of(box)
        cells = self.cells
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                cell = cells.get((i, j))
                if cell is None:
                    cells[(i, j)] = [entry]
                else:
                    cell.append(entry)

    def near(self, box: tuple[float, float, float, float]) -> Iterable[tuple[str, tuple[float, float, float, float]]]:
        """The entries of the cells ``box`` touches, each once, cell by cell (a caller that
        has seen enough stops there)."""
        i0, j0, i1, j1 = _cells_of(box)
        cells = self.cells
        if i0 == i1 and j0 == j1:
            return cells.get((i0, j0), ())
        return self._each_once(i0, j0, i1, j1)

    def crowded(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a cell ``box`` touches holds more than :data:`CROWDED_CELL` entries."""
        i0, j0, i1, j1 = _cells_of(box)
        cells = self.cells
        return any(len(cells.get((i, j), ())) > CROWDED_CELL
                   for i in range(i0, i1 + 1) for j in range(j0, j1 + 1))

    def _each_once(self, i0: int, j0: int, i1: int, j1: int) -> Iterator[tuple[str, tuple[float, float, float, float]]]:
        seen: set[tuple[str, tuple[float, float, float, float]]] = set()
        cells = self.cells
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                for entry in cells.get((i, j), ()):
                    if entry not in seen:
                        seen.add(entry)
                        yield entry


def _cells_of(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    """The first and last column and row of the grid cells ``box`` touches."""
    return int(box[0] // CELL), int(box[1] // CELL), int(box[2] // CELL), int(box[3] // CELL)


def _cost(box: tuple[float, float, float, float], index: _Buckets, limit: float) -> float:
    """What covering the place ``box`` costs, counted until it reaches ``limit`` (then the
    place cannot be the best: a part of the sum is returned)."""
    x0, y0, x1, y1 = box
    cost = 0.0
    for kind, (a0, b0, a1, b1) in index.near(box):
        w = (x1 if x1 < a1 else a1) - (x0 if x0 > a0 else a0)
        h = (y1 if y1 < b1 else b1) - (y0 if y0 > b0 else b0)
        if kind == "line":
            if w >= 0 and h >= 0 and (w > 0 or h > 0):
                cost += LINE_COST
        elif w > 0 and h > 0:
            cost += BOX_COST * (w * h + 10)
        if cost >= limit:
            break
    return cost


def _box(rect: Rect) -> tuple[float, float, float, float]:
    return (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)


def place_labels(requests: Sequence[LabelRequest], fixed: Iterable[Rect],
                 lines: Iterable[tuple[Point, Point]]) -> dict[str, Rect]:
    """Where each label goes (by key), covering as little as possible, in request order."""
    index = _Buckets()
    for rect in fixed:
        index.add("box", _box(rect))
    for a, b in lines:
        index.add("line", (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
    placed: dict[str, Rect] = {}
    for request in requests:
        best: tuple[float, Point] | None = None
        for rank, (x, y) in enumerate(request.corners):
            box = (x, y, x + request.width, y + request.height)
            if index.crowded(box):
                cost = HOPELESS + rank * 0.01
            else:
                limit = HOPELESS if best is None else min(best[0], HOPELESS)
                cost = _cost(box, index, limit) + rank * 0.01
            if best is None or cost < best[0]:
                best = (cost, (x, y))
            if cost < 1:
                break
        if best is None:
            continue
        rect = Rect(best[1][0], best[1][1], request.width, request.height)
        placed[request.key] = rect
        index.add("box", _box(rect))
    return placed
