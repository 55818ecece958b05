"""The customer-visibility rule of the model layer (no Qt): what the diagram and the analyses share."""

from __future__ import annotations

from customer_modeler.model import Flow, Lane, ProcessModel, Step
from customer_modeler.model.visibility import (
    default_visible,
    drawn_solid,
    in_customer_lane,
    lane_faces_customer,
    role_stated,
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


def foreign_with_customer_pool() -> ProcessModel:
    """As a file without our data reads: the customer's pool shown as the customer lane."""
    model = ProcessModel()
    model.add_lane(Lane("P_customer", name="Customer", role="customer", from_pool="P_customer"))
    model.add_lane(Lane("L_s", name="Sales", role="department"))
    model.add_step(Step("ask", name="Ask for a quote", lane="P_customer"))
    model.add_step(Step("quote", name="Send the quote", lane="L_s"))
    model.add_step(Step("price", name="Work out the price", lane="L_s"))
    model.add_flow(Flow("m1", "quote", "ask", message=True))
    model.add_flow(Flow("f1", "price", "quote"))
    model.visibility_inferred = True
    return model


def test_a_file_without_our_data_infers_visibility_from_its_messages_to_the_customer() -> None:
    model = foreign_with_customer_pool()
    seen = {step.id: step_visible(model, step) for step in model.steps.values()}
    assert seen == {"ask": True, "quote": True, "price": False}
    assert all(drawn_solid(model, step) for step in model.steps.values())  # nothing dimmed
    assert lane_faces_customer(model, "L_s")
    model.visibility_inferred = False  # our own file: no inference from messages
    assert not step_visible(model, model.steps["quote"])
    assert not drawn_solid(model, model.steps["price"])


def test_a_mark_beats_the_inference_and_the_inference_is_never_stored() -> None:
    model = foreign_with_customer_pool()
    model.update_step("quote", visible=False)
    assert not step_visible(model, model.steps["quote"])
    assert model.steps["price"].visible is None  # inferred values live nowhere in the model


def test_a_role_the_file_never_stated_gets_no_caption() -> None:
    model = foreign_with_customer_pool()
    assert not role_stated(model, model.lanes["L_s"])
    assert role_stated(model, model.lanes["P_customer"])
    model.update_lane("L_s", role="system", role_set=True)
    assert role_stated(model, model.lanes["L_s"])
