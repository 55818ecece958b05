"""Model layer: the customer attributes of docs/methods.md §1.2–1.3 as data.

One table says, for every ``cpm:`` attribute, which field holds it, its type and its
allowed values. The BPMN reader and writer convert with it, and the editor's property
dock validates with it, so the three never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final


class AttributeError_(ValueError):
    """A value the attribute does not accept (wrong type or out of range)."""


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """How one attribute is typed and bounded. ``kind``: float, int, bool, str, list or choice."""

    name: str
    kind: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()

    def parse(self, text: str) -> object:
        """Turn the attribute text of a file (or a property field) into a model value.

        Raises
        ------
        AttributeError_
            When the text is not a valid value; the message says what is expected.
        """
        text = text.strip()
        if self.kind == "list":
            return tuple(text.split())
        if self.kind == "str":
            return text
        if self.kind == "choice":
            if text not in self.choices:
                raise AttributeError_(f"{self.name} must be one of {', '.join(self.choices)}")
            return text
        if self.kind == "bool":
            if text.lower() in ("true", "1"):
                return True
            if text.lower() in ("false", "0"):
                return False
            raise AttributeError_(f"{self.name} must be true or false")
        return self._parse_number(text)

    def _parse_number(self, text: str) -> float | int:
        try:
            number: float | int = int(text) if self.kind == "int" else float(text)
        except ValueError:
            expected = "a whole number" if self.kind == "int" else "a number"
            raise AttributeError_(f"{self.name} must be {expected}, not {text!r}") from None
        if isinstance(number, float) and not math.isfinite(number):
            raise AttributeError_(f"{self.name} must be a finite number")
        if self.low is not None and number < self.low:
            raise AttributeError_(f"{self.name} must be at least {format_value(self.low)}")
        if self.high is not None and number > self.high:
            raise AttributeError_(f"{self.name} must be at most {format_value(self.high)}")
        return number

    def format(self, value: object) -> str:
        """The attribute text for a model value (the inverse of :meth:`parse`)."""
        if self.kind == "list":
            assert isinstance(value, tuple)
            return " ".join(value)
        if self.kind == "bool":
            return "true" if value else "false"
        return format_value(value)


def format_value(value: object) -> str:
    """Shortest text that reads back as the same value: 8.0 -> '8', 0.1 -> '0.1'."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


CHANNELS: Final = ("web", "app", "email", "chat", "phone", "ivr", "store", "mail", "video",
                   "physical", "none")
PHASES: Final = ("research", "evaluate", "order", "revise", "receive", "return", "other")
OUTCOMES: Final = ("success", "return", "abandon", "failure")


#: Step attributes (docs/methods.md §1.2), in the order the property dock shows them.
STEP_ATTRIBUTES: Final[tuple[AttributeSpec, ...]] = (
    AttributeSpec("visible", "bool"),
    AttributeSpec("channel", "choice", choices=CHANNELS),
    AttributeSpec("phase", "choice", choices=PHASES),
    AttributeSpec("duration", "float", low=0.0),
    AttributeSpec("wait", "float", low=0.0),
    AttributeSpec("tolerance", "float", low=0.0),
    AttributeSpec("duration_dist", "str"),
    AttributeSpec("cost", "float"),
    AttributeSpec("resource", "str"),
    AttributeSpec("contact", "bool"),
    AttributeSpec("initiated_by", "choice", choices=("customer", "company")),
    AttributeSpec("customer_time", "bool"),
    AttributeSpec("effort", "float", low=0.0, high=5.0),
    AttributeSpec("emotion", "int", low=-3, high=3),
    AttributeSpec("fail_prob", "float", low=0.0, high=1.0),
    AttributeSpec("severity", "float", low=1.0, high=10.0),
    AttributeSpec("detection", "float", low=1.0, high=10.0),
    AttributeSpec("fail_emotion", "int", low=-3, high=3),
    AttributeSpec("moment_of_truth", "bool"),
    AttributeSpec("systems", "list"),
    AttributeSpec("data_in", "list"),
    AttributeSpec("value", "choice", choices=("VA", "BVA", "NVA")),
    AttributeSpec("contact_reason", "str"),
    AttributeSpec("avoidable", "bool"),
    AttributeSpec("caused_by", "str"),
    AttributeSpec("key", "str"),
    AttributeSpec("evidence", "str"),
    AttributeSpec("share", "float", low=0.0, high=1.0),
    AttributeSpec("outcome", "choice", choices=OUTCOMES),
    AttributeSpec("margin", "float"),
)

#: Flow attributes (docs/methods.md §1.3).
FLOW_ATTRIBUTES: Final[tuple[AttributeSpec, ...]] = (
    AttributeSpec("prob", "float", low=0.0, high=1.0),
    AttributeSpec("failure", "bool"),
    AttributeSpec("severity", "float", low=1.0, high=10.0),
    AttributeSpec("detection", "float", low=1.0, high=10.0),
)

#: Lane attributes (docs/methods.md §1.1); ``role`` is handled apart since it is always known.
LANE_ATTRIBUTES: Final[tuple[AttributeSpec, ...]] = (
    AttributeSpec("fixed_cost_per_year", "float", low=0.0),
)

STEP_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in STEP_ATTRIBUTES}
FLOW_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in FLOW_ATTRIBUTES}
LANE_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in LANE_ATTRIBUTES}


def is_set(value: object) -> bool:
    """Whether a model value was set by the modeller (None and empty lists mean "not set")."""
    return value is not None and value != ()
