"""Command line: the readable text of a report — headlines, key figures and tables in
words and units (the display table of the analysis report), never raw keys or ids.

Shared by ``analyze`` and ``compare``; the JSON output keeps the keys. No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from customer_modeler.analysis.formatting import TEXT, Profile
from customer_modeler.analysis.report.display import View, label, legend, legend_text
from customer_modeler.cli.support import write_table

Row = Mapping[str, object]
#: Widest cell of a text table; longer text ends in "…" (the CSV and HTML have it all).
CELL_CHARS = 60


def view_of(report: Mapping[str, object], profile: Profile = TEXT) -> View:
    """The :class:`View` of a report: its names, currency and sides."""
    names = report.get("names")
    return View(profile, names if isinstance(names, Mapping) else None,
                str(report.get("currency") or "CU"), str(report.get("sides") or "competitor"))


def write_headlines(report: Mapping[str, object], name: str, out: TextIO,
                    indent: str = "  ") -> None:
    """The headline sentences of section ``name``, one per line."""
    found = report.get("headlines")
    lines = found.get(name) if isinstance(found, Mapping) else None
    for line in lines or ():
        out.write(f"{indent}{line['text']}\n")


def write_figures(figures: Mapping[str, object], view: View, out: TextIO,
                  indent: str = "  ", coverage: Mapping[str, object] | None = None) -> None:
    """Key figures as "Customer time   79.31 min" lines; a mapping value (the chance of
    each outcome) as one line per entry.

    ``coverage`` ({KPI: "durations set on steps: 6 of 9"}, the report's field) adds its
    words to a figure that is n/a or rests on only some of its inputs, so a number is
    never read as measured on every step when it is not.
    """
    flat: dict[str, object] = {}
    for key, value in figures.items():
        if isinstance(value, Mapping):
            flat.update({f"{key}_{inner}": v for inner, v in value.items()})
        else:
            flat[key] = value
    width = max((len(label(k, view.sides)) for k in flat), default=0)
    for key, value in flat.items():
        line = f"{indent}{label(key, view.sides):<{width}}  {view.figure(key, value)}"
        note = coverage_note(value, (coverage or {}).get(key))
        out.write(f"{line}  ({note})\n" if note else f"{line}\n")


#: "6 of 9" in a coverage text (the counts the analysis layer writes into it).
_COUNTS = re.compile(r"(\d+) of (\d+)")
#: A parenthesis inside a coverage text, written as a clause within the figure's own one.
_INNER = re.compile(r" \((.*?)\)")


def coverage_note(value: object, text: object) -> str | None:
    """The coverage words to show beside a figure: when it is n/a, or when its input is
    set on fewer than all of the steps it sums (None when it is set on all of them)."""
    if not isinstance(text, str) or not text:
        return None
    counts = _COUNTS.search(text)
    if value is None or (counts is not None and int(counts[1]) < int(counts[2])):
        return _INNER.sub(r", \1", text)
    return None


def write_rows(rows: Sequence[Row], columns: Iterable[str] | None, view: View, out: TextIO,
               indent: str = "  ") -> None:
    """A table with display headers and cells, then the legend of its abbreviations."""
    headers, cells = view.table(rows, columns)
    shown = [dict(zip(headers, (_clip(c) for c in line))) for line in cells]
    write_table(shown, headers, out, cell=str, indent=indent)
    keys = view.columns(rows, columns)
    entries = legend(keys, rows)
    if entries:
        out.write(f"{indent}Legend: {legend_text(entries)}\n")


def _clip(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS - 1] + "…"
