"""Samples layer: what the three bundled models share (docs/methods.md §9.0).

The five lanes (customer on top), the systems table, the model-level settings and the
what-if scenario, plus small constructors for the steps and flows of the §9 tables.
Only what a table sets explicitly is stored; derived defaults (ᵈ) stay unset. Imports
only the model layer.
"""

from __future__ import annotations

from collections.abc import Iterable

from customer_modeler.model import Flow, Lane, ModelInfo, Pool, ProcessModel, Step, System
from customer_modeler.model.layout import layout_model

POOL_ID = "Participant_Org"

#: The lanes of §9.0, top to bottom: id, name, role.
LANES = (
    ("CUS", "Customer", "customer"),
    ("SAL", "Sales", "department"),
    ("FUL", "Fulfilment", "department"),
    ("CSV", "Customer Service", "department"),
    ("ITS", "IT/Systems", "system"),
)
AE_SALES_NAME = "Sales (account executives)"

#: The systems of §9.0: id, name, fail_prob per use.
SYSTEMS = (
    ("WEB", "Website / web shop", 0.005),
    ("PAY", "Payment gateway", 0.004),
    ("ERP", "Order management", 0.002),
    ("CRM", "Customer records", 0.002),
    ("PBX", "Automated answering system (IVR)", 0.01),
    ("CHAT", "Live-chat platform", 0.01),
    ("WMS", "Warehouse management", 0.003),
    ("CAR", "Carrier tracking", 0.01),
    ("MAIL", "E-mail service", 0.01),
)
OUR_SYSTEMS = ("WEB", "PAY", "ERP", "CRM", "PBX", "WMS", "CAR", "MAIL")
COMPETITOR_SYSTEMS = ("WEB", "PAY", "ERP", "CRM", "CHAT", "WMS", "CAR", "MAIL")

#: The what-if scenario of §9.0, stored on the account-executive variant.
AE_SCENARIO = {
    "accounts": 2000.0,
    "journeys_per_account_per_year": 5.0,
    "accounts_per_ae": 250.0,
    "ae_cost_per_year": 70000.0,
    "ae_hours_per_year": 1600.0,
}

#: A row of a §9 flow table: from, to, p (None when blank), failure (severity, detection).
FlowRow = tuple[str, str, float | None, tuple[float, float] | None]


def start(step_id: str, lane: str, name: str) -> Step:
    """A start event; events and gateways carry only lane and name."""
    return Step(step_id, kind="startEvent", name=name, lane=lane)


def end(step_id: str, lane: str, name: str, *, outcome: str, margin: float) -> Step:
    """An end event with its ``outcome`` and ``margin`` flags."""
    return Step(step_id, kind="endEvent", name=name, lane=lane, outcome=outcome, margin=margin)


def xor(step_id: str, lane: str, name: str) -> Step:
    """An exclusive gateway (the "XOR:" rows)."""
    return Step(step_id, kind="exclusiveGateway", name=name, lane=lane)


def new_model(name: str, *, company: str, pool_name: str, systems: Iterable[str],
              variant_of: str | None = None, sales_name: str = "Sales") -> ProcessModel:
    """An empty model with the §9.0 pool, lanes, systems and model-level settings.

    Parameters
    ----------
    name
        The model's name, e.g. "Order journey (current)".
    company
        ``ours`` or ``competitor``.
    pool_name
        The name of the organisation's pool.
    systems
        Ids of the §9.0 systems this model has.
    variant_of
        The name of the model this one is a what-if variant of.
    sales_name
        The name of the SAL lane.

    Returns
    -------
    ProcessModel
        The model, ready for its steps and flows.
    """
    model = ProcessModel(name)
    model.add_pool(Pool(POOL_ID, name=pool_name, process_id=model.process_id))
    for lane_id, lane_name, role in LANES:
        lane_name = sales_name if lane_id == "SAL" else lane_name
        model.add_lane(Lane(lane_id, name=lane_name, role=role, pool=POOL_ID, role_set=True))
    wanted = set(systems)
    model.set_model_data("systems", {
        sid: System(sid, name=sname, fail_prob=fail) for sid, sname, fail in SYSTEMS
        if sid in wanted})
    model.set_model_data("info", ModelInfo(company=company, variant_of=variant_of,
                                           time_unit="min", currency="CU"))
    return model


def finish(model: ProcessModel, steps: Iterable[Step], flows: Iterable[FlowRow]) -> ProcessModel:
    """Add the steps and flows (ids F01, F02 ... in table order) and lay the model out.

    Parameters
    ----------
    model
        A model from :func:`new_model`.
    steps
        The step rows in table order.
    flows
        The flow rows in table order.

    Returns
    -------
    ProcessModel
        The same model, laid out (docs/methods.md §9.0 layout hint).
    """
    for step in steps:
        step.process = model.process_id
        model.add_step(step)
    for number, (source, target, prob, failure) in enumerate(flows, start=1):
        severity, detection = failure if failure is not None else (None, None)
        model.add_flow(Flow(f"F{number:02d}", source, target, process=model.process_id,
                            prob=prob, failure=True if failure is not None else None,
                            severity=severity, detection=detection))
    layout_model(model, pool_id=POOL_ID)
    return model
