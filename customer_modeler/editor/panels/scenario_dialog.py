"""Editor layer: Model ▸ Scenario… — the yearly and what-if values of docs/methods.md §1.4.

One field per value, grouped as the analyses use them (volume and arrivals for the
queues and failure demand, accounts and account executives for the what-if economics,
retention), plus the optional low / most likely / high ranges of the what-if
sensitivity. Each field says its accepted range beside it and turns red with the reason
when a value is refused; OK then stays open. An empty field means "not set".
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor import plural
from customer_modeler.editor.panels.model_fields import (
    HINT_STYLE,
    MESSAGE_STYLE,
    in_currency,
    mark_invalid,
    range_hint,
)
from customer_modeler.editor.core_texts import field_label
from customer_modeler.model.attributes import AttributeSpec
from customer_modeler.model.model_inputs import (
    RANGE_PARAMETERS,
    RANGE_PARTS,
    SCENARIO_DEFAULTS,
    SCENARIO_GROUPS,
    parse_scenario,
    range_spec,
    scenario_texts,
)


class ScenarioDialog(QDialog):
    """Edits a copy of the scenario; after OK, :attr:`scenario` holds the new values.

    ``fields`` and ``messages`` map each scenario key to its line edit and to the label
    beside it (the accepted range, or why the value is refused).
    """

    def __init__(self, scenario: Mapping[str, float], currency: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ScenarioDialog", "Scenario"))
        self.setObjectName("scenario-dialog")
        self.old = dict(scenario)
        self.currency = currency
        self.scenario: dict[str, float] = dict(scenario)
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.hints: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "ScenarioDialog", "Values for the whole model. Leave a field empty when it does not apply."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for title, specs in SCENARIO_GROUPS:
            layout.addWidget(self._value_group(title, specs))
        layout.addWidget(self._range_group())
        kept = len(set(self.old) - set(scenario_texts({})))
        if kept:
            layout.addWidget(QLabel(plural.translate(
                "ScenarioDialog", "%n more value(s) from the file stay as they are.", None, kept)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self._align_labels()
        for key, text in scenario_texts(self.old).items():
            self.fields[key].setText(text)
            self.fields[key].textChanged.connect(lambda _t, k=key: self._check_one(k))

    # -- building -------------------------------------------------------------------------
    def _value_group(self, title: str, specs: tuple[AttributeSpec, ...]) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("Attribute", title))
        grid = QGridLayout(box)
        for row, spec in enumerate(specs):
            spec = in_currency(spec, self.currency)
            grid.addWidget(_name_label(spec), row, 0)
            grid.addWidget(self._field(spec.name, SCENARIO_DEFAULTS.get(spec.name, "")), row, 1)
            grid.addWidget(self._message([spec.name], range_hint(spec)), row, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _range_group(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(
            "ScenarioDialog", "What-if sensitivity ranges (optional; otherwise ±20 % around the value)"))
        grid = QGridLayout(box)
        for column, (_suffix, heading) in enumerate(RANGE_PARTS, start=1):
            grid.addWidget(QLabel(QCoreApplication.translate("Attribute", heading)), 0, column)
        for row, parameter in enumerate(RANGE_PARAMETERS, start=1):
            spec = in_currency(range_spec(parameter), self.currency)
            grid.addWidget(_name_label(spec), row, 0)
            for column, (suffix, _heading) in enumerate(RANGE_PARTS, start=1):
                grid.addWidget(self._field(f"{parameter}{suffix}"), row, column)
            bounds = [f"{parameter}{suffix}" for suffix, _heading in RANGE_PARTS]
            grid.addWidget(self._message(bounds, range_hint(spec)), row, len(RANGE_PARTS) + 1)
        grid.setColumnStretch(len(RANGE_PARTS) + 1, 1)
        return box

    def _field(self, key: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"scenario-{key}")
        field.setPlaceholderText(placeholder or QCoreApplication.translate("ScenarioDialog", "not set"))
        field.setMinimumWidth(90)
        self.fields[key] = field
        return field

    def _message(self, keys: list[str], hint: str) -> QLabel:
        """The label beside ``keys`` (the three bounds of a range share one)."""
        label = QLabel(hint)
        label.setStyleSheet(HINT_STYLE)
        label.setWordWrap(True)
        for key in keys:
            self.messages[key] = label
            self.hints[key] = hint
        return label

    def _align_labels(self) -> None:
        """One width for the names of every group, so the fields line up down the dialog."""
        labels = [label for label in self.findChildren(QLabel) if label.property("field_name")]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # -- checking -------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def _check_one(self, key: str) -> None:
        """Live check of the field being typed in (and its range row)."""
        problems = parse_scenario(self.texts(), self.old).problems
        related = [k for k in self.fields if self.messages[k] is self.messages[key]]
        self._show({k: problems[k] for k in related if k in problems}, related)

    def _show(self, problems: Mapping[str, str], keys: list[str]) -> None:
        for key in keys:
            mark_invalid(self.fields[key], problems.get(key))
        for key in keys:
            label = self.messages[key]
            shown = next((problems[k] for k in keys if k in problems and self.messages[k] is label),
                         None)
            label.setText(shown or self.hints[key])
            label.setStyleSheet(MESSAGE_STYLE if shown else HINT_STYLE)

    def accept(self) -> None:
        """Close with the new scenario, or stay open and point at the refused fields."""
        edit = parse_scenario(self.texts(), self.old)
        self._show(edit.problems, list(self.fields))
        if edit.problems:
            self.fields[next(k for k in self.fields if k in edit.problems)].setFocus()
            return
        self.scenario = edit.scenario
        super().accept()


def _name_label(spec: AttributeSpec) -> QLabel:
    label = QLabel(field_label(spec))
    label.setProperty("field_name", True)
    return label
