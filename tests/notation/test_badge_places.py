"""Where analysis badges go: a flow's badge keeps clear of the badges placed before it."""

from __future__ import annotations

from customer_modeler.model.elements import Rect
from customer_modeler.notation.badge_places import BadgePlaces, badge_box, flow_badge_anchors

#: A route of three segments: down, right, down.
ROUTE = ((100.0, 0.0), (100.0, 200.0), (400.0, 200.0), (400.0, 400.0))


def test_a_flows_anchors_are_its_segment_middles_the_middle_one_first():
    assert flow_badge_anchors(ROUTE) == [(264.0, 200.0), (414.0, 300.0), (114.0, 100.0)]
    assert flow_badge_anchors(ROUTE[:2]) == [(114.0, 100.0)]
    assert flow_badge_anchors(ROUTE[:1]) == [ROUTE[0]]


def test_a_flows_badge_leaves_the_middle_only_when_a_badge_is_there():
    places = BadgePlaces()
    alone = places.place("F1", flow_badge_anchors(ROUTE), 60, 16)
    assert alone == badge_box((264.0, 200.0), 60, 16)
    # a step's badge placed over the middle of another flow's route
    places = BadgePlaces()
    step = places.place("T1", [(280.0, 200.0)], 150, 30)
    moved = places.place("F1", flow_badge_anchors(ROUTE), 60, 16)
    assert moved == badge_box((414.0, 300.0), 60, 16)
    assert not _overlap(step, moved)


def test_with_no_clear_spot_the_badge_stays_at_the_middle_and_a_new_place_frees_the_old():
    places = BadgePlaces()
    places.place("big", [(1000.0, 1000.0)], 2000, 2000)  # covers every spot of the route
    assert places.place("F1", flow_badge_anchors(ROUTE), 60, 16) == badge_box((264.0, 200.0), 60, 16)
    places.remove("big")
    # placed again (its flow was re-routed): its own old place is no obstacle
    assert places.place("F1", [(264.0, 200.0), (600.0, 600.0)], 60, 16) == badge_box((264.0, 200.0), 60, 16)
    assert places.place("F2", [(264.0, 200.0), (900.0, 900.0)], 60, 16) == badge_box((900.0, 900.0), 60, 16)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height
