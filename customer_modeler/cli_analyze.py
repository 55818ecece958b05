"""Command line: ``customer-modeler analyze FILE [--json]``.

Reads the file, runs the shared engine and the scorecard (ANALYSES.md §2), and prints a
readable scorecard or, with ``--json``, the object of DESIGN.md's CLI table (``kpis``,
``visits``, ``issues``). Exit status 1 when the file is refused or an E- issue stops the
scorecard (the issues are still listed). No Qt is imported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from customer_modeler.cli_support import open_model

_UNITS = {"customer_time": "min", "lead_time": "min", "lead_time_given_success": "min",
          "lead_time_mc": "min", "wait_excess": "min", "cost": "CU", "margin": "CU"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``analyze`` arguments to its subcommand parser."""
    parser.add_argument("file", type=Path, metavar="FILE", help="BPMN file to analyse")
    parser.add_argument("--json", action="store_true",
                        help="print JSON: kpis, visits and issues")


def run(args: argparse.Namespace) -> int:
    """Run ``analyze``; return the exit status (0, or 1 on refusal or a stopping error)."""
    from customer_modeler.analysis.report import analysis_report  # numpy/networkx on demand

    opened = open_model(args.file)
    if opened is None:
        return 1
    model = opened.model
    report = analysis_report(model)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_report(report, model.name or str(args.file), sys.stdout)
    return 1 if report["kpis"] is None else 0


def print_report(report: dict[str, object], title: str, out: TextIO) -> None:
    """Write the report as a readable scorecard followed by the issues."""
    out.write(f"{title}\n")
    kpis = report["kpis"]
    if isinstance(kpis, dict):
        out.write("Scorecard (ANALYSES.md §2.11; lower is better except margin)\n")
        for key, value in kpis.items():
            out.write(f"  {key:<25} {_format(value)}{_unit(key)}\n")
    else:
        out.write("No scorecard: an error below stops it.\n")
    issues = report["issues"]
    assert isinstance(issues, list)
    out.write(f"Issues ({len(issues)})\n" if issues else "No issues.\n")
    for issue in issues:
        elements = ", ".join(issue["elements"])
        where = f" [{elements}]" if elements else ""
        out.write(f"  {issue['code']:<20} {issue['message']}{where}\n")


def _format(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v:.6f}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:.6f}"
    return str(value)


def _unit(key: str) -> str:
    unit = _UNITS.get(key)
    return f" {unit}" if unit else ""
