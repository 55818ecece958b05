"""Analysis layer: a report written to files — one CSV file per table and the HTML page.

``analyze --csv DIR --html OUT`` and the window's Analysis ▸ Export Report… both write
through :func:`write_report`, so the same model gives the same files from either. Every
CSV file has a header row, an empty table too (its columns come from
:mod:`~customer_modeler.analysis.report.table_columns`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from customer_modeler import __version__

if TYPE_CHECKING:
    from customer_modeler.model.document import ProcessModel

Row = Mapping[str, object]
#: Writes one file whole; the caller gives it (the analysis layer imports no BPMN code,
#: where the safe writer lives).
Writer = Callable[[Path, bytes], None]

#: The program named in the reports (no date, so the same model gives the same page).
GENERATOR: Final = f"Customer Process Modeler {__version__}"


class ReportWriteError(OSError):
    """A report file that could not be written: ``path`` and the system's reason."""

    def __init__(self, path: Path, reason: OSError) -> None:
        super().__init__(f"{path}: cannot write: {reason.strerror or reason}")
        self.path = path
        self.reason = reason


def csv_bytes(rows: Sequence[Row], columns: Sequence[str] = ()) -> bytes:
    """Rows as UTF-8 CSV: a header (``columns``, else every column in first-seen order),
    then the rows; None is an empty cell and booleans are ``true``/``false``."""
    from customer_modeler.analysis.formatting import CSV

    header = list(columns) or list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(header)
    for row in rows:
        writer.writerow([CSV.format(row.get(c)) for c in header])
    return out.getvalue().encode("utf-8")


def csv_files(report: Mapping[str, object]) -> dict[str, bytes]:
    """Every CSV file of an ``analyze`` report (a scenario's tables included), by name."""
    from customer_modeler.analysis.report.full import csv_tables
    from customer_modeler.analysis.report.table_columns import columns_of

    tables = csv_tables(report)
    scenario = report.get("scenario")
    if isinstance(scenario, Mapping):
        tables["scenario-set.csv"] = list(scenario.get("set") or [])
        tables["scenario-kpis.csv"] = list(scenario.get("kpis") or [])
    return {name: csv_bytes(rows, columns_of(name, rows)) for name, rows in tables.items()}


def html_bytes(report: Mapping[str, object], title: str, *, compare: bool = False,
               generator: str = GENERATOR, model: ProcessModel | None = None) -> bytes:
    """The self-contained HTML page of an ``analyze`` report or a ``compare`` result;
    with ``model``, an ``analyze`` page shows its diagram with the analyses' highlights."""
    from customer_modeler.analysis.report.html import compare_html, report_html
    from customer_modeler.analysis.report.html_diagram import diagram_figure

    if compare:
        return compare_html(report, title, generator=generator).encode("utf-8")
    if model is not None:
        report = {**report, "diagram": diagram_figure(model, report)}
    return report_html(report, title, generator=generator).encode("utf-8")


def write_report(report: Mapping[str, object], title: str, csv_dir: Path | None,
                 html: Path | None, *, write: Writer, compare: bool = False,
                 generator: str = GENERATOR, model: ProcessModel | None = None) -> list[Path]:
    """Write the CSV files into ``csv_dir`` (created if missing) and the page to ``html``
    (with the diagram of ``model`` when given).

    ``write`` writes one file (the command line and the window pass the atomic writer
    they save models with, so each file is replaced whole or not at all). Returns the
    paths written.

    Raises
    ------
    ReportWriteError
        Naming the file that could not be written.
    """
    written: list[Path] = []
    target = csv_dir
    try:
        if csv_dir is not None:
            csv_dir.mkdir(parents=True, exist_ok=True)
            for name, content in csv_files(report).items():
                target = csv_dir / name
                write(target, content)
                written.append(target)
        if html is not None:
            target = html
            write(html, html_bytes(report, title, compare=compare,
                                              generator=generator, model=model))
            written.append(html)
    except OSError as exc:
        assert target is not None
        raise ReportWriteError(target, exc) from exc
    return written
