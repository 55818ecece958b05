"""Editor layer: Edit ▸ Preferences — language, theme, autosave, grid and snapping, display units.

OK and Apply store the choices and put them into effect at once; the language needs a
restart, which the dialog says beside the field and again once it is changed. Every
text goes through Qt's translation (context ``PreferencesDialog``); the language names
are written in their own language so a person can find theirs whatever the editor speaks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor.preferences import store
from customer_modeler.editor.preferences.apply import apply_preferences
from customer_modeler.editor.preferences.store import CURRENCIES, LANGUAGES, Preferences
from customer_modeler.editor.preferences.settings import AUTOSAVE_INTERVAL

NOTE_STYLE = "color: palette(placeholder-text);"


class PreferencesDialog(QDialog):
    """The preferences, shown as the settings hold them; :meth:`chosen` is what the fields say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.started_with = store.current()
        layout = QVBoxLayout(self)
        layout.addWidget(self._appearance())
        layout.addWidget(self._diagram())
        layout.addWidget(self._saving_and_units())
        note = QLabel(self.tr("Changes other than the language apply at once."))
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Apply)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.show_preferences(self.started_with)

    # -- building -------------------------------------------------------------------------
    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(box)
        self.language = _combo("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name or self.tr("System default"), code)
        self.language.currentIndexChanged.connect(self._language_changed)
        restart = QLabel(self.tr("Takes effect after a restart."))
        restart.setObjectName("language-restart-note")
        restart.setStyleSheet(NOTE_STYLE)
        self.restart_note = restart
        form.addRow(self.tr("Language:"), _column(self.language, restart))
        self.theme = _combo("theme")
        for key, text in (("light", self.tr("Light")), ("dark", self.tr("Dark")),
                          ("system", self.tr("Follow the system"))):
            self.theme.addItem(text, key)
        form.addRow(self.tr("Theme:"), self.theme)
        return box

    def _diagram(self) -> QGroupBox:
        box = QGroupBox(self.tr("Diagram"))
        form = QFormLayout(box)
        self.show_grid = _check("show-grid", self.tr("Show the grid"))
        self.grid_size = QSpinBox()
        self.grid_size.setObjectName("pref-grid-size")
        self.grid_size.setRange(2, 200)
        self.snap_to_grid = _check("snap-to-grid", self.tr("Snap steps to the grid"))
        self.snap_to_steps = _check("snap-to-steps", self.tr("Line steps up with other steps while moving"))
        form.addRow(self.show_grid)
        form.addRow(self.tr("Grid spacing (pixels at 100 %):"), self.grid_size)
        form.addRow(self.snap_to_grid)
        form.addRow(self.snap_to_steps)
        return box

    def _saving_and_units(self) -> QGroupBox:
        box = QGroupBox(self.tr("Saving and units"))
        form = QFormLayout(box)
        self.autosave = QSpinBox()
        self.autosave.setObjectName("pref-autosave")
        self.autosave.setRange(int(AUTOSAVE_INTERVAL.minimum), int(AUTOSAVE_INTERVAL.maximum))
        self.autosave.setSuffix(self.tr(" seconds"))
        form.addRow(self.tr("Save a recovery copy every:"), self.autosave)
        self.time_unit = _combo("time-unit")
        for key, text in (("file", self.tr("As in the file")), ("min", self.tr("Minutes")),
                          ("h", self.tr("Hours"))):
            self.time_unit.addItem(text, key)
        form.addRow(self.tr("Show durations in:"), self.time_unit)
        self.currency = _combo("currency")
        for key in CURRENCIES:
            self.currency.addItem(self.tr("As in the file") if key == "file" else key, key)
        units_note = QLabel(self.tr("Display only: files keep their own units."))
        units_note.setStyleSheet(NOTE_STYLE)
        form.addRow(self.tr("Show amounts in CU as:"), _column(self.currency, units_note))
        return box

    # -- values ---------------------------------------------------------------------------
    def show_preferences(self, preferences: Preferences) -> None:
        """Set the fields to ``preferences``."""
        _select(self.language, preferences.language)
        _select(self.theme, preferences.theme)
        self.autosave.setValue(round(preferences.autosave_seconds))
        self.show_grid.setChecked(preferences.show_grid)
        self.grid_size.setValue(preferences.grid_size)
        self.snap_to_grid.setChecked(preferences.snap_to_grid)
        self.snap_to_steps.setChecked(preferences.snap_to_steps)
        _select(self.time_unit, preferences.time_unit)
        _select(self.currency, preferences.currency)
        self._language_changed()

    def chosen(self) -> Preferences:
        """The preferences as the fields say."""
        return replace(
            store.current(), language=self.language.currentData(), theme=self.theme.currentData(),
            autosave_seconds=float(self.autosave.value()), show_grid=self.show_grid.isChecked(),
            grid_size=self.grid_size.value(), snap_to_grid=self.snap_to_grid.isChecked(),
            snap_to_steps=self.snap_to_steps.isChecked(), time_unit=self.time_unit.currentData(),
            currency=self.currency.currentData())

    def needs_restart(self) -> bool:
        """The chosen language differs from the one the editor started with."""
        return self.language.currentData() != self.started_with.language

    def _language_changed(self, _index: int = 0) -> None:
        restart = self.needs_restart()
        self.restart_note.setText(self.tr("Restart the editor to see it in the new language.") if restart
                                  else self.tr("Takes effect after a restart."))
        self.restart_note.setStyleSheet("font-weight: bold;" if restart else NOTE_STYLE)

    def apply(self) -> None:
        """Store the choices and put them into effect (the language at the next start)."""
        preferences = self.chosen()
        store.save(preferences)
        apply_preferences(preferences)

    def accept(self) -> None:
        self.apply()
        super().accept()


def open_preferences(window: Any) -> PreferencesDialog:
    """Edit ▸ Preferences…: the dialog over ``window``, modal to it, without blocking."""
    dialog = PreferencesDialog(window)
    window.preferences_dialog = dialog
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(f"pref-{name}")
    return combo


def _check(name: str, text: str) -> QCheckBox:
    check = QCheckBox(text)
    check.setObjectName(f"pref-{name}")
    return check


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return holder


def _select(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))
