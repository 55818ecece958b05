"""Editor layer: fitting a name into a box — wrap, then shrink, then end in an ellipsis (no Qt).

A name is first wrapped at spaces in the largest font size; when the lines do not fit
the box it is tried in smaller sizes down to a floor that stays readable; only at the
floor are words broken (a word wider than the box) and the last line that fits ends in
"…" (the full name then goes into a tooltip). No line is ever wider than the box and
no line lies outside it, so no glyph is cut at the box's edge.

Text is measured by an injected function, so the rules are tested without painting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: Width of ``text`` at font size ``size`` (points), in diagram units.
Measure = Callable[[str, float], float]
#: Height of one line at font size ``size``.
LineHeight = Callable[[float], float]

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class FittedText:
    """How a name is written: its ``lines`` at font ``size``; ``elided`` when text was left out."""

    lines: tuple[str, ...]
    size: float
    elided: bool

    def height(self, line_height: LineHeight) -> float:
        return len(self.lines) * line_height(self.size)

    def width(self, measure: Measure) -> float:
        return max((measure(line, self.size) for line in self.lines), default=0.0)


def wrap_words(text: str, width: float, size: float, measure: Measure,
               break_words: bool = False) -> list[str] | None:
    """Lines of ``text`` no wider than ``width``; None when a word is too wide and may not break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if measure(word, size) <= width:
                current = word
                continue
            if not break_words:
                return None
            pieces = _break_word(word, width, size, measure)
            lines.extend(pieces[:-1])
            current = pieces[-1]
        if current or not lines:
            lines.append(current)
    return lines


def _break_word(word: str, width: float, size: float, measure: Measure) -> list[str]:
    """A word too wide for the box, cut into pieces that fit (at least one letter each)."""
    pieces: list[str] = []
    rest = word
    while rest:
        n = len(rest)
        while n > 1 and measure(rest[:n], size) > width:
            n -= 1
        pieces.append(rest[:n])
        rest = rest[n:]
    return pieces


def elide(text: str, width: float, size: float, measure: Measure) -> str:
    """``text`` shortened at the end, with "…", to fit ``width`` (just "…" when nothing fits)."""
    if measure(text, size) <= width:
        return text
    n = len(text)
    while n > 0 and measure(text[:n].rstrip() + ELLIPSIS, size) > width:
        n -= 1
    return text[:n].rstrip() + ELLIPSIS


def fit_text(text: str, width: float, height: float, measure: Measure, line_height: LineHeight,
             sizes: Sequence[float]) -> FittedText:
    """The largest of ``sizes`` (largest first) at which ``text`` fits the box, wrapped.

    Returns
    -------
    FittedText
        At the smallest size, words are broken if they must be, and when the lines
        still do not fit, the last line that does ends in "…" (``elided``).
    """
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if not text:
        return FittedText((), sizes[0], False)
    for size in sizes:
        lines = wrap_words(text, width, size, measure)
        if lines is not None and len(lines) * line_height(size) <= height + 0.01:
            return FittedText(tuple(lines), size, False)
    size = sizes[-1]
    lines = wrap_words(text, width, size, measure, break_words=True) or [text]
    room = max(1, int((height + 0.01) // line_height(size)))
    if len(lines) <= room:
        return FittedText(tuple(lines), size, False)
    kept = lines[:room - 1]
    last = " ".join(lines[room - 1:])
    kept.append(elide(last, width, size, measure))
    return FittedText(tuple(kept), size, True)


def fit_text_in(text: str, boxes: Sequence[tuple[float, float]], measure: Measure, line_height: LineHeight,
                sizes: Sequence[float]) -> tuple[FittedText, int]:
    """Fit ``text`` into the first of several boxes (width, height) that takes it whole.

    The largest size wins: each size is tried in every box, wrapping at spaces only; of
    the boxes that take it, the one needing the fewest lines (the first on ties). When no
    box takes the text whole, the roomiest box gets it shrunk, broken and elided as
    :func:`fit_text` does. Returns the fitted text and its box's index.
    """
    plain = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(boxes) > 1 and plain:
        for size in sizes:
            taken = []
            for index, (width, height) in enumerate(boxes):
                lines = wrap_words(plain, width, size, measure)
                if lines is not None and len(lines) * line_height(size) <= height + 0.01:
                    taken.append((len(lines), index, lines))
            if taken:
                _, index, lines = min(taken, key=lambda found: found[:2])
                return FittedText(tuple(lines), size, False), index
    best = max(range(len(boxes)), key=lambda i: boxes[i][0] * boxes[i][1]) if len(boxes) > 1 else 0
    return fit_text(text, boxes[best][0], boxes[best][1], measure, line_height, sizes), best
