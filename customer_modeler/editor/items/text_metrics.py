"""Editor layer: text measured in the diagram's font, for the Qt-free label fitting.

:func:`measure` and :func:`line_height` are what
:func:`customer_modeler.editor.geometry.label_fit.fit_text` is given; the metrics of
each size are made once.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontMetricsF

from customer_modeler.editor import style

#: Font sizes a step's name may take, largest first (the last stays readable at 100 %).
INSIDE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
#: Font sizes of names written beside a shape (events, gateways) and of flow labels.
OUTSIDE_SIZES = (8.5, 8.0, 7.5, 7.0)
FLOW_SIZES = (8.0, 7.5, 7.0)


@lru_cache(maxsize=32)
def _metrics(size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(style.label_font(size, bold=bold))


def measure(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` at ``size`` points (with a pixel to spare for antialiasing)."""
    return _metrics(size, bold).horizontalAdvance(text) + 1.0


def line_height(size: float, bold: bool = False) -> float:
    return _metrics(size, bold).height()


def measure_bold(text: str, size: float) -> float:
    return measure(text, size, True)


def line_height_bold(size: float) -> float:
    return line_height(size, True)
