"""Editor layer: which attributes the properties dock shows for each element, and how.

Which fields, and the default that applies when a field is left empty
(docs/methods.md §1.2–1.3), kept apart from the dock's widgets.
"""

from __future__ import annotations

from typing import Final

from customer_modeler.model.attributes import FLOW_ATTRIBUTES, LANE_ATTRIBUTES, STEP_ATTRIBUTES, AttributeSpec
from customer_modeler.model.elements import Step

#: What applies when the field is empty ("not set").
DEFAULTS: Final = {
    "visible": "derived", "channel": "none", "phase": "other", "duration": "0", "wait": "0",
    "tolerance": "none", "duration_dist": "fixed", "cost": "0", "contact": "derived",
    "initiated_by": "derived", "customer_time": "derived", "effort": "derived",
    "emotion": "not plotted", "fail_prob": "0", "severity": "5, unrated", "detection": "5, unrated",
    "fail_emotion": "-3", "moment_of_truth": "no", "avoidable": "no", "caused_by": "inferred",
    "key": "matched by name", "share": "even", "outcome": "success", "margin": "0",
    "prob": "even split", "failure": "no",
}

_START_ONLY: Final = {"share"}
_END_ONLY: Final = {"outcome", "margin"}
_START_FIELDS: Final = ("share", "phase", "key", "evidence")
_END_FIELDS: Final = ("outcome", "margin", "visible", "channel", "phase", "emotion", "key")


def label_of(spec: AttributeSpec) -> str:
    """The field's label: its display name and unit from the attribute table."""
    return spec.field_label


def step_fields(step: Step) -> tuple[AttributeSpec, ...]:
    """The attributes the dock shows for a step of this type."""
    by_name = {spec.name: spec for spec in STEP_ATTRIBUTES}
    if step.type == "start":
        return tuple(by_name[name] for name in _START_FIELDS)
    if step.type == "end":
        return tuple(by_name[name] for name in _END_FIELDS)
    if step.type in ("xor", "and", "or"):
        return (by_name["key"],)
    return tuple(spec for spec in STEP_ATTRIBUTES if spec.name not in _START_ONLY | _END_ONLY)


def flow_fields() -> tuple[AttributeSpec, ...]:
    return FLOW_ATTRIBUTES


def lane_fields() -> tuple[AttributeSpec, ...]:
    return LANE_ATTRIBUTES
