"""Samples layer: the competitor's online-first journey (docs/methods.md §9.3).

Rich product pages, live chat instead of phone, self-service tracking, a prepaid return
label, same-day dispatch and no phone ordering. Keys are shared with our models so the
comparison can match steps. Only what the table sets explicitly is stored.
"""

from __future__ import annotations

from customer_modeler.model import ProcessModel, Step
from customer_modeler.samples.shared import (
    COMPETITOR_SYSTEMS,
    FlowRow,
    end,
    finish,
    new_model,
    start,
    xor,
)

COMPETITOR_NAME = "Competitor (online-first)"
POOL_NAME = "Competitor"

_FLOWS: tuple[FlowRow, ...] = (
    ("S0", "T01", None, None), ("T01", "G01", None, None),
    ("G01", "T05", 0.85, None), ("G01", "T04", 0.15, None),
    ("T04", "T05", None, None), ("T05", "G03", None, None),
    ("G03", "T04", 0.08, None), ("G03", "EAB", 0.07, None), ("G03", "T06", 0.85, None),
    ("T06", "T08", None, None), ("T08", "T09", None, None), ("T09", "G05", None, None),
    ("G05", "T10", 0.12, None), ("G05", "T12", 0.06, None), ("G05", "T13", 0.82, None),
    ("T10", "T13", None, None), ("T12", "T13", None, None), ("T13", "T14", None, None),
    ("T14", "T15", None, None), ("T15", "G07", None, None),
    ("G07", "EOK", 0.90, None), ("G07", "T17", 0.10, None),
    ("T17", "T20", None, None), ("T20", "T21", None, None), ("T21", "ERET", None, None),
)


def _before_delivery() -> list[Step]:
    """Rows S0 to T12 of §9.3: research, live chat, ordering online, tracking."""
    return [
        start("S0", "CUS", "Need for a product"),
        Step("T01", name="Research on website (reviews, size guide, videos)", lane="CUS",
             visible=True, channel="web", phase="research", duration=12, wait=0, cost=0,
             emotion=1, systems=("WEB",), key="RESEARCH", value="VA"),
        xor("G01", "CUS", "Website answered my questions?"),
        Step("T04", name="Answer product question in live chat", lane="CSV", visible=True,
             channel="chat", phase="research", duration=5, wait=1, tolerance=3, cost=2.5,
             emotion=1, fail_prob=0.08, severity=4, detection=6, systems=("CHAT", "CRM"),
             data_in=("need",), key="ADVISE", contact=True, value="VA",
             contact_reason="product_information", avoidable=True),
        Step("T05", name="Compare options (comparison tool)", lane="CUS", visible=True,
             channel="web", phase="evaluate", duration=12, wait=0, cost=0, emotion=0,
             systems=("WEB",), key="COMPARE", value="VA"),
        xor("G03", "CUS", "Decision"),
        end("EAB", "CUS", "Buys elsewhere", outcome="abandon", margin=0),
        Step("T06", name="Place order on website (saved details)", lane="CUS", visible=True,
             channel="web", phase="order", duration=6, wait=0, cost=0.5, emotion=1,
             fail_prob=0.02, severity=6, detection=8, systems=("WEB", "PAY", "ERP"),
             data_in=("order",), key="ORDER_WEB", value="VA"),
        Step("T08", name="Validate payment and stock", lane="ITS", visible=False,
             channel="none", phase="order", duration=1, wait=0, cost=0.2, fail_prob=0.02,
             severity=6, detection=4, systems=("ERP", "PAY"), key="VALIDATE", value="BVA"),
        Step("T09", name="Send confirmation with tracking link", lane="ITS", visible=True,
             channel="email", phase="order", duration=0, wait=0, cost=0.05, emotion=1,
             fail_prob=0.02, severity=4, detection=8, systems=("MAIL", "ERP"),
             key="CONFIRM", value="BVA"),
        xor("G05", "CUS", "Need to check or change the order?"),
        Step("T10", name="Track or change order in account", lane="CUS", visible=True,
             channel="web", phase="revise", duration=3, wait=0, cost=0, emotion=1,
             systems=("WEB", "ERP"), key="STATUS_SELF", value="NVA"),
        Step("T12", name="Answer status or change in chat", lane="CSV", visible=True,
             channel="chat", phase="revise", duration=4, wait=1, tolerance=3, cost=2,
             emotion=0, fail_prob=0.1, severity=5, detection=6,
             systems=("CHAT", "CRM", "ERP"), data_in=("order_no",), key="STATUS",
             contact=True, value="NVA", contact_reason="order_status", avoidable=True),
    ]


def _from_delivery() -> list[Step]:
    """Rows T13 to ERET of §9.3: same-day dispatch, delivery, prepaid returns."""
    return [
        Step("T13", name="Pick, pack and ship (same day)", lane="FUL", visible=False,
             channel="none", phase="receive", duration=15, wait=720, cost=5, fail_prob=0.02,
             severity=7, detection=6, systems=("WMS",), key="PICK", value="VA"),
        Step("T14", name="Deliver order (live tracking)", lane="FUL", visible=True,
             channel="physical", phase="receive", duration=5, wait=1440, cost=6.5, emotion=2,
             fail_prob=0.03, severity=8, detection=9, systems=("CAR",), key="DELIVER",
             moment_of_truth=True, value="VA"),
        Step("T15", name="Unpack and check order", lane="CUS", visible=True,
             channel="physical", phase="receive", duration=10, wait=0, cost=0, emotion=2,
             key="UNPACK", moment_of_truth=True, value="VA"),
        xor("G07", "CUS", "Keep it?"),
        end("EOK", "CUS", "Order kept", outcome="success", margin=38),
        Step("T17", name="Print prepaid label and drop off parcel", lane="CUS", visible=True,
             channel="web", phase="return", duration=15, wait=0, cost=0, emotion=0,
             systems=("WEB",), data_in=("reason",), key="RETURN_WEB", value="NVA"),
        Step("T20", name="Inspect returned parcel", lane="FUL", visible=False, channel="none",
             phase="return", duration=10, wait=2880, cost=6, fail_prob=0.03, severity=6,
             detection=7, systems=("WMS",), key="COLLECT_RETURN", value="NVA"),
        Step("T21", name="Automatic refund e-mail", lane="CSV", visible=True, channel="email",
             phase="return", duration=1, wait=60, cost=0.5, emotion=2, fail_prob=0.02,
             severity=7, detection=5, systems=("ERP", "PAY"), key="REFUND",
             moment_of_truth=True, value="BVA"),
        end("ERET", "CUS", "Return completed", outcome="return", margin=-8),
    ]


def competitor_online_first() -> ProcessModel:
    """The competitor's online-first journey of docs/methods.md §9.3, laid out.

    Returns
    -------
    ProcessModel
        "Competitor (online-first)": company ``competitor``, live chat instead of the IVR.
    """
    model = new_model(COMPETITOR_NAME, company="competitor", pool_name=POOL_NAME,
                      systems=COMPETITOR_SYSTEMS)
    return finish(model, [*_before_delivery(), *_from_delivery()], _FLOWS)
