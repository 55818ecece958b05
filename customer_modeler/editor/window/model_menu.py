"""Editor layer: the Model menu — Systems…, Resources… and Scenario…, the model-level
inputs of docs/methods.md §1.4 that the analyses read besides the diagram.

Each entry opens its dialog window-modally; OK hands the new value to the façade as one
undo step (with the steps that follow a changed code), Cancel changes nothing. The
dialogs are imported when one opens, not with the window's menus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from customer_modeler.editor.panels.model_tables import RecordsDialog
    from customer_modeler.editor.panels.scenario_dialog import ScenarioDialog

#: (key, menu text, status tip, what the undo step is called).
ENTRIES = (
    ("systems", QT_TRANSLATE_NOOP("ModelMenu", "&Systems…"),
     QT_TRANSLATE_NOOP("ModelMenu", "The IT systems steps rely on and how often one use fails"),
     QT_TRANSLATE_NOOP("ModelMenu", "Edit systems")),
    ("resources", QT_TRANSLATE_NOOP("ModelMenu", "&Resources…"),
     QT_TRANSLATE_NOOP("ModelMenu", "Pools of agents that steps share, for the waiting times"),
     QT_TRANSLATE_NOOP("ModelMenu", "Edit resources")),
    ("scenario", QT_TRANSLATE_NOOP("ModelMenu", "S&cenario…"),
     QT_TRANSLATE_NOOP("ModelMenu", "Journeys per year, arrival rate, accounts and other yearly values"),
     QT_TRANSLATE_NOOP("ModelMenu", "Edit scenario")),
)


class ModelWindow(Protocol):
    """What the Model menu needs of its window."""

    editor: Any
    files: Any

    def statusBar(self) -> Any: ...


class ModelInputs(QObject):
    """Opens the Model dialogs of one window and applies what they return.

    ``dialog`` is the dialog open now (or last opened), for tests and for raising it.
    """

    def __init__(self, window: ModelWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.dialog: QDialog | None = None

    def open(self, key: str) -> QDialog | None:
        """Open the dialog of Model ▸ ``key`` (systems, resources or scenario)."""
        from customer_modeler.editor.panels.model_tables import ResourcesDialog, SystemsDialog
        from customer_modeler.editor.panels.scenario_dialog import ScenarioDialog

        editor = self.window.editor
        if editor is None:
            return None
        model = editor.model
        dialog: QDialog
        if key == "scenario":
            dialog = ScenarioDialog(model.scenario, model.info.currency, self.window)  # type: ignore[arg-type]
        else:
            dialog = (SystemsDialog if key == "systems" else ResourcesDialog)(model, self.window)  # type: ignore[arg-type]
        text = QCoreApplication.translate("ModelMenu", next(entry[3] for entry in ENTRIES if entry[0] == key))
        dialog.accepted.connect(lambda: self._apply(editor, key, dialog, text))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, editor: Any, key: str, dialog: QDialog, text: str) -> None:
        from customer_modeler.editor.panels.model_tables import RecordsDialog
        from customer_modeler.editor.panels.scenario_dialog import ScenarioDialog

        if editor is not self.window.editor:  # the document went while the dialog was open
            return
        if isinstance(dialog, RecordsDialog):
            changed = editor.set_model_data(key, dialog.value, text, dialog.step_changes)
        else:
            assert isinstance(dialog, ScenarioDialog)
            changed = editor.set_model_data("scenario", dialog.scenario, text)
        title = QCoreApplication.translate("ModelMenu", next(entry[1] for entry in ENTRIES if entry[0] == key))
        title = title.replace("&", "").rstrip("…")
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ModelMenu", "{title} changed").format(title=title) if changed
            else QCoreApplication.translate("ModelMenu", "Nothing changed"), 4000)


def add_model_menu(window: ModelWindow, menu: QMenu, actions: dict[str, QAction]) -> ModelInputs:
    """Fill ``menu`` with the Model entries (actions ``model_<key>``); return the opener."""
    inputs = ModelInputs(window)
    for key, text, tip, _undo in ENTRIES:
        action = QAction(QCoreApplication.translate("ModelMenu", text), window)  # type: ignore[arg-type]
        action.setObjectName(f"action-model-{key}")
        action.setStatusTip(QCoreApplication.translate("ModelMenu", tip))
        action.triggered.connect(_opener(inputs, key))
        menu.addAction(action)
        actions[f"model_{key}"] = action
    menu.addSeparator()
    customer = QAction(QCoreApplication.translate("ModelMenu", "C&hoose the Customer…"), window)  # type: ignore[arg-type]
    customer.setObjectName("action-model-customer")
    customer.setStatusTip(QCoreApplication.translate(
        "ModelMenu", "Which lane or pool is the customer, whose side of the journey the analyses measure"))
    customer.triggered.connect(lambda _checked=False: window.files.customer.choose(
        window.files.path.name if window.files.path else ""))
    menu.addAction(customer)
    actions["model_customer"] = customer
    return inputs


def _opener(inputs: ModelInputs, key: str) -> Callable[[bool], None]:
    def open_dialog(_checked: bool = False) -> None:
        inputs.open(key)
    return open_dialog
