"""Editor layer: the analysis results dock — KPIs, one tab per table, and the issues.

Tables are :class:`RowsModel` views over the report's flat row dicts (built lazily by
the view, so a 10,000-row table costs nothing until scrolled), sortable by any column.
Clicking a row emits the ids of the diagram's elements it names (its ``element`` or
``step`` column, else the first column that holds one); the window selects and centres
them. A header says what ran on what, whether the result is stale (the model changed
since) or stopped by an E- issue, and errors are shown here in red, never as a dialog.
Everything it writes is in the user's language, durations and amounts in the units chosen
in Preferences (:mod:`~customer_modeler.editor.analysis_ui.dock_view`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from customer_modeler.editor import plural
from customer_modeler.editor.analysis_texts import coverage_text, fill, menu_title, table_title
from customer_modeler.editor.analysis_ui.dock_view import DockUnits, DockView, view_of
from customer_modeler.editor.analysis_ui.highlights import SEVERITY_COLOURS
from customer_modeler.editor.analysis_ui.jobs import Outcome, row_ids
from customer_modeler.editor.analysis_ui.row_menu import install_row_menu
from customer_modeler.editor.core_messages import core_detail, core_message

Row = dict[str, Any]
#: Height of the dock when a first result opens it (the diagram keeps the rest).
FIRST_HEIGHT = 290
#: Width of the key figures beside the tables.
KPI_WIDTH = 330
#: Rows a table's columns are sized to fit (besides those in view): measuring every row of
#: the eight tables of a 10,000-step result held the window for a seventh of a second.
SIZED_ROWS = 40
Index = QModelIndex | QPersistentModelIndex
HINT = QT_TRANSLATE_NOOP("ResultsDock", "Run an analysis from the Analysis menu: its figures appear "
                                       "here and its findings are highlighted on the diagram.")
#: The highlight colours' names in the dock's legend.
SEVERITY_NAMES = {"error": QT_TRANSLATE_NOOP("ResultsDock", "error"),
                  "warning": QT_TRANSLATE_NOOP("ResultsDock", "warning"),
                  "info": QT_TRANSLATE_NOOP("ResultsDock", "info")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsDock", text)


def format_cell(value: object) -> str:
    """How a report value reads in the dock: the ``DOCK`` rules of the analysis formatting
    (imported on first use, so the editor starts without the analysis packages)."""
    from customer_modeler.analysis.formatting import DOCK

    return DOCK.format(value)


def dock_view(outcome: Outcome | None, units: DockUnits | None = None) -> DockView:
    """The display rules of the dock for ``outcome``: names, currency, sides, in the
    user's language and the units chosen in Preferences."""
    return view_of(outcome, units)


def tab_title(name: str) -> str:
    """``repeated_data`` → "C3 repeated data", translated."""
    return table_title(name)


def _sort_key(value: object) -> tuple[int, float, str]:
    if value is None:
        return (2, 0.0, "")
    if isinstance(value, (int, float)):
        return (0, float(value), "")
    return (1, 0.0, format_cell(value).casefold())


