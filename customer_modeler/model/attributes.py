"""Model layer: the customer attributes of docs/methods.md §1.2–1.3 as data.

One table says, for every ``cpm:`` attribute, which field holds it, its type and its
allowed values. The BPMN reader and writer convert with it, and the editor's property
dock validates with it, so the three never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from customer_modeler.model.distributions import ACCEPTED_FORMS, distribution_problem


class AttributeError_(ValueError):
    """A value the attribute does not accept (wrong type or out of range)."""


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """How one attribute is typed, bounded and named to a person.

    ``kind``: float, int, bool, str, list, choice or distribution. ``label`` and ``unit``
    are what every message, field and undo text shows instead of the attribute's key.
    """

    name: str
    kind: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    label: str = ""
    unit: str = ""

    @property
    def display_name(self) -> str:
        """'Failure probability' for ``fail_prob``."""
        return self.label or self.name.replace("_", " ").capitalize()

    @property
    def field_label(self) -> str:
        """The display name with its unit: 'Duration (min)'."""
        return f"{self.display_name} ({self.unit})" if self.unit else self.display_name

    def parse(self, text: str) -> object:
        """Turn the attribute text of a file (or a property field) into a model value.

        Raises
        ------
        AttributeError_
            When the text is not a valid value; the message says what is expected.
        """
        text = text.strip()
        if self.kind == "float" or self.kind == "int":  # the most common kinds first
            return self._parse_number(text)
        if self.kind == "list":
            return tuple(text.split())
        if self.kind == "str":
            return text
        if self.kind == "distribution":
            problem = distribution_problem(text)
            if problem is not None:
                raise AttributeError_(f"{self.display_name} '{text}' {problem}; use one of "
                                      f"{', '.join(ACCEPTED_FORMS)}")
            return text
        if self.kind == "choice":
            if text not in self.choices:
                raise AttributeError_(f"{self.display_name} must be one of {', '.join(self.choices)}")
            return text
        if self.kind == "bool":
            if text.lower() in ("true", "1"):
                return True
            if text.lower() in ("false", "0"):
                return False
            raise AttributeError_(f"{self.display_name} must be true or false")
        return self._parse_number(text)

    def _parse_number(self, text: str) -> float | int:
        try:
            number: float | int = int(text) if self.kind == "int" else float(text)
        except ValueError:
            expected = "a whole number" if self.kind == "int" else "a number"
            raise AttributeError_(f"{self.display_name} must be {expected}, not '{text}'") from None
        if isinstance(number, float) and not math.isfinite(number):
            raise AttributeError_(f"{self.display_name} must be a finite number")
        low, high = self.low, self.high
        if (low is not None and number < low) or (high is not None and number > high):
            name = self.display_name
            if low is not None and high is not None:
                raise AttributeError_(f"{name} must be between {self._amount(low)} and {self._amount(high)}")
            if low is not None:
                raise AttributeError_(f"{name} must be at least {self._amount(low)}")
            raise AttributeError_(f"{name} must be at most {self._amount(high)}")
        return number

    def _amount(self, value: float | None) -> str:
        """'0', or '0 min' when the attribute has a unit."""
        return f"{format_value(value)} {self.unit}" if self.unit else format_value(value)

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
    AttributeSpec("visible", "bool", label="Customer sees it"),
    AttributeSpec("channel", "choice", choices=CHANNELS),
    AttributeSpec("phase", "choice", choices=PHASES),
    AttributeSpec("duration", "float", low=0.0, unit="min"),
    AttributeSpec("wait", "float", low=0.0, unit="min"),
    AttributeSpec("tolerance", "float", low=0.0, unit="min"),
    AttributeSpec("duration_dist", "distribution", label="Duration distribution"),
    AttributeSpec("cost", "float", unit="CU"),
    AttributeSpec("resource", "str"),
    AttributeSpec("contact", "bool"),
    AttributeSpec("initiated_by", "choice", choices=("customer", "company"), label="Initiated by"),
    AttributeSpec("customer_time", "bool", label="Customer time"),
    AttributeSpec("effort", "float", low=0.0, high=5.0),
    AttributeSpec("emotion", "int", low=-3, high=3),
    AttributeSpec("fail_prob", "float", low=0.0, high=1.0, label="Failure probability"),
    AttributeSpec("severity", "float", low=1.0, high=10.0),
    AttributeSpec("detection", "float", low=1.0, high=10.0),
    AttributeSpec("fail_emotion", "int", low=-3, high=3, label="Emotion on failure"),
    AttributeSpec("moment_of_truth", "bool", label="Moment of truth"),
    AttributeSpec("systems", "list"),
    AttributeSpec("data_in", "list", label="Data items"),
    AttributeSpec("value", "choice", choices=("VA", "BVA", "NVA")),
    AttributeSpec("contact_reason", "str", label="Contact reason"),
    AttributeSpec("avoidable", "bool", label="Avoidable (failure demand)"),
    AttributeSpec("caused_by", "str", label="Caused by"),
    AttributeSpec("key", "str", label="Activity key"),
    AttributeSpec("evidence", "str"),
    AttributeSpec("share", "float", low=0.0, high=1.0, label="Start share"),
    AttributeSpec("outcome", "choice", choices=OUTCOMES),
    AttributeSpec("margin", "float", unit="CU"),
)

#: Flow attributes (docs/methods.md §1.3).
FLOW_ATTRIBUTES: Final[tuple[AttributeSpec, ...]] = (
    AttributeSpec("prob", "float", low=0.0, high=1.0, label="Branch probability"),
    AttributeSpec("failure", "bool", label="Failure branch"),
    AttributeSpec("severity", "float", low=1.0, high=10.0),
    AttributeSpec("detection", "float", low=1.0, high=10.0),
)

#: Lane attributes (docs/methods.md §1.1); ``role`` is handled apart since it is always known.
LANE_ATTRIBUTES: Final[tuple[AttributeSpec, ...]] = (
    AttributeSpec("fixed_cost_per_year", "float", low=0.0, unit="CU"),
)

STEP_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in STEP_ATTRIBUTES}
FLOW_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in FLOW_ATTRIBUTES}
LANE_ATTRIBUTE_BY_NAME: Final = {spec.name: spec for spec in LANE_ATTRIBUTES}


def display_name(name: str) -> str:
    """How a person reads an attribute key in any message or table: 'fail_prob' → 'Failure probability'."""
    for table in (STEP_ATTRIBUTE_BY_NAME, FLOW_ATTRIBUTE_BY_NAME, LANE_ATTRIBUTE_BY_NAME):
        if name in table:
            return table[name].display_name
    return name.replace("_", " ").capitalize()


def is_set(value: object) -> bool:
    """Whether a model value was set by the modeller (None and empty lists mean "not set")."""
    return value is not None and value != ()
