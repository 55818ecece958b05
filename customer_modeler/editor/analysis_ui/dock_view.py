"""Editor layer: how the results dock and the What If dialog write a report — in the user's
language, units and number format.

The core's :class:`~customer_modeler.analysis.report.display.View` writes English with the
report's own units (minutes, hours, the model's currency). :class:`DockView` keeps its rules
(which columns show, ids as names, the digits of the dock's number profile) and changes
three things for the window: names, legends and headlines go through translation
(:mod:`customer_modeler.editor.analysis_texts`); durations and amounts are shown in the
units chosen in Preferences (:class:`DockUnits`; the report and the files keep minutes and
the model's currency); numbers take the separators of the window's locale.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from customer_modeler.analysis.formatting import DOCK, Profile
from customer_modeler.analysis.report import display
from customer_modeler.analysis.report.headlines import Headline, minutes_text
from customer_modeler.editor import analysis_texts as texts
from customer_modeler.editor import plural
from customer_modeler.editor.core_texts import unit_text
from customer_modeler.editor.preferences.units import MINUTES_PER, NEUTRAL_CURRENCY

Row = Mapping[str, object]
#: Kinds of value the display table gives a unit.
UNIT_KINDS = ("minutes", "hours", "money")
#: Kinds of string value that are words of the display table (not the modeller's data).
WORD_KINDS = ("key", "code", "rule", "attribute", "side")
#: Names a cell lists before it counts the rest: a candidate or a phase of a large journey
#: lists thousands of steps, unreadable in a cell (the row's menu selects them all), and
#: naming them all to size a table's columns held the window 0.4 s at 100,000 steps.
LISTED = 12


@dataclass(frozen=True)
class DockUnits:
    """The units the window shows a report's durations and amounts in.

    ``time`` is the chosen unit ('min', 'h'), or '' to keep the report's own (minutes,
    and hours for yearly hours); ``currency`` the symbol shown for the report's.
    """

    time: str = ""
    currency: str = NEUTRAL_CURRENCY

    @classmethod
    def chosen(cls, report_currency: str, time_unit: str = "file", currency: str = "file") -> DockUnits:
        """The units for a report in ``report_currency`` under the preferred ones; a model
        that names its own currency keeps it (symbols only, no exchange rate)."""
        shown = currency if currency != "file" and report_currency == NEUTRAL_CURRENCY else report_currency
        return cls(time_unit if time_unit in MINUTES_PER else "", shown or NEUTRAL_CURRENCY)

    @classmethod
    def preferred(cls, report_currency: str) -> DockUnits:
        """:meth:`chosen` with the preferences in force."""
        from customer_modeler.editor.preferences.store import current

        prefs = current()
        return cls.chosen(report_currency, prefs.time_unit, prefs.currency)

    def unit(self, kind: str) -> str:
        """The unit a value of ``kind`` is shown in: 'min', 'h', the currency or ''."""
        if kind == "minutes":
            return self.time or "min"
        if kind == "hours":
            return self.time or "h"
        return self.currency if kind == "money" else ""

    def value(self, kind: str, number: float) -> float:
        """``number`` of ``kind`` (minutes or hours in the report) in the shown unit."""
        if kind == "minutes" and self.time:
            return number / MINUTES_PER[self.time]
        if kind == "hours" and self.time:
            return number * MINUTES_PER["h"] / MINUTES_PER[self.time]
        return number


def localised(text: str, locale: QLocale | None = None) -> str:
    """A number the core wrote ('1,234.5', '-0.25 %') with the locale's separators."""
    locale = locale or QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if (group, point) == (",", "."):
        return text
    return text.translate({ord(","): group, ord("."): point})


def value_words(text: str) -> str:
    """'n/a', 'yes', 'no' in the user's language."""
    return QCoreApplication.translate("AnalysisValue", text)


#: The fixed words of a value.
VALUE_WORDS = (
    QT_TRANSLATE_NOOP("AnalysisValue", "n/a"),
    QT_TRANSLATE_NOOP("AnalysisValue", "yes"),
    QT_TRANSLATE_NOOP("AnalysisValue", "no"),
)


