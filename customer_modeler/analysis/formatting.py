"""Analysis layer: how a report value reads in each output, as one table of rules.

Every output that turns a report value into text — the command line's aligned text, the
HTML page and its charts, the CSV files, the editor's results dock, the what-if change
list — formats it with :func:`format_cell` and one of the named profiles below. A
profile is data: the digits of a number by magnitude, the thousands separator (in the
format spec), the text of None, NaN and booleans, how lists and mappings are joined,
where long text is cut, and whether a unit follows the value. Profiles differ on
purpose (a dock cell is narrow, a CSV cell must read back); here they sit side by side,
so a difference is a choice, not an accident.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Digits:
    """How numbers from a magnitude up are written.

    ``spec`` is a Python format spec (``",.2f"``: two decimals, thousands grouped);
    ``trim`` drops trailing zeros and a bare point (``"1.500000"`` → ``"1.5"``, and a
    minus zero becomes ``"0"``).
    """

    spec: str
    at_least: float = 0.0
    trim: bool = False

    def write(self, value: float) -> str:
        text = format(value, self.spec)
        if self.trim and "." in text:
            text = text.rstrip("0").rstrip(".")
            return "0" if text in ("-0", "") else text
        return text


#: Digits that write every number the way ``str`` does.
PLAIN: Final = (Digits(""),)


@dataclass(frozen=True)
class Profile:
    """The rules of one output.

    ``floats`` and ``ints`` are tried in order: the first whose ``at_least`` is at most
    the magnitude applies, the last one takes whatever is left (small numbers, NaN).
    ``whole`` writes floats without a fraction (below ``whole_below``) before them.
    """

    name: str
    none: str = "n/a"
    #: NaN's text; None writes it like any float (``"nan"``).
    nan: str | None = "n/a"
    yes: str = "yes"
    no: str = "no"
    ints: tuple[Digits, ...] = PLAIN
    floats: tuple[Digits, ...] = PLAIN
    whole: Digits | None = None
    whole_below: float = math.inf
    #: Separator of list and tuple items; None writes them as Python does.
    items: str | None = None
    #: Separator of mapping entries and the entry pattern; None writes them as Python does.
    entries: str | None = None
    entry: str = "{key} {value}"
    #: Longest text (names, ids, whole numbers) before it is cut with "…".
    max_chars: int | None = None
    #: Separator before a unit; None leaves units to the label.
    unit: str | None = None

    def format(self, value: object, unit: str | None = None) -> str:
        """``value`` as this output shows it; ``unit`` follows when the profile says so."""
        text = self._text(value)
        if unit and self.unit is not None:
            return f"{text}{self.unit}{unit}"
        return text

    def _text(self, value: object) -> str:
        if value is None:
            return self.none
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, float):
            return self._float(value)
        if isinstance(value, int):
            return self._clip(_pick(self.ints, value).write(value))
        if isinstance(value, (list, tuple)) and self.items is not None:
            return self.items.join(str(v) for v in value)
        if isinstance(value, Mapping) and self.entries is not None:
            return self.entries.join(self.entry.format(key=k, value=v) for k, v in value.items())
        return self._clip(str(value))

    def _float(self, value: float) -> str:
        if value != value and self.nan is not None:
            return self.nan
        if self.whole is not None and value.is_integer() and abs(value) < self.whole_below:
            return self.whole.write(value)
        return _pick(self.floats, value).write(value)

    def _clip(self, text: str) -> str:
        size = self.max_chars
        return text if size is None or len(text) <= size else text[:size - 1] + "…"


def _pick(rules: tuple[Digits, ...], value: float) -> Digits:
    magnitude = abs(value)
    return next((rule for rule in rules[:-1] if magnitude >= rule.at_least), rules[-1])


def format_cell(value: object, profile: Profile, unit: str | None = None) -> str:
    """``value`` as ``profile``'s output shows it (see :meth:`Profile.format`)."""
    return profile.format(value, unit)


# -- the outputs ---------------------------------------------------------------------------

#: ``analyze`` text, the scorecard lines: six decimals, the unit after the value.
FIGURE: Final = Profile(
    "figure", nan=None, floats=(Digits(".6f"),), entries=", ", entry="{key} {value:.6f}",
    max_chars=40, unit=" ")
#: ``analyze`` text, table cells: six significant digits, large numbers grouped.
TEXT: Final = Profile(
    "text", nan=None, floats=(Digits(",.2f", 1e5), Digits(".6g")), entries=", ",
    entry="{key} {value:.6f}", max_chars=40)
#: ``compare`` text, table cells and figures: six significant digits, grouped from 1,000.
COMPARE_TEXT: Final = Profile(
    "compare text", nan=None, floats=(Digits(",.2f", 1000), Digits(".6g")))
#: ``compare`` text, money: two decimals, grouped.
MONEY: Final = Profile(
    "money", nan=None, ints=(Digits(",.2f"),), floats=(Digits(",.2f"),))
#: HTML report: grouped whole numbers, four significant digits below 100.
HTML: Final = Profile(
    "html", ints=(Digits(","),), whole=Digits(",.0f"), whole_below=1e15,
    floats=(Digits(",.2f", 100), Digits(".4g", 1e-4), Digits(".2e")))
#: HTML charts (labels and tooltips): three significant digits below 100.
CHART: Final = Profile(
    "chart", nan=None, yes="True", no="False", ints=(Digits(",.0f"),), whole=Digits(",.0f"),
    floats=(Digits(",.2f", 100), Digits(".3g")))
#: HTML charts, money on an axis: whole units, grouped.
CHART_MONEY: Final = Profile(
    "chart money", nan=None, ints=(Digits(",.0f"),), floats=(Digits(",.0f"),))
#: Editor results dock: at most six decimals (trailing zeros dropped), grouped from 1,000.
DOCK: Final = Profile(
    "dock", ints=(Digits(",", 10_000), Digits("")),
    floats=(Digits(",.2f", 1000), Digits(".6f", trim=True)), items=" ")
#: CSV files: values that read back (full precision, empty for None, true/false).
CSV: Final = Profile("csv", none="", nan=None, yes="true", no="false")
#: What-if change list, old and new attribute values: as short as exact.
CHANGE: Final = Profile(
    "change", none="", nan=None, yes="true", no="false", floats=(Digits("g"),), items=" ")

PROFILES: Final = {p.name: p for p in (FIGURE, TEXT, COMPARE_TEXT, MONEY, HTML, CHART,
                                       CHART_MONEY, DOCK, CSV, CHANGE)}