class RowsModel(QAbstractTableModel):
    """A read-only table over ``rows`` (dicts of scalars), sorted by :meth:`sort`."""

    def __init__(self, rows: list[Row], parent=None, view: DockView | None = None,  # noqa: ANN001
                 coverage: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.view = view if view is not None else dock_view(None)
        self.columns: list[str] = self.view.columns(self.rows[:200])
        self._legend = dict(self.view.legend(self.columns, self.rows[:200]))
        #: {KPI: the core's coverage words} of a key-figure table.
        self.coverage = dict(coverage or {})

    def text(self, row: Row, column: str) -> str:
        """The cell of ``column`` in ``row`` as shown: a key figure that is n/a with its coverage."""
        if column == "value" and "kpi" in row and self.coverage:
            return self.view.kpi_value(str(row["kpi"]), row.get("value"), self.coverage.get(str(row["kpi"])))
        if column == "message" and "code" in row:  # an issue: its code's sentence
            return core_message(_item(row))
        return self.view.cell(column, row)

    def tooltip(self, row: Row, column: str) -> str:
        """The cell in full; a key figure's coverage words, an issue's English detail."""
        if column == "value" and self.coverage.get(str(row.get("kpi"))):
            return f"{self.text(row, column)} — {coverage_text(self.coverage[str(row['kpi'])])}"
        detail = core_detail(_item(row)) if column == "message" and "code" in row else None
        return f"{self.text(row, column)}\n\n{detail}" if detail else self.text(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = row.get(self.columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, self.columns[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, self.columns[index.column()])
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
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis Results"))
        self.setObjectName("results-dock")
        self.outcome: Outcome | None = None
        self.known: Callable[[str], bool] = lambda _id: False
        self.tables: dict[str, QTableView] = {}
        #: Tables whose columns are not sized yet (until first shown), with their names.
        self._unsized: dict[QTableView, str] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        header = QHBoxLayout()
        self.title_label = QLabel(self.tr(HINT))
        self.title_label.setObjectName("results-title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.rerun_button = QPushButton(self.tr("Run Again"))
        self.rerun_button.setObjectName("results-rerun")
        self.rerun_button.clicked.connect(self.rerun_requested)
        self.rerun_button.hide()
        legend = QLabel("  ".join(f"<span style='color:{colour.name()}'>●</span> {_tr(SEVERITY_NAMES[name])}"
                                  for name, colour in SEVERITY_COLOURS.items()))
        legend.setObjectName("results-severity-legend")
        legend.setToolTip(self.tr("Highlight colours on the diagram; a badge names the finding"))
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
        self.tabs.currentChanged.connect(self._size_shown)
        self.setWidget(body)
        self.stale = False

    # -- what it shows --------------------------------------------------------------------
    def clear(self) -> None:
        """Back to the hint (a new document)."""
        self.outcome = None
        self.stale = False
        self._clear_tables()
        self.title_label.setText(self.tr(HINT))
        self._message("")
        self.headline_label.hide()
        self.legend_label.hide()
        self.rerun_button.hide()

    def show_busy(self, title: str) -> None:
        """Say that ``title`` is running (the previous result stays until it is done)."""
        self.title_label.setText(fill(self.tr("%1 — running…"), f"<b>{_escape(title)}</b>"))

    def show_outcome(self, outcome: Outcome, known: Callable[[str], bool]) -> None:
        """Show ``outcome``; ``known`` says whether an id is an element of the diagram."""
        self.outcome, self.known, self.stale = outcome, known, False
        self._clear_tables()
        self._update_title()
        self._message(self._message_text(outcome), error=outcome.error is not None
                      or bool(outcome.stopping_issues))
        report = outcome.report or {}
        headlines = self._headlines(outcome)
        self.headline_label.setText("  ".join(headlines))
        self.headline_label.setVisible(bool(headlines))
        kpis = report.get("kpis") or {}
        self.kpi_pane.setVisible(bool(kpis))
        if kpis:
            coverage = report.get("coverage")
            self._add_table("kpis", self.tr("Key figures"), [{"kpi": k, "value": v} for k, v in kpis.items()],
                            coverage if isinstance(coverage, Mapping) else None)
        for name, rows in (report.get("tables") or {}).items():
            if rows:
                self._add_table(name, fill(self.tr("%1 (%2)"), tab_title(name), _count(len(rows))), rows)
        issues = [_issue_row(issue) for issue in report.get("issues") or []]
        if issues:
            count = len(issues)
            self._add_table("issues", plural.translate("ResultsDock", "Issues (%n)", None, count), issues)
        main = "issues" if outcome.stopping_issues else outcome.main_table
        if main in self.tables and main != "kpis":
            self.tabs.setCurrentWidget(self.tables[main])
        self._size_shown()
        self._show_legend()
        if not self.isVisible():
            self.show()
            window = self.parent()
            if hasattr(window, "resizeDocks") and not self.isFloating():
                window.resizeDocks([self], [FIRST_HEIGHT], Qt.Orientation.Vertical)
        self.raise_()

    def refresh_units(self) -> None:
        """Show the result again in the units and currency now chosen in Preferences."""
        if self.outcome is not None:
            stale, current = self.stale, self.tabs.currentIndex()
            self.show_outcome(self.outcome, self.known)
            self.set_stale(stale)
            self.tabs.setCurrentIndex(current)

    def _headlines(self, outcome: Outcome) -> list[str]:
        """The sentences the result opens with, in the user's language and units."""
        if not outcome.headline_lines:
            return list(outcome.headlines)
        view = dock_view(outcome)
        return [view.headline(line) for line in outcome.headline_lines]

    def set_stale(self, stale: bool) -> None:
        """Mark the shown result as computed for an earlier state of the model."""
        if self.outcome is not None and stale != self.stale:
            self.stale = stale
            self._update_title()

    def _update_title(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        text = f"<b>{_escape(menu_title(outcome.key, outcome.title))}</b>"
        if outcome.subject:
            text += f" — {_escape(outcome.subject)}"
        if outcome.elapsed:
            seconds = fill(self.tr("%1 s"), QLocale().toString(outcome.elapsed, "f", 2))
            text += f" <span style='color:#6b7785'>({_escape(seconds)})</span>"
        if self.stale:
            text += (" <span style='color:#b26a00'>"
                     + self.tr("<b>· stale:</b> the model changed since this ran") + "</span>")
        self.title_label.setText(text)
        self.rerun_button.setVisible(self.stale or outcome.error is not None)

    def _message_text(self, outcome: Outcome) -> str:
        if outcome.error is not None:
            return outcome.error
        stopping = outcome.stopping_issues
        if stopping:
            first = stopping[0]
            text = fill(self.tr("Stopped by %1: %2"), str(first["code"]), core_message(_item(first)))
            more = len(stopping) - 1
            if more:
                text += " " + plural.translate("ResultsDock", "(and %n more in Issues)", None, more)
            return text
        parts = [outcome.note] if outcome.note else []
        elsewhere = outcome.elsewhere
        if elsewhere:
            parts.append(plural.translate("ResultsDock", "%n highlighted element(s) not on this diagram "
                                                         "(the other model's); the tables list them.", None, elsewhere))
        return " ".join(parts)

    def _message(self, text: str, error: bool = False) -> None:
        colour = "#c62828" if error else "#34495e"
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _add_table(self, name: str, title: str, rows: list[Row],
                   coverage: Mapping[str, str] | None = None) -> None:
        view = QTableView()
        view.setObjectName(f"results-table-{name}")
        view.setModel(RowsModel(rows, view, dock_view(self.outcome), coverage))
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
        self._unsized[view] = name  # sized when first shown: see _size_columns
        view.clicked.connect(lambda index, n=name, v=view: self._clicked(n, v, index))
        view.activated.connect(lambda index, n=name, v=view: self._clicked(n, v, index))
        install_row_menu(view, lambda index, n=name, v=view: self._row_ids(n, v, index),
                         self.elements_clicked.emit)
        self.tables[name] = view
        (self.kpi_pane if name == "kpis" else self.tabs).addTab(view, title)

    def _size_shown(self) -> None:
        """Size the columns of the tables in view (the key figures and the current tab)."""
        for pane in (self.kpi_pane, self.tabs):
            view = pane.currentWidget()
            if view in self._unsized:
                self._size_columns(view, self._unsized.pop(view))

    def _size_columns(self, view: QTableView, name: str) -> None:
        """Fit the columns to their contents (the rows in view and the first
        :data:`SIZED_ROWS`), each at most 320 pixels wide. Done when a table first shows:
        sizing all of a large result's tables when it arrived held the window."""
        view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        view.resizeColumnsToContents()
        for column in range(view.model().columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 320))
        if name == "issues":
            view.resizeRowsToContents()
        if name == "kpis":  # long labels and values are cut, whole in their tooltips: the
            # numbers, aligned right, stay in view beside their labels
            view.setColumnWidth(0, min(view.columnWidth(0), KPI_WIDTH - 120))
            view.setColumnWidth(1, min(view.columnWidth(1), KPI_WIDTH - view.columnWidth(0) - 30))

    def _clear_tables(self) -> None:
        self._unsized.clear()  # first: each tab taken away makes another the current one
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
                return model.text(row, "value")
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
            text = "; ".join(fill(self.tr("%1: %2"), code, meaning) for code, meaning in model._legend.items())
        self.legend_label.setText(text)
        self.legend_label.setVisible(bool(text))

    def tab_titles(self) -> list[str]:
        """The titles of the table tabs (the key figures are beside them)."""
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]


def _count(count: int) -> str:
    return QLocale().toString(count)


def _item(issue: Mapping[str, Any]) -> SimpleNamespace:
    return SimpleNamespace(code=issue.get("code", ""), message=issue.get("message", ""))


def _issue_row(issue: Mapping[str, Any]) -> Row:
    """An issue as the Issues tab lists it (its message is shown in the user's language)."""
    return {"code": issue["code"], "message": issue["message"],
            "elements": " ".join(issue.get("elements") or [])}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
