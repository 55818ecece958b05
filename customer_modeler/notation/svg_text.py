"""Notation layer: text in our SVG — escaping, width estimates and line wrapping.

The core has no font engine (no Qt), so the width of a label is estimated from its
characters: an average advance per character class of DejaVu Sans, the font the editor
ships, as a fraction of the font size (narrow letters, wide letters, capitals, digits,
marks that take no room, and East Asian characters a full em). Lines therefore wrap
close to, not exactly where, the window wraps them; a viewer with another font may
draw a line a little wider or narrower. Text is written as ``<text>`` with one
``<tspan>`` per line, so it stays selectable, searchable and styleable.
"""

from __future__ import annotations

import html
import re
import unicodedata

#: The families we ship and register first in the window (Greek and Thai included).
FONT_FAMILY = "'DejaVu Sans', Loma, 'Noto Sans', Verdana, sans-serif"
#: CSS pixels per typographic point (the window paints at 96 dots per inch).
PX_PER_PT = 96 / 72
#: Height of a line as a multiple of the font size.
LINE_HEIGHT = 1.17

_NARROW = set("ijl.,:;'!|()[]{}`fIrt ")
_WIDE = set("mwMW@%")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without the control characters XML cannot hold."""
    return _CONTROL.sub("", text)


def attr(value: object) -> str:
    """An XML attribute value, quoted and escaped (as ``xml.sax.saxutils.quoteattr``)."""
    data = _escape(clean(str(value))).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"' + data.replace('"', "&quot;") + '"'


def text_content(text: str) -> str:
    """Element text, escaped (UTF-8 characters such as Greek or Thai stay as they are)."""
    return _escape(clean(text))


def _escape(text: str) -> str:
    # What xml.sax.saxutils' escape gives; that module imports urllib.request and
    # http.client (some 20 ms), and the editor's window imports this module before its
    # first paint.
    return html.escape(text, quote=False)


def char_width(char: str, size_px: float) -> float:
    """Estimated advance of one character in pixels at ``size_px``."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0  # Thai vowel and tone marks sit on the letter before
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return size_px
    if char in _NARROW:
        return 0.31 * size_px
    if char in _WIDE:
        return 0.9 * size_px
    if char.isupper():
        return 0.7 * size_px
    return 0.6 * size_px


def text_width(text: str, size_px: float, bold: bool = False) -> float:
    """Estimated width of one line of ``text`` (bold runs about 8 % wider)."""
    width = sum(char_width(c, size_px) for c in text)
    return width * 1.08 if bold else width


def wrap(text: str, width: float, size_px: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``width`` where words allow (a long word gets its own line)."""
    lines: list[str] = []
    for paragraph in clean(text).splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            trial = f"{current} {word}" if current else word
            if current and text_width(trial, size_px, bold) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def text_block(text: str, x: float, y: float, width: float, height: float, *, size_pt: float,
               colour: str, align: str = "center", valign: str = "top", bold: bool = False,
               italic: bool = False, wrap_lines: bool = True, css_class: str = "label") -> str:
    """``text`` wrapped into the box (x, y, width, height) as one ``<text>`` element.

    ``align``: left, center or right; ``valign``: top, middle or bottom — as the window's
    alignment flags. Returns "" for empty text.
    """
    size = size_pt * PX_PER_PT
    lines = wrap(text, width, size, bold) if wrap_lines else [clean(text).replace("\n", " ")]
    if not lines:
        return ""
    line_height = size * LINE_HEIGHT
    block = line_height * len(lines)
    if valign == "middle":
        top = y + (height - block) / 2
    elif valign == "bottom":
        top = y + height - block
    else:
        top = y
    anchor, left = {"left": ("start", x), "right": ("end", x + width)}.get(align, ("middle", x + width / 2))
    baseline = top + size * 0.93  # the first line's baseline: ascent of DejaVu Sans
    style = ' font-weight="bold"' if bold else ""
    style += ' font-style="italic"' if italic else ""
    spans = "".join(f'<tspan x="{num(left)}" y="{num(baseline + i * line_height)}">{text_content(line)}</tspan>'
                    for i, line in enumerate(lines))
    return (f'<text class={attr(css_class)} font-size="{num(size)}" fill="{colour}" '
            f'text-anchor="{anchor}"{style}>{spans}</text>')


def lines_block(lines: tuple[str, ...] | list[str], x: float, y: float, width: float, height: float, *,
                size_pt: float, colour: str, align: str = "center", bold: bool = False,
                css_class: str = "label") -> str:
    """Lines laid out already (by the window), one row each, filling the box from the top."""
    if not lines:
        return ""
    size = size_pt * PX_PER_PT
    row = height / len(lines)
    anchor, left = {"left": ("start", x), "right": ("end", x + width)}.get(align, ("middle", x + width / 2))
    weight = ' font-weight="bold"' if bold else ""
    spans = "".join(f'<tspan x="{num(left)}" y="{num(y + i * row + row / 2 + size * 0.35)}">'
                    f"{text_content(line)}</tspan>" for i, line in enumerate(lines))
    return (f'<text class={attr(css_class)} font-size="{num(size)}" fill="{colour}" '
            f'text-anchor="{anchor}"{weight}>{spans}</text>')


def rotated_text(text: str, x: float, y: float, width: float, height: float, *, size_pt: float,
                 colour: str, bold: bool = False, css_class: str = "label") -> str:
    """``text`` written bottom to top, centred in a narrow vertical band (pool and lane names).

    Text longer than the band is cut with an ellipsis, as in the window.
    """
    size = size_pt * PX_PER_PT
    room = max(height - 8, 0)
    line = clean(text).replace("\n", " ")
    if text_width(line, size, bold) > room:
        while line and text_width(line + "…", size, bold) > room:
            line = line[:-1]
        line = line.rstrip() + "…" if line else ""
    if not line:
        return ""
    cx, cy = x + width / 2, y + height / 2
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text class={attr(css_class)} font-size="{num(size)}" fill="{colour}" text-anchor="middle"'
            f'{weight} transform="translate({num(cx)} {num(cy)}) rotate(-90)" '
            f'x="0" y="{num(size * 0.35)}">{text_content(line)}</text>')


def num(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
