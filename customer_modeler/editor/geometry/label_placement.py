"""Editor layer: where the names beside shapes and on flows go, so that none collide (no Qt).

Each label offers places in order of preference — an event's or gateway's name below
the shape, then above, right, left, then further out; a flow's label beside its first
segment, then along the later ones. Labels are placed one after another: each takes
its first place that covers no placed label, no fixed box (shapes, names inside
shapes, lane headers) and no line; when every place is covered, the one covered
least. A grid of buckets keeps each look-up local, so large models place quickly; what
labels keep clear of is kept in it as plain numbers, so placing a whole scene's labels
takes little memory.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from itertools import count as count_from

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
#: The grid's cells are looked up directly while the rectangle of cells the obstacles
#: touch has at most this many per obstacle (a journey's, a few rows of cells, has two),
#: else found by bisection among those that hold any.
DENSE_CELLS = 4


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
    """Places for a flow's label beside its segments, the first segment first.

    The route is kept as plain numbers, and made points again each time the places are
    walked: a list of tuples per flow label was half of what the requests of a whole
    scene held (2 of 4 MB at 10,000 steps, while its labels are placed after opening)."""
    return _Corners(_along_numbers, array("d", chain.from_iterable(points)), width, height)


def _along_numbers(numbers: array[float], width: float, height: float) -> Iterator[Point]:
    pairs = iter(numbers)
    return _along_route(list(zip(pairs, pairs)), width, height)


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


class Obstacles:
    """What labels keep clear of, gathered one at a time: boxes (shapes, the names in them,
    headers) and the segments of lines, each kept as four plain numbers (its box).

    Kept as tuples, and the grid's cells as lists of them, the obstacles of a 10,000-step
    scene took 14 MB while its labels were placed, besides the lists they were gathered
    in; as numbers, then filed in a few arrays (:class:`_Grid`), they take 2 MB. Placing
    (:func:`place_labels_among`) uses them up.
    """

    __slots__ = ("boxes", "lines")

    def __init__(self) -> None:
        self.boxes = array("d")
        self.lines = array("d")

    def add_box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A box from its left, top, right and bottom."""
        self.boxes.extend((x0, y0, x1, y1))

    def add_rect(self, rect: Rect) -> None:
        """The box of ``rect``."""
        self.boxes.extend((rect.x, rect.y, rect.x + rect.width, rect.y + rect.height))

    def add_line(self, a: Point, b: Point) -> None:
        """The segment from ``a`` to ``b`` (counted by its box: see :func:`_cost`)."""
        self.add_route((a, b))

    def add_route(self, points: Sequence[Point]) -> None:
        """Each segment of a line through ``points``: its box, each bound the first of
        equal values, as ``min`` and ``max`` give it."""
        extend = self.lines.extend
        for (ax, ay), (bx, by) in zip(points, points[1:]):
            extend((ax if ax <= bx else bx, ay if ay <= by else by,
                    ax if ax >= bx else bx, ay if ay >= by else by))


#: An entry of the grid as :func:`_cost` sees it: whether it is a line, and its box.
_Entry = tuple[bool, float, float, float, float]
#: A cell of the grid as a look-up finds it: where its obstacles lie in the grid's
#: ``members`` (a start and an end), and the key of its placed labels.
_Cell = tuple[int, int, "int | tuple[int, int]"]


