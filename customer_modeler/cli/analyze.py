"""Command line: ``customer-modeler analyze FILE [--customer NAME|ID] [--analysis NAME]
[--set ELEMENT.FIELD=VALUE ...] [--json] [--csv DIR] [--html OUT]``.

Reads the file, takes the customer lane or pool it is told (else the suggested one, and
says which, with every reader warning), and builds the full report (:func:`~customer_modeler.analysis.report.full.
full_report`: the scorecard, visits and issues, and one report per analysis). Prints it as
readable text or, with ``--json``, as the object of docs/design.md; ``--csv DIR`` writes one CSV per
table and ``--html OUT`` a self-contained HTML report. Exit status 1 when the file is
refused, a file cannot be written, or an E- issue stops the scorecard (the issues are
still listed); 2 when a ``--set`` cannot be applied. ``--set`` analyses a scenario: a copy
of the model with those values (see :mod:`customer_modeler.cli.scenario_option`). No Qt is
imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from customer_modeler import __version__
from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import ReadResult, read_diagram
from customer_modeler.cli.json_text import write_indented
from customer_modeler.cli.support import (
    ANALYSIS_MODULES,
    choose_customer,
    ends_with_the_command,
    import_while_reading,
    keep_to_the_end,
    open_model,
    refused,
)

if TYPE_CHECKING:
    from customer_modeler.analysis.report.main_tables import MainTable
    from customer_modeler.model.document import ProcessModel

#: ``--analysis`` choices (the per-analysis keys of the JSON; kept in step with
#: ``analysis.full_report.ANALYSES``, which is imported only when the command runs).
ANALYSIS_CHOICES = ("streamline", "fail_points", "systems", "what_if", "failure_demand")
#: Rows of each analysis's main table in the readable text.
TEXT_ROWS = 5
GENERATOR = f"Customer Process Modeler {__version__}"  # as report.export.GENERATOR

Row = dict[str, object]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``analyze`` arguments to its subcommand parser."""
    parser.add_argument("file", type=Path, metavar="FILE", help="BPMN file to analyse")
    parser.add_argument("--customer", metavar="NAME|ID",
                        help="the lane or pool that is the customer (default: the one the "
                        "file marks or names, else a suggestion; the output says which)")
    parser.add_argument("--analysis", choices=ANALYSIS_CHOICES, metavar="NAME",
                        help="only this analysis: " + ", ".join(ANALYSIS_CHOICES))
    parser.add_argument("--set", action="append", metavar="ELEMENT.FIELD=VALUE",
                        help="analyse a scenario without editing the file (repeatable): "
                        "ELEMENT an id, a name or 'Source'->'Target' for a flow; FIELD an "
                        "attribute or its display name; a branch probability moves the "
                        "difference to the split's other branches in proportion")
    parser.add_argument("--json", action="store_true",
                        help="print JSON: kpis, visits, issues and one report per analysis")
    parser.add_argument("--csv", type=Path, metavar="DIR",
                        help="write one CSV file per table into DIR (created if missing)")
    parser.add_argument("--html", type=Path, metavar="OUT",
                        help="write a self-contained HTML report")


def run(args: argparse.Namespace) -> int:
    """Run ``analyze``; return the exit status (0, or 1 on refusal or a stopping error)."""
    libraries = import_while_reading(*ANALYSIS_MODULES)
    may_fork = _whole_json_of_the_program(args)
    opened = open_model(args.file, diagram_later=may_fork)
    libraries.join()
    if opened is None:
        return 1
    from customer_modeler.analysis.report.full import full_report, stopped  # imported meanwhile
    from customer_modeler.cli.parallel_sections import Children, worth_forking

    if may_fork and not worth_forking(opened.model):  # read whole, as any other caller does
        may_fork = False
        if not _diagram_read(opened, args.file):
            return 1

    chosen = choose_customer(opened, args.file, getattr(args, "customer", None))
    if chosen is None:
        return 1
    model, customer = chosen
    scenario = None
    if getattr(args, "set", None):
        from customer_modeler.cli.scenario_option import BAD_SETTING, apply_settings

        scenario = apply_settings(model, args.set)
        if scenario is None:
            return BAD_SETTING
        baseline, model = model, scenario.model
    children = Children(opened) if may_fork else None  # the first child reads the diagram
    report = full_report(model, analysis=args.analysis,
                         delegate=children.sections if children is not None else None)
    keep_to_the_end(report)
    if scenario is not None:
        from customer_modeler.cli.scenario_option import scenario_report

        after = report["kpis"]
        report["scenario"] = scenario_report(scenario, baseline,
                                             after if isinstance(after, dict) else None)
    report["customer"] = customer
    if children is None:
        report["reader_warnings"] = [w.as_dict() for w in opened.warnings]
    else:
        try:
            report["reader_warnings"] = children.reader_warnings()
        except BpmnReadError as exc:
            refused(args.file, exc)
            return 1
    title = model.name or args.file.stem
    if args.json and args.html is None:
        readable = report
    else:  # the words of the text and the HTML (the JSON alone does without them)
        from customer_modeler.analysis.report.explain import explained_report

        readable = explained_report(report, model)
    if args.json:
        write_indented(report, sys.stdout)
    else:
        print_report(readable, title, sys.stdout)
    if not write_outputs(readable, title, args.csv, args.html, model=model):
        return 1
    return 1 if stopped(report) else 0


