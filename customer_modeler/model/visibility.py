"""Model layer: which steps the customer sees, and which lanes face the customer.

One rule for the whole program, decided per document: the diagram dims back-stage steps and
draws the line of visibility with it, and the analyses count touchpoints with it.

- A step's own ``visible`` mark always wins.
- Our files (and new models): unmarked, the customer sees the tasks of the customer lane.
- A file with none of our data (``model.visibility_inferred``, set by the reader): the customer
  also sees the tasks that exchange a message with the customer's lane or pool, and the diagram
  dims nothing, as the file's own tool draws it. The inference is computed, never stored, so
  saving writes no ``visible`` mark the user did not set.
"""

from __future__ import annotations

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane, Step


def default_visible(step_type: str, lane_role: str | None) -> bool:
    """The customer sees a step nobody marked: a task in the customer lane."""
    return step_type == "task" and lane_role == "customer"


def in_customer_lane(model: ProcessModel, step: Step) -> bool:
    """The step sits in the customer lane (or the customer's pool shown as that lane)."""
    lane = model.lanes.get(step.lane or "")
    return lane is not None and lane.role == "customer"


def messages_customer(model: ProcessModel, step: Step) -> bool:
    """A message flow joins the step and the customer's lane or pool."""
    customer = model.customer_lane
    if customer is None:
        return False
    customer_ends = {customer.id} | ({customer.from_pool} if customer.from_pool else set())
    for flow in model.flows_of(step.id):
        if not flow.message:
            continue
        other = flow.target if flow.source == step.id else flow.source
        other_step = model.steps.get(other)
        if other in customer_ends or (other_step is not None and other_step.lane in customer_ends):
            return True
    return False


def step_visible(model: ProcessModel, step: Step) -> bool:
    """The customer sees ``step``: its own mark, else the document's rule (see above)."""
    if step.visible is not None:
        return step.visible
    if step.type != "task":
        return False
    if in_customer_lane(model, step):
        return True
    return model.visibility_inferred and messages_customer(model, step)


def drawn_solid(model: ProcessModel, step: Step) -> bool:
    """Drawn undimmed: front-stage steps, the customer lane, and every step of a foreign file."""
    return model.visibility_inferred or in_customer_lane(model, step) or step_visible(model, step)


def lane_faces_customer(model: ProcessModel, lane_id: str) -> bool:
    """A lane faces the customer when it holds a step the customer sees."""
    return any(step_visible(model, step) for step in model.steps_in_lane(lane_id))


def role_stated(model: ProcessModel, lane: Lane) -> bool:
    """The lane's role was stated (by the user, our file, or the customer rule), not assumed:
    in a file without our data every other lane is a department only by default."""
    return not model.visibility_inferred or lane.role_set or lane.role != "department"
