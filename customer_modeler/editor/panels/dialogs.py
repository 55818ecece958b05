"""Editor layer: small dialogs — export options (PNG, SVG, PDF) and the keyboard shortcut list."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from customer_modeler.editor.canvas.export import PngLimits

#: The PNG scales the size field offers when the diagram allows them (dots per inch: × 96).
SMALLEST_SCALE, LARGEST_SCALE = 0.25, 8.0


@dataclass(frozen=True)
class ExportOptions:
    """What an export dialog asked: PNG scale and background, PDF pages, analysis highlights."""

    scale: float = 2.0
    transparent: bool = False
    tiled: bool = False
    highlights: bool = False


class ExportOptionsDialog(QDialog):
    """Asks how to export the diagram as ``fmt`` (PNG, SVG or PDF).

    PNG: the size as a scale (2 × is twice the window at 100 %) or as dots per inch, and
    a white or transparent background; SVG: the background; PDF: one page fitted or the
    diagram at its size over several pages. All: whether the analysis highlights on the
    diagram come along (offered only when there are some).

    Given the diagram's ``limits``, the PNG size shows the image's pixels as it changes
    and goes no larger than a PNG can be: a long journey is offered the small scales it
    fits at, and told why, where it would otherwise be refused after the file was chosen.
    """

    def __init__(self, fmt: str, has_highlights: bool = False, parent: QWidget | None = None,
                 limits: PngLimits | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.limits = limits
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export as {format}").format(format=fmt))
        layout = QFormLayout(self)
        self.size_unit = QComboBox()
        self.size_unit.addItems([QCoreApplication.translate("ExportDialog", "Scale"),
                                 QCoreApplication.translate("ExportDialog", "Dots per inch")])
        self.scale = QDoubleSpinBox()
        self.pixels = QLabel()
        self.size_note = QLabel()
        self.size_note.setWordWrap(True)
        self.size_unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed(0)
        self.scale.setValue(ExportOptions.scale)
        self.scale.valueChanged.connect(self._show_pixels)
        self._show_pixels()
        self.background = QComboBox()
        self.background.addItems([QCoreApplication.translate("ExportDialog", "White"),
                                  QCoreApplication.translate("ExportDialog", "Transparent")])
        self.pages = QComboBox()
        self.pages.addItems([QCoreApplication.translate("ExportDialog", "One page, fitted"),
                             QCoreApplication.translate("ExportDialog", "Several pages, at full size")])
        self.highlights = QCheckBox(QCoreApplication.translate("ExportDialog", "Include the analysis highlights"))
        self.highlights.setEnabled(has_highlights)
        if not has_highlights:
            self.highlights.setToolTip(QCoreApplication.translate(
                "ExportDialog", "No analysis highlights are shown on the diagram."))
        if fmt == "PNG":
            layout.addRow(QCoreApplication.translate("ExportDialog", "Size in"), self.size_unit)
            layout.addRow(QCoreApplication.translate("ExportDialog", "Size"), self.scale)
            if limits is not None:
                layout.addRow(QCoreApplication.translate("ExportDialog", "Image"), self.pixels)
                if limits.largest < ExportOptions.scale:  # the size offered first had to shrink
                    self.size_note.setText(QCoreApplication.translate(
                        "ExportDialog", "A PNG is at most {most} pixels a side: this diagram fits at up "
                        "to {scale} ×. For a sharper picture, export SVG, or PDF on several pages.").format(
                        most=QLocale().toString(limits.most),
                        scale=QLocale().toString(limits.largest, "f", limits.decimals)))
                    layout.addRow(self.size_note)
        if fmt in ("PNG", "SVG"):
            layout.addRow(QCoreApplication.translate("ExportDialog", "Background"), self.background)
        if fmt == "PDF":
            layout.addRow(QCoreApplication.translate("ExportDialog", "Pages"), self.pages)
        layout.addRow(self.highlights)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _unit_changed(self, index: int) -> None:
        """Switch the size field between a scale and dots per inch, keeping the same size,
        within the scales the diagram fits at."""
        scale = self.scale.value() if self.scale.suffix() == " ×" else self.scale.value() / 96
        largest = min(LARGEST_SCALE, self.limits.largest) if self.limits else LARGEST_SCALE
        smallest = min(SMALLEST_SCALE, largest / 4)
        decimals = self.limits.decimals if self.limits else 2
        if index == 1:
            dpi_decimals = max(0, decimals - 2)  # 96 dpi is 1 ×
            shift = 10 ** dpi_decimals  # rounded down, as the largest scale is
            most = math.floor(largest * 96 * shift) / shift
            self.scale.setDecimals(dpi_decimals)
            self.scale.setRange(min(math.ceil(smallest * 96 * shift) / shift, most), most)
            self.scale.setSingleStep(24)
            self.scale.setSuffix(" dpi")
            self.scale.setValue(scale * 96)
        else:
            self.scale.setDecimals(decimals)
            self.scale.setRange(smallest, largest)
            self.scale.setSingleStep(0.25 if largest >= 1 else 10 ** -decimals)
            self.scale.setSuffix(" ×")
            self.scale.setValue(scale)

    def _chosen_scale(self) -> float:
        value = self.scale.value()
        return value / 96 if self.size_unit.currentIndex() == 1 else value

    def _show_pixels(self) -> None:
        if self.limits is None:
            return
        width, height = self.limits.pixels(self._chosen_scale())
        locale = QLocale()
        self.pixels.setText(QCoreApplication.translate("ExportDialog", "{width} × {height} pixels").format(
            width=locale.toString(width), height=locale.toString(height)))

    def export_options(self) -> ExportOptions:
        return ExportOptions(scale=self._chosen_scale(), transparent=self.background.currentIndex() == 1,
                             tiled=self.pages.currentIndex() == 1,
                             highlights=self.highlights.isEnabled() and self.highlights.isChecked())

    def options(self) -> tuple[float, bool]:
        """(scale, transparent)."""
        chosen = self.export_options()
        return chosen.scale, chosen.transparent


class ExportPngDialog(ExportOptionsDialog):
    """Asks for the size and the background of a PNG export."""

    def __init__(self, parent: QWidget | None = None, has_highlights: bool = False) -> None:
        super().__init__("PNG", has_highlights, parent)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((action.text().replace("&", ""), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: every action with its keys, plus the mouse gestures."""

    GESTURES = [
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom around the cursor"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Wheel")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Space+Drag, Middle-drag")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Add to the selection"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Click, Shift+Click")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Select an area"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag on empty space")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Connect two steps"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag from a step's arrow handle, or C then click the target")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move a flow's segment"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag its round middle handle (the flow selected)")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename in place"),
         QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click a step, flow or lane header")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Reorder lanes"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a lane header")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Resize a lane"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag a lane's bottom edge")),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selection"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys")),
    ]

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts"))
        rows = shortcut_rows(actions) + [(QCoreApplication.translate("ShortcutsDialog", what),
                                          QCoreApplication.translate("ShortcutsDialog", keys))
                                         for what, keys in self.GESTURES]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ShortcutsDialog", "Action"),
                                              QCoreApplication.translate("ShortcutsDialog", "Keys")])
        self.table.verticalHeader().hide()
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.width_for_columns(), 560)

    def width_for_columns(self) -> int:
        """Wide enough that neither column is cut: both columns, the scroll bar and the frames."""
        table = self.table
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        margins = self.layout().contentsMargins()
        return (columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
                + margins.left() + margins.right() + 8)