class _Grid:
    """The obstacles, then the placed labels, by the grid cells they touch (most touch one
    cell only), for :func:`_cost` and :meth:`crowded` to look at a place's cells only.

    The obstacles are filed once, all together, in flat arrays: the numbers of their
    boxes, fixed boxes before lines (``coords``; numbers from ``lines_at`` on are a
    line's); the entries of every cell one after another (``members``, where each one's
    numbers begin, each cell's in the order they came); and where each cell's entries
    begin (``starts``). A cell is found by its number in the rectangle of cells the
    obstacles touch (:meth:`_key`), directly when that rectangle is not much larger than
    their count, else by bisection in the sorted numbers of the cells that hold any
    (``keys``). Placed labels, which come one by one, are kept per cell in a dictionary
    (``added``). Each cell thus gives its fixed boxes, then its lines, then its placed
    labels, in the order they came: the order in which their costs are added up, as
    when every cell was a list of its entries.
    """

    __slots__ = ("coords", "lines_at", "i0", "j0", "i1", "j1", "height", "keys", "starts",
                 "members", "added", "_box", "_found")

    def __init__(self, obstacles: Obstacles) -> None:
        coords, lines = obstacles.boxes, obstacles.lines
        obstacles.boxes, obstacles.lines = array("d"), array("d")  # used up
        self.lines_at = len(coords)
        coords.extend(lines)
        del lines
        self.coords = coords
        self.added: dict[int | tuple[int, int], list[Rect]] = {}
        self._box: tuple[float, float, float, float] | None = None
        self._found: list[_Cell] = []
        self.keys: array[int] | list[int] | None = None  # None: a cell's number is its place
        count = len(coords) // 4
        if not count:
            self.i0, self.j0, self.i1, self.j1, self.height = 0, 0, -1, -1, 0
            self.starts, self.members = array("i", (0,)), array("i")
            return
        # every cell an obstacle touches lies in these columns and rows
        self.i0, self.i1 = int(min(coords[0::2]) // CELL), int(max(coords[0::2]) // CELL)
        self.j0, self.j1 = int(min(coords[1::2]) // CELL), int(max(coords[1::2]) // CELL)
        self.height = self.j1 - self.j0 + 1
        span = (self.i1 - self.i0 + 1) * self.height
        dense = span <= DENSE_CELLS * count + 4096
        cells: array[int] | list[int] = array("i") if dense else []  # each entry's cells
        owners = array("i")  # and where the entry's numbers begin, for each of them
        first_i, first_j, height = self.i0, self.j0, self.height
        cell_of, owner = cells.append, owners.append
        numbers = iter(coords)
        for at, (x0, y0, x1, y1) in zip(count_from(0, 4), zip(numbers, numbers, numbers, numbers)):
            i0, j0, i1, j1 = int(x0 // CELL), int(y0 // CELL), int(x1 // CELL), int(y1 // CELL)
            if i0 == i1 and j0 == j1:
                cell_of((i0 - first_i) * height - first_j + j0)
                owner(at)
                continue
            for i in range(i0, i1 + 1):
                column = (i - first_i) * height - first_j
                for j in range(j0, j1 + 1):
                    cell_of(column + j)
                    owner(at)
        if not dense:  # the cells that hold an entry, in order, and each entry's cell by its rank
            found = sorted(set(cells))
            cells = array("i", [bisect_left(found, cell) for cell in cells])
            try:
                self.keys = array("q", found)
            except OverflowError:  # cells that far out are numbered past 64 bits
                self.keys = found
            span = len(found)
            del found
        counts = array("i", bytes(4 * span))
        for cell in cells:
            counts[cell] += 1
        self.starts = array("i", accumulate(counts, initial=0))
        del counts
        ends = array("i", self.starts)
        members = array("i", bytes(4 * len(cells)))
        for cell, entry in zip(cells, owners):
            at = ends[cell]
            members[at] = entry
            ends[cell] = at + 1
        self.members = members

    def _key(self, i: int, j: int) -> int | tuple[int, int]:
        """Cell (i, j) by its number in the rectangle of cells the obstacles touch; a cell
        outside it (where only placed labels may be) by (i, j)."""
        if self.i0 <= i <= self.i1 and self.j0 <= j <= self.j1:
            return (i - self.i0) * self.height + (j - self.j0)
        return (i, j)

    def _cells(self, box: tuple[float, float, float, float]) -> list[_Cell]:
        """The cells ``box`` touches, column by column: where each one's obstacles lie in
        ``members`` (a start and an end), and the key of its placed labels in ``added``.
        The last box's are kept: :meth:`near` looks at the cells :meth:`crowded` found."""
        if box is self._box:
            return self._found
        i0, j0 = int(box[0] // CELL), int(box[1] // CELL)
        i1, j1 = int(box[2] // CELL), int(box[3] // CELL)
        if i0 == i1 and j0 == j1:
            found = [self._cell(i0, j0)]
        else:
            found = [self._cell(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]
        self._box, self._found = box, found
        return found

    def _cell(self, i: int, j: int) -> _Cell:
        """Cell (i, j) as :meth:`_cells` finds it (see :meth:`_key`)."""
        if not (self.i0 <= i <= self.i1 and self.j0 <= j <= self.j1):
            return 0, 0, (i, j)
        key = (i - self.i0) * self.height + (j - self.j0)
        keys, starts = self.keys, self.starts
        if keys is None:
            return starts[key], starts[key + 1], key
        rank = bisect_left(keys, key)
        if rank < len(keys) and keys[rank] == key:
            return starts[rank], starts[rank + 1], key
        return 0, 0, key

    def add(self, rect: Rect) -> None:
        """A placed label."""
        i0, j0, i1, j1 = _cells_of((rect.x, rect.y, rect.x + rect.width, rect.y + rect.height))
        added = self.added
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                key = self._key(i, j)
                cell = added.get(key)
                if cell is None:
                    added[key] = [rect]
                else:
                    cell.append(rect)

    def near(self, box: tuple[float, float, float, float]) -> Iterable[_Entry]:
        """The entries of the cells ``box`` touches, each once, cell by cell (a caller that
        has seen enough stops there)."""
        cells = self._cells(box)
        if len(cells) == 1:
            return self._entries(*cells[0])
        return self._each_once(cells)

    def crowded(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a cell ``box`` touches holds more than :data:`CROWDED_CELL` entries."""
        added = self.added
        for start, end, key in self._cells(box):
            if end - start + len(added.get(key, ())) > CROWDED_CELL:
                return True
        return False

    def _entries(self, start: int, end: int, key: int | tuple[int, int]) -> list[_Entry]:
        """The entries of one cell: its obstacles, then its placed labels."""
        coords, lines_at = self.coords, self.lines_at
        entries = [(at >= lines_at, coords[at], coords[at + 1], coords[at + 2], coords[at + 3])
                   for at in self.members[start:end]]
        for rect in self.added.get(key, ()):
            entries.append((False, rect.x, rect.y, rect.x + rect.width, rect.y + rect.height))
        return entries

    def _each_once(self, cells: list[_Cell]) -> Iterator[_Entry]:
        """Equal entries count once (as equal tuples did in a set)."""
        seen: set[_Entry] = set()
        for cell in cells:
            for entry in self._entries(*cell):
                if entry not in seen:
                    seen.add(entry)
                    yield entry


def _cells_of(box: Sequence[float]) -> tuple[int, int, int, int]:
    """The first and last column and row of the grid cells ``box`` touches."""
    return int(box[0] // CELL), int(box[1] // CELL), int(box[2] // CELL), int(box[3] // CELL)


def _cost(box: tuple[float, float, float, float], index: _Grid, limit: float) -> float:
    """What covering the place ``box`` costs, counted until it reaches ``limit`` (then the
    place cannot be the best: a part of the sum is returned)."""
    x0, y0, x1, y1 = box
    cost = 0.0
    for line, a0, b0, a1, b1 in index.near(box):
        w = (x1 if x1 < a1 else a1) - (x0 if x0 > a0 else a0)
        h = (y1 if y1 < b1 else b1) - (y0 if y0 > b0 else b0)
        if line:
            if w >= 0 and h >= 0 and (w > 0 or h > 0):
                cost += LINE_COST
        elif w > 0 and h > 0:
            cost += BOX_COST * (w * h + 10)
        if cost >= limit:
            break
    return cost


def place_labels(requests: Iterable[LabelRequest], fixed: Iterable[Rect],
                 lines: Iterable[tuple[Point, Point]]) -> dict[str, Rect]:
    """Where each label goes (by key), covering as little as possible, in request order."""
    obstacles = Obstacles()
    for rect in fixed:
        obstacles.add_rect(rect)
    for a, b in lines:
        obstacles.add_line(a, b)
    return place_labels_among(requests, obstacles)


def place_labels_among(requests: Iterable[LabelRequest], obstacles: Obstacles) -> dict[str, Rect]:
    """:func:`place_labels` clear of ``obstacles``, gathered beforehand (and used up here)."""
    index = _Grid(obstacles)
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
        index.add(rect)
    return placed
