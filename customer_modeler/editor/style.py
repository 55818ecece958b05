"""Editor layer: colours, pens, fonts and sizes of the diagram in one place.

The colours come in a light and a dark set; items read them as ``style.INK`` at paint
time, so switching the set and repainting is all a theme change needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP
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


@dataclass(frozen=True)
class DiagramColours:
    """Every colour the diagram is drawn in; :data:`LIGHT` and :data:`DARK` are the two themes."""

    ink: QColor
    muted_ink: QColor
    flow_ink: QColor
    selection: QColor
    accept: QColor
    refuse: QColor
    failure_flow: QColor
    visible_fill: QColor
    backstage_fill: QColor
    backstage_border: QColor
    read_only_fill: QColor
    eye: QColor
    #: (body fill, header fill, header accent) per lane role.
    lane_colours: dict[str, tuple[QColor, QColor, QColor]]
    lane_border: QColor
    grid_dot: QColor
    #: The canvas behind the lanes and a pool's body.
    paper: QColor
    pool_band: QColor


def _colours(**hex_values: object) -> DiagramColours:
    def colour(value: object) -> object:
        if isinstance(value, str):
            return QColor(value)
        if isinstance(value, dict):
            return {key: tuple(QColor(c) for c in triple) for key, triple in value.items()}
        return value
    return DiagramColours(**{key: colour(value) for key, value in hex_values.items()})  # type: ignore[arg-type]


LIGHT: Final = _colours(
    ink="#1f2d3d", muted_ink="#6b7785", flow_ink="#34495e", selection="#1e88e5", accept="#2e7d32",
    refuse="#d32f2f", failure_flow="#c0392b", visible_fill="#ffffff", backstage_fill="#eef0f3",
    backstage_border="#a3adb8", read_only_fill="#f6f6f6", eye="#0b7a75",
    lane_colours={"customer": ("#fff7e8", "#ffe2b0", "#e08a00"),
                  "department": ("#ffffff", "#e7edf5", "#5b7290"),
                  "system": ("#f3f5f8", "#dde3ea", "#6d7b8c"),
                  "partner": ("#fbf8ff", "#ebe3f7", "#7b5ea7")},
    lane_border="#9aa7b6", grid_dot="#d5dbe3", paper="#ffffff", pool_band="#f0f3f7")

#: Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened
#: so they keep their contrast against the dark fills.
DARK: Final = _colours(
    ink="#e4e9f0", muted_ink="#9aa6b3", flow_ink="#c3cedb", selection="#64b5f6", accept="#66bb6a",
    refuse="#ef5350", failure_flow="#ff7a66", visible_fill="#2c323b", backstage_fill="#23272e",
    backstage_border="#66717e", read_only_fill="#292b2f", eye="#3cc8bf",
    lane_colours={"customer": ("#2f2a21", "#4a3d25", "#f0a830"),
                  "department": ("#1f2329", "#2e3744", "#92a9c8"),
                  "system": ("#24282e", "#343b45", "#a3b0bf"),
                  "partner": ("#27232e", "#3a3148", "#b99ce0")},
    lane_border="#4f5a67", grid_dot="#3a424c", paper="#1a1d21", pool_band="#2a3038")

# The colours in use, read at paint time as ``style.INK`` etc. (:func:`use_colours` rebinds them).
INK = LIGHT.ink
MUTED_INK = LIGHT.muted_ink
FLOW_INK = LIGHT.flow_ink
SELECTION = LIGHT.selection
ACCEPT = LIGHT.accept
REFUSE = LIGHT.refuse
FAILURE_FLOW = LIGHT.failure_flow
VISIBLE_FILL = LIGHT.visible_fill
BACKSTAGE_FILL = LIGHT.backstage_fill
BACKSTAGE_BORDER = LIGHT.backstage_border
READ_ONLY_FILL = LIGHT.read_only_fill
EYE = LIGHT.eye
LANE_COLOURS = LIGHT.lane_colours
LANE_BORDER = LIGHT.lane_border
GRID_DOT = LIGHT.grid_dot
PAPER = LIGHT.paper
POOL_BAND_FILL = LIGHT.pool_band
_current: list[DiagramColours] = [LIGHT]


def use_colours(colours: DiagramColours) -> None:
    """Draw the diagram in ``colours`` from the next paint on (callers repaint the views)."""
    global INK, MUTED_INK, FLOW_INK, SELECTION, ACCEPT, REFUSE, FAILURE_FLOW, VISIBLE_FILL
    global BACKSTAGE_FILL, BACKSTAGE_BORDER, READ_ONLY_FILL, EYE, LANE_COLOURS, LANE_BORDER
    global GRID_DOT, PAPER, POOL_BAND_FILL
    c = colours
    INK, MUTED_INK, FLOW_INK, SELECTION = c.ink, c.muted_ink, c.flow_ink, c.selection
    ACCEPT, REFUSE, FAILURE_FLOW, VISIBLE_FILL = c.accept, c.refuse, c.failure_flow, c.visible_fill
    BACKSTAGE_FILL, BACKSTAGE_BORDER, READ_ONLY_FILL = c.backstage_fill, c.backstage_border, c.read_only_fill
    EYE, LANE_COLOURS, LANE_BORDER, GRID_DOT = c.eye, c.lane_colours, c.lane_border, c.grid_dot
    PAPER, POOL_BAND_FILL = c.paper, c.pool_band
    _current[0] = colours


def current_colours() -> DiagramColours:
    return _current[0]


@contextmanager
def light_colours() -> Iterator[None]:
    """Paint in the light colours inside the block, whatever the theme: exports and prints
    are for paper and for other people's screens."""
    previous = current_colours()
    use_colours(LIGHT)
    try:
        yield
    finally:
        use_colours(previous)


ROLE_TITLES: Final = {
    "customer": QT_TRANSLATE_NOOP("Diagram", "Customer"),
    "department": QT_TRANSLATE_NOOP("Diagram", "Department"),
    "system": QT_TRANSLATE_NOOP("Diagram", "System"),
    "partner": QT_TRANSLATE_NOOP("Diagram", "Partner · external"),
}


def label_font(point_size: float = 9.0, bold: bool = False, italic: bool = False) -> QFont:
    """The diagram's font; Qt falls back per glyph, so Thai or Greek names render too."""
    register_bundled_fonts()
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font
