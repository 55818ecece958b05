"""Samples layer: the Order journey, current and what-if (docs/methods.md §9.1 and §9.2).

Every row of the step and flow tables, storing only what a row sets explicitly:
values marked ᵈ (derived defaults) and blank cells stay unset. The account-executive
variant keeps the ids and attributes of the steps it does not change.
"""

from __future__ import annotations

from customer_modeler.model import ProcessModel, Step
from customer_modeler.samples.shared import (
    AE_SALES_NAME,
    AE_SCENARIO,
    OUR_SYSTEMS,
    FlowRow,
    end,
    finish,
    new_model,
    start,
    xor,
)

CURRENT_NAME = "Order journey (current)"
AE_NAME = "Order journey (what-if: account executive)"
POOL_NAME = "Our company"

_FAILURE = (4.0, 10.0)  # "failure (S 4, D 10)": the IVR misroutes

_CURRENT_FLOWS: tuple[FlowRow, ...] = (
    ("S0", "T01", None, None), ("T01", "G01", None, None),
    ("G01", "T05", 0.60, None), ("G01", "T02", 0.40, None),
    ("T02", "G02", None, None),
    ("G02", "T04", 0.75, None), ("G02", "T03", 0.25, _FAILURE),
    ("T03", "T04", None, None), ("T04", "T05", None, None), ("T05", "G03", None, None),
    ("G03", "T02", 0.20, None), ("G03", "EAB", 0.10, None), ("G03", "G04", 0.70, None),
    ("G04", "T06", 0.75, None), ("G04", "T07", 0.25, None),
    ("T06", "T08", None, None), ("T07", "T08", None, None), ("T08", "T09", None, None),
    ("T09", "G05", None, None),
    ("G05", "T10", 0.20, None), ("G05", "T13", 0.80, None),
    ("T10", "G06", None, None),
    ("G06", "T12", 0.75, None), ("G06", "T11", 0.25, _FAILURE),
    ("T11", "T12", None, None), ("T12", "T13", None, None), ("T13", "T14", None, None),
    ("T14", "T15", None, None), ("T15", "G07", None, None),
    ("G07", "EOK", 0.88, None), ("G07", "T16", 0.12, None),
    ("T16", "G08", None, None),
    ("G08", "T17", 0.50, None), ("G08", "T18", 0.50, None),
    ("T17", "T20", None, None), ("T18", "T19", None, None), ("T19", "T20", None, None),
    ("T20", "T21", None, None), ("T21", "ERET", None, None),
)

_AE_FLOWS: tuple[FlowRow, ...] = (
    ("S0", "G00", None, None),
    ("G00", "T00", 0.50, None), ("G00", "T01", 0.50, None),
    ("T00", "T01", None, None), ("T01", "G01", None, None),
    ("G01", "T05", 0.80, None), ("G01", "T04", 0.20, None),
    ("T04", "T05", None, None), ("T05", "G03", None, None),
    ("G03", "T04", 0.08, None), ("G03", "EAB", 0.05, None), ("G03", "G04", 0.87, None),
    ("G04", "T06", 0.40, None), ("G04", "T07", 0.60, None),
    ("T06", "T08", None, None), ("T07", "T08", None, None), ("T08", "T09", None, None),
    ("T09", "G05", None, None),
    ("G05", "T12", 0.12, None), ("G05", "T13", 0.88, None),
    ("T12", "T13", None, None), ("T13", "T14", None, None), ("T14", "T15", None, None),
    ("T15", "G07", None, None),
    ("G07", "EOK", 0.92, None), ("G07", "T16", 0.08, None),
    ("T16", "G08", None, None),
    ("G08", "T17", 0.30, None), ("G08", "T19", 0.70, None),
    ("T17", "T20", None, None), ("T19", "T20", None, None), ("T20", "T21", None, None),
    ("T21", "ERET", None, None),
)


