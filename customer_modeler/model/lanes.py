"""Model layer: pure geometry helpers for lanes (which lane holds a point, lane order)."""

from __future__ import annotations

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane


def lane_at(model: ProcessModel, x: float, y: float) -> Lane | None:
    """The innermost lane whose bounds contain the point, or None."""
    found: Lane | None = None
    for lane in model.lanes.values():
        if lane.bounds is not None and lane.bounds.contains(x, y):
            if found is None or lane.bounds.height * lane.bounds.width <= (
                found.bounds.height * found.bounds.width if found.bounds else 0
            ):
                found = lane
    return found


def customer_lane_on_top(model: ProcessModel) -> bool:
    """True when there is no customer lane or it is the first (top) lane."""
    customer = model.customer_lane
    return customer is None or next(iter(model.lanes)) == customer.id