@dataclass(frozen=True)
class DockView:
    """How the window shows one report: names, report currency, sides, the units chosen."""

    names: display.Names | None = None
    currency: str = NEUTRAL_CURRENCY
    sides: str = "competitor"
    units: DockUnits = field(default_factory=DockUnits)
    profile: Profile = DOCK

    @property
    def core(self) -> display.View:
        """The core's view of the same report (its column rules and data cells)."""
        return display.View(self.profile, self.names, self.currency, self.sides)

    def columns(self, rows: Iterable[Row], wanted: Iterable[str] | None = None) -> list[str]:
        return self.core.columns(rows, wanted)

    def label(self, key: str) -> str:
        """A key's display name, translated ('Customer time')."""
        return texts.analysis_label(key, self.sides)

    def header(self, key: str) -> str:
        """A column header with its shown unit ('Customer time (h)')."""
        found = display.field(key)
        unit = self.units.unit(found.kind) if found is not None else ""
        return texts.with_unit(self.label(key), unit_text(unit))

    def legend(self, columns: Iterable[str], rows: Iterable[Row] = ()) -> list[tuple[str, str]]:
        """The abbreviations a table uses, each with its meaning translated."""
        return [(code, texts.legend_words(meaning)) for code, meaning in display.legend(columns, rows)]

    def cell(self, key: str, row: Row) -> str:
        """The value of column ``key`` in ``row`` as the window shows it."""
        value = row.get(key)
        if key == "evidence" and "evidence_code" in row:
            return texts.evidence_text(row)
        kind = display.value_kind(key, row)
        if value is None:
            return value_words("n/a")
        if isinstance(value, bool):
            return value_words("yes" if value else "no")
        if isinstance(value, (int, float)):
            return self.number(kind, value, with_unit=key in display.VALUE_COLUMNS)
        if isinstance(value, str) and kind in WORD_KINDS and not self._names_all(value) \
                and not (kind == "side" and value not in display.SIDES[self.sides]):
            return self._words(kind, value)
        if isinstance(value, str) and key not in display.COMPANIONS:
            listed = self._first_names(key, row, value)
            if listed is not None:
                return listed
        return self.core.cell(key, row)

    def _first_names(self, key: str, row: Row, value: str) -> str | None:
        """A list of more than :data:`LISTED` elements as its first names and the count of
        the others; None for any other value."""
        tokens = value.split()
        if len(tokens) <= LISTED or self.names is None or not (
                display.value_kind(key, row) == "ids" or all(t in self.names for t in tokens)):
            return None
        first, more = self.core.cell(key, {**row, key: " ".join(tokens[:LISTED])}), len(tokens) - LISTED
        return plural.translate("ResultsDock", "{names} and %n more", None, more).format(names=first)

    def number(self, kind: str, value: float, with_unit: bool = False) -> str:
        """A number of ``kind`` converted to the shown unit, in the locale's format."""
        if value != value:
            return value_words("n/a")
        if value in (float("inf"), float("-inf")):
            return self.profile.format(value)
        if kind == "share":
            return localised(display.percent(float(value)))
        if kind == "percent":
            return localised(f"{display.clean(float(value)):,.1f} %")
        shown = self.units.value(kind, value)
        number = display.clean(shown) if isinstance(shown, float) else shown
        text = localised(self.profile.format(number))
        if with_unit and kind in UNIT_KINDS:
            return f"{text} {unit_text(self.units.unit(kind))}"
        return text

    def kpi_value(self, key: str, value: object, coverage: str | None = None) -> str:
        """A key figure with its unit; an n/a one with its coverage words when inputs are
        missing ('n/a (durations set on steps: 0 of 9)'), not when every input is set (then
        something else made it n/a, e.g. no Monte Carlo run: the issues say what)."""
        text = self.cell("value", {"kpi": key, "value": value})
        if value is None and coverage and not texts.coverage_complete(coverage):
            return texts.with_unit(text, texts.coverage_text(coverage))
        return text

    def headline(self, line: Headline) -> str:
        """A headline sentence in the user's language and units."""
        return texts.headline_text(line.code, line.params, self._param) or line.text

    def _param(self, name: str, value: object) -> str:
        """One headline parameter, typed by its name's ending as the core types it."""
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return str(value)
        number = float(value)
        if name.endswith("_min"):
            return self._minutes(number)
        if name.endswith("_h"):
            return localised(f"{self.units.value('hours', number):,.0f}") + " " + \
                unit_text(self.units.unit("hours"))
        if name.endswith("_pct"):
            return localised(display.percent(number))
        if name.endswith("_money"):
            amount = f"{number:,.2f}" if abs(number) < 1000 else f"{number:,.0f}"
            return f"{localised(amount)} {self.units.currency}"
        if name.endswith("_n"):
            if number.is_integer() or abs(number) >= 100:
                return localised(f"{number:,.0f}")
            return localised(f"{number:.1f}" if abs(number) >= 1 else f"{number:.2f}")
        return str(value)

    def _minutes(self, minutes: float) -> str:
        """Minutes as a headline writes them: the core's own steps, else the chosen unit."""
        if not self.units.time:
            number, unit = minutes_text(minutes).split(" ")
            return f"{localised(number)} {unit_text(unit)}"
        shown = self.units.value("minutes", minutes)
        digits = ",.0f" if abs(shown) >= 10 else ".1f" if abs(shown) >= 1 else ".2f"
        return f"{localised(format(shown, digits))} {unit_text(self.units.time)}"

    def _names_all(self, value: str) -> bool:
        tokens = value.split()
        return self.names is not None and bool(tokens) and all(t in self.names for t in tokens)

    def _words(self, kind: str, value: str) -> str:
        if kind == "key":
            return self.label(value) if (display.field(value) or "_" in value) else value
        if kind == "code":
            return texts.code_text(value)
        if kind == "rule":
            return texts.rule_text(value)
        if kind == "attribute":
            return QCoreApplication.translate("Attribute", display.attribute_label(value))
        return texts.side_words(display.SIDES[self.sides][value])


def view_of(outcome: Any, units: DockUnits | None = None) -> DockView:
    """The window's view of an analysis outcome (its names, currency and sides) in ``units``
    (the preferred ones when not given)."""
    if outcome is None:
        return DockView(units=units or DockUnits.preferred(NEUTRAL_CURRENCY))
    currency = outcome.currency or NEUTRAL_CURRENCY
    return DockView(outcome.names or None, currency, outcome.sides,
                    units or DockUnits.preferred(currency))