def _research_steps() -> list[Step]:
    """Rows S0 to T05 of §9.1: research by web, IVR and phone, then comparing."""
    return [
        start("S0", "CUS", "Need for a product"),
        Step("T01", name="Research products on website", lane="CUS", visible=True,
             channel="web", phase="research", duration=15, wait=0, cost=0, emotion=0,
             systems=("WEB",), key="RESEARCH", value="VA"),
        xor("G01", "CUS", "Website answered my questions?"),
        Step("T02", name="IVR menu (product information)", lane="ITS", visible=True,
             channel="ivr", phase="research", duration=1.5, wait=0, cost=0.1, emotion=-1,
             systems=("PBX",), key="IVR", value="NVA"),
        xor("G02", "ITS", "IVR routing"),
        Step("T03", name="Misrouted call: explain and transfer to Sales", lane="CSV",
             visible=True, channel="phone", phase="research", duration=2, wait=4, tolerance=3,
             cost=1.6, emotion=-2, data_in=("name",), key="TRANSFER", contact=True,
             value="NVA", contact_reason="misrouted_call", avoidable=True),
        Step("T04", name="Advise on products by phone", lane="SAL", visible=True,
             channel="phone", phase="research", duration=8, wait=5, tolerance=3, cost=6.4,
             emotion=1, fail_prob=0.1, severity=5, detection=6, systems=("PBX", "CRM"),
             data_in=("name", "need"), key="ADVISE", contact=True, value="VA",
             contact_reason="product_information", avoidable=True),
        Step("T05", name="Compare options and prices", lane="CUS", visible=True,
             channel="web", phase="evaluate", duration=20, wait=0, cost=0, emotion=0,
             systems=("WEB",), key="COMPARE", value="VA"),
    ]


def _order_steps() -> list[Step]:
    """Rows G03 to G05 of §9.1: deciding, ordering by web or phone, confirmation."""
    return [
        xor("G03", "CUS", "Decision"),
        end("EAB", "CUS", "Buys elsewhere", outcome="abandon", margin=0),
        xor("G04", "CUS", "Order channel"),
        Step("T06", name="Place order on website", lane="CUS", visible=True, channel="web",
             phase="order", duration=10, wait=0, cost=0.5, emotion=1, fail_prob=0.03,
             severity=6, detection=8, systems=("WEB", "PAY", "ERP"),
             data_in=("name", "address", "payment", "order"), key="ORDER_WEB", value="VA"),
        Step("T07", name="Take order by phone", lane="SAL", visible=True, channel="phone",
             phase="order", duration=10, wait=5, tolerance=3, cost=8, emotion=0,
             fail_prob=0.02, severity=6, detection=5, systems=("PBX", "ERP"),
             data_in=("name", "address", "payment", "order"), key="ORDER_PHONE",
             contact=True, value="VA", contact_reason="place_order"),
        Step("T08", name="Validate payment and stock", lane="ITS", visible=False,
             channel="none", phase="order", duration=1, wait=0, cost=0.2, fail_prob=0.02,
             severity=6, detection=4, systems=("ERP", "PAY"), key="VALIDATE", value="BVA"),
        Step("T09", name="Send order confirmation e-mail", lane="ITS", visible=True,
             channel="email", phase="order", duration=0, wait=0, cost=0.05, emotion=1,
             fail_prob=0.03, severity=4, detection=8, systems=("MAIL", "ERP"),
             key="CONFIRM", value="BVA"),
        xor("G05", "CUS", "Need to check or change the order?"),
    ]


