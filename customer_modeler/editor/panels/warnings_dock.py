"""Editor layer: the warnings dock — what opening a file found, one row per warning.

Clicking a row selects the elements it names in the diagram and scrolls to them. The
warnings' translated texts are imported with the first warning: most files have none, and
the dock is built before the window's first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

IDS_ROLE = Qt.ItemDataRole.UserRole


class WarningsDock(QDockWidget):
    """Lists read warnings; emits the element ids of a clicked warning."""

    #: The element ids of the clicked warning.
    elements_clicked = Signal(list)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(QCoreApplication.translate("WarningsDock", "Warnings"), parent)
        self.setObjectName("warnings-dock")
        self.list = QListWidget()
        self.list.setObjectName("warnings-list")
        self.list.setWordWrap(True)
        self.setWidget(self.list)
        self.list.itemClicked.connect(self._clicked)

    def set_warnings(self, warnings: list) -> None:  # noqa: ANN001 - list of ReadWarning
        """Show ``warnings`` (objects with ``code``, ``elements`` and ``message``)."""
        self.list.clear()
        for warning in warnings:
            self.list.addItem(_row(warning))
        self.setWindowTitle(QCoreApplication.translate("WarningsDock", "Warnings ({count})").format(
            count=QLocale().toString(len(warnings))) if warnings else QCoreApplication.translate("WarningsDock", "Warnings"))
        self.setVisible(bool(warnings))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.elements_clicked.emit(list(item.data(IDS_ROLE) or []))


def _row(warning) -> QListWidgetItem:  # noqa: ANN001 - a ReadWarning
    """The row of one warning: its code and text, the elements it names in its tooltip."""
    from customer_modeler.editor.core_messages import core_detail, core_message

    elements = list(getattr(warning, "elements", []) or [])
    item = QListWidgetItem(f"{warning.code}: {core_message(warning)}")
    item.setData(IDS_ROLE, elements)
    where = ", ".join(elements) if elements else QCoreApplication.translate("WarningsDock", "No element")
    detail = core_detail(warning)
    item.setToolTip(f"{detail}\n{where}" if detail else where)
    return item
