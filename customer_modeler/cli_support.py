"""Command line: what every subcommand shares — opening a file with a one-line refusal."""

from __future__ import annotations

import sys
from pathlib import Path

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import ReadResult, read_bpmn_file


def open_model(path: Path) -> ReadResult | None:
    """Read a file for a subcommand; on refusal print ``error: FILE: reason`` and return None."""
    try:
        return read_bpmn_file(path)
    except BpmnReadError as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return None
