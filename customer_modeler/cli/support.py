"""Command line: what the subcommands share — opening a file with a one-line refusal,
choosing the customer of a file to analyse, and writing a table as aligned text."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import ReadResult, read_bpmn_file
from customer_modeler.model.customer import (
    CustomerSuggestion,
    find_candidate,
    suggest_customer,
    with_customer,
)
from customer_modeler.model.document import ProcessModel


#: What the subcommands opened, when their process ends right after them (see
#: :func:`keep_opened_to_the_end`); None in any other caller, which gets its memory back.
_kept_to_the_end: list[object] | None = None


def keep_opened_to_the_end() -> None:
    """Keep every model opened from now on until the process ends.

    ``main`` asks for this when a subcommand is the whole program and it ends the
    process at once: freeing a large model and its XML element by element takes a fifth
    of ``info``'s time (a second and a half at 100,000 steps), and nothing needs that
    memory back.
    """
    global _kept_to_the_end
    _kept_to_the_end = []


def ends_with_the_command() -> bool:
    """Whether the process ends right after the subcommand (see :func:`keep_opened_to_the_end`)."""
    return _kept_to_the_end is not None


def keep_to_the_end(value: object) -> None:
    """Keep ``value`` until the process ends, when it ends right after the subcommand:
    freeing a 100,000-step report and the engine it came from takes half a second."""
    if _kept_to_the_end is not None:
        _kept_to_the_end.append(value)


def import_while_reading(*names: str) -> threading.Thread:
    """Start importing the modules ``names`` in a thread, for the caller to read its file
    meanwhile and join the thread before it uses them.

    libxml2 parses without holding Python's lock, so the import runs during the parse (of a
    10,000-step file, 0.1-0.3 s). Two threads may import the same module safely: Python
    makes it once and the second waits for it. Only a circle of imports could hand one of
    them a half-made module, and the package has none (``tests/test_import_cycles.py``).
    """
    def load() -> None:
        for name in names:
            importlib.import_module(name)

    thread = threading.Thread(target=load, name="import-while-reading", daemon=True)
    thread.start()
    return thread


#: What the analyses import, the slowest first (see :func:`import_while_reading`).
ANALYSIS_MODULES = ("numpy", "networkx", "customer_modeler.analysis.report.full")


def open_model(path: Path, *, diagram_later: bool = False) -> ReadResult | None:
    """Read a file for a subcommand (``diagram_later`` as in ``reader.read_bpmn``); on
    refusal print ``error: FILE: reason`` and return None."""
    try:
        result = read_bpmn_file(path, diagram_later=diagram_later)
    except BpmnReadError as exc:
        refused(path, exc)
        return None
    keep_to_the_end(result)
    return result


def refused(path: Path, error: BpmnReadError) -> None:
    """Say why the file was refused: ``error: FILE: reason`` on stderr."""
    print(f"error: {path}: {error}", file=sys.stderr)


def choose_customer(opened: ReadResult, path: Path,
                    wanted: str | None) -> tuple[ProcessModel, dict[str, object]] | None:
    """The model to analyse, with its customer, and what to tell the user about it.

    ``wanted`` (``--customer NAME|ID``) picks a lane or pool; without it the suggestion
    of :func:`~customer_modeler.model.customer.suggest_customer` is taken. Returns
    (model, ``{"element", "name", "kind", "rule", "text"}``), or None after
    ``error: FILE: …`` on stderr when ``wanted`` names no lane or pool.
    """
    model = opened.model
    suggestion = suggest_customer(model)
    if wanted is not None:
        chosen = find_candidate(model, wanted)
        if chosen is None:
            print(f"error: {path}: no lane or pool is called {wanted!r}; "
                  f"{_candidate_list(suggestion)}", file=sys.stderr)
            return None
        rule = "chosen with --customer"
    else:
        chosen, rule = suggestion.chosen, suggestion.rule
    if chosen is None:
        return model, {"element": None, "name": None, "kind": None, "rule": rule,
                       "text": "Customer: none (the file has no lane or pool); the "
                               "customer-side measures are n/a"}
    if model.customer_lane is None or model.customer_lane.id != chosen.element_id:
        model = with_customer(model, chosen)
    text = f"Customer: {chosen.label} ({rule})"
    if wanted is None and len(suggestion.candidates) > 1:
        text += "; choose another with --customer NAME|ID"
    return model, {"element": chosen.element_id, "name": chosen.name, "kind": chosen.kind,
                   "rule": rule, "text": text}


def _candidate_list(suggestion: CustomerSuggestion) -> str:
    if not suggestion.candidates:
        return "the file has no lane or pool"
    return "the lanes and pools are " + ", ".join(c.label for c in suggestion.candidates)


def warning_lines(opened: ReadResult, label: str = "") -> list[str]:
    """Every reader warning of a file as one line (``code  message``), for the report."""
    return [f"  {label}{w.code:<26} {w.message}" for w in opened.warnings]


def write_table(rows: Sequence[Mapping[str, object]], columns: Sequence[str], out: TextIO, *,
                cell: Callable[[object], str], indent: str = "  ") -> None:
    """Write rows as text columns padded to their widest cell, a header line first."""
    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    for line in [list(columns), *cells]:
        out.write(indent + "  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")
