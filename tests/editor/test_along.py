"""Places along a route as a share of its length (a flow's label during a drag)."""

from __future__ import annotations

import pytest

from customer_modeler.editor.geometry.along import point_at_share, share_nearest

ROUTE = ((0.0, 0.0), (100.0, 0.0), (100.0, 100.0))  # two legs of 100


@pytest.mark.parametrize(("point", "share"), [
    ((50.0, -12.0), 0.25),   # above the middle of the first leg
    ((-30.0, 5.0), 0.0),     # before the start
    ((112.0, 50.0), 0.75),   # right of the middle of the second leg
    ((100.0, 400.0), 1.0),   # past the end
])
def test_the_share_at_which_a_route_passes_nearest_a_point(point, share) -> None:  # noqa: ANN001
    assert share_nearest(ROUTE, point) == pytest.approx(share)


@pytest.mark.parametrize(("share", "point"), [
    (0.0, (0.0, 0.0)), (0.25, (50.0, 0.0)), (0.5, (100.0, 0.0)), (0.75, (100.0, 50.0)),
    (1.0, (100.0, 100.0)),
])
def test_the_point_at_a_share_of_the_length(share, point) -> None:  # noqa: ANN001
    assert point_at_share(ROUTE, share) == pytest.approx(point)


def test_a_route_of_one_point_or_of_no_length() -> None:
    assert share_nearest(((5.0, 5.0),), (0.0, 0.0)) == 0.0
    assert point_at_share(((5.0, 5.0), (5.0, 5.0)), 0.5) == (5.0, 5.0)
