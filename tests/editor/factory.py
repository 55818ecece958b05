"""Test helpers: small laid-out models built in code (no files needed)."""

from __future__ import annotations

from customer_modeler.editor.geometry.routing import orthogonal_route
from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step

LANE_X, LANE_W, LANE_H = 0.0, 1000.0, 160.0


def make_model(thai: bool = False) -> ProcessModel:
    """Customer / Sales / Fulfilment lanes, a start, two tasks, an end, three flows."""
    model = ProcessModel("Small journey")
    model.add_pool(Pool("Org", "Organisation", process_id="Process_1", bounds=Rect(-30, 0, 1030, 480)))
    names = [("L_customer", "Customer", "customer"), ("L_sales", "Sales", "department"),
             ("L_fulfil", "ฝ่ายจัดส่ง" if thai else "Fulfilment", "department")]
    for i, (lane_id, name, role) in enumerate(names):
        model.add_lane(Lane(lane_id, name, role, pool="Org", role_set=True,
                            bounds=Rect(LANE_X, i * LANE_H, LANE_W, LANE_H)))
    steps = [
        Step("S_start", "startEvent", "Need", "L_customer", bounds=Rect(182, 62, 36, 36)),
        Step("T_call", "task", "Call the shop", "L_customer", bounds=Rect(290, 40, 120, 80),
             visible=True, channel="phone"),
        Step("T_quote", "task", "Prepare quote", "L_sales", bounds=Rect(490, 200, 120, 80)),
        Step("E_end", "endEvent", "Quoted", "L_sales", bounds=Rect(702, 222, 36, 36)),
    ]
    for step in steps:
        step.process = "Process_1"
        model.add_step(step)
    for flow_id, source, target in [("F1", "S_start", "T_call"), ("F2", "T_call", "T_quote"),
                                    ("F3", "T_quote", "E_end")]:
        points = orthogonal_route(model.steps[source].bounds, model.steps[target].bounds)
        model.add_flow(Flow(flow_id, source, target, process="Process_1", waypoints=points))
    return model


def snapshot(model: ProcessModel) -> dict:
    """Everything editable in a model, as comparable plain data (order included)."""
    return {
        "lanes": [(lane.id, repr(lane)) for lane in model.lanes.values()],
        "steps": [(step.id, repr(step)) for step in model.steps.values()],
        "flows": [(flow.id, repr(flow)) for flow in model.flows.values()],
    }
