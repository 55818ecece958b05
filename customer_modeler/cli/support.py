"""Command line: what the subcommands share — opening a file with a one-line refusal, and
writing a table as aligned text."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import ReadResult, read_bpmn_file


def open_model(path: Path) -> ReadResult | None:
    """Read a file for a subcommand; on refusal print ``error: FILE: reason`` and return None."""
    try:
        return read_bpmn_file(path)
    except BpmnReadError as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return None


def write_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str], out: TextIO, *,
                cell: Callable[[object], str], indent: str = "  ") -> None:
    """Write rows as text columns padded to their widest cell, a header line first."""
    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        out.write(indent + "  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")
