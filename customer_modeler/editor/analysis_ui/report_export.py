"""Editor layer: Analysis ▸ Export Report… — the open model's report as an HTML page or as
one CSV file per table, the same files ``customer-modeler analyze --html OUT`` and
``--csv DIR`` write for it.

The report is built from a copy of the model as it is now (unsaved edits included) with
the command line's functions (``full_report``, ``explained_report``) and written by
:func:`~customer_modeler.analysis.report.export.write_report`. The file dialog is the
attribute ``ask_target`` so tests can answer it; it returns the path and ``"html"`` or
``"csv"`` (a folder, created if missing), or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from customer_modeler.editor import plural
from customer_modeler.model.document import ProcessModel

HTML_FILTER = QT_TRANSLATE_NOOP("ReportExporter", "HTML report (*.html)")
CSV_FILTER = QT_TRANSLATE_NOOP("ReportExporter", "CSV tables, one file per table (folder)")

Target = tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportExporter", text)


def report_of(model: ProcessModel) -> dict[str, object]:
    """The readable report of ``model``, as ``analyze`` builds it for its text and files."""
    from customer_modeler.analysis.report.explain import explained_report
    from customer_modeler.analysis.report.full import full_report

    return explained_report(full_report(model), model)


class ReportExporter:
    """Export Report… of one window; ``model`` gives the open model (None: nothing open)."""

    def __init__(self, window: Any, model: Callable[[], ProcessModel | None]) -> None:
        self.window = window
        self.model = model
        self.ask_target: Callable[[str], Target | None] = self._dialog_target
        self.show_error: Callable[[str, str], None] = self._dialog_error
        self.last_folder: str | None = None

    def export(self) -> list[Path]:
        """Ask where, build the report and write it; the files written ([] if cancelled)."""
        from customer_modeler.analysis.report.export import ReportWriteError, write_report
        from customer_modeler.bpmn.writer import write_atomically

        model = self.model()
        if model is None:
            return []
        title = model.name or QCoreApplication.translate("ReportExporter", "Untitled")
        target = self.ask_target(title)
        if target is None:
            return []
        path, kind = Path(target[0]), target[1]
        if kind == "html" and path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        elif kind == "csv" and path.suffix.lower() in (".html", ".htm"):
            path = path.with_suffix("")  # the dialog's suggested name, as a folder
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copy = model.copy()
            written = write_report(report_of(copy), title, path if kind == "csv" else None,
                                   path if kind == "html" else None, write=write_atomically,
                                   model=copy)
        except ReportWriteError as refusal:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(QCoreApplication.translate("ReportExporter", "Export Report"),
                            QCoreApplication.translate("ReportExporter", "The report could not be written: {reason}").format(reason=refusal))
            return []
        QGuiApplication.restoreOverrideCursor()
        self.last_folder = str(path.parent)
        count = len(written)
        files = plural.translate("ReportExporter", "%n CSV file(s) in {folder}", None, count)
        what = files.format(folder=path.name) if kind == "csv" else path.name
        self.window.statusBar().showMessage(QCoreApplication.translate("ReportExporter", "Report exported: {what}").format(what=what), 5000)
        return written

    def _dialog_target(self, title: str) -> Target | None:
        name = QCoreApplication.translate("ReportExporter", "{title} report").format(title=title)
        start = str(Path(self.last_folder or Path.home()) / f"{name}.html")
        html, csv = _tr(HTML_FILTER), _tr(CSV_FILTER)
        path, chosen = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("ReportExporter", "Export Report"), start, f"{html};;{csv}")
        if not path:
            return None
        return path, "csv" if chosen == csv else "html"

    def _dialog_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
