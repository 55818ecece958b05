"""Editor layer: the preferences as typed values with defaults, read from and written to QSettings.

Every key is named here once. A missing or unreadable value falls back to its default,
so an old or hand-edited settings file never breaks the editor. :func:`current` is the
copy the editor reads while it works (the move tool on every mouse move); :func:`save`
writes and refreshes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QSettings

from customer_modeler.editor.preferences.settings import AUTOSAVE_INTERVAL, editor_settings, read

#: Language codes the editor speaks, each with its name in its own language ("" = the system's).
LANGUAGES: Final = {"": "", "en": "English", "th": "ไทย", "sv": "Svenska", "pt_BR": "Português (Brasil)",
                    "el": "Ελληνικά"}
THEMES: Final = ("light", "dark", "system")
#: Units a duration may be shown in ("file": as the file says).
TIME_UNITS: Final = ("file", "min", "h")
#: Symbols shown instead of the neutral currency unit CU ("file": as the file says).
CURRENCIES: Final = ("file", "€", "$", "kr", "฿")

_KEYS: Final = {
    "language": "appearance/language", "theme": "appearance/theme",
    "show_grid": "canvas/show_grid", "grid_size": "canvas/grid_size",
    "snap_to_grid": "canvas/snap_to_grid", "snap_to_steps": "canvas/snap_to_steps",
    "time_unit": "display/time_unit", "currency": "display/currency",
}


@dataclass(frozen=True)
class Preferences:
    """What a person chose in Edit ▸ Preferences (the defaults are the editor as it always was)."""

    language: str = ""
    theme: str = "light"
    autosave_seconds: float = AUTOSAVE_INTERVAL.default
    show_grid: bool = True
    grid_size: int = 10
    snap_to_grid: bool = True
    snap_to_steps: bool = True
    time_unit: str = "file"
    currency: str = "file"

    @property
    def snap_distance(self) -> float:
        """The editor's grid for snapping positions: 0 when snapping to the grid is off."""
        return float(self.grid_size) if self.snap_to_grid else 0.0


DEFAULTS: Final = Preferences()


def load(settings: QSettings | None = None) -> Preferences:
    """The stored preferences; each missing or unknown value replaced by its default."""
    s = settings if settings is not None else editor_settings()
    grid = _int(s.value(_KEYS["grid_size"]), DEFAULTS.grid_size)
    return Preferences(
        language=_choice(s.value(_KEYS["language"]), tuple(LANGUAGES), DEFAULTS.language),
        theme=_choice(s.value(_KEYS["theme"]), THEMES, DEFAULTS.theme),
        autosave_seconds=read(s, AUTOSAVE_INTERVAL),
        show_grid=_bool(s.value(_KEYS["show_grid"]), DEFAULTS.show_grid),
        grid_size=grid if 2 <= grid <= 200 else DEFAULTS.grid_size,
        snap_to_grid=_bool(s.value(_KEYS["snap_to_grid"]), DEFAULTS.snap_to_grid),
        snap_to_steps=_bool(s.value(_KEYS["snap_to_steps"]), DEFAULTS.snap_to_steps),
        time_unit=_choice(s.value(_KEYS["time_unit"]), TIME_UNITS, DEFAULTS.time_unit),
        currency=_choice(s.value(_KEYS["currency"]), CURRENCIES, DEFAULTS.currency),
    )


def save(preferences: Preferences, settings: QSettings | None = None) -> None:
    """Store ``preferences`` and make them the ones :func:`current` returns."""
    s = settings if settings is not None else editor_settings()
    for field, key in _KEYS.items():
        s.setValue(key, getattr(preferences, field))
    s.setValue(AUTOSAVE_INTERVAL.key, preferences.autosave_seconds)
    s.sync()
    _current[0] = preferences


def current() -> Preferences:
    """The preferences in force (read from the settings once, then kept)."""
    if _current[0] is None:
        _current[0] = load()
    return _current[0]


def forget() -> None:
    """Read the settings again at the next :func:`current` (after they changed elsewhere)."""
    _current[0] = None


def clear(settings: QSettings | None = None) -> None:
    """Remove every stored preference (back to the defaults)."""
    s = settings if settings is not None else editor_settings()
    for key in (*_KEYS.values(), AUTOSAVE_INTERVAL.key):
        s.remove(key)
    s.sync()
    forget()


_current: list[Preferences | None] = [None]


def _choice(value: object, allowed: tuple[str, ...], default: str) -> str:
    return value if isinstance(value, str) and value in allowed else default


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def _int(value: object, default: int) -> int:
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
