"""Editor layer: Analysis ▸ What If… — try values without editing the model.

Each row picks an element (steps and lanes by name, flows as "Source → Target"), one of
its fields (display name and unit) and a value; Run applies them to a copy of the model
(:func:`~customer_modeler.analysis.scenario.apply_scenario`, the same as ``analyze
--set``: a changed branch probability moves the difference to the split's other branches
in proportion) and shows the scorecard before and after with its Δ. The model is never
changed: no undo entry, the document stays as it was. Its words are translated and the
scorecard is shown in the units chosen in Preferences, as in the results dock.

Run analyses the model twice (about 1 s at 10,000 steps, 10 s at 100,000), so the work runs
in the window's worker thread for the dialog, on a copy the window makes, as the menu's
other analyses do: the dialog and the window answer meanwhile. Only the newest Run is
shown; editing the values or closing the dialog forgets the one under way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.analysis.scenario import (
    FIELDS,
    Change,
    ScenarioError,
    Setting,
    check_settings,
    kind_of,
)
from customer_modeler.editor.analysis_ui import jobs
from customer_modeler.editor.analysis_ui.runner import AnalysisRunner
from customer_modeler.editor.core_texts import field_label, unit_text
from customer_modeler.model.attributes import AttributeSpec
from customer_modeler.model.document import ProcessModel

#: Columns of the settings table and of the result table.
SETTING_COLUMNS = (QT_TRANSLATE_NOOP("WhatIfDialog", "Element"), QT_TRANSLATE_NOOP("WhatIfDialog", "Field"),
                   QT_TRANSLATE_NOOP("WhatIfDialog", "Value"))
RESULT_COLUMNS = (QT_TRANSLATE_NOOP("WhatIfDialog", "Measure"), QT_TRANSLATE_NOOP("WhatIfDialog", "Now"),
                  QT_TRANSLATE_NOOP("WhatIfDialog", "What if"), QT_TRANSLATE_NOOP("WhatIfDialog", "Δ"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatIfDialog", text)


class WhatIfDialog(QDialog):
    """Values to try on ``model`` and the scorecard they would give (the model is only read).

    ``runner`` runs the comparisons; it is the window's, so a job outlives a closed dialog
    harmlessly. ``copy`` makes the copy of ``model`` a job reads, without its lookups
    (``ModelCopies.copy(lookups=False)``: the job's thread makes them).

    Signals
    -------
    compared(bool)
        A Run's answer is shown: True with the Δ, False for a refusal, a failure or no
        scorecard.
    """

    compared = Signal(bool)

    def __init__(self, model: ProcessModel, runner: AnalysisRunner,
                 copy: Callable[[], ProcessModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("what-if-dialog")
        self.setWindowTitle(self.tr("What If"))
        self.model = model
        self.runner = runner
        self._copy = copy
        # The ticket of the comparison under way, None when none is.
        self._ticket: int | None = None
        self.changes: tuple[Change, ...] = ()
        self.rows: list[dict[str, object]] = []
        # One list of the elements' names for every row's box, their ids beside it: filling
        # and measuring a list of its own for each row took 67 ms at 10,000 steps.
        choices = _element_choices(model)
        self.element_list = QStringListModel([label for label, _ in choices], self)
        self._element_ids = [element_id for _, element_id in choices]
        intro = QLabel(self.tr("Try other values for steps, flows and lanes. The model is not "
                               "changed; a new branch probability takes its difference from the "
                               "other branches of the split, in proportion."))
        intro.setWordWrap(True)
        self.settings = QTableWidget(0, len(SETTING_COLUMNS), self)
        self.settings.setObjectName("what-if-settings")
        self.settings.setHorizontalHeaderLabels([_tr(c) for c in SETTING_COLUMNS])
        self.settings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.settings.verticalHeader().hide()
        self.settings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add, remove = QPushButton(self.tr("&Add Value")), QPushButton(self.tr("&Remove Value"))
        self.run_button = QPushButton(self.tr("R&un"))
        self.run_button.setObjectName("what-if-run")
        add.clicked.connect(lambda: self.add_setting())
        remove.clicked.connect(self._remove_selected)
        self.run_button.clicked.connect(self.run)
        self.busy_bar = _busy_bar()
        buttons = QHBoxLayout()
        for button in (add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.run_button)
        self.message = QLabel()
        self.message.setObjectName("what-if-message")
        self.message.setWordWrap(True)
        self.delta_table = QTableWidget(0, len(RESULT_COLUMNS), self)
        self.delta_table.setObjectName("what-if-result")
        self.delta_table.setHorizontalHeaderLabels([_tr(c) for c in RESULT_COLUMNS])
        self.delta_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.delta_table.verticalHeader().hide()
        self.delta_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        runner.finished.connect(self._arrived)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.settings)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.delta_table)
        layout.addWidget(close)
        self.resize(720, 560)
        self.add_setting()

    # -- the settings -----------------------------------------------------------------------
    def add_setting(self, element_id: str | None = None, field: str | None = None,
                    value: str | None = None) -> int:
        """Add a row (optionally filled in); return its index."""
        row = self.settings.rowCount()
        self.settings.insertRow(row)
        elements, fields, text = QComboBox(), QComboBox(), QLineEdit()
        elements.setModel(self.element_list)
        # sized by a name's length, not by measuring every element's name (thousands)
        elements.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        elements.setMinimumContentsLength(24)
        elements.setMaxVisibleItems(20)
        self.settings.setCellWidget(row, 0, elements)
        self.settings.setCellWidget(row, 1, fields)
        self.settings.setCellWidget(row, 2, text)
        elements.currentIndexChanged.connect(lambda _=0: self._fill_fields(elements, fields))
        fields.currentIndexChanged.connect(lambda _=0: self._fill_value(elements, fields, text))
        text.textChanged.connect(self._settings_changed)  # a new element or field sets it too
        if element_id is not None:
            elements.setCurrentIndex(self._element_ids.index(element_id)
                                     if element_id in self._element_ids else 0)
        self._fill_fields(elements, fields)
        if field is not None:
            fields.setCurrentIndex(max(0, fields.findData(field)))
        if value is not None:
            text.setText(value)
        self._settings_changed()
        return row

    def _element_of(self, elements: QComboBox) -> str | None:
        """The id of the element a row's box shows (None for none)."""
        index = elements.currentIndex()
        return self._element_ids[index] if 0 <= index < len(self._element_ids) else None

    def _fill_fields(self, elements: QComboBox, fields: QComboBox) -> None:
        element = self.model.element(self._element_of(elements) or "")
        fields.blockSignals(True)
        fields.clear()
        if element is not None:
            for spec in _editable(FIELDS[kind_of(element)]):  # type: ignore[arg-type]
                fields.addItem(field_label(spec), spec.name)
        fields.blockSignals(False)
        wide = _width_for_items(fields)
        if wide > self.settings.columnWidth(1):  # the longest field name shows
            self.settings.setColumnWidth(1, wide)
        fields.currentIndexChanged.emit(fields.currentIndex())

    def _fill_value(self, elements: QComboBox, fields: QComboBox, text: QLineEdit) -> None:
        element = self.model.element(self._element_of(elements) or "")
        name = fields.currentData()
        current = getattr(element, str(name), None) if element is not None and name else None
        text.setText("" if current is None else _spec(element, str(name)).format(current))

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.settings.selectedIndexes()}, reverse=True):
            self.settings.removeRow(row)
        self._settings_changed()

    def _settings_changed(self) -> None:
        """The comparison under way is for other values now: forget it."""
        if self._ticket is not None:
            self._cancel()
            self._say(self.tr("The values changed: press Run to compare them."))

    def settings_entered(self) -> list[Setting]:
        """The rows as settings (element ids and field keys)."""
        found = []
        for row in range(self.settings.rowCount()):
            elements = self.settings.cellWidget(row, 0)
            fields = self.settings.cellWidget(row, 1)
            text = self.settings.cellWidget(row, 2)
            assert isinstance(elements, QComboBox) and isinstance(fields, QComboBox)
            assert isinstance(text, QLineEdit)
            element_id = self._element_of(elements)
            if element_id is not None and fields.currentData() is not None:
                found.append(Setting(element_id, str(fields.currentData()),
                                     text.text()))
        return found

    # -- running ------------------------------------------------------------------------------
    def run(self) -> bool:
        """Start comparing the values on a copy of the model, replacing a comparison under
        way; False when a value is refused (at once, in words). :attr:`compared` tells when
        the answer is shown."""
        self._cancel()
        settings = self.settings_entered()
        try:
            check_settings(self.model, settings)
        except ScenarioError as refusal:
            self._say(jobs.refusal_text(refusal), error=True)
            self.compared.emit(False)
            return False
        model = self._copy()
        self._ticket = self.runner.run("what_if_values", self.windowTitle(),
                                       lambda: _compare(model, settings))
        self._show_busy(True)
        return True

    @property
    def busy(self) -> bool:
        """A comparison is under way."""
        return self._ticket is not None

    def done(self, result: int) -> None:
        """Closed: the comparison under way is forgotten (its job ends on its own and lets
        go of its copies)."""
        self._cancel()
        super().done(result)

    def _cancel(self) -> None:
        if self._ticket is not None:
            self.runner.cancel()
            self._ticket = None
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        """Comparing: the old answer goes, Run waits, and the dialog says so (it still
        answers: it can be moved, edited or closed)."""
        self.run_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.changes, self.rows = (), []
            self.delta_table.setRowCount(0)  # the columns keep their widths
            self._say(self.tr("Comparing…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _arrived(self, outcome: jobs.Outcome, ticket: int) -> None:
        if ticket != self._ticket:
            return  # replaced, forgotten, or another dialog's
        self._ticket = None
        self._show_busy(False)
        if outcome.error is not None or outcome.report is None:
            self._say(outcome.error or "", error=True)
        else:
            self._show_answer(outcome.report["changes"], outcome.report["rows"])
        self.compared.emit(bool(self.rows))

    def _show_answer(self, changes: tuple[Change, ...], rows: list[dict[str, object]]) -> None:
        self.changes, self.rows = changes, rows
        if not self.rows:
            self._say(self.tr("No scorecard to compare: an error in the model stops it (see "
                              "Analysis ▸ Scorecard)."), error=True)
        else:
            self._say(_changes_text(changes))
        self._show_rows()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b42318;" if error else "")

    def _show_rows(self) -> None:
        from customer_modeler.editor.analysis_ui.dock_view import DockUnits, DockView

        currency = self.model.info.currency or "CU"
        view = DockView(currency=currency, units=DockUnits.preferred(currency))
        self.delta_table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            key = str(row["kpi"])
            cells = [view.label(key)] + [view.cell("value", {"kpi": key, "value": row[c]})
                                         for c in ("before", "after")]
            delta = row["delta"]
            shown = view.cell("delta", {"kpi": key, "delta": delta})
            cells.append(shown if not isinstance(delta, (int, float)) or delta <= 0
                         or shown.startswith("-") else f"+{shown}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.delta_table.setItem(i, column, item)
        self.delta_table.resizeColumnsToContents()

    def row_texts(self, key: str) -> list[str]:
        """The cells shown for one KPI (tests and screen readers)."""
        for i, row in enumerate(self.rows):
            if row["kpi"] == key:
                items = [self.delta_table.item(i, c) for c in range(len(RESULT_COLUMNS))]
                return [item.text() if item is not None else "" for item in items]
        return []


def _busy_bar() -> QProgressBar:
    """A bar that moves while a comparison runs (no known end), hidden until then."""
    bar = QProgressBar()
    bar.setObjectName("what-if-busy")
    bar.setRange(0, 0)
    bar.setFixedWidth(110)
    bar.setMaximumHeight(14)
    bar.hide()
    return bar


def _compare(model: ProcessModel, settings: list[Setting]) -> jobs.Outcome:
    """The job of a Run, in the worker thread: the copy's lookups first (see ``copy``)."""
    model.fill_lookups()
    return jobs.what_if_values_job(model, settings)


def _width_for_items(box: QComboBox) -> int:
    """The width at which ``box`` shows its longest item (measured here: a box that sizes
    itself to its items also shrinks to their height, inside a taller table row)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    text = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0)
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                        QSize(text, metrics.height()), box).width()


def _element_choices(model: ProcessModel) -> list[tuple[str, str]]:
    """(label, id) of every step, flow with a choice to make, and lane, by name."""
    names = ElementNames(model)
    steps = [(step.name or names(step.id), step.id) for step in model.steps.values()]
    leaving = Counter(f.source for f in model.flows.values())  # counted once, not per flow
    flows = [(f"{names(f.source)} → {names(f.target)}", f.id) for f in model.flows.values()
             if not f.message and leaving[f.source] > 1]
    lanes = [(QCoreApplication.translate("WhatIfDialog", "Lane {name}").format(name=lane.name or names(lane.id)), lane.id)
             for lane in model.lanes.values()]
    return sorted(steps, key=lambda c: c[0].casefold()) + flows + lanes


def _editable(specs: Sequence[AttributeSpec]) -> list[AttributeSpec]:
    """Fields a what-if can change: numbers, yes/no and choices (not names and lists)."""
    return [s for s in specs if s.kind in ("float", "int", "bool", "choice")]


def _spec(element: object, name: str) -> AttributeSpec:
    return next(s for s in FIELDS[kind_of(element)] if s.name == name)  # type: ignore[arg-type]


def _changes_text(changes: Sequence[Change]) -> str:
    from customer_modeler.analysis.formatting import CHANGE

    lines = []
    for change in changes:
        unit = f" {unit_text(change.unit)}" if change.unit else ""
        how = " " + QCoreApplication.translate("WhatIfDialog", "(rest of the split)") if change.why == "rebalanced" else ""
        before = CHANGE.format(change.before) or QCoreApplication.translate("WhatIfDialog", "not set")
        label = QCoreApplication.translate("Attribute", change.label)
        lines.append(f"{change.element}: {label} {before} → {CHANGE.format(change.after)}{unit}{how}")
    return QCoreApplication.translate("WhatIfDialog", "What if {changes}.").format(changes="; ".join(lines)) if lines else QCoreApplication.translate("WhatIfDialog", "No value changed.")
