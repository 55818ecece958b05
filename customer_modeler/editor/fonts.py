"""Editor layer: the bundled fonts, registered with Qt once, before anything draws text.

Qt falls back per glyph to any registered font, so Greek and Thai names render even where
the system has no font for them (a bare machine, the packaged app).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from customer_modeler.resources import fonts_dir

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register every bundled font (once per process); return the families added."""
    if _registered or QGuiApplication.instance() is None:
        return _registered
    try:
        files = sorted(fonts_dir().glob("*.ttf"))
    except FileNotFoundError:  # a broken install: the system's fonts still work
        return _registered
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered
