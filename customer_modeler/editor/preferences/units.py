"""Editor layer: durations and amounts shown in the units a person prefers — display only.

A file keeps its own units (its ``time_unit``, minutes when unset, and its
``currency``, the neutral CU when unset); the model is never converted. Here a value is
turned into the preferred unit for a field and a typed value back into the file's unit.
Currencies are symbols only: CU may be shown as € or kr, with no exchange rate, and a
file that names its own currency keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from customer_modeler.model.attributes import AttributeSpec, format_value
from customer_modeler.model.elements import ModelInfo

#: Minutes in one of each time unit a file may name.
MINUTES_PER: Final = {"s": 1 / 60, "min": 1.0, "h": 60.0, "d": 1440.0}
NEUTRAL_CURRENCY: Final = "CU"
#: Decimals a converted value is shown with (1.6667 h); the file keeps full precision.
SHOWN_DECIMALS: Final = 4


@dataclass(frozen=True)
class DisplayUnits:
    """The units of one document, and the ones its durations and amounts are shown in."""

    file_time: str = "min"
    shown_time: str = "min"
    file_currency: str = NEUTRAL_CURRENCY
    shown_currency: str = NEUTRAL_CURRENCY

    @classmethod
    def of(cls, info: ModelInfo, time_unit: str = "file", currency: str = "file") -> DisplayUnits:
        """The units for a model with ``info`` under the preferred ``time_unit`` and ``currency``."""
        file_time = info.time_unit or "min"
        file_currency = info.currency or NEUTRAL_CURRENCY
        convertible = file_time in MINUTES_PER and time_unit in MINUTES_PER
        shown_currency = currency if currency != "file" and file_currency == NEUTRAL_CURRENCY else file_currency
        return cls(file_time, time_unit if convertible else file_time, file_currency, shown_currency)

    def _factor(self, spec: AttributeSpec) -> float:
        """File value times this is the shown value."""
        if spec.unit == "min" and self.shown_time != self.file_time:
            return MINUTES_PER[self.file_time] / MINUTES_PER[self.shown_time]
        return 1.0

    def shown_spec(self, spec: AttributeSpec) -> AttributeSpec:
        """``spec`` with the unit its field shows: 'Duration (h)', 'Cost (€)'."""
        if spec.unit == "min":
            return replace(spec, unit=self.shown_time)
        if spec.unit == NEUTRAL_CURRENCY:
            return replace(spec, unit=self.shown_currency)
        return spec

    def shown_text(self, spec: AttributeSpec, value: object) -> str:
        """The field text for a file value: 90 min reads '1.5' when hours are shown."""
        factor = self._factor(spec)
        if factor == 1.0 or not isinstance(value, (int, float)) or isinstance(value, bool):
            return spec.format(value)
        return format_value(round(float(value) * factor, SHOWN_DECIMALS))

    def with_unit(self, spec: AttributeSpec, value: object) -> str:
        """The value and its unit as a sentence shows it: '1.5 h', '12 €'."""
        text = self.shown_text(spec, value)
        unit = self.shown_spec(spec).unit
        return f"{text} {unit}" if unit else text

    def file_text(self, spec: AttributeSpec, text: str) -> str:
        """A typed value back in the file's unit: '1.5' (hours shown) gives '90'.

        A unit typed after the number counts ('45 min' while hours are shown). Text that
        is no number goes through as it is, so the attribute's own check refuses it.
        """
        if spec.unit != "min":
            return text
        number, unit = _split_unit(text.strip())
        unit = unit or self.shown_time
        if number is None or unit not in MINUTES_PER or self.file_time not in MINUTES_PER:
            return text
        return format_value(round(number * MINUTES_PER[unit] / MINUTES_PER[self.file_time], 9))


def _split_unit(text: str) -> tuple[float | None, str]:
    """'1.5 h' -> (1.5, 'h'); '90' -> (90.0, ''); 'abc' -> (None, '')."""
    for unit in sorted(MINUTES_PER, key=len, reverse=True):
        if text.endswith(unit) and text[: -len(unit)].strip() != "":
            head = text[: -len(unit)].strip()
            return _number(head), unit if _number(head) is not None else ""
    return _number(text), ""


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
