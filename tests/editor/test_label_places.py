"""The places a label may take are made as placing needs them, and can be walked again.

Placing every label of a large scene after it opens kept some thirty places per label
at once; now each label's places are made while it is placed and stop at the first
free one. These checks hold the order of the places, that they can be walked twice,
that placing draws no more of them than it needs, and the rectangle that holds them.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

from customer_modeler.editor.geometry.label_placement import (
    GAP,
    LabelRequest,
    along_route,
    around_shape,
    place_labels,
    reach,
)
from customer_modeler.model.elements import Point, Rect


class CountedPlaces:
    """Places that count how many of them were drawn."""

    def __init__(self, places: list[Point]) -> None:
        self.places = places
        self.drawn = 0

    def __iter__(self) -> Iterator[Point]:
        for place in self.places:
            self.drawn += 1
            yield place


def test_a_name_goes_below_its_shape_first_then_above_and_the_places_repeat():
    shape = Rect(100, 100, 40, 40)
    places = around_shape(shape, 60, 12)
    first = list(places)
    assert first == list(places)  # walked twice, the same places
    assert first[0] == (120 - 30, 140 + GAP)  # centred below
    assert (120 - 30, 100 - GAP - 12) in first[:10]  # then above
    assert len(first) == 28
    assert first[-4] == (120 - 30, 140 + GAP + 3 * (12 + GAP))  # the third ring out, below


def test_a_flow_label_goes_beside_the_middle_of_the_first_segment_first():
    places = along_route([(0, 0), (200, 0), (200, 100)], 40, 10)
    first = list(places)
    assert first == list(places)
    assert first[0] == (100 - 20, -GAP - 10)  # above the middle of the horizontal segment
    assert (200 + GAP, 50 - 5) in first  # beside the vertical one
    assert first[-2:] == [(GAP, -GAP - 10 - 12), (GAP, GAP + 12)]  # last resort: near the start


def test_placing_stops_drawing_places_at_the_first_free_one():
    free_at_once = CountedPlaces([(0, 0), (0, 50), (0, 100)])
    after_a_line = CountedPlaces([(0, 55), (0, 70), (0, 200)])
    placed = place_labels([LabelRequest("a", 40, 10, free_at_once),
                           LabelRequest("b", 40, 10, after_a_line)], [], [((0, 60), (200, 60))])
    assert placed == {"a": Rect(0, 0, 40, 10), "b": Rect(0, 70, 40, 10)}
    assert free_at_once.drawn == 1
    assert after_a_line.drawn == 2


def test_reach_holds_every_place_of_every_label():
    requests = [LabelRequest("a", 40, 10, [(0, 0), (-30, 5)]),
                LabelRequest("b", 20, 50, [(100, -20)])]
    assert reach(requests) == Rect(-30, -20, 150, 50)
    assert reach([LabelRequest("c", 40, 10, [])]) is None
    assert reach([]) is None


def test_a_thousand_labels_keep_no_places_until_they_are_placed():
    shapes = [Rect(i * 50.0, 0, 36, 36) for i in range(1000)]
    routes = [[(i * 50.0, 0.0), (i * 50.0 + 40, 0.0), (i * 50.0 + 40, 80.0)] for i in range(1000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [around_shape(shape, 60, 12) for shape in shapes]
        kept += [along_route(route, 40, 10) for route in routes]
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 2,000 labels: made at once, their 28 and 22 places took 5.3 MB, now about 0.24 MB
    assert held < 2000 * 200
    assert sum(1 for places in kept for _ in places) == 1000 * 28 + 1000 * 22
