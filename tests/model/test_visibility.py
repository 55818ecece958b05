"""The customer-visibility rule of the model layer (no Qt): what the diagram and the analyses share."""

from __future__ import annotations

from customer_modeler.model import Lane, ProcessModel, Step
from customer_modeler.model.visibility import (
    default_visible,
    in_customer_lane,
    lane_faces_customer,
    step_visible,
)


def two_lanes() -> ProcessModel:
    model = ProcessModel()
    model.add_lane(Lane("L_c", name="Customer", role="customer"))
    model.add_lane(Lane("L_s", name="Sales", role="department"))
    return model


def test_unset_visibility_means_the_tasks_of_the_customer_lane() -> None:
    model = two_lanes()
    model.add_step(Step("t_c", name="Call", lane="L_c"))
    model.add_step(Step("e_c", kind="startEvent", name="Start", lane="L_c"))
    model.add_step(Step("t_s", name="Check stock", lane="L_s"))
    assert [step_visible(model, model.steps[i]) for i in ("t_c", "e_c", "t_s")] == [True, False, False]
    assert in_customer_lane(model, model.steps["e_c"]) and not in_customer_lane(model, model.steps["t_s"])


def test_a_step_marked_visible_or_hidden_keeps_its_mark() -> None:
    model = two_lanes()
    model.add_step(Step("t_s", name="Answer the phone", lane="L_s", visible=True))
    model.add_step(Step("t_c", name="Think it over", lane="L_c", visible=False))
    assert step_visible(model, model.steps["t_s"]) is True
    assert step_visible(model, model.steps["t_c"]) is False


def test_a_lane_faces_the_customer_when_it_holds_a_visible_step() -> None:
    model = two_lanes()
    model.add_step(Step("t_s", name="Pack", lane="L_s"))
    assert not lane_faces_customer(model, "L_s")
    model.add_step(Step("t_s2", name="Answer the phone", lane="L_s", visible=True))
    assert lane_faces_customer(model, "L_s")


def test_the_analyses_default_is_the_same_rule() -> None:
    from customer_modeler.analysis.engine.attributes import resolved

    model = two_lanes()
    model.add_step(Step("t_c", name="Call", lane="L_c"))
    model.add_step(Step("t_s", name="Pack", lane="L_s"))
    for step_id, role in (("t_c", "customer"), ("t_s", "department")):
        step = model.steps[step_id]
        assert resolved(step, role).visible == step_visible(model, step) == default_visible(step.type, role)
