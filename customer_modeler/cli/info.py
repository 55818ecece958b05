"""Command line: ``customer-modeler info FILE [--json]`` — what a file holds, and what opening it found.

Never imports Qt, so it runs where no display or Qt library is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from customer_modeler.bpmn.reader import ReadResult
from customer_modeler.cli.json_text import indented
from customer_modeler.cli.support import open_model


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print JSON")


def info_counts(result: ReadResult) -> dict[str, object]:
    """The ``info --json`` object (docs/design.md, "Command line")."""
    model = result.model
    return {
        "lanes": sum(1 for lane in model.lanes.values() if lane.from_pool is None),
        "steps": len(model.steps),
        "flows": sum(1 for _ in model.sequence_flows()),
        "message_flows": sum(1 for _ in model.message_flows()),
        "warnings": [w.as_dict() for w in result.warnings],
    }


def run(args: argparse.Namespace) -> int:
    result = open_model(args.file)
    if result is None:
        return 1
    counts = info_counts(result)
    if args.json:
        print(indented(counts))
        return 0
    print(f"{args.file}: lanes: {counts['lanes']}, steps: {counts['steps']}, "
          f"flows: {counts['flows']}, message flows: {counts['message_flows']}")
    customer = result.model.customer_lane
    print(f"customer lane: {customer.name if customer else '(none)'}")
    for warning in result.warnings:
        print(f"  {warning.code}: {warning.message}")
    return 0
