"""Small models built in code for the BPMN tests (no files involved)."""

from __future__ import annotations

from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step, System
from customer_modeler.model.elements import ModelInfo


def journey_model() -> ProcessModel:
    """Customer lane on top, a department and a system lane; a start, a decision, tasks
    with customer attributes, two ends, and diagram geometry for everything."""
    model = ProcessModel("Small journey")
    model.add_pool(Pool("Org", "Our company", model.process_id, Rect(0, 0, 900, 420)))
    model.add_lane(Lane("CUS", "Customer", "customer", pool="Org", bounds=Rect(30, 0, 870, 140), role_set=True))
    model.add_lane(Lane("SAL", "Sales ฝ่ายขาย", "department", pool="Org", bounds=Rect(30, 140, 870, 140),
                        role_set=True, fixed_cost_per_year=560000.0))
    model.add_lane(Lane("ITS", "IT/Systems", "system", pool="Org", bounds=Rect(30, 280, 870, 140), role_set=True))
    model.add_step(Step("S0", "startEvent", "Need", lane="CUS", bounds=Rect(60, 52, 36, 36)))
    model.add_step(Step("T1", "task", "Research on website", lane="CUS", bounds=Rect(150, 30, 120, 80),
                        visible=True, channel="web", phase="research", duration=15.0, wait=0.0,
                        emotion=1, systems=("WEB",), key="RESEARCH", value="VA"))
    model.add_step(Step("G1", "exclusiveGateway", "Answered?", lane="CUS", bounds=Rect(320, 45, 50, 50)))
    model.add_step(Step("T2", "task", "Advise by phone", lane="SAL", bounds=Rect(420, 170, 120, 80),
                        visible=True, channel="phone", duration=8.0, wait=5.0, tolerance=3.0, cost=6.4,
                        fail_prob=0.1, severity=5.0, detection=6.0, contact=True, avoidable=True,
                        contact_reason="product_information", data_in=("name", "need")))
    model.add_step(Step("T3", "serviceTask", "Validate", lane="ITS", bounds=Rect(420, 310, 120, 80),
                        visible=False, cost=0.2))
    model.add_step(Step("E1", "endEvent", "Bought", lane="CUS", bounds=Rect(700, 52, 36, 36),
                        outcome="success", margin=40.0))
    model.add_step(Step("E2", "endEvent", "Gave up", lane="CUS", bounds=Rect(700, 100, 36, 36),
                        outcome="abandon"))
    flows = [("F1", "S0", "T1", None), ("F2", "T1", "G1", None), ("F3", "G1", "T3", 0.6),
             ("F4", "G1", "T2", 0.3), ("F5", "T2", "E2", None), ("F6", "T3", "E1", None),
             ("F7", "G1", "E2", None)]
    for flow_id, source, target, prob in flows:
        model.add_flow(Flow(flow_id, source, target, prob=prob,
                            waypoints=((0.0, 1.0), (10.5, 1.0), (10.5, 20.25))))
    model.update_flow("F4", failure=True, severity=4.0, detection=10.0, name="misrouted")
    model.systems = {"WEB": System("WEB", "Website", "ITS", 0.005)}
    model.scenario = {"accounts": 2000.0, "accounts_per_ae": 250.0}
    model.info = ModelInfo(company="ours", time_unit="min", currency="CU")
    return model
