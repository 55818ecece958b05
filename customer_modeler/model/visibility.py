"""Model layer: which steps the customer sees, and which lanes face the customer.

One rule for the whole program: the diagram dims back-stage steps and draws the line of
visibility with it, and the analyses count touchpoints with it. A step's own ``visible``
value wins; unset, the customer sees the tasks of the customer lane and nothing else.
"""

from __future__ import annotations

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Step


def default_visible(step_type: str, lane_role: str | None) -> bool:
    """The customer sees a step nobody marked: a task in the customer lane."""
    return step_type == "task" and lane_role == "customer"


def step_visible(model: ProcessModel, step: Step) -> bool:
    """The customer sees ``step``: its ``visible`` value, or the default for its lane."""
    if step.visible is not None:
        return step.visible
    return step.type == "task" and in_customer_lane(model, step)


def lane_faces_customer(model: ProcessModel, lane_id: str) -> bool:
    """A lane faces the customer when it holds a step the customer sees."""
    return any(step_visible(model, step) for step in model.steps_in_lane(lane_id))


def in_customer_lane(model: ProcessModel, step: Step) -> bool:
    """The step sits in the customer lane (drawn solid even where the customer does not see it)."""
    lane = model.lanes.get(step.lane or "")
    return lane is not None and lane.role == "customer"
