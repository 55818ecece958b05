"""The bundled fonts: registered once, and they cover the Greek and Thai our users write."""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont

from customer_modeler.editor.fonts import register_bundled_fonts
from customer_modeler.editor.style import label_font
from customer_modeler.resources import fonts_dir


def test_bundled_fonts_are_registered_once(qapp) -> None:  # noqa: ANN001
    families = register_bundled_fonts()
    assert {"DejaVu Sans", "Loma"} <= set(families)
    assert register_bundled_fonts() is families
    label_font()  # drawing a label registers them too: nothing new is added
    assert len(register_bundled_fonts()) == len(families)


def test_bundled_fonts_cover_greek_and_thai(qapp) -> None:  # noqa: ANN001
    greek = QRawFont(str(fonts_dir() / "DejaVuSans.ttf"), 12)
    thai = QRawFont(str(fonts_dir() / "Loma.ttf"), 12)
    assert all(greek.supportsCharacter(ord(c)) for c in "Πελάτης Τμήμα πωλήσεων")
    assert all(thai.supportsCharacter(ord(c)) for c in "ลูกค้าฝ่ายขาย")
    assert QFont("Loma").exactMatch() or "Loma" in register_bundled_fonts()
