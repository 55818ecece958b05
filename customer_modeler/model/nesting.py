"""Model layer: how deep an element sits — lanes inside lanes, steps inside sub-processes.

The canvas and the SVG writer both stack and indent by these depths, so they come from here.
"""

from __future__ import annotations

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Step

#: Deeper than any real diagram: a chain this long is a loop in a damaged file.
MAX_DEPTH = 100


def lane_ancestors(model: ProcessModel, lane_id: str) -> list[str]:
    """The lanes enclosing ``lane_id``, innermost first."""
    found: list[str] = []
    parent = model.lanes[lane_id].parent
    while parent is not None and parent in model.lanes and len(found) < MAX_DEPTH:
        found.append(parent)
        parent = model.lanes[parent].parent
    return found


def step_nesting_depth(model: ProcessModel, step: Step) -> int:
    """How many sub-processes enclose ``step`` (0 at the top level)."""
    depth, container = 0, step.container
    while container is not None and container in model.steps and depth < MAX_DEPTH:
        depth += 1
        container = model.steps[container].container
    return depth
