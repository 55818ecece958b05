"""Editor layer: Edit ▸ Find (Ctrl+F) — a bar over the canvas that finds steps.

It searches step names, activity keys and every attribute value as the properties
dock shows it, ignoring case. Enter goes to the next hit and Shift+Enter to the one
before; each hit is selected and centred in the view. Escape closes the bar. The hits
are in reading order (left to right, then top to bottom) and are looked up again
after every edit, so the count ("3 of 7") stays true.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from customer_modeler.editor.canvas.idle_slices import IdleSlices
from customer_modeler.model.attributes import STEP_ATTRIBUTES, is_set
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Step
from customer_modeler.model.events import ElementAdded, ElementChanged, ElementKind, ElementRemoved


#: Every attribute value of a step in one call, and how each is written.
_ATTRIBUTE_VALUES = attrgetter(*(spec.name for spec in STEP_ATTRIBUTES))
_WRITERS = tuple(spec.format for spec in STEP_ATTRIBUTES)


def step_texts(step: Step) -> list[str]:
    """What a search may match on a step: its name and its attribute values, written as
    the properties dock shows them (a text is its own writing)."""
    texts = [step.name]
    for value, write in zip(_ATTRIBUTE_VALUES(step), _WRITERS):
        if is_set(value):
            texts.append(value if type(value) is str else write(value))
    return texts


#: Between a step's texts in its searchable text: no name or value holds it (XML forbids it),
#: so a search never matches across two of them.
_APART = "\x00"


class SearchTexts:
    """Every step's searchable text (:func:`step_texts`, casefolded), in reading order, kept
    between searches: made anew at every key typed, they kept the window waiting 0.6 s a
    key at 100,000 steps. An edit that changes, adds or removes a step makes its text again,
    and the order, at the next search."""

    def __init__(self, model: ProcessModel) -> None:
        self.model = model
        self._texts: dict[str, str] = {}
        self._in_order: list[tuple[str, str]] | None = None
        #: The steps :meth:`make_some` goes through, and how far it got.
        self._ahead: list[Step] | None = None
        self._ahead_done = 0

    def make_some(self, count: int) -> bool:
        """Make the texts of up to ``count`` more steps; True once every step had its turn.
        The find bar calls it while idle after Ctrl+F, so that the first key typed does not
        wait for them all (0.6 s at 100,000 steps)."""
        if self._ahead is None:
            self._ahead, self._ahead_done = list(self.model.steps.values()), 0
        end = min(self._ahead_done + count, len(self._ahead))
        steps = self.model.steps
        for step in self._ahead[self._ahead_done:end]:
            if steps.get(step.id) is step:  # not removed meanwhile
                self._text(step)
        self._ahead_done = end
        return end == len(self._ahead)

    def follow(self) -> None:
        """Hear the model's edits, to make again what they change (for as long as it is searched)."""
        self.model.subscribe(self._forget)

    def stop_following(self) -> None:
        self.model.unsubscribe(self._forget)

    def in_reading_order(self) -> list[tuple[str, str]]:
        """``(id, searchable text)`` of every step, left to right, then top to bottom."""
        if self._in_order is None:
            far = float("inf")
            steps = sorted(self.model.steps.values(),
                           key=lambda s: (s.bounds.x, s.bounds.y) if s.bounds else (far, far))
            self._in_order = [(step.id, self._text(step)) for step in steps]
        return self._in_order

    def _text(self, step: Step) -> str:
        text = self._texts.get(step.id)
        if text is None:
            text = self._texts[step.id] = _APART.join(step_texts(step)).casefold()
        return text

    def _forget(self, event: object) -> None:
        if isinstance(event, (ElementAdded, ElementRemoved, ElementChanged)) and event.kind == ElementKind.STEP:
            self._texts.pop(event.element.id, None)
            self._in_order = None


def matching_steps(model: ProcessModel, text: str, shown: Callable[[str], bool],
                   texts: SearchTexts | None = None) -> list[str]:
    """Ids of the shown steps whose name or attribute values contain ``text``, in reading
    order; ``texts`` keeps the steps' texts between searches of ``model``."""
    needle = text.strip().casefold().replace(_APART, "")
    if not needle:
        return []
    entries = (texts or SearchTexts(model)).in_reading_order()
    return [step_id for step_id, searchable in entries if needle in searchable and shown(step_id)]


