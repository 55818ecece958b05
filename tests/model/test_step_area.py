"""The steps filed by where they stand: the same answer as looking at every step, through edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from customer_modeler.model import Lane, ProcessModel, Rect, Step
from customer_modeler.model.step_area import CELL, StepArea

coordinate = st.floats(min_value=-3 * CELL, max_value=3 * CELL, allow_nan=False)
size = st.floats(min_value=0.0, max_value=1.5 * CELL, allow_nan=False)
rects = st.builds(Rect, coordinate, coordinate, size, size)
boxes = st.tuples(coordinate, coordinate, size, size).map(lambda b: (b[0], b[1], b[0] + b[2], b[1] + b[3]))


def _overlapping(bounds: dict[str, Rect], box: tuple[float, float, float, float]) -> set[str]:
    x0, y0, x1, y1 = box
    return {sid for sid, r in bounds.items()
            if r.x < x1 and r.y < y1 and r.x + r.width > x0 and r.y + r.height > y0}


@settings(max_examples=200, deadline=None)
@given(st.lists(rects, max_size=12), st.lists(rects, max_size=12), boxes)
def test_the_grid_finds_what_a_scan_finds(first, second, box) -> None:
    # given steps filed, then some filed again elsewhere and one taken out
    area = StepArea((f"s{i}", r) for i, r in enumerate(first))
    bounds = {f"s{i}": r for i, r in enumerate(first)}
    for i, r in enumerate(second):
        area.file(f"s{i}", r)
        bounds[f"s{i}"] = r
    if bounds:
        area.remove("s0")
        bounds.pop("s0", None)
    found = dict(area.overlapping(box))
    # then it finds exactly the steps a scan of all finds, each with its bounds
    assert set(found) == _overlapping(bounds, box)
    assert all(found[sid] == bounds[sid] for sid in found)
    # and every step lies inside the extent
    extent = area.extent()
    assert all(extent[0] <= r.x and r.x + r.width <= extent[2] and extent[1] <= r.y
               and r.y + r.height <= extent[3] for r in bounds.values())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), rects), max_size=20))
def test_filing_many_at_once_files_as_one_by_one(bounds) -> None:
    # given distinct steps, some without bounds, filed at once and one by one
    at_once = StepArea((f"s{i}", r) for i, r in enumerate(bounds))
    one_by_one = StepArea()
    for i, r in enumerate(bounds):
        one_by_one.file(f"s{i}", r)
    # then both hold the same cells, in the same order, and the same extent
    assert at_once.extent() == one_by_one.extent()
    assert {key: list(cell) for key, cell in at_once._cells.items()} == {
        key: list(cell) for key, cell in one_by_one._cells.items()}
    assert at_once._filed == one_by_one._filed


def test_a_box_larger_than_the_diagram_is_answered_from_the_filed_cells() -> None:
    area = StepArea([("a", Rect(0, 0, 10, 10)), ("b", Rect(5000, 5000, 10, 10))])
    assert {sid for sid, _ in area.overlapping((-1e7, -1e7, 1e7, 1e7))} == {"a", "b"}
    assert area.extent() == (0.0, 0.0, 5120.0, 5120.0)


def test_the_model_keeps_its_area_through_edits_and_their_undo() -> None:
    # given a model asked once (so its area is filed) and then edited
    model = ProcessModel("m")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    model.add_step(Step("a", lane="CUS", bounds=Rect(0, 0, 100, 80)))
    near_origin = (-10.0, -10.0, 200.0, 200.0)
    assert [sid for sid, _ in model.steps_in_area(near_origin)] == ["a"]
    model.add_step(Step("b", lane="CUS", bounds=Rect(150, 0, 100, 80)))
    old = model.update_step("a", bounds=Rect(3000, 0, 100, 80))
    # then the area answers with the new places
    assert [sid for sid, _ in model.steps_in_area(near_origin)] == ["b"]
    assert dict(model.steps_in_area((2900.0, -10.0, 3200.0, 100.0))) == {"a": Rect(3000, 0, 100, 80)}
    # and after the undo of the move and the removal of b, a is back and b gone
    model.update_step("a", **old)
    model.remove_step("b")
    assert dict(model.steps_in_area(near_origin)) == {"a": Rect(0, 0, 100, 80)}
    assert model.steps_in_area((2900.0, -10.0, 3200.0, 100.0)) == []
    # and a copy answers alike
    assert dict(model.copy().steps_in_area(near_origin)) == {"a": Rect(0, 0, 100, 80)}


def test_listeners_see_the_area_already_moved() -> None:
    # a listener (the scene, which reroutes flows) asks during the step's change event
    model = ProcessModel("m")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    model.add_step(Step("a", lane="CUS", bounds=Rect(0, 0, 100, 80)))
    model.steps_in_area((0.0, 0.0, 1.0, 1.0))
    seen: list[object] = []
    model.subscribe(lambda _event: seen.append(model.steps_in_area((2900.0, 0.0, 3200.0, 100.0))))
    model.update_step("a", bounds=Rect(3000, 0, 100, 80))
    assert seen == [[("a", Rect(3000, 0, 100, 80))]]
