"""Editor layer: right-click menu on a row of an analysis results table.

"Select in Diagram" selects and centres the elements the row names (as a click does);
"Copy Row" puts the row's cells, as the table shows them, on the clipboard separated
by tabs, so it pastes into a spreadsheet as one row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu, QTableView


def install_row_menu(view: QTableView, ids_of_row: Callable[[QModelIndex], list[str]],
                     select: Callable[[list[str]], None]) -> None:
    """Give ``view`` the row menu; ``ids_of_row`` names the diagram elements of a row."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: open_row_menu(view, pos, ids_of_row, select))


def open_row_menu(view: QTableView, pos: QPoint, ids_of_row: Callable[[QModelIndex], list[str]],
                  select: Callable[[list[str]], None]) -> QMenu | None:
    index = view.indexAt(pos)
    if not index.isValid():
        return None
    view.selectRow(index.row())
    ids = ids_of_row(index)
    menu = QMenu(view)
    menu.setObjectName("row-context-menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chosen = menu.addAction(QCoreApplication.translate("RowMenu", "&Select in Diagram"))
    chosen.setEnabled(bool(ids))
    chosen.triggered.connect(lambda _=False: select(ids))
    menu.addAction(QCoreApplication.translate("RowMenu", "&Copy Row")).triggered.connect(lambda _=False: copy_row(view, index.row()))
    view.context_menu = menu  # type: ignore[attr-defined]  # the open menu, for whoever drives it
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu


def row_text(view: QTableView, row: int) -> str:
    """The row's cells as shown, tab-separated."""
    model = view.model()
    return "\t".join(str(model.index(row, column).data() or "")
                     for column in range(model.columnCount()))


def copy_row(view: QTableView, row: int) -> None:
    QApplication.clipboard().setText(row_text(view, row))
