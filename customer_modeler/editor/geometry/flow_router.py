"""Editor layer: routes for the flows of a model, around its steps and lane headers (pure Python).

:class:`FlowRouter` gathers what a route must avoid near its two ends — the other
steps, the headers of the lanes and the name bands of the pools — and the routes it
should run beside, then asks :func:`~customer_modeler.editor.geometry.obstacle_routing.route_around`.
It looks only near the ends, so routing one flow stays fast in very large models.
Routes it hands out are remembered per model: a route we computed may be computed
again when an end moves, whereas one a user shaped or a file brought keeps its bends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from weakref import WeakKeyDictionary

from customer_modeler.editor.geometry.obstacle_routing import (
    WINDOW,
    Crowded,
    Segment,
    crowded,
    lies_on,
    route_around,
    window_around,
)
from customer_modeler.editor.geometry.routing import orthogonal_route, route_detached
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Point, Rect
from customer_modeler.model.step_area import CELL, StepArea

#: Widest header a lane draws at its left (the canvas narrows it where steps stand closer).
LANE_HEADER = 140.0
#: Width of a pool's name band.
POOL_BAND = 30.0
#: How far around the ends obstacles are gathered (the search window may grow to this).
REACH = WINDOW * 16 + 200
#: Clearances tried in turn: room around shapes, then a tight squeeze.
CLEARANCES = (12.0, 5.0)
#: Moved steps from which a router files them by where they stand, rather than looking
#: at each for every route.
MOVED_FILED_FROM = 32

_computed: WeakKeyDictionary[ProcessModel, set[tuple[str, tuple[Point, ...]]]] = WeakKeyDictionary()


def was_computed(model: ProcessModel, flow: Flow) -> bool:
    """The flow's waypoints are a route we computed (not one a user shaped or a file brought)."""
    return (flow.id, flow.waypoints) in _computed.get(model, ())


def _overlaps(a: Rect, box: tuple[float, float, float, float]) -> bool:
    return a.x < box[2] and a.x + a.width > box[0] and a.y < box[3] and a.y + a.height > box[1]


