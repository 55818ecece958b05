"""Command line: ``customer-modeler compare A B [--customer NAME|ID] [--customer-b NAME|ID]
[--json] [--html OUT]``.

A is ours (or the baseline), B theirs (or the variant). Always the side-by-side
scorecard, the key matching and the similarities of docs/methods.md §5; when B is a variant
of A (its ``variant_of`` names A, or both are our models and share ids) also the §7
what-if economics. Prints readable text, or with ``--json`` the object
``{"a", "b", "variant", "compare", "what_if"}`` whose last two are common analysis reports
(``what_if`` is null unless B is a variant); ``--html OUT`` writes both as a
self-contained HTML report with the §7 tornado. Each file's customer is the lane or pool
given (``--customer``, ``--customer-b`` when B's differs), else the suggested one; the
output says which, and lists every reader warning. Exit status 1 when a file is refused
(``error: FILE: reason`` on stderr), the HTML cannot be written, or an E- issue stops
either scorecard. No Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from customer_modeler.cli.analyze import write_outputs
from customer_modeler.cli.json_text import write_indented
from customer_modeler.cli.support import (
    ANALYSIS_MODULES,
    choose_customer,
    import_while_reading,
    open_model,
    write_table,
)
from customer_modeler.analysis.formatting import Profile
from customer_modeler.analysis.report.display import SIDES, View
from customer_modeler.model.document import ProcessModel

Row = dict[str, object]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``compare`` arguments to its subcommand parser."""
    parser.add_argument("a", type=Path, metavar="A", help="our model, or the baseline")
    parser.add_argument("b", type=Path, metavar="B", help="their model, or the what-if variant")
    parser.add_argument("--customer", metavar="NAME|ID",
                        help="the customer lane or pool of A (and of B unless --customer-b); "
                        "default: the one each file marks or names, else a suggestion")
    parser.add_argument("--customer-b", metavar="NAME|ID",
                        help="the customer lane or pool of B, when it differs from A's")
    parser.add_argument("--json", action="store_true",
                        help="print JSON: the compare report, and the what-if report when B "
                        "is a variant of A")
    parser.add_argument("--html", type=Path, metavar="OUT",
                        help="write a self-contained HTML report (comparison, what-if, "
                        "tornado)")


def run(args: argparse.Namespace) -> int:
    """Run ``compare``; return the exit status (0, or 1 on refusal or a stopping error)."""
    models = []
    extra: dict[str, object] = {}
    wanted = getattr(args, "customer", None)
    libraries = import_while_reading(*ANALYSIS_MODULES)
    for side, path, customer in (("a", args.a, wanted),
                                 ("b", args.b, getattr(args, "customer_b", None) or wanted)):
        opened = open_model(path)
        if opened is None:
            return 1
        chosen = choose_customer(opened, path, customer)
        if chosen is None:
            return 1
        models.append(chosen[0])
        extra[f"customer_{side}"] = chosen[1]
        extra[f"reader_warnings_{side}"] = [w.as_dict() for w in opened.warnings]
    libraries.join()
    result = {"a": str(args.a), "b": str(args.b), **compare_files(models[0], models[1]),
              **extra}
    readable = result
    if not args.json or args.html is not None:
        from customer_modeler.analysis.report.explain import explained_pair

        readable = explained_pair(result, models[0], models[1])
    if args.json:
        write_indented(result, sys.stdout)
    else:
        print_comparison(readable, sys.stdout)
    if args.html is not None:
        title = str(result["compare"]["title"])  # type: ignore[index]
        if not write_outputs(readable, title, None, args.html, compare=True):
            return 1
    reports = [r for r in (result["compare"], result["what_if"]) if isinstance(r, dict)]
    stopped = any(str(i["code"]).startswith("E-") for r in reports for i in r["issues"])
    return 1 if stopped else 0


def compare_files(a: ProcessModel, b: ProcessModel) -> dict[str, object]:
    """``{"variant", "compare", "what_if"}`` for two models; each engine, Monte Carlo run
    and scorecard is computed once and shared by both reports (``pair_report``)."""
    from customer_modeler.analysis.report.full import pair_report  # numpy on demand

    return pair_report(a, b)


# -- readable text -------------------------------------------------------------------------

def print_comparison(result: dict[str, object], out: TextIO) -> None:
    """Write both reports as readable text."""
    compare = result["compare"]
    assert isinstance(compare, dict)
    out.write(f"{compare['title']}\n")
    for side in ("a", "b"):
        customer = result.get(f"customer_{side}")
        if isinstance(customer, dict):
            out.write(f"{side.upper()}: {customer['text']}\n")
    from customer_modeler.cli.report_text import view_of, write_headlines

    view = view_of(result, _profile())
    for name in ("compare", "what_if", "changes"):
        write_headlines(result, name, out, indent="")
    tables: dict[str, list[Row]] = compare["tables"]
    if tables:
        _print_compare(compare, out, view)
    else:
        out.write("No comparison: an error below stops it.\n")
    what_if = result["what_if"]
    if isinstance(what_if, dict) and what_if["tables"]:
        _print_what_if(what_if, out, view, result.get("changes"))
    _print_issues(compare["issues"], out)
    for side in ("a", "b"):
        warnings = result.get(f"reader_warnings_{side}")
        if isinstance(warnings, list) and warnings:
            out.write(f"\nWhile reading {side.upper()} ({len(warnings)})\n")
            for warning in warnings:
                out.write(f"  {warning['code']:<26} {warning['message']}\n")


