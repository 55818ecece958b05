"""Editor layer: when and how the window asks which lane or pool is the customer.

Three ways in: a file opens without a customer (:meth:`CustomerPrompt.offer_after_open`),
Model ▸ Choose the Customer… (:meth:`CustomerPrompt.choose`), and an analysis of the
customer's side started without one (:meth:`CustomerPrompt.before_analysis`, asked once
per document: after "Not now" the analysis runs with the customer's side n/a). The
dialog opens window-modally; OK is one undo step through
:func:`~customer_modeler.editor.editing.customer_choice.mark_customer`. The dialog and that
step are imported when the dialog first opens, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from customer_modeler.model.customer import suggest_customer

if TYPE_CHECKING:
    from customer_modeler.editor.panels.customer_dialog import CustomerDialog


class PromptWindow(Protocol):
    """What the prompt needs of its window."""

    editor: Any

    def statusBar(self) -> Any: ...


class CustomerPrompt(QObject):
    """Opens the customer dialog of one window; ``dialog`` is the one open now (or last)."""

    def __init__(self, window: PromptWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.dialog: CustomerDialog | None = None
        self._declined_analysis: Any = None  # the editor whose analyses go on without asking

    def offer_after_open(self, file_name: str) -> None:
        """Ask once the opened document is on screen, if it has no customer."""
        editor = self.window.editor
        QTimer.singleShot(0, self, lambda: self._offer(editor, file_name))

    def _offer(self, editor: Any, file_name: str) -> None:
        if editor is self.window.editor and self.needs_customer():
            self.choose(file_name)

    def needs_customer(self) -> bool:
        """The document has lanes or pools but none is the customer."""
        editor = self.window.editor
        if editor is None or editor.model.customer_lane is not None:
            return False
        return bool(suggest_customer(editor.model).candidates)

    def choose(self, file_name: str = "", then: Callable[[], None] | None = None) -> CustomerDialog | None:
        """Open the dialog; ``then`` runs after it closes, whatever the answer."""
        from customer_modeler.editor.panels.customer_dialog import CustomerDialog

        editor = self.window.editor
        if editor is None:
            return None
        suggestion = suggest_customer(editor.model)
        if not suggestion.candidates:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "CustomerDialog", "This model has no lane or pool that could be the customer."), 6000)
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = CustomerDialog(editor.model, suggestion, file_name, self.window)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._apply(editor, dialog))
        if then is not None:
            dialog.finished.connect(lambda _result: then())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def before_analysis(self, run: Callable[[], None]) -> bool:
        """Ask before an analysis of the customer's side when there is no customer.

        True when the dialog opened: ``run`` then starts once it closes (with the chosen
        customer, or without one after "Not now", which is not asked again for this
        document).
        """
        editor = self.window.editor
        if not self.needs_customer() or editor is self._declined_analysis:
            return False

        def answered() -> None:
            if editor is self.window.editor:
                if editor.model.customer_lane is None:
                    self._declined_analysis = editor
                run()
        return self.choose(then=answered) is not None

    def _apply(self, editor: Any, dialog: CustomerDialog) -> None:
        from customer_modeler.editor.editing.customer_choice import mark_customer
        from customer_modeler.editor.panels.customer_dialog import candidate_text

        chosen = dialog.chosen
        if editor is not self.window.editor or chosen is None:
            return  # the document went while the dialog was open
        current = editor.model.customer_lane
        if current is not None and current.id == chosen.element_id:
            if dialog.to_top:
                editor.lanes.move_customer_to_top()
            return
        mark_customer(editor, chosen, dialog.to_top)
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "CustomerDialog", "{candidate} is now the customer").format(
            candidate=candidate_text(chosen)), 6000)
