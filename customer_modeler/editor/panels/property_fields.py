"""Editor layer: which attributes the properties dock shows for each element, and how.

Which fields, and the default that applies when a field is left empty
(docs/methods.md §1.2–1.3), kept apart from the dock's widgets.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

from customer_modeler.editor.core_texts import field_label
from customer_modeler.model.attributes import FLOW_ATTRIBUTES, LANE_ATTRIBUTES, STEP_ATTRIBUTES, AttributeSpec
from customer_modeler.model.elements import Step

#: What applies when the field is empty ("not set").
DEFAULTS: Final = {
    "visible": QT_TRANSLATE_NOOP("FieldDefault", "derived"), "channel": QT_TRANSLATE_NOOP("FieldDefault", "none"),
    "phase": QT_TRANSLATE_NOOP("FieldDefault", "other"), "duration": "0", "wait": "0",
    "tolerance": QT_TRANSLATE_NOOP("FieldDefault", "none"), "duration_dist": QT_TRANSLATE_NOOP("FieldDefault", "fixed"),
    "cost": "0", "contact": QT_TRANSLATE_NOOP("FieldDefault", "derived"),
    "initiated_by": QT_TRANSLATE_NOOP("FieldDefault", "derived"),
    "customer_time": QT_TRANSLATE_NOOP("FieldDefault", "derived"), "effort": QT_TRANSLATE_NOOP("FieldDefault", "derived"),
    "emotion": QT_TRANSLATE_NOOP("FieldDefault", "not plotted"), "fail_prob": "0",
    "severity": QT_TRANSLATE_NOOP("FieldDefault", "5, unrated"), "detection": QT_TRANSLATE_NOOP("FieldDefault", "5, unrated"),
    "fail_emotion": "-3", "moment_of_truth": QT_TRANSLATE_NOOP("FieldDefault", "no"),
    "avoidable": QT_TRANSLATE_NOOP("FieldDefault", "no"), "caused_by": QT_TRANSLATE_NOOP("FieldDefault", "inferred"),
    "key": QT_TRANSLATE_NOOP("FieldDefault", "matched by name"), "share": QT_TRANSLATE_NOOP("FieldDefault", "even"),
    "outcome": QT_TRANSLATE_NOOP("FieldDefault", "success"), "margin": "0",
    "prob": QT_TRANSLATE_NOOP("FieldDefault", "even split"), "failure": QT_TRANSLATE_NOOP("FieldDefault", "no"),
}

_START_ONLY: Final = {"share"}
_END_ONLY: Final = {"outcome", "margin"}
_START_FIELDS: Final = ("share", "phase", "key", "evidence")
_END_FIELDS: Final = ("outcome", "margin", "visible", "channel", "phase", "emotion", "key")


def label_of(spec: AttributeSpec) -> str:
    """The field's label: its display name and unit from the attribute table."""
    return field_label(spec)


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
