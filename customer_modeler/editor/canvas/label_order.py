"""Editor layer: the order labels are placed in, kept as the model changes.

Labels are placed one after another, each clear of those before it, so their order decides
who gets the better place. The order is the model's (steps, then flows), because an undo
gives that order back: had an undone deletion come last, two labels it had let move would
have swapped places. Placing the few labels near an edit must not walk the whole model,
so each step and flow gets a number once, counted from the model in C, and the numbers
are kept as elements come and go:

- a removed element keeps its number, for an undo to give it back;
- an element put back in the middle (an undo) takes its number again;
- an element added at the end gets the next number of its kind.

Numbers are even when counted and odd for an element removed before the first count (it
goes between its neighbours); flows count from :data:`FLOWS_FROM`, after every step.
"""

from __future__ import annotations

from collections.abc import Iterable

from customer_modeler.model.document import ProcessModel

#: The first number of the flows: after any number a step can get.
FLOWS_FROM = 1 << 48


class LabelOrder:
    """The place of each step and flow of one model in the order labels are placed in."""

    def __init__(self, model: ProcessModel) -> None:
        steps, flows = model.steps, model.flows
        self.model = model
        self._number = dict(zip(steps, range(0, 2 * len(steps), 2)))
        self._number.update(zip(flows, range(FLOWS_FROM, FLOWS_FROM + 2 * len(flows), 2)))
        self._next_step, self._next_flow = 2 * len(steps), FLOWS_FROM + 2 * len(flows)

    def sorted(self, keys: Iterable[str]) -> list[str]:
        """The steps and flows among ``keys`` in label order (other keys are left out)."""
        number = self._number
        return sorted((key for key in keys if key in number), key=number.__getitem__)

    def removed_before_count(self, key: str, is_step: bool, index: int) -> None:
        """``key`` was at ``index`` of the model's steps or flows just before this order
        was counted without it: it keeps the place between its neighbours."""
        self._number[key] = 2 * index - 1 + (0 if is_step else FLOWS_FROM)

    def added(self, key: str, is_step: bool, index: int) -> None:
        """The model put ``key`` at ``index`` of its steps or flows."""
        container = self.model.steps if is_step else self.model.flows
        if key in self._number and index < len(container) - 1:
            return  # put back in the middle: an undo, which gives back the order it undid
        if is_step:
            self._number[key], self._next_step = self._next_step, self._next_step + 2
        else:
            self._number[key], self._next_flow = self._next_flow, self._next_flow + 2
