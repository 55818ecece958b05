"""Model: copies of one model that share what no edit changed since the copy before.

A window copies its model on the GUI thread for every analysis run, for "the model as last
opened or saved" and for every recovery copy; a whole copy of 100,000 steps takes 0.6-1.3 s.
:class:`ModelCopies` keeps the copy of each step and flow until the model reports that it
changed or went (every change goes through a mutator, and each mutator emits one event) and
lends it to the next copy (:meth:`ProcessModel.copy`). The copies are shared, so nobody may
change them: whoever varies a model (a what-if, the queue model) copies it first.
"""

from __future__ import annotations

from typing import Any

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.events import ElementChanged, ElementKind, ElementRemoved, ModelEvent


class ModelCopies:
    """Copies of ``model``; ``kept`` maps id() of a step or flow to it and its copy."""

    def __init__(self, model: ProcessModel) -> None:
        self.model = model
        self.kept: dict[int, tuple[Any, Any]] = {}
        model.subscribe(self._forget)

    def copy(self) -> ProcessModel:
        """A copy of the model now, sharing the copies of steps and flows unchanged since."""
        return self.model.copy(self.kept)

    def _forget(self, event: ModelEvent) -> None:
        if (isinstance(event, (ElementChanged, ElementRemoved))
                and event.kind in (ElementKind.STEP, ElementKind.FLOW)):
            self.kept.pop(id(event.element), None)  # copied afresh next time
