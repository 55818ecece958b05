"""Editor layer: what the Model dialogs share — the accepted range of a field in words,
the red mark on a refused field, and the model's own currency in units."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from customer_modeler.model.attributes import AttributeSpec, format_value

INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"
MESSAGE_STYLE = "color: #c62828;"
HINT_STYLE = "color: palette(mid);"


def range_hint(spec: AttributeSpec) -> str:
    """'0 to 1', 'at least 0 CU', 'a whole number, at least 1', 'any number'."""
    unit = f" {spec.unit}" if spec.unit else ""
    whole = "a whole number, " if spec.kind == "int" else ""
    low = None if spec.low is None else format_value(spec.low)
    high = None if spec.high is None else format_value(spec.high)
    if low is not None and high is not None:
        return f"{whole}{low} to {high}{unit}"
    if low is not None:
        return f"{whole}at least {low}{unit}"
    if high is not None:
        return f"{whole}at most {high}{unit}"
    if spec.kind in ("float", "int"):
        return f"{'a whole number' if whole else 'any number'}{' in' + unit if unit else ''}"
    return ""


def in_currency(spec: AttributeSpec, currency: str | None) -> AttributeSpec:
    """The spec with the model's currency instead of the default CU."""
    return replace(spec, unit=currency) if currency and spec.unit == "CU" else spec


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Outline a refused field in red with the reason as its tooltip (None clears it)."""
    widget.setStyleSheet(INVALID_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("invalid", bool(message))
