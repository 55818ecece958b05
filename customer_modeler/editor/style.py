"""Editor layer: colours, pens, fonts and sizes of the diagram in one place."""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor, QFont

from customer_modeler.editor.fonts import register_bundled_fonts

#: Width of the header band at the left of every lane.
LANE_HEADER_WIDTH: Final = 140.0
#: Width of a pool's name band.
POOL_BAND_WIDTH: Final = 30.0
#: Distance within which a press on a lane's bottom edge resizes it.
LANE_EDGE_GRIP: Final = 5.0
#: Radius of a step's connection handle.
HANDLE_RADIUS: Final = 7.0
#: Size of a bend-point handle.
BEND_HANDLE: Final = 8.0

INK: Final = QColor("#1f2d3d")
MUTED_INK: Final = QColor("#6b7785")
FLOW_INK: Final = QColor("#34495e")
SELECTION: Final = QColor("#1e88e5")
ACCEPT: Final = QColor("#2e7d32")
REFUSE: Final = QColor("#d32f2f")
FAILURE_FLOW: Final = QColor("#c0392b")

VISIBLE_FILL: Final = QColor("#ffffff")
BACKSTAGE_FILL: Final = QColor("#eef0f3")
BACKSTAGE_BORDER: Final = QColor("#a3adb8")
READ_ONLY_FILL: Final = QColor("#f6f6f6")
EYE: Final = QColor("#0b7a75")

#: (body fill, header fill, header accent) per lane role.
LANE_COLOURS: Final = {
    "customer": (QColor("#fff7e8"), QColor("#ffe2b0"), QColor("#e08a00")),
    "department": (QColor("#ffffff"), QColor("#e7edf5"), QColor("#5b7290")),
    "system": (QColor("#f3f5f8"), QColor("#dde3ea"), QColor("#6d7b8c")),
    "partner": (QColor("#fbf8ff"), QColor("#ebe3f7"), QColor("#7b5ea7")),
}
LANE_BORDER: Final = QColor("#9aa7b6")
GRID_DOT: Final = QColor("#d5dbe3")

ROLE_TITLES: Final = {
    "customer": "Customer",
    "department": "Department",
    "system": "System",
    "partner": "Partner · external",
}


def label_font(point_size: float = 9.0, bold: bool = False, italic: bool = False) -> QFont:
    """The diagram's font; Qt falls back per glyph, so Thai or Greek names render too."""
    register_bundled_fonts()
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
