"""Samples layer: the three built-in models of docs/methods.md §9, laid out and ready to save.

``order_journey()`` (current), ``order_journey_account_executive()`` (its what-if variant)
and ``competitor_online_first()``. Pure Python over the model layer; each call builds a
fresh model. ``python -m customer_modeler.samples OUTDIR`` writes them as BPMN files.
"""

from __future__ import annotations

from collections.abc import Callable

from customer_modeler.model import ProcessModel
from customer_modeler.samples.competitor import competitor_online_first
from customer_modeler.samples.order_journey import (
    order_journey,
    order_journey_account_executive,
)

#: File name (without ``.bpmn``) for each sample builder, in the order of §9.
SAMPLES: dict[str, Callable[[], ProcessModel]] = {
    "order-journey": order_journey,
    "order-journey-account-executive": order_journey_account_executive,
    "competitor-online-first": competitor_online_first,
}

__all__ = ["SAMPLES", "competitor_online_first", "order_journey",
           "order_journey_account_executive"]
