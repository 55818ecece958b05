"""Editor layer: what the Model dialogs share — the accepted range of a field in words,
the red mark on a refused field, and the model's own currency in units."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from customer_modeler.editor.core_texts import unit_text
from customer_modeler.model.attributes import AttributeSpec, format_value

INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"
MESSAGE_STYLE = "color: #c62828;"
HINT_STYLE = "color: palette(mid);"


def range_hint(spec: AttributeSpec) -> str:
    """'0 to 1', 'at least 0 CU', 'a whole number, at least 1', 'any number'."""
    unit = f" {unit_text(spec.unit)}" if spec.unit else ""
    whole = spec.kind == "int"
    low = None if spec.low is None else format_value(spec.low)
    high = None if spec.high is None else format_value(spec.high)
    if low is not None and high is not None:
        text = (QCoreApplication.translate("FieldRange", "a whole number, {low} to {high}") if whole else QCoreApplication.translate("FieldRange", "{low} to {high}")).format(low=low, high=high)
    elif low is not None:
        text = (QCoreApplication.translate("FieldRange", "a whole number, at least {low}") if whole else QCoreApplication.translate("FieldRange", "at least {low}")).format(low=low)
    elif high is not None:
        text = (QCoreApplication.translate("FieldRange", "a whole number, at most {high}") if whole else QCoreApplication.translate("FieldRange", "at most {high}")).format(high=high)
    elif spec.kind in ("float", "int"):
        if unit:
            return (QCoreApplication.translate("FieldRange", "a whole number in {unit}") if whole else QCoreApplication.translate("FieldRange", "any number in {unit}")).format(unit=unit.strip())
        return QCoreApplication.translate("FieldRange", "a whole number") if whole else QCoreApplication.translate("FieldRange", "any number")
    else:
        return ""
    return text + unit


def in_currency(spec: AttributeSpec, currency: str | None) -> AttributeSpec:
    """The spec with the model's currency instead of the default CU."""
    return replace(spec, unit=currency) if currency and spec.unit == "CU" else spec


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Outline a refused field in red with the reason as its tooltip (None clears it)."""
    widget.setStyleSheet(INVALID_STYLE if message else "")
    widget.setToolTip(message or "")
    widget.setProperty("invalid", bool(message))