class FlowRouter:
    """Routes flows of ``model`` around its shapes.

    Parameters
    ----------
    model
        The document; it is only read.
    bounds
        Step bounds that override the model's (the steps an edit is moving).
    """

    def __init__(self, model: ProcessModel, bounds: dict[str, Rect] | None = None) -> None:
        self.model = model
        self.bounds = dict(bounds or {})
        #: Routes decided by this router, by flow id: they override the model's waypoints
        #: (set them with :meth:`keep`).
        self.routes: dict[str, tuple[Point, ...]] = {}
        self._ends = _RouteEnds()
        self._moved_area: StepArea | None = None
        self._moved_rank: dict[str, int] = {}
        self._header_right: dict[str, float] = {}

    def step_bounds(self, step_id: str) -> Rect | None:
        if step_id in self.bounds:
            return self.bounds[step_id]
        step = self.model.steps.get(step_id)
        return step.bounds if step is not None else None

    def route_flow(self, flow: Flow) -> tuple[Point, ...]:
        """A fresh route for ``flow`` (its own old route is not in the way)."""
        return self.route(flow.source, flow.target, flow.id)

    def route(self, source_id: str, target_id: str, flow_id: str | None = None) -> tuple[Point, ...]:
        """An orthogonal route from step ``source_id`` to step ``target_id``.

        With ``flow_id`` the route is remembered as computed, and later routes of this
        router run beside it.
        """
        source, target = self.step_bounds(source_id), self.step_bounds(target_id)
        if source is None or target is None:
            return ()
        points = None
        # An end hidden under another step, or piled-up shapes around: drawn plainly, at once.
        if not (self._under_another(source_id, source) or self._under_another(target_id, target)):
            points = self._around_steps(source_id, target_id, source, target, flow_id)
        if points is None:
            points = orthogonal_route(source, target)
        if flow_id is not None:
            self.keep(flow_id, points)
            _computed.setdefault(self.model, set()).add((flow_id, points))
        return points

    def _around_steps(self, source_id: str, target_id: str, source: Rect, target: Rect,
                      flow_id: str | None) -> tuple[Point, ...] | None:
        """A route round the steps and bands near the two ends, beside the routes there;
        None when none was found, or the shapes there lie on one another."""
        box = window_around(source, target, REACH)
        near_steps = self._steps_near(box, {source_id, target_id})
        obstacles = [rect for _, rect in near_steps] + self._bands_near(box)
        if crowded(source, target, obstacles):
            return None
        taken = list(self._taken_near([sid for sid, _ in near_steps] + [source_id, target_id],
                                      flow_id, box))
        for clearance in CLEARANCES:
            try:
                points = route_around(source, target, obstacles, taken, clearance=clearance)
            except Crowded:
                return None
            if points is not None:
                return points
        return None

    def _under_another(self, step_id: str, rect: Rect) -> bool:
        """Whether another step lies on the step (:func:`lies_on`), where this router has
        them: a thousand steps aligned into one column each had every other in its routes'
        window, and listing them for each route took minutes."""
        box = (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
        moved = self.bounds
        unmoved = ((other, r) for other, r in self.model.steps_in_area(box) if other not in moved)
        filed = self._moved_filed()
        shifted = (filed.overlapping(box) if filed is not None
                   else ((other, r) for other, r in moved.items() if _overlaps(r, box)))
        return any(other != step_id and other in self.model.steps and lies_on(r, rect)
                   for other, r in chain(unmoved, shifted))

    def keep(self, flow_id: str, points: tuple[Point, ...]) -> None:
        """Take ``points`` as the flow's route: later routes of this router run beside it."""
        self.routes[flow_id] = points
        self._ends.file(flow_id, points)

    # -- what lies near ------------------------------------------------------------------
    def _steps_near(self, box: tuple[float, float, float, float],
                    ends: set[str]) -> list[tuple[str, Rect]]:
        """The steps in ``box`` but the two ends, where they stand for this router."""
        moved = self.bounds
        found = [(step_id, rect) for step_id, rect in self.model.steps_in_area(box)
                 if step_id not in moved and step_id not in ends]
        found.extend((step_id, rect) for step_id, rect in self._moved_near(box)
                     if step_id not in ends and step_id in self.model.steps and _overlaps(rect, box))
        return found

    def _moved_near(self, box: tuple[float, float, float, float]) -> Iterable[tuple[str, Rect]]:
        """The moved steps that may stand in ``box``, in the order they were given. Many
        are filed by where they stand once: a lane deleted above thousands of steps moves
        them all, and each route looked at every one."""
        filed = self._moved_filed()
        if filed is None:
            return self.bounds.items()
        rank = self._moved_rank
        return sorted(filed.overlapping(box), key=lambda item: rank[item[0]])

    def _moved_filed(self) -> StepArea | None:
        """The moved steps filed by where they stand (once), or None when they are few."""
        moved = self.bounds
        if self._moved_area is None and len(moved) >= MOVED_FILED_FROM:
            self._moved_area = StepArea(moved.items())
            self._moved_rank = {step_id: rank for rank, step_id in enumerate(moved)}
        return self._moved_area

    def _bands_near(self, box: tuple[float, float, float, float]) -> list[Rect]:
        """Lane headers and pool name bands in ``box`` (shapes no route should cross)."""
        bands: list[Rect] = []
        for pool in self.model.pools.values():
            b = pool.bounds
            if b is None or not _overlaps(b, box):
                continue
            band = Rect(b.x, b.y, POOL_BAND, b.height) if pool.horizontal else Rect(
                b.x, b.y, b.width, POOL_BAND)
            bands.append(band)
        for lane in self.model.lanes.values():
            b = lane.bounds
            if b is None or not lane.horizontal or not _overlaps(b, box) or b.x > box[2] or (
                    b.x + LANE_HEADER < box[0]):
                continue
            width = self._header_width(lane.id, b)
            if width > 0:
                bands.append(Rect(b.x, b.y, width, b.height))
        return bands

    def _header_width(self, lane_id: str, b: Rect) -> float:
        """The header's width: at most :data:`LANE_HEADER`, never over a step of the lane."""
        if lane_id not in self._header_right:
            right = b.x + min(LANE_HEADER, b.width / 3)
            for step_id, rect in self._steps_left_of(right + 8):
                if self.model.steps[step_id].lane == lane_id:
                    right = min(right, rect.x - 8)
            self._header_right[lane_id] = right
        return max(0.0, self._header_right[lane_id] - b.x)

    def _steps_left_of(self, x: float) -> list[tuple[str, Rect]]:
        """The steps that start left of ``x``, whatever their height (a step of a lane may
        stand outside its band)."""
        moved = self.bounds
        found = [(step_id, rect) for step_id, rect in moved.items()
                 if rect.x < x and step_id in self.model.steps]
        extent = self.model.step_extent()
        if extent is not None and extent[0] < x:
            found.extend((step_id, rect) for step_id, rect in self.model.steps_in_area(
                (extent[0] - 1, extent[1] - 1, x, extent[3] + 1)) if step_id not in moved)
        return found

    def _taken_near(self, step_ids: Iterable[str], flow_id: str | None,
                    box: tuple[float, float, float, float]) -> Iterable[Segment]:
        """Segments of the other routes that start or end near the new one."""
        seen: set[str] = set()
        if flow_id is not None:
            seen.add(flow_id)
        for step_id in step_ids:
            for flow in self.model.flows_of(step_id):
                if flow.id in seen:
                    continue
                seen.add(flow.id)
                points = self.routes.get(flow.id, flow.waypoints)
                yield from zip(points, points[1:])
        for other in self._ends.near(box):
            points = self.routes[other]
            if other not in seen and any(
                    box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in (points[0], points[-1])):
                yield from zip(points, points[1:])


class _RouteEnds:
    """Where the routes a router decided start and end, filed by grid cell, so that the
    routes ending near a new one are found without walking every route (a lane deleted
    above thousands of steps has all their routes decided: 10 s, most of it that walk)."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], dict[str, None]] = {}
        self._filed: dict[str, tuple[tuple[int, int], ...]] = {}
        #: Each route's place in the order it was first decided: the order routes are offered.
        self._rank: dict[str, int] = {}

    def file(self, flow_id: str, points: tuple[Point, ...]) -> None:
        for cell in self._filed.pop(flow_id, ()):
            self._cells[cell].pop(flow_id, None)
        self._rank.setdefault(flow_id, len(self._rank))
        if not points:
            return
        cells = tuple({_cell(points[0]), _cell(points[-1])})
        self._filed[flow_id] = cells
        for cell in cells:
            self._cells.setdefault(cell, {})[flow_id] = None

    def near(self, box: tuple[float, float, float, float]) -> Iterator[str]:
        """The routes with an end in a cell ``box`` touches, each once, in the order they were decided."""
        x0, y0 = _cell((box[0], box[1]))
        x1, y1 = _cell((box[2], box[3]))
        found: dict[str, None] = {}
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                found.update(self._cells.get((cx, cy), {}))
        yield from sorted(found, key=self._rank.__getitem__)


def _cell(point: Point) -> tuple[int, int]:
    return int(point[0] // CELL), int(point[1] // CELL)


def flow_points(model: ProcessModel, flow: Flow) -> tuple[Point, ...]:
    """The route a flow is drawn along (canvas and SVG): the file's waypoints, or a route round the steps when they are missing or broken."""
    source, target = model.steps.get(flow.source), model.steps.get(flow.target)
    source_bounds = source.bounds if source is not None else None
    target_bounds = target.bounds if target is not None else None
    if flow.waypoints and not route_detached(flow.waypoints, source_bounds, target_bounds):
        return flow.waypoints
    if source_bounds is None or target_bounds is None:
        return flow.waypoints
    return FlowRouter(model).route_flow(flow)
