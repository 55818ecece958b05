"""The label order is the model's (steps, then flows) through removals, undos and additions,
without counting the model again."""

from __future__ import annotations

from customer_modeler.editor.canvas.label_order import LabelOrder
from customer_modeler.model import Flow, Lane, ProcessModel, Step


def journey(steps: int = 6) -> ProcessModel:
    model = ProcessModel("m")
    model.add_lane(Lane("CUS", "Customer", "customer"))
    for i in range(steps):
        model.add_step(Step(f"s{i}", "task", lane="CUS"))
    for i in range(steps - 1):
        model.add_flow(Flow(f"f{i}", f"s{i}", f"s{i + 1}"))
    return model


def models_order(model: ProcessModel) -> list[str]:
    return [*model.steps, *model.flows]


def test_an_undone_removal_takes_its_place_again_and_new_elements_come_last() -> None:
    model = journey()
    everything = set(models_order(model)) | {"new", "g"}
    # a flow and a step removed, the order counted at the first removal (as the scene does)
    removed = [("flow", model.flows["f2"], model.remove_flow("f2"))]
    order = LabelOrder(model)
    order.removed_before_count("f2", False, removed[0][2])
    removed.append(("flow", model.flows["f3"], model.remove_flow("f3")))
    removed.append(("step", model.steps["s3"], model.remove_step("s3")))
    # the removed keep their places (the scene asks only of elements it draws)
    assert order.sorted(everything) == ["s0", "s1", "s2", "s3", "s4", "s5", "f0", "f1", "f2", "f3", "f4"]
    # put back in the middle at their old indexes, newest first, as an undo does
    for kind, element, index in reversed(removed):
        at = model.add_step(element, index) if kind == "step" else model.add_flow(element, index)
        order.added(element.id, kind == "step", at)
    assert order.sorted(everything) == models_order(model)
    # and a new step and flow at the end come after the others of their kind
    model.add_step(Step("new", "task", lane="CUS"))
    order.added("new", True, len(model.steps) - 1)
    model.add_flow(Flow("g", "s5", "new"))
    order.added("g", False, len(model.flows) - 1)
    assert order.sorted(everything) == models_order(model)
