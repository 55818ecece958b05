"""Editor layer: small dialogs — PNG export options and the keyboard shortcut list."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ExportPngDialog(QDialog):
    """Asks for the scale and the background of a PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export as PNG")
        layout = QFormLayout(self)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.25)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.background = QComboBox()
        self.background.addItems(["White", "Transparent"])
        layout.addRow("Scale", self.scale)
        layout.addRow("Background", self.background)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def options(self) -> tuple[float, bool]:
        """(scale, transparent)."""
        return self.scale.value(), self.background.currentIndex() == 1


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
        ("Zoom around the cursor", "Ctrl+Wheel"),
        ("Pan", "Space+Drag, Middle-drag"),
        ("Add to the selection", "Ctrl+Click, Shift+Click"),
        ("Select an area", "Drag on empty space"),
        ("Connect two steps", "Drag from a step's arrow handle, or C then click the target"),
        ("Move a flow's segment", "Drag its round middle handle (the flow selected)"),
        ("Rename in place", "Double-click a step, flow or lane header"),
        ("Reorder lanes", "Drag a lane header"),
        ("Resize a lane", "Drag a lane's bottom edge"),
        ("Move the selection", "Arrow keys"),
    ]

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcut_rows(actions) + self.GESTURES
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
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
