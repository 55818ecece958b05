"""Editor layer: the editor's user settings — one place that names each key, its default and range.

A Preferences dialog lists :data:`SETTINGS` to show them; the code that uses a setting
reads it through :func:`read` so a missing or mistyped value falls back to the default.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

ORGANIZATION = "customer-process-modeler"
SETTINGS_FILE = "editor"


@dataclass(frozen=True)
class Setting:
    """One numeric setting as a person sees it in Preferences."""

    key: str
    label: str
    unit: str
    default: float
    minimum: float
    maximum: float


AUTOSAVE_INTERVAL = Setting("autosave/interval_seconds", "Save a recovery copy every",
                            "seconds", default=30, minimum=1, maximum=3600)

SETTINGS = (AUTOSAVE_INTERVAL,)


def editor_settings() -> QSettings:
    """The editor's settings store (the same one the recent files live in)."""
    return QSettings(ORGANIZATION, SETTINGS_FILE)


def read(settings: QSettings, setting: Setting) -> float:
    """The stored value clamped to the setting's range, or its default when unset or unreadable."""
    try:
        value = float(settings.value(setting.key, setting.default))
    except (TypeError, ValueError):
        return setting.default
    if value != value:  # NaN
        return setting.default
    return min(setting.maximum, max(setting.minimum, value))
