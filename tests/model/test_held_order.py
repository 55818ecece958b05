"""Many steps and flows taken out and put back within changes made together end in the
same model, with the same indexes recorded, as the same changes made one by one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from customer_modeler.model import Flow, Lane, ProcessModel, Step

STEPS = 14


def journey() -> ProcessModel:
    """Two lanes, a chain of steps and a flow from each step to the next and the one after."""
    model = ProcessModel("m")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    model.add_lane(Lane("SAL", "Sales"))
    for i in range(STEPS):
        model.add_step(Step(f"s{i}", "task", lane="CUS" if i % 3 else "SAL"))
    for i in range(STEPS - 1):
        model.add_flow(Flow(f"f{i}", f"s{i}", f"s{i + 1}"))
        if i + 2 < STEPS:
            model.add_flow(Flow(f"g{i}", f"s{i}", f"s{i + 2}"))
    return model


def shape(model: ProcessModel) -> tuple[object, ...]:
    """Everything whose order the edits may change: containers and the lookups over them."""
    return (list(model.steps), list(model.flows),
            {lane: [s.id for s in model.steps_in_lane(lane)] for lane in ("CUS", "SAL")},
            {step: ([f.id for f in model.outgoing(step)], [f.id for f in model.incoming(step)])
             for step in model.steps})


def delete_then_undo(model: ProcessModel, step_ids: list[str],
                     together: bool) -> tuple[list[tuple[str, int]], tuple[object, ...]]:
    """Delete the steps (their flows first) as the editor does, then put everything back
    newest first at the recorded indexes, in a second group; return the indexes recorded
    and the model as the deletion left it."""
    removed: list[tuple[str, object, int]] = []
    with model.changes_together() if together else _nothing():
        for step_id in step_ids:
            for flow in model.flows_of(step_id):
                removed.append(("flow", flow, model.remove_flow(flow.id)))
            step = model.steps[step_id]
            removed.append(("step", step, model.remove_step(step_id)))
    recorded = [(element.id, index) for _, element, index in removed]  # type: ignore[attr-defined]
    middle = shape(model)
    with model.changes_together() if together else _nothing():
        for kind, element, index in reversed(removed):
            if kind == "flow":
                model.add_flow(element, index)  # type: ignore[arg-type]
            else:
                model.add_step(element, index)  # type: ignore[arg-type]
    return recorded, middle


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, STEPS - 1), unique=True, min_size=1, max_size=STEPS))
def test_a_deletion_and_its_undo_made_together_match_the_same_made_one_by_one(picked: list[int]) -> None:
    # given two equal journeys
    one_by_one, together = journey(), journey()
    before = shape(together)
    step_ids = [f"s{i}" for i in picked]
    # when the same steps are deleted and put back, one way and the other
    recorded_alone, middle_alone = delete_then_undo(one_by_one, step_ids, together=False)
    recorded_together, middle_together = delete_then_undo(together, step_ids, together=True)
    # then the indexes recorded, the model between and the model after are the same
    assert recorded_together == recorded_alone
    assert middle_together == middle_alone
    assert shape(together) == shape(one_by_one) == before


def test_elements_put_back_in_the_middle_are_in_order_once_the_changes_end() -> None:
    # given a journey whose first steps and their flows are deleted in one group
    model = journey()
    before = shape(model)
    removed = []
    with model.changes_together():
        for step_id in ("s0", "s1", "s2"):
            for flow in model.flows_of(step_id):
                removed.append((flow, model.remove_flow(flow.id)))
            removed.append((model.steps[step_id], model.remove_step(step_id)))
    seen_inside: list[list[str]] = []
    # when they are put back in one group
    with model.changes_together():
        for element, index in reversed(removed):
            if isinstance(element, Flow):
                model.add_flow(element, index)
            else:
                model.add_step(element, index)
        seen_inside.append(list(model.steps))
    # then during the group every step is there, and afterwards also in its old place
    assert sorted(seen_inside[0]) == sorted(before[0])  # type: ignore[arg-type]
    assert shape(model) == before


@settings(max_examples=100, deadline=None)
@given(st.permutations(list(range(40))), st.integers(min_value=1, max_value=12), st.randoms())
def test_lookups_of_every_length_and_number_are_put_in_order(order, count, rng) -> None:
    # given an order of keys and ``count`` lookups over some of them, listed out of order
    from customer_modeler.model.document import _sort_lookups

    keys = [f"k{i}" for i in order]
    lookups = []
    for _ in range(count):
        members = rng.sample(keys, rng.randint(1, 12))
        lookups.append(dict.fromkeys(members))
    expected = [[k for k in keys if k in lookup] for lookup in lookups]
    # when they are put in order, one of them listed twice
    _sort_lookups(lookups + lookups[:1], keys)
    # then each lists its keys in the order, whichever way it was sorted (one by one, a
    # walk over the order, or the places of every key)
    assert [list(lookup) for lookup in lookups] == expected
