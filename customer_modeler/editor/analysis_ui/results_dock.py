"""Editor layer: the analysis results dock — KPIs, one tab per table, and the issues.

Tables are :class:`RowsModel` views over the report's flat row dicts (built lazily by
the view, so a 10,000-row table costs nothing until scrolled), sortable by any column.
Clicking a row emits the ids of the diagram's elements it names (its ``element`` or
``step`` column, else the first column that holds one); the window selects and centres
them. A header says what ran on what, whether the result is stale (the model changed
since) or stopped by an E- issue, and errors are shown here in red, never as a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor.analysis_ui.jobs import Outcome, row_ids
from customer_modeler.editor.analysis_ui.highlights import SEVERITY_COLOURS
from customer_modeler.editor.analysis_ui.row_menu import install_row_menu

Row = dict[str, Any]
#: Height of the dock when a first result opens it (the diagram keeps the rest).
FIRST_HEIGHT = 290
#: Width of the key figures beside the tables.
KPI_WIDTH = 330
Index = QModelIndex | QPersistentModelIndex
HINT = ("Run an analysis from the Analysis menu: its figures appear here and its findings "
        "are highlighted on the diagram.")


def format_cell(value: object) -> str:
    """How a report value reads in the dock: the ``DOCK`` rules of the analysis formatting
    (imported on first use, so the editor starts without the analysis packages)."""
    from customer_modeler.analysis.formatting import DOCK

    return DOCK.format(value)


def dock_view(outcome: Outcome | None) -> Any:
    """The display rules of the dock for ``outcome``: names, currency, sides (the one
    table of display names of the analysis report)."""
    from customer_modeler.analysis.formatting import DOCK
    from customer_modeler.analysis.report.display import View

    if outcome is None:
        return View(DOCK)
    return View(DOCK, outcome.names or None, outcome.currency, outcome.sides)


def tab_title(name: str) -> str:
    """``repeated_data`` → "C3 repeated data"."""
    from customer_modeler.analysis.report.display import TABLE_LABELS, readable

    return TABLE_LABELS.get(name) or readable(name)


def _sort_key(value: object) -> tuple[int, float, str]:
    if value is None:
        return (2, 0.0, "")
    if isinstance(value, (int, float)):
        return (0, float(value), "")
    return (1, 0.0, format_cell(value).casefold())


class RowsModel(QAbstractTableModel):
    """A read-only table over ``rows`` (dicts of scalars), sorted by :meth:`sort`."""

    def __init__(self, rows: list[Row], parent=None, view: Any = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows = list(rows)
        self.view = view if view is not None else dock_view(None)
        self.columns: list[str] = self.view.columns(self.rows[:200])
        self._legend = {code: meaning for code, meaning in _legend(self.columns, self.rows[:200])}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = row.get(self.columns[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.view.cell(self.columns[index.column()], row)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) \
                and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.view.header(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            meaning = self._legend.get(key)
            return f"{key}: {meaning}" if meaning else None
        return None

    def header_texts(self) -> list[str]:
        """Every column header as shown (for tests and exports)."""
        return [self.view.header(key) for key in self.columns]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda row: _sort_key(row.get(key)),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def column_values(self, name: str) -> list[object]:
        """The raw values of one column, in the order shown (for tests and exports)."""
        return [row.get(name) for row in self.rows]


class ResultsDock(QDockWidget):
    """Shows one analysis outcome; emits the element ids of a clicked row."""

    #: Element ids of a clicked row.
    elements_clicked = Signal(list)
    #: The user asked to run the shown analysis again.
    rerun_requested = Signal()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__("Analysis Results", parent)
        self.setObjectName("results-dock")
        self.outcome: Outcome | None = None
        self.known: Callable[[str], bool] = lambda _id: False
        self.tables: dict[str, QTableView] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        header = QHBoxLayout()
        self.title_label = QLabel(HINT)
        self.title_label.setObjectName("results-title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.rerun_button = QPushButton("Run Again")
        self.rerun_button.setObjectName("results-rerun")
        self.rerun_button.clicked.connect(self.rerun_requested)
        self.rerun_button.hide()
        legend = QLabel("  ".join(f"<span style='color:{colour.name()}'>●</span> {name}"
                                  for name, colour in SEVERITY_COLOURS.items()))
        legend.setToolTip("Highlight colours on the diagram; a badge names the finding")
        header.addWidget(self.title_label, 1)
        header.addWidget(legend)
        header.addWidget(self.rerun_button)
        layout.addLayout(header)
        self.message_label = QLabel()
        self.message_label.setObjectName("results-message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.headline_label = QLabel()
        self.headline_label.setObjectName("results-headlines")
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # its own dark text: the light banner stays readable in the dark theme
        self.headline_label.setStyleSheet("background:#eef4ff; color:#1f2d3d; border-left:4px solid #2563eb; "
                                          "padding:4px 8px; font-size:13px;")
        self.headline_label.hide()
        layout.addWidget(self.headline_label)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("results-legend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color:#6b7785; font-size:11px;")
        self.legend_label.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("results-tabs")
        self.tabs.setDocumentMode(True)
        self.kpi_pane = QTabWidget()  # one tab; it keeps the key figures in view beside the tables
        self.kpi_pane.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.kpi_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([KPI_WIDTH, 1000])
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend_label)
        self.tabs.currentChanged.connect(self._show_legend)
        self.setWidget(body)
        self.stale = False

    # -- what it shows --------------------------------------------------------------------
    def clear(self) -> None:
        """Back to the hint (a new document)."""
        self.outcome = None
        self.stale = False
        self._clear_tables()
        self.title_label.setText(HINT)
        self._message("")
        self.headline_label.hide()
        self.legend_label.hide()
        self.rerun_button.hide()

    def show_busy(self, title: str) -> None:
        """Say that ``title`` is running (the previous result stays until it is done)."""
        self.title_label.setText(f"<b>{_escape(title)}</b> — running…")

    def show_outcome(self, outcome: Outcome, known: Callable[[str], bool]) -> None:
        """Show ``outcome``; ``known`` says whether an id is an element of the diagram."""
        self.outcome, self.known, self.stale = outcome, known, False
        self._clear_tables()
        self._update_title()
        self._message(self._message_text(outcome), error=outcome.error is not None
                      or bool(outcome.stopping_issues))
        report = outcome.report or {}
        self.headline_label.setText("  ".join(outcome.headlines))
        self.headline_label.setVisible(bool(outcome.headlines))
        kpis = report.get("kpis") or {}
        self.kpi_pane.setVisible(bool(kpis))
        if kpis:
            self._add_table("kpis", "Key figures", [{"kpi": k, "value": v}
                                                    for k, v in kpis.items()])
        for name, rows in (report.get("tables") or {}).items():
            if rows:
                self._add_table(name, f"{tab_title(name)} ({len(rows)})", rows)
        issues = [{"code": i["code"], "message": i["message"],
                   "elements": " ".join(i.get("elements") or [])}
                  for i in report.get("issues") or []]
        if issues:
            self._add_table("issues", f"Issues ({len(issues)})", issues)
        main = "issues" if outcome.stopping_issues else outcome.main_table
        if main in self.tables and main != "kpis":
            self.tabs.setCurrentWidget(self.tables[main])
        self._show_legend()
        if not self.isVisible():
            self.show()
            window = self.parent()
            if hasattr(window, "resizeDocks") and not self.isFloating():
                window.resizeDocks([self], [FIRST_HEIGHT], Qt.Orientation.Vertical)
        self.raise_()

    def set_stale(self, stale: bool) -> None:
        """Mark the shown result as computed for an earlier state of the model."""
        if self.outcome is not None and stale != self.stale:
            self.stale = stale
            self._update_title()

    def _update_title(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        text = f"<b>{_escape(outcome.title)}</b>"
        if outcome.subject:
            text += f" — {_escape(outcome.subject)}"
        if outcome.elapsed:
            text += f" <span style='color:#6b7785'>({outcome.elapsed:.2f} s)</span>"
        if self.stale:
            text += (" <span style='color:#b26a00'><b>· stale:</b> the model changed since "
                     "this ran</span>")
        self.title_label.setText(text)
        self.rerun_button.setVisible(self.stale or outcome.error is not None)

    @staticmethod
    def _message_text(outcome: Outcome) -> str:
        if outcome.error is not None:
            return outcome.error
        stopping = outcome.stopping_issues
        if stopping:
            first = stopping[0]
            more = f" (and {len(stopping) - 1} more in Issues)" if len(stopping) > 1 else ""
            return f"Stopped by {first['code']}: {first['message']}{more}"
        parts = [outcome.note] if outcome.note else []
        if outcome.elsewhere:
            parts.append(f"{outcome.elsewhere} highlighted element"
                         f"{'s are' if outcome.elsewhere != 1 else ' is'} not on this diagram "
                         "(the other model's); the tables list them.")
        return " ".join(parts)

    def _message(self, text: str, error: bool = False) -> None:
        colour = "#c62828" if error else "#34495e"
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _add_table(self, name: str, title: str, rows: list[Row]) -> None:
        view = QTableView()
        view.setObjectName(f"results-table-{name}")
        view.setModel(RowsModel(rows, view, dock_view(self.outcome)))
        # No sort indicator at first: the report's own order (a ranking) comes first.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(name == "issues")  # messages in full
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(22)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        if len(rows) <= 500:
            view.resizeColumnsToContents()
        for column in range(view.model().columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 320))
        if name == "issues":
            view.resizeRowsToContents()
        if name == "kpis":  # long labels wrap in their tooltip; the values stay in view
            view.setColumnWidth(0, min(view.columnWidth(0), KPI_WIDTH - 120))
        view.clicked.connect(lambda index, n=name, v=view: self._clicked(n, v, index))
        view.activated.connect(lambda index, n=name, v=view: self._clicked(n, v, index))
        install_row_menu(view, lambda index, n=name, v=view: self._row_ids(n, v, index),
                         self.elements_clicked.emit)
        self.tables[name] = view
        (self.kpi_pane if name == "kpis" else self.tabs).addTab(view, title)

    def _clear_tables(self) -> None:
        for pane in (self.kpi_pane, self.tabs):
            while pane.count():
                widget = pane.widget(0)
                pane.removeTab(0)
                widget.deleteLater()
        self.tables.clear()

    def _clicked(self, name: str, view: QTableView, index: QModelIndex) -> None:
        ids = self._row_ids(name, view, index)
        if ids:
            self.elements_clicked.emit(ids)

    def _row_ids(self, name: str, view: QTableView, index: QModelIndex) -> list[str]:
        """The diagram elements the row at ``index`` names."""
        if self.outcome is None or not index.isValid():
            return []
        return row_ids(self.outcome, name, view.model().rows[index.row()], self.known)

    # -- queries (tests, and whoever wants the numbers) -----------------------------------
    def table(self, name: str) -> RowsModel | None:
        """The model of table ``name`` (``kpis``, ``issues`` or a report table)."""
        view = self.tables.get(name)
        return view.model() if view is not None else None

    def kpi_text(self, key: str) -> str | None:
        """The KPI ``key`` as the dock shows it."""
        model = self.table("kpis")
        if model is None:
            return None
        for row in model.rows:
            if row["kpi"] == key:
                return model.view.cell("value", row)
        return None

    def kpi_labels(self) -> list[str]:
        """The key figures' labels as the dock shows them."""
        model = self.table("kpis")
        return [model.view.cell("kpi", row) for row in model.rows] if model is not None else []

    def headline_text(self) -> str:
        """The sentences the shown result opens with."""
        return self.headline_label.text() if self.headline_label.isVisible() else ""

    def _show_legend(self, _index: int = -1) -> None:
        """The abbreviations of the table shown, under the tables."""
        view = self.tabs.currentWidget()
        model = view.model() if isinstance(view, QTableView) else None
        text = ""
        if isinstance(model, RowsModel) and model._legend:
            from customer_modeler.analysis.report.display import legend_text

            text = legend_text(model._legend.items())
        self.legend_label.setText(text)
        self.legend_label.setVisible(bool(text))

    def tab_titles(self) -> list[str]:
        """The titles of the table tabs (the key figures are beside them)."""
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]


def _legend(columns: list[str], rows: list[Row]) -> list[tuple[str, str]]:
    from customer_modeler.analysis.report.display import legend

    return legend(columns, rows)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
