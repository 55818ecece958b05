"""Analysis layer: the main table of each report — the one a reader looks at first.

The command line's readable text shows the top rows of it with a few columns; the
editor's results dock opens on it. One table for both, so they point at the same
findings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class MainTable:
    """The tables a report opens on, in order of preference, and its summary columns.

    ``columns`` are the columns a short summary shows of the first table (empty for
    reports the command line does not summarise this way).
    """

    tables: tuple[str, ...]
    columns: tuple[str, ...] = ()

    @property
    def table(self) -> str:
        """The table a summary shows (the first preference, even when it is empty)."""
        return self.tables[0]

    def first_filled(self, tables: Mapping[str, Sized]) -> str:
        """The first preferred table that has rows in ``tables``; "" when none has."""
        return next((name for name in self.tables if tables.get(name)), "")


#: By report name (the analyses, ``compare``, and the editor's ``scorecard`` and
#: ``system_change``, a systems report with a changed model).
MAIN_TABLES: Final[dict[str, MainTable]] = {
    "scorecard": MainTable(("visits",)),
    "streamline": MainTable(("candidates",),
                            ("rank", "rule", "elements", "customer_minutes", "cost")),
    "fail_points": MainTable(("fail_points",),
                             ("rank", "element", "name", "per_1000", "S", "O", "D", "RPN",
                              "EI", "surfaces_at")),
    "systems": MainTable(("footprint",),
                         ("system", "name", "touches", "P_touch", "failures", "surfaces_at")),
    "system_change": MainTable(("changes", "footprint")),
    "what_if": MainTable(("verdict", "economics"),
                         ("kpi", "baseline", "variant", "delta", "change")),
    "failure_demand": MainTable(("reasons",),
                                ("reason", "contacts", "share", "avoidable", "cost",
                                 "customer_minutes")),
    "compare": MainTable(("scorecard",), ("kpi", "ours", "theirs", "delta", "better")),
}