def _revise_steps() -> list[Step]:
    """Rows T10 to T12 of §9.1: checking or changing the order through the IVR."""
    return [
        Step("T10", name="IVR menu (order status)", lane="ITS", visible=True, channel="ivr",
             phase="revise", duration=1.5, wait=0, cost=0.1, emotion=-1, systems=("PBX",),
             key="IVR", value="NVA"),
        xor("G06", "ITS", "IVR routing"),
        Step("T11", name="Misrouted call: explain and transfer to Customer Service",
             lane="SAL", visible=True, channel="phone", phase="revise", duration=2, wait=4,
             tolerance=3, cost=1.6, emotion=-2, data_in=("order_no",), key="TRANSFER",
             contact=True, value="NVA", contact_reason="misrouted_call", avoidable=True),
        Step("T12", name="Answer status or change order by phone", lane="CSV", visible=True,
             channel="phone", phase="revise", duration=6, wait=8, tolerance=3, cost=4.8,
             emotion=-1, fail_prob=0.15, severity=5, detection=7,
             systems=("PBX", "CRM", "ERP"), data_in=("order_no", "name", "address"),
             key="STATUS", contact=True, value="NVA", contact_reason="order_status",
             avoidable=True),
    ]


def _receive_steps() -> list[Step]:
    """Rows T13 to T16 of §9.1: shipping, delivery, keeping it or deciding to return."""
    return [
        Step("T13", name="Pick, pack and ship", lane="FUL", visible=False, channel="none",
             phase="receive", duration=20, wait=1440, cost=5, fail_prob=0.04, severity=7,
             detection=6, systems=("WMS",), key="PICK", value="VA"),
        Step("T14", name="Deliver order", lane="FUL", visible=True, channel="physical",
             phase="receive", duration=5, wait=1440, cost=6, emotion=2, fail_prob=0.05,
             severity=8, detection=9, systems=("CAR",), key="DELIVER", moment_of_truth=True,
             value="VA"),
        Step("T15", name="Unpack and check order", lane="CUS", visible=True,
             channel="physical", phase="receive", duration=10, wait=0, cost=0, emotion=2,
             key="UNPACK", moment_of_truth=True, value="VA"),
        xor("G07", "CUS", "Keep it?"),
        end("EOK", "CUS", "Order kept", outcome="success", margin=40),
        Step("T16", name="Decide to return or exchange", lane="CUS", visible=True,
             channel="none", phase="return", duration=5, wait=0, cost=0, emotion=-1,
             key="DECIDE_RETURN", value="NVA"),
    ]


def _return_steps() -> list[Step]:
    """Rows G08 to ERET of §9.1: returning online or by phone, refund."""
    return [
        xor("G08", "CUS", "Return channel"),
        Step("T17", name="Fill in return form online", lane="CUS", visible=True,
             channel="web", phase="return", duration=10, wait=0, cost=0, emotion=0,
             systems=("WEB",), data_in=("order_no", "name", "address", "reason"),
             key="RETURN_WEB", value="NVA"),
        Step("T18", name="IVR menu (returns)", lane="ITS", visible=True, channel="ivr",
             phase="return", duration=1.5, wait=0, cost=0.1, emotion=-1, systems=("PBX",),
             key="IVR", value="NVA"),
        Step("T19", name="Register return by phone", lane="CSV", visible=True,
             channel="phone", phase="return", duration=7, wait=8, tolerance=3, cost=5.6,
             emotion=-1, fail_prob=0.05, severity=5, detection=6,
             systems=("PBX", "CRM", "ERP"), data_in=("order_no", "name", "address", "reason"),
             key="RETURN_PHONE", contact=True, value="NVA", contact_reason="return"),
        Step("T20", name="Collect and inspect return", lane="FUL", visible=True,
             channel="physical", phase="return", duration=10, wait=2880, cost=8, emotion=-1,
             fail_prob=0.05, severity=6, detection=7, systems=("CAR", "WMS"),
             key="COLLECT_RETURN", value="NVA"),
        Step("T21", name="Refund or send replacement", lane="CSV", visible=True,
             channel="email", phase="return", duration=5, wait=1440, cost=3, emotion=1,
             fail_prob=0.05, severity=7, detection=5, systems=("ERP", "PAY"), key="REFUND",
             moment_of_truth=True, value="BVA"),
        end("ERET", "CUS", "Return completed", outcome="return", margin=-12),
    ]


