"""Label placement bounds its work where names pile up, and nowhere else: on a drawing of
shapes that stand apart every name goes where unbounded counting puts it, and names of
hundreds of steps in one place are each given a place without counting every other."""

from __future__ import annotations

import random

import pytest

from customer_modeler.editor.geometry import label_placement
from customer_modeler.editor.geometry.label_placement import LabelRequest, around_shape, place_labels
from customer_modeler.model.elements import Rect


def scattered(count: int, seed: int) -> tuple[list[LabelRequest], list[Rect]]:
    """Names beside shapes strewn over a page, some close enough to compete for places."""
    rng = random.Random(seed)
    shapes = [Rect(rng.uniform(0, 3000), rng.uniform(0, 1500), 36, 36) for _ in range(count)]
    requests = [LabelRequest(f"n{i}", rng.uniform(40, 120), 14, around_shape(shape, 80, 14))
                for i, shape in enumerate(shapes)]
    return requests, shapes


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_names_of_shapes_that_stand_apart_go_where_unbounded_counting_puts_them(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # given a few hundred names competing for places among their shapes
    requests, shapes = scattered(400, seed)
    bounded = place_labels(requests, shapes, [])
    # when they are placed again with no bound on the counting
    monkeypatch.setattr(label_placement, "HOPELESS", float("inf"))
    monkeypatch.setattr(label_placement, "CROWDED_CELL", 10**9)
    unbounded = place_labels(requests, shapes, [])
    # then every name has the same place
    assert bounded == unbounded and len(bounded) == 400


def test_names_of_steps_piled_in_one_place_each_get_a_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # given 600 names of steps put in one place
    shape = Rect(500, 500, 100, 80)
    requests = [LabelRequest(f"n{i}", 90, 14, around_shape(shape, 90, 14)) for i in range(600)]
    counted: list[int] = []
    cost = label_placement._cost

    def counting(box, index, limit):  # noqa: ANN001, ANN202
        counted.append(1)
        return cost(box, index, limit)

    monkeypatch.setattr(label_placement, "_cost", counting)
    # when they are placed, and again with no cell ever too crowded to count in
    placed = place_labels(requests, [shape], [])
    bounded = len(counted)
    monkeypatch.setattr(label_placement, "CROWDED_CELL", 10**9)
    place_labels(requests, [shape], [])
    # then each has a place, and the crowded cells spared most of the counting
    assert len(placed) == 600
    assert bounded < (len(counted) - bounded) / 2
