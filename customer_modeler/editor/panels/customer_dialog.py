"""Editor layer: Model ▸ Choose the Customer… — which lane or pool of a file is the customer.

A file from another tool seldom says who the customer is, and the customer's side of
every analysis needs to know. The dialog lists the lanes and pools top to bottom, each
with its kind, and preselects the one the customer-lane rule suggests, saying why. For a
lane that stands below others it offers to move it to the top, as the customer lane
belongs there. "Not now" leaves the model as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from customer_modeler.editor.editing.customer_choice import can_move_to_top
from customer_modeler.model.customer import CustomerCandidate, CustomerSuggestion
from customer_modeler.model.document import ProcessModel

_CONTEXT = "CustomerDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def candidate_text(candidate: CustomerCandidate) -> str:
    """"Applicant (lane)", "Team-Assistant (pool)", "(unnamed lane)"."""
    if not candidate.name.strip():
        return _tr("(unnamed lane)") if candidate.kind == "lane" else _tr("(unnamed pool)")
    if candidate.kind == "lane":
        return _tr("{name} (lane)").format(name=candidate.name)
    return _tr("{name} (pool)").format(name=candidate.name)


def reason_text(suggestion: CustomerSuggestion) -> str:
    """Why the rule suggests its candidate, in the user's words."""
    texts = {
        "marked": _tr("it is marked as the customer"),
        "named": _tr("its name says it is the customer"),
        "messaging": _tr("it exchanges messages only with the organisation '{name}'"),
        "top-lane": _tr("it is the top lane"),
        "top-pool": _tr("it is the top pool"),
    }
    return texts.get(suggestion.reason, "").format(name=suggestion.partner)


class CustomerDialog(QDialog):
    """Lists the candidates; after OK, :attr:`chosen` is the one picked and
    :attr:`to_top` says whether a lane should also move to the top."""

    def __init__(self, model: ProcessModel, suggestion: CustomerSuggestion, file_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Choose the Customer"))
        self.setObjectName("customer-dialog")
        self.model = model
        self.candidates = list(suggestion.candidates)
        layout = QVBoxLayout(self)
        current = model.customer_lane
        if current is not None:
            intro = _tr("The customer is '{name}'. Choose another lane or pool to be the customer.").format(
                name=current.name)
        elif file_name:
            intro = _tr("No lane or pool of {file} is marked as the customer. Which one is the "
                        "customer? The analyses measure the journey from the customer's side.").format(
                file=file_name)
        else:
            intro = _tr("No lane or pool is marked as the customer. Which one is the customer? "
                        "The analyses measure the journey from the customer's side.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setObjectName("customer-candidates")
        for candidate in self.candidates:
            text = candidate_text(candidate)
            if candidate == suggestion.chosen and suggestion.reason != "none":
                text = _tr("{candidate} — suggested: {reason}").format(
                    candidate=text, reason=reason_text(suggestion))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.element_id)
            self.list.addItem(item)
        if suggestion.chosen in self.candidates:
            self.list.setCurrentRow(self.candidates.index(suggestion.chosen))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._offer_top())
        layout.addWidget(self.list)
        self.top_box = QCheckBox(_tr("Move it to the top, above the other lanes"))
        self.top_box.setObjectName("customer-to-top")
        self.top_box.setChecked(True)
        layout.addWidget(self.top_box)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(_tr("Mark as the Customer"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.not_now_button = self.buttons.addButton(_tr("Not Now"),
                                                     QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._offer_top()
        self.list.setFocus()

    @property
    def chosen(self) -> CustomerCandidate | None:
        """The candidate selected in the list (None when nothing is)."""
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    @property
    def to_top(self) -> bool:
        return self.top_box.isVisibleTo(self) and self.top_box.isChecked()

    def _offer_top(self) -> None:
        chosen = self.chosen
        self.top_box.setVisible(chosen is not None and can_move_to_top(self.model, chosen))
        self.ok_button.setEnabled(chosen is not None)