def _whole_json_of_the_program(args: argparse.Namespace) -> bool:
    """Whether the command writes the whole JSON report and the process ends with it: a
    large model's report may then be made by three processes (see
    :mod:`customer_modeler.cli.parallel_sections`), the file's diagram read by one child."""
    return (args.json and args.csv is None and args.html is None and args.analysis is None
            and ends_with_the_command())


def _diagram_read(opened: ReadResult, path: Path) -> bool:
    """Read the diagram left for later here, at once; False after saying the file is refused."""
    try:
        read_diagram(opened)
    except BpmnReadError as exc:
        refused(path, exc)
        return False
    return True


def write_outputs(report: Mapping[str, object], title: str, csv_dir: Path | None,
                  html: Path | None, *, compare: bool = False,
                  model: ProcessModel | None = None) -> bool:
    """Write the ``--csv`` files and the ``--html`` report that were asked for.

    Returns False (after ``error: PATH: reason`` on stderr) when a file cannot be written.
    The window's Export Report writes through the same function
    (:func:`~customer_modeler.analysis.report.export.write_report`).
    """
    from customer_modeler.analysis.report.export import ReportWriteError, write_report
    from customer_modeler.bpmn.writer import write_atomically

    try:
        write_report(report, title, csv_dir, html, write=write_atomically, compare=compare,
                     generator=GENERATOR, model=model)
    except ReportWriteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    return True


def csv_bytes(rows: Sequence[Row]) -> bytes:
    """Rows as UTF-8 CSV (see :func:`~customer_modeler.analysis.report.export.csv_bytes`)."""
    from customer_modeler.analysis.report.export import csv_bytes as table_bytes

    return table_bytes(rows)


# -- readable text -------------------------------------------------------------------------

def print_report(report: Mapping[str, object], title: str, out: TextIO) -> None:
    """Write the headlines and the scorecard, a short section per analysis (its
    headlines and the top of its main table, in words and units), then the issues."""
    from customer_modeler.analysis.formatting import FIGURE
    from customer_modeler.analysis.report.full import ANALYSES
    from customer_modeler.analysis.report.main_tables import MAIN_TABLES
    from customer_modeler.cli.report_text import view_of, write_figures, write_headlines

    out.write(f"{title}\n")
    customer = report.get("customer")
    if isinstance(customer, dict):
        out.write(f"{customer['text']}\n")
    from customer_modeler.cli.scenario_option import write_scenario

    write_scenario(report, out)
    kpis = report["kpis"]
    if isinstance(kpis, dict):
        out.write("Scorecard (per journey; lower is better except margin and chances of "
                  "success)\n")
        write_headlines(report, "scorecard", out)
        coverage = report.get("coverage")
        write_figures(kpis, view_of(report, FIGURE), out,
                      coverage=coverage if isinstance(coverage, dict) else None)
    else:
        out.write("No scorecard: an error below stops it.\n")
    notes = report.get("notes")
    for name in ANALYSES:
        if name in report:
            section = report[name]
            note = notes.get(name) if isinstance(notes, dict) else None
            _print_section(name, section, MAIN_TABLES[name], note, out, report)
    issues = report["issues"]
    assert isinstance(issues, list)
    out.write(f"\nIssues ({len(issues)})\n" if issues else "\nNo issues.\n")
    for issue in issues:  # messages name the elements; their ids are in the JSON
        out.write(f"  {issue['code']:<20} {issue['message']}\n")
    warnings = report.get("reader_warnings")
    if isinstance(warnings, list) and warnings:
        out.write(f"\nWhile reading the file ({len(warnings)})\n")
        for warning in warnings:
            out.write(f"  {warning['code']:<26} {warning['message']}\n")


def _print_section(name: str, section: object, main: MainTable, note: str | None,
                   out: TextIO, report: Mapping[str, object]) -> None:
    from customer_modeler.analysis.report.display import MENU_TITLES, TABLE_LABELS
    from customer_modeler.cli.report_text import view_of, write_headlines, write_rows

    heading = MENU_TITLES.get(name, name)
    if not isinstance(section, dict):
        out.write(f"\n{heading}: n/a\n" + (f"  {note}\n" if note else ""))
        return
    title = str(section["title"])
    same = title.casefold() == heading.casefold()
    out.write(f"\n{heading}\n" if same else f"\n{heading} ({title[:1].lower()}{title[1:]})\n")
    table, columns = main.table, main.columns
    rows: list[Row] = section["tables"].get(table, [])
    if not any(section["tables"].values()) and any(
            str(i["code"]).startswith("E-") for i in section["issues"]):
        out.write("  n/a: an error stops this analysis (see the issues).\n")
        return
    write_headlines(report, name, out)
    shown = f"{len(rows)}; the top {TEXT_ROWS} shown" if len(rows) > TEXT_ROWS else f"{len(rows)}"
    out.write(f"  {TABLE_LABELS.get(table, table)} (rows: {shown})\n")
    if rows:
        write_rows(rows[:TEXT_ROWS], columns, view_of(report), out, indent="    ")
