"""Model: copies of one model that share what no edit changed since the copy before.

A window copies its model on the GUI thread for every analysis run and for every recovery
copy; a whole copy of 100,000 steps takes 0.6-1.3 s. "The model as last opened or saved"
is kept without a copy (:class:`SavedState`).

:class:`ModelCopies` keeps the copy of each step and flow until the model reports that it
changed or went (every change goes through a mutator, and each mutator emits one event) and
lends it to the next copy (:meth:`ProcessModel.copy`). The copies are shared, so nobody may
change them: whoever varies a model (a what-if, the queue model) copies it first.
"""

from __future__ import annotations

from typing import Any

from customer_modeler.model.document import ProcessModel, clone
from customer_modeler.model.events import ElementChanged, ElementKind, ElementRemoved, ModelEvent


class ModelCopies:
    """Copies of ``model``; ``kept`` maps id() of a step or flow to it and its copy."""

    def __init__(self, model: ProcessModel) -> None:
        self.model = model
        self.kept: dict[int, tuple[Any, Any]] = {}
        #: the steps and flows :meth:`copy_ahead` goes through, and how far it got
        self._ahead: list[Any] | None = None
        self._ahead_done = 0
        model.subscribe(self._forget)

    def copy(self, lookups: bool = True) -> ProcessModel:
        """A copy of the model now, sharing the copies of steps and flows unchanged since
        (``lookups`` as for :meth:`ProcessModel.copy`)."""
        return self.model.copy(self.kept, lookups=lookups)

    def copy_ahead(self, count: int) -> bool:
        """Copy up to ``count`` of the steps and flows that have no copy yet, for the next
        copy of the model to lend them; True once every one has one.

        The first copy of a document copies every step and flow (1 s at 100,000 steps):
        made a slice at a time while the window is idle, it holds nobody up
        (``editor.window.copy_ahead``). An element changed meanwhile is copied as it is
        now, which is what its copy must hold until its next change; one removed is left.
        """
        if self._ahead is None:
            self._ahead = [*self.model.steps.values(), *self.model.flows.values()]
            self._ahead_done = 0
        kept, model = self.kept, self.model
        end = min(self._ahead_done + count, len(self._ahead))
        for element in self._ahead[self._ahead_done:end]:
            if id(element) not in kept and model.element(element.id) is element:
                kept[id(element)] = (element, clone(element))
        self._ahead_done = end
        if end < len(self._ahead):
            return False
        self._ahead = None
        return True

    def _forget(self, event: ModelEvent) -> None:
        if (isinstance(event, (ElementChanged, ElementRemoved))
                and event.kind in (ElementKind.STEP, ElementKind.FLOW)):
            self.kept.pop(id(event.element), None)  # copied afresh next time


class SavedState:
    """The model as it was at one moment (as opened, as last saved), kept without copying it.

    A window keeps the model as last opened or saved for What Does a System Change Do?, which
    compares it with the edits. A copy of it as the document opened took 1 s and 150 MB at
    100,000 steps, and another after each save. This holds the model's own steps and flows
    instead, and copies one only as an edit changes it: the change's event lists the old
    values (every change goes through a mutator that tells, as :class:`ModelCopies` relies
    on too). A removed element is kept as it is. The rest of the model (pools, lanes, model
    data) is small and copied at once. :meth:`model` makes the copy an analysis reads.
    """

    def __init__(self, copies: ModelCopies) -> None:
        self._copies = copies
        self._live = copies.model
        #: the model as it was: its steps and flows the live ones until one changes
        self._frame = self._live.copy(lookups=False, shared=True)
        #: id() of each copy made as an element changed -> it, and it (see :meth:`model`)
        self._before: dict[int, tuple[Any, Any]] = {}
        self._live.subscribe(self._keep_before_change)

    def release(self) -> None:
        """Stop following the model (the state is replaced, or its document closed)."""
        self._live.unsubscribe(self._keep_before_change)

    def model(self, lookups: bool = True) -> ProcessModel:
        """A copy of the model as it was, sharing no element with the live model (an analysis
        reads it in another thread): an element no edit changed since is lent by
        :class:`ModelCopies` (or copied for it), one that changed is its copy from before.
        ``lookups`` as for :meth:`ProcessModel.copy`."""
        kept = self._copies.kept
        kept.update(self._before)  # lent as they are: nobody changes them
        try:
            twin = self._frame.copy(kept, lookups=False)
        finally:
            for key in self._before:
                kept.pop(key, None)
        if lookups:
            twin.fill_lookups()
        return twin

    def _keep_before_change(self, event: ModelEvent) -> None:
        if not (isinstance(event, ElementChanged)
                and event.kind in (ElementKind.STEP, ElementKind.FLOW)):
            return
        held: dict[str, Any] = self._frame.steps if event.kind == ElementKind.STEP else self._frame.flows
        element, element_id = event.element, event.element.id
        if held.get(element_id) is not element:
            return  # already copied as it was, or new since
        before = clone(element)
        for name, (old, _new) in event.changes.items():
            setattr(before, name, old)
        held[element_id] = before
        self._before[id(before)] = (before, before)