class FindField(QLineEdit):
    """The search text; Enter, Shift+Enter and Escape are the bar's keys."""

    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.previous_requested if shift else self.next_requested).emit()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    """The find bar; ``reveal`` selects and centres a list of element ids."""

    def __init__(self, window: QWidget, view: QWidget, reveal: Callable[[list[str]], None]) -> None:
        super().__init__(window)
        self.setObjectName("find-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.view, self.reveal = view, reveal
        self.model: ProcessModel | None = None
        self.shown: Callable[[str], bool] = lambda _id: True
        self.texts: SearchTexts | None = None
        # The steps' texts made while idle after Ctrl+F, a slice at a time.
        self._texts_ahead = IdleSlices(self._make_texts, self)
        self.hits: list[str] = []
        self.current = -1
        self.field = FindField()
        self.field.setObjectName("find-field")
        self.field.setPlaceholderText(QCoreApplication.translate("FindBar", "Find a step by name, key or value"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.count = QLabel()
        self.count.setObjectName("find-count")
        self.count.setMinimumWidth(70)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        for text, tip, slot in (("▲", QCoreApplication.translate("FindBar", "Previous match (Shift+Enter)"), self.previous),
                                ("▼", QCoreApplication.translate("FindBar", "Next match (Enter)"), self.next),
                                ("✕", QCoreApplication.translate("FindBar", "Close (Esc)"), self.close_bar)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.field.textChanged.connect(lambda _text: self.search(jump=True))
        self.field.next_requested.connect(self.next)
        self.field.previous_requested.connect(self.previous)
        self.field.close_requested.connect(self.close_bar)
        view.installEventFilter(self)
        self.hide()

    def set_model(self, model: ProcessModel, shown: Callable[[str], bool]) -> None:
        """Search ``model`` from now on (a new document); ``shown`` says which steps are on screen."""
        self.model, self.shown = model, shown
        if self.texts is not None:
            self.texts.stop_following()
        self.texts = SearchTexts(model)
        self.texts.follow()
        if self.isVisible():
            self.search(jump=False)
            self._texts_ahead.start()

    # -- showing --------------------------------------------------------------------------
    def open(self) -> None:
        """Ctrl+F: show the bar with its text selected, ready to type over."""
        self.show()
        self.raise_()
        self._place()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search(jump=False)
        self._texts_ahead.start()

    def _make_texts(self, count: int) -> bool:
        return self.texts is None or self.texts.make_some(count)

    def close_bar(self) -> None:
        self._texts_ahead.stop()
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        """At the top right of the canvas, clear of its scroll bar."""
        self.adjustSize()
        corner = self.view.mapTo(self.parentWidget(), QPoint(self.view.width(), 0))
        self.move(corner.x() - self.width() - 24, corner.y() + 8)

    # -- searching ------------------------------------------------------------------------
    def search(self, jump: bool) -> None:
        """Look the text up again; with ``jump`` go to the first hit."""
        if self.model is None:
            return
        before = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = matching_steps(self.model, self.field.text(), self.shown, self.texts)
        self.current = self.hits.index(before) if before in self.hits and not jump else -1
        if jump and self.hits:
            self.go(0)
        self._show_count()

    def next(self) -> None:
        self.search(jump=False)
        if self.hits:
            self.go((self.current + 1) % len(self.hits))

    def previous(self) -> None:
        self.search(jump=False)
        if self.hits:
            self.go((self.current - 1) % len(self.hits))

    def go(self, index: int) -> None:
        self.current = index
        self.reveal([self.hits[index]])
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(QCoreApplication.translate("FindBar", "No matches"))
        elif self.current < 0:
            self.count.setText(QCoreApplication.translate("FindBar", "{count} found").format(
                count=QLocale().toString(len(self.hits))))
        else:
            self.count.setText(QCoreApplication.translate("FindBar", "{current} of {count}").format(
                current=QLocale().toString(self.current + 1), count=QLocale().toString(len(self.hits))))
        self.count.setStyleSheet("color: #c62828;" if self.field.text().strip() and not self.hits
                                 else "")
