"""Editor layer: Model ▸ Systems… and Model ▸ Resources… — the lists of docs/methods.md §1.4.

A table with one row per system (code, name, owner lane, failure probability per use)
or per resource pool (code, name, servers, cost per hour), Add and Remove buttons, and a
"Used by" column. Steps refer to a system or pool by its code, so changing or removing
a code that steps use asks first, and the steps follow in the same undo step. A refused
value turns its cell red and the reason, with the accepted range, shows under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor import plural
from customer_modeler.editor.core_texts import attribute_name
from customer_modeler.editor.panels.model_fields import MESSAGE_STYLE, in_currency, mark_invalid, range_hint
from customer_modeler.model.attributes import AttributeSpec, format_value
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Resource, Step, System
from customer_modeler.model.model_inputs import (
    RESOURCE_FIELDS,
    SYSTEM_FIELDS,
    parse_rows,
    resources_from_rows,
    step_names,
    steps_using_resource,
    steps_using_system,
    systems_from_rows,
)

#: Answers a yes/no question: (title, text) → True for yes. Tests replace it.
Ask = Callable[[str, str], bool]


def ask_question(parent: QWidget) -> Ask:
    def ask(title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
    return ask


class RecordsDialog(QDialog):
    """A table of records keyed by code; subclasses say which records and fields.

    After OK, :attr:`value` holds the new records (code → record) and
    :attr:`step_changes` the steps that follow a changed or removed code.
    """

    noun = "record"
    add_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Add Record")
    remove_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Remove Record")
    used_title = QT_TRANSLATE_NOOP("ModelDialogs", "Steps use this record")
    fields: tuple[AttributeSpec, ...] = ()

    def __init__(self, model: ProcessModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.specs = tuple(in_currency(s, model.info.currency) for s in self.fields)
        self.ask: Ask = ask_question(self)
        self.value: dict[str, Any] = {}
        self.step_changes: dict[str, dict[str, Any]] = {}
        #: The code each row had when the dialog opened (None for an added row).
        self.origins: list[str | None] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.specs) + 1)
        self.table.setHorizontalHeaderLabels([self._heading(s) for s in self.specs]
                                             + [QCoreApplication.translate("ModelDialogs", "Used by")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # names are the long ones
        self.table.setColumnWidth(1, 260)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        layout.addLayout(self._row_buttons())
        self.message = QLabel("")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        for record in self.records().values():
            self.add_row(record)
        self.resize(900, 420)

    # -- what a subclass says -------------------------------------------------------------
    def records(self) -> dict[str, Any]:
        raise NotImplementedError

    def users(self, code: str) -> list[Step]:
        raise NotImplementedError

    def build(self, rows: list[dict[str, object]]) -> dict[str, Any]:
        raise NotImplementedError

    def follow(self, step: Step, renamed: dict[str, str], removed: set[str]) -> dict[str, Any]:
        """The fields of a step that uses a renamed or removed code."""
        raise NotImplementedError

    def choice_widget(self, spec: AttributeSpec, value: object) -> QWidget | None:
        """A widget other than a line edit for a field (None: a line edit)."""
        return None

    # -- rows -----------------------------------------------------------------------------
    @staticmethod
    def _heading(spec: AttributeSpec) -> str:
        hint = range_hint(spec)
        return f"{attribute_name(spec)}\n({hint})" if hint else attribute_name(spec)

    def _row_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("ModelDialogs", self.add_text))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button = QPushButton(QCoreApplication.translate("ModelDialogs", self.remove_text))
        self.remove_button.clicked.connect(self.remove_current_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        return row

    def add_row(self, record: Any | None) -> int:
        """Append a row for ``record`` (an empty one when None); return its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.origins.append(None if record is None else record.id)
        for column, spec in enumerate(self.specs):
            value = None if record is None else getattr(record, spec.name)
            widget = self.choice_widget(spec, value)
            if widget is None:
                widget = QLineEdit("" if value is None else format_value(value))
                widget.setPlaceholderText(QCoreApplication.translate("ModelDialogs", "not set") if spec.name != "id" else "")
            widget.setObjectName(f"{self.noun}-{spec.name}")
            self.table.setCellWidget(row, column, widget)
        users = self.users(record.id) if record is not None else []
        self.table.setCellWidget(row, len(self.specs), QLabel(_count(users)))
        if record is None:
            self.table.setCurrentCell(row, 0)
            self.cell(row, "id").setFocus()
        return row

    def remove_current_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            del self.origins[row]

    def cell(self, row: int, name: str) -> QWidget:
        """The widget of field ``name`` in ``row`` (a line edit or a choice box)."""
        column = next(i for i, s in enumerate(self.specs) if s.name == name)
        return self.table.cellWidget(row, column)

    def row_of(self, code: str) -> int:
        """The row whose code field reads ``code``."""
        return next(r for r in range(self.table.rowCount()) if _text(self.cell(r, "id")) == code)

    def texts(self) -> list[dict[str, str]]:
        return [{spec.name: _text(self.cell(row, spec.name)) for spec in self.specs}
                for row in range(self.table.rowCount())]

    # -- OK -------------------------------------------------------------------------------
    def accept(self) -> None:
        """Close with the new records, or stay open and point at what is refused."""
        edit = parse_rows(self.texts(), self.specs)
        for row in range(self.table.rowCount()):
            for spec in self.specs:
                mark_invalid(self.cell(row, spec.name), edit.problems.get((row, spec.name)))
        if edit.problems:
            (row, name), text = next(iter(edit.problems.items()))
            label = next(attribute_name(s) for s in self.specs if s.name == name)
            self.message.setText(QCoreApplication.translate("ModelDialogs", "Row {row}, {field}: {problem}.").format(
                row=row + 1, field=label, problem=text))
            self.cell(row, name).setFocus()
            return
        codes = [str(values["id"]) for values in edit.rows]
        renamed = {old: new for old, new in zip(self.origins, codes) if old is not None and old != new}
        removed = {old for old in self.records() if old not in self.origins} - set(codes)
        if not self._steps_may_follow(renamed, removed):
            return
        self.value = self.build(edit.rows)
        self.step_changes = {step.id: self.follow(step, renamed, removed)
                             for step in self.model.steps.values()
                             if self._touched(step, renamed, removed)}
        super().accept()

    def _touched(self, step: Step, renamed: dict[str, str], removed: set[str]) -> bool:
        return any(step in self.users(code) for code in (*renamed, *removed))

    def _steps_may_follow(self, renamed: dict[str, str], removed: set[str]) -> bool:
        """Ask before steps change with a code; False keeps the dialog open."""
        lines = []
        for old, new in renamed.items():
            users = self.users(old)
            if users:
                lines.append(f"'{old}' becomes '{new}' in {step_names(users)}.")
        for old in sorted(removed):
            users = self.users(old)
            if users:
                lines.append(QCoreApplication.translate("ModelDialogs", "'{code}' is taken out of {steps}.").format(
                    code=old, steps=step_names(users)))
        if not lines:
            return True
        text = (QCoreApplication.translate("ModelDialogs", "Steps refer to these codes:") + "\n\n" + "\n".join(lines)
                + "\n\n" + QCoreApplication.translate("ModelDialogs", "Change the steps too? (No keeps this dialog open.)"))
        if self.ask(QCoreApplication.translate("ModelDialogs", self.used_title), text):
            return True
        self.message.setText(QCoreApplication.translate(
            "ModelDialogs", "Nothing changed yet: put the codes back, or press OK and "
            "answer Yes to change the steps too."))
        return False


