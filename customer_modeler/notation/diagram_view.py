"""Notation layer: what of a model a picture shows, and where — decided by the caller.

A foreign file may hold several pages, flows without a usable route, or lane headers
narrower than ours; the editor decides these for its canvas and hands the same
decisions to the SVG writer through a :class:`DiagramView`, so the export shows what
the window shows. Without one, the writer shows every element that has a shape, routes
flows along the file's waypoints (straight between the shapes when there are none)
and gives lanes our standard headers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from customer_modeler.model.elements import Point, Rect

#: Width of the header band at the left of a horizontal lane.
LANE_HEADER_WIDTH = 140.0
#: Height of the header on top of a vertical lane.
VERTICAL_HEADER = 34.0
#: A pool's name band when the file leaves no room hint.
POOL_BAND = 30.0


#: Widest badge label on one line (diagram units): wider, its badges go one a line.
BADGE_WIDTH = 190.0


def badge_lines(badges: Sequence[str], width_of: Callable[[str], float]) -> list[str]:
    """The lines of a badge label: the badges on one line when it is at most
    :data:`BADGE_WIDTH` wide (measured by ``width_of``), else one a line. The window and the
    SVG writer lay out their labels alike, each measuring in its own font."""
    joined = " · ".join(badges)
    return [joined] if len(badges) < 2 or width_of(joined) <= BADGE_WIDTH else list(badges)


@dataclass(frozen=True, slots=True)
class Highlight:
    """An analysis result on one element: a halo in the severity's colour and a badge.
    ``badges`` are its parts, when it has several (``badge`` joins them)."""

    element_id: str
    severity: str = "info"
    badge: str = ""
    badges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A name or flow label as the window lays it out: its box, its lines and their size (pt)."""

    box: Rect
    lines: tuple[str, ...]
    size_pt: float


@dataclass(frozen=True, slots=True)
class DiagramView:
    """The caller's decisions about the picture (see the module's docstring).

    ``hidden``: ids drawn on another page. ``expanded``: sub-processes drawn open.
    ``routes``: points per flow id (else the flow's waypoints). ``header_width``: the
    header of horizontal lanes. ``lane_bands``: lanes drawn with a narrow name band like
    a pool (the band's size). ``vertical_headers``: header height per vertical lane.
    ``pool_bands``: name band per pool. ``labels``: names and flow labels already laid out
    (wrapped, shrunk, placed clear of each other), by element id; the others are wrapped
    here with estimated widths. ``highlights``: analysis marks to draw on top.
    """

    hidden: frozenset[str] = frozenset()
    expanded: frozenset[str] = frozenset()
    routes: Mapping[str, tuple[Point, ...]] = field(default_factory=dict)
    header_width: float = LANE_HEADER_WIDTH
    lane_bands: Mapping[str, float] = field(default_factory=dict)
    vertical_headers: Mapping[str, float] = field(default_factory=dict)
    pool_bands: Mapping[str, float] = field(default_factory=dict)
    labels: Mapping[str, PlacedLabel] = field(default_factory=dict)
    highlights: tuple[Highlight, ...] = ()
