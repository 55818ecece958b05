"""Editor layer: the settings keys, kept importable from here for the window's modules;
they live in :mod:`customer_modeler.editor.preferences.settings` with the other preferences."""

from __future__ import annotations

from customer_modeler.editor.preferences.settings import (
    AUTOSAVE_INTERVAL,
    ORGANIZATION,
    SETTINGS,
    SETTINGS_FILE,
    Setting,
    editor_settings,
    read,
)

__all__ = ["AUTOSAVE_INTERVAL", "ORGANIZATION", "SETTINGS", "SETTINGS_FILE", "Setting", "editor_settings", "read"]