def _current_steps() -> list[Step]:
    return [*_research_steps(), *_order_steps(), *_revise_steps(), *_receive_steps(),
            *_return_steps()]


def _ae_changed_steps() -> list[Step]:
    """The rows §9.2 adds (G00, T00) or changes (T04, T07, T12, T19: now AE steps)."""
    return [
        xor("G00", "CUS", "AE check-in due?"),
        Step("T00", name="AE check-in call (proactive)", lane="SAL", visible=True,
             channel="phone", phase="research", duration=8, wait=0, cost=0.3, emotion=1,
             systems=("CRM",), key="CHECKIN", contact=True, initiated_by="company",
             value="VA", contact_reason="proactive_check-in"),
        Step("T04", name="AE advises on products (direct line)", lane="SAL", visible=True,
             channel="phone", phase="research", duration=8, wait=1, tolerance=3, cost=0.3,
             effort=2, emotion=2, fail_prob=0.05, severity=5, detection=6, systems=("CRM",),
             data_in=("need",), key="ADVISE", contact=True, value="VA",
             contact_reason="product_information", avoidable=True),
        Step("T07", name="AE takes order by phone", lane="SAL", visible=True, channel="phone",
             phase="order", duration=8, wait=1, tolerance=3, cost=0.3, effort=1, emotion=1,
             fail_prob=0.01, severity=6, detection=5, systems=("CRM", "ERP"),
             data_in=("order",), key="ORDER_PHONE", contact=True, value="VA",
             contact_reason="place_order"),
        Step("T12", name="AE answers status or changes order", lane="SAL", visible=True,
             channel="phone", phase="revise", duration=5, wait=1, tolerance=3, cost=0.3,
             effort=2, emotion=1, fail_prob=0.05, severity=5, detection=7,
             systems=("CRM", "ERP"), data_in=("order_no",), key="STATUS", contact=True,
             value="NVA", contact_reason="order_status", avoidable=True),
        Step("T19", name="AE arranges return or exchange", lane="SAL", visible=True,
             channel="phone", phase="return", duration=5, wait=1, tolerance=3, cost=0.3,
             effort=2, emotion=0, fail_prob=0.03, severity=5, detection=6,
             systems=("CRM", "ERP"), data_in=("reason",), key="RETURN_PHONE", contact=True,
             value="NVA", contact_reason="return"),
    ]


#: The step ids of §9.2 in table order.
_AE_ORDER = ("S0 G00 T00 T01 G01 T04 T05 G03 EAB G04 T06 T07 T08 T09 G05 T12 T13 T14 T15 "
             "G07 EOK T16 G08 T17 T19 T20 T21 ERET").split()


def order_journey() -> ProcessModel:
    """The current Order journey of docs/methods.md §9.1, laid out.

    Returns
    -------
    ProcessModel
        "Order journey (current)": our company, five lanes, IVR and phone desks.
    """
    model = new_model(CURRENT_NAME, company="ours", pool_name=POOL_NAME, systems=OUR_SYSTEMS)
    return finish(model, _current_steps(), _CURRENT_FLOWS)


def order_journey_account_executive() -> ProcessModel:
    """The what-if variant with dedicated account executives (docs/methods.md §9.2), laid out.

    Returns
    -------
    ProcessModel
        "Order journey (what-if: account executive)", a variant of the current model,
        with the §9.0 scenario and the Sales lane named "Sales (account executives)".
    """
    model = new_model(AE_NAME, company="ours", pool_name=POOL_NAME, systems=OUR_SYSTEMS,
                      variant_of=CURRENT_NAME, sales_name=AE_SALES_NAME)
    model.set_model_data("scenario", dict(AE_SCENARIO))
    by_id = {step.id: step for step in _current_steps()}
    by_id.update((step.id, step) for step in _ae_changed_steps())
    return finish(model, [by_id[step_id] for step_id in _AE_ORDER], _AE_FLOWS)