class SystemsDialog(RecordsDialog):
    """Model ▸ Systems…: the IT systems steps rely on, with their failure rate per use."""

    noun = "system"
    add_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Add system")
    remove_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Remove system")
    used_title = QT_TRANSLATE_NOOP("ModelDialogs", "Steps use this system")
    fields = SYSTEM_FIELDS

    def __init__(self, model: ProcessModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setWindowTitle(QCoreApplication.translate("ModelDialogs", "Systems"))
        self.setObjectName("systems-dialog")

    def records(self) -> dict[str, System]:
        return self.model.systems

    def users(self, code: str) -> list[Step]:
        return steps_using_system(self.model, code)

    def build(self, rows: list[dict[str, object]]) -> dict[str, System]:
        return systems_from_rows(rows)

    def follow(self, step: Step, renamed: dict[str, str], removed: set[str]) -> dict[str, Any]:
        kept = tuple(renamed.get(code, code) for code in step.systems if code not in removed)
        return {"systems": tuple(dict.fromkeys(kept))}

    def choice_widget(self, spec: AttributeSpec, value: object) -> QWidget | None:
        if spec.name != "owner_lane":
            return None
        box = QComboBox()
        box.addItem("(none)", "")
        for lane in self.model.lanes.values():
            box.addItem(lane.name or lane.id, lane.id)
        if value and box.findData(value) < 0:  # a lane this model does not have stays as it is
            box.addItem(str(value), value)
        box.setCurrentIndex(max(0, box.findData(value or "")))
        return box


class ResourcesDialog(RecordsDialog):
    """Model ▸ Resources…: pools of agents (servers) that steps share, for the queues."""

    noun = "resource"
    add_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Add resource")
    remove_text = QT_TRANSLATE_NOOP("ModelDialogs", "&Remove resource")
    used_title = QT_TRANSLATE_NOOP("ModelDialogs", "Steps use this resource")
    fields = RESOURCE_FIELDS

    def __init__(self, model: ProcessModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self.setWindowTitle(QCoreApplication.translate("ModelDialogs", "Resources"))
        self.setObjectName("resources-dialog")

    def records(self) -> dict[str, Resource]:
        return self.model.resources

    def users(self, code: str) -> list[Step]:
        return steps_using_resource(self.model, code)

    def build(self, rows: list[dict[str, object]]) -> dict[str, Resource]:
        return resources_from_rows(rows)

    def follow(self, step: Step, renamed: dict[str, str], removed: set[str]) -> dict[str, Any]:
        code = step.resource or ""
        return {"resource": None if code in removed else renamed.get(code, code)}


def _text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _count(users: list[Step]) -> str:
    if not users:
        return QCoreApplication.translate("ModelDialogs", "no step")
    count = len(users)
    return plural.translate("ModelDialogs", "%n step(s)", None, count)
