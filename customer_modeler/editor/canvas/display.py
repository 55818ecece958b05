"""Editor layer: what of a model the diagram shows, and how (pure Python, no Qt).

Files from other tools carry more than one picture: drill-down diagrams of collapsed
sub-processes, a called process drawn on its own page, one page per participant. The
reader gives every element the geometry of the first shape it finds, so elements of
other pages land in the coordinates of another picture. The diagram shows one page —
the one with the most shapes — and hides the elements drawn only elsewhere; they stay
in the model and in the file. The same module decides which sub-processes are drawn
expanded and how wide lane headers may be without covering steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Rect

#: A nested lane's band, or a customer pool's name band, when the file leaves no room hint.
BAND = 30.0
#: Height of the header band on top of a vertical lane.
VERTICAL_HEADER = 34.0


def off_page_ids(model: ProcessModel) -> frozenset[str]:
    """Ids of the elements whose shapes are on another page than the one shown.

    The page shown is the diagram plane holding the most shapes (the first on ties).
    Models without a source file, or whose file has one page, hide nothing.
    """
    shapes = getattr(model.origin, "shapes", None)
    if not shapes:
        return frozenset()
    page_of: dict[str, str] = {}
    for element_id, shape in shapes.items():
        plane = shape.getparent()
        if plane is not None:
            page_of[element_id] = plane.getroottree().getpath(plane)
    counts = Counter(page_of.values())
    if len(counts) < 2:
        return frozenset()
    first_seen = list(dict.fromkeys(page_of.values()))
    shown = max(first_seen, key=lambda page: (counts[page], -first_seen.index(page)))
    return frozenset(i for i, page in page_of.items() if page != shown)


def expanded_containers(model: ProcessModel, hidden: Iterable[str] = ()) -> set[str]:
    """Sub-processes drawn with their content: those with a child shown on this page.

    Boundary events do not count: some tools list the events on a collapsed
    sub-process's border among its children.
    """
    hidden = set(hidden)
    return {step.container for step in model.steps.values()
            if step.container is not None and step.bounds is not None and step.id not in hidden
            and step.kind != "boundaryEvent"}


def header_width_for(model: ProcessModel, wanted: float) -> float:
    """The header width of horizontal lanes that leaves the steps of a foreign layout uncovered."""
    room = wanted
    for step in model.steps.values():
        lane = model.lanes.get(step.lane or "")
        if lane is not None and lane.horizontal and lane.bounds is not None and step.bounds is not None:
            room = min(room, step.bounds.x - lane.bounds.x - 8)
    return max(room, 60.0)


def band_size(model: ProcessModel, lane: Lane) -> float | None:
    """The name band of a lane drawn like a pool (sub-lanes inside, or a customer pool).

    Returns None for an ordinary lane (it gets a header with its name and role).
    """
    children = [c.bounds for c in model.child_lanes(lane.id) if c.bounds is not None]
    if lane.bounds is None or not (children or lane.from_pool):
        return None
    if not children:
        return BAND
    if lane.horizontal:
        gap = min(c.x for c in children) - lane.bounds.x
    else:
        gap = min(c.y for c in children) - lane.bounds.y
    return gap if 10 <= gap <= 120 else BAND


def vertical_header_height(model: ProcessModel, lane: Lane) -> float:
    """The header height of a vertical lane: what its topmost step leaves free."""
    room = VERTICAL_HEADER
    if lane.bounds is None:
        return room
    for step in model.steps_in_lane(lane.id):
        if step.bounds is not None:
            room = min(room, step.bounds.y - lane.bounds.y - 4)
    return max(room, 20.0)


def pool_band(pool_bounds: Rect | None, lanes: list[Rect], horizontal: bool) -> float:
    """Width (or height, for a vertical pool) of a pool's name band, as the file draws it."""
    if pool_bounds is None or not lanes:
        return BAND
    if horizontal:
        gap = min(r.x for r in lanes) - pool_bounds.x
    else:
        gap = min(r.y for r in lanes) - pool_bounds.y
    return gap if 10 <= gap <= 120 else BAND
