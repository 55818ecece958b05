"""Helpers for tests of the analyses' common report shape (tables of flat rows, issues)."""

from __future__ import annotations

from typing import Any

from customer_modeler.analysis import CODES

Report = dict[str, Any]


def rows(report: Report, table: str, **match: object) -> list[dict[str, Any]]:
    """The rows of a table whose columns equal ``match``."""
    found: list[dict[str, Any]] = report["tables"][table]
    return [r for r in found if all(r[k] == v for k, v in match.items())]


def one(report: Report, table: str, **match: object) -> dict[str, Any]:
    """The single row of a table whose columns equal ``match``."""
    found = rows(report, table, **match)
    assert len(found) == 1, found
    return found[0]


def codes(report: Report) -> list[str]:
    """The issue codes of a report; every one must be a registered code."""
    found = [issue["code"] for issue in report["issues"]]
    assert all(code in CODES for code in found)
    return found