def _profile() -> Profile:
    from customer_modeler.analysis.formatting import COMPARE_TEXT

    return COMPARE_TEXT


def _print_compare(report: dict[str, object], out: TextIO, view: View) -> None:
    tables: dict[str, list[Row]] = report["tables"]  # type: ignore[assignment]
    kpis: dict[str, object] = report["kpis"]  # type: ignore[assignment]
    ours, theirs = (SIDES[view.sides][side] for side in ("ours", "theirs"))
    out.write(f"\nScorecard (change = {theirs} − {ours}; n/a where an attribute is not set)\n")
    _table(tables["scorecard"], ("kpi", "ours", "theirs", "delta", "pct_delta", "better"), out,
           view)
    ged = tables["similarity"][1]
    out.write(f"\nStep-matching similarity: {view.figure('node_similarity', kpis['node_similarity'])}"
              f"; graph edit distance {view.figure('ged', kpis['ged'])} ({ged['status']}), "
              f"similarity {view.figure('ged_similarity', kpis['ged_similarity'])}\n")
    out.write(f"\nMatched steps ({len(tables['matched'])}; weight, verdict for {ours})\n")
    _table(tables["matched"], ("ours", "theirs", "key", "ours_channel", "theirs_channel",
                               "weight", "verdict"), out, view)
    for name, label in (("ours_only", f"Only {ours}"), ("theirs_only", f"Only {theirs}")):
        rows = tables[name]
        out.write(f"\n{label} ({len(rows)}): " + ", ".join(
            f"'{r['name']}'" if r['name'] else str(r['element']) for r in rows) + "\n")
    out.write("\nCustomer minutes by phase (better: most measures of the phase)\n")
    _table(tables["phases"], ("phase", "ours_customer_time", "theirs_customer_time",
                              "ours_effort", "theirs_effort", "better"), out, view)


def _print_what_if(report: dict[str, object], out: TextIO, view: View,
                   changes: object) -> None:
    from customer_modeler.analysis.formatting import MONEY

    money = MONEY.format
    currency = view.currency
    tables: dict[str, list[Row]] = report["tables"]  # type: ignore[assignment]
    kpis: dict[str, object] = report["kpis"]  # type: ignore[assignment]
    out.write(f"\nWhat-if: {report['title']}\n")
    if not tables["economics"]:
        out.write("Economics n/a: the scenario needs accounts and journeys per account.\n")
    else:
        out.write(f"Net change per year: {money(kpis['net_delta_per_year'])} {currency} "
                  f"({money(kpis['net_delta_per_account'])} per account)\n")
        _table(tables["economics"], ("item", "baseline", "variant", "delta", "unit"), out,
               view)
        out.write("Break-even, one parameter at a time\n")
        _table(tables["break_even"], ("parameter", "base", "break_even", "note"), out, view)
        out.write("Tornado (net change per year); chance of a net benefit "
                  f"{view.figure('p_benefit', kpis['p_benefit'])}, pessimistic (5th "
                  f"percentile) {money(kpis['net_p5'])}, optimistic (95th) "
                  f"{money(kpis['net_p95'])}\n")
        _table(tables["tornado"], ("parameter", "low", "high", "net_at_low", "net_at_high"),
               out, view)
    if tables["workload"]:
        out.write("Account-executive workload\n")
        _table(tables["workload"], ("lane", "minutes_per_journey", "hours_per_ae",
                                    "utilisation", "flag"), out, view)
    out.write("Customer side\n")
    _table(tables["verdict"], ("kpi", "baseline", "variant", "delta", "change"), out, view)
    _print_changes(tables["changes"], changes, out, view)
    issues: list[Row] = report["issues"]  # type: ignore[assignment]
    _print_issues([i for i in issues if i["code"] == "W-DOUBLE-COST"], out)


def _print_issues(issues: object, out: TextIO) -> None:
    assert isinstance(issues, list)
    if not issues:
        return
    out.write(f"\nIssues ({len(issues)})\n")
    for issue in issues:  # messages name the elements; their ids are in the JSON
        out.write(f"  {issue['code']:<20} {issue['message']}\n")


def _print_changes(rows: list[Row], summary: object, out: TextIO, view: View) -> None:
    """The change list in short: per element kind and change, what the customer sees and
    what is back-stage, then the touchpoints met more or less often."""
    from customer_modeler.analysis.report.change_summary import summary_lines
    from customer_modeler.cli.report_text import write_rows

    out.write(f"Changes (changed attributes: {len(rows)}; the JSON lists them)\n")
    if not isinstance(summary, dict):
        return
    for line in summary_lines(summary):
        out.write(f"  {line}\n")
    touchpoints = summary.get("touchpoints")
    if touchpoints:
        out.write("Touchpoints customers meet more or less often (visits per journey)\n")
        write_rows(touchpoints, ("name", "before", "after", "delta"), view, out)


def _table(rows: list[Row], columns: Sequence[str], out: TextIO, view: View) -> None:
    from customer_modeler.cli.report_text import write_rows

    write_rows(rows, columns, view, out, indent="")
