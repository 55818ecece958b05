"""Preferences as values: defaults for anything missing or unreadable, a round trip through
the settings, and display units converted both ways without touching the file's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from customer_modeler.editor.preferences import store
from customer_modeler.editor.preferences.units import DisplayUnits
from customer_modeler.model.attributes import STEP_ATTRIBUTE_BY_NAME
from customer_modeler.model.elements import ModelInfo

DURATION, COST = STEP_ATTRIBUTE_BY_NAME["duration"], STEP_ATTRIBUTE_BY_NAME["cost"]
EFFORT = STEP_ATTRIBUTE_BY_NAME["effort"]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)


def test_nothing_stored_gives_the_defaults(settings):
    assert store.load(settings) == store.Preferences()
    assert store.Preferences().snap_distance == 10


def test_unreadable_values_fall_back_one_by_one(settings):
    for key, value in (("appearance/language", "klingon"), ("appearance/theme", "purple"),
                       ("canvas/grid_size", "huge"), ("canvas/show_grid", "maybe"),
                       ("display/time_unit", "fortnights"), ("autosave/interval_seconds", "-5"),
                       ("canvas/snap_to_steps", "false")):
        settings.setValue(key, value)
    loaded = store.load(settings)
    assert loaded == store.Preferences(snap_to_steps=False, autosave_seconds=1)   # clamped to its range
    settings.setValue("canvas/grid_size", 5000)
    assert store.load(settings).grid_size == 10


def test_saved_preferences_read_back_the_same(settings):
    chosen = store.Preferences(language="th", theme="system", autosave_seconds=90, show_grid=False,
                               grid_size=25, snap_to_grid=False, snap_to_steps=False, time_unit="h",
                               currency="฿")
    try:
        store.save(chosen, settings)
        assert store.load(settings) == chosen
        assert store.current() == chosen and chosen.snap_distance == 0
    finally:
        store.forget()


def test_minutes_show_as_hours_and_typed_hours_go_back_as_minutes():
    units = DisplayUnits.of(ModelInfo(), time_unit="h")
    assert units.shown_spec(DURATION).field_label == "Duration (h)"
    assert units.shown_text(DURATION, 90.0) == "1.5" and units.with_unit(DURATION, 90.0) == "1.5 h"
    assert units.shown_text(DURATION, 100.0) == "1.6667"
    assert units.file_text(DURATION, "2") == "120" and units.file_text(DURATION, "0.1") == "6"
    assert units.file_text(DURATION, "45 min") == "45" and units.file_text(DURATION, "30s") == "0.5"
    assert units.file_text(DURATION, "soon") == "soon"    # refused later, by the attribute's own check
    assert units.shown_text(EFFORT, 2.5) == "2.5" and units.file_text(EFFORT, "2.5") == "2.5"


def test_a_file_in_hours_shows_in_minutes_when_asked_and_as_itself_by_default():
    hours = ModelInfo(time_unit="h")
    assert DisplayUnits.of(hours).shown_text(DURATION, 1.5) == "1.5"
    assert DisplayUnits.of(hours).shown_spec(DURATION).unit == "h"
    assert DisplayUnits.of(hours, time_unit="min").shown_text(DURATION, 1.5) == "90"
    assert DisplayUnits.of(hours, time_unit="min").file_text(DURATION, "30") == "0.5"
    odd = DisplayUnits.of(ModelInfo(time_unit="shifts"), time_unit="h")   # unknown: no conversion
    assert odd.shown_text(DURATION, 3.0) == "3" and odd.shown_spec(DURATION).unit == "shifts"


def test_currency_symbols_replace_cu_only():
    assert DisplayUnits.of(ModelInfo(), currency="kr").shown_spec(COST).field_label == "Cost (kr)"
    assert DisplayUnits.of(ModelInfo(), currency="kr").shown_text(COST, 12.5) == "12.5"   # no exchange rate
    assert DisplayUnits.of(ModelInfo(currency="EUR"), currency="฿").shown_spec(COST).unit == "EUR"
    assert DisplayUnits.of(ModelInfo()).shown_spec(COST).unit == "CU"
