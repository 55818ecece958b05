"""Analysis layer: how a message names an element — by its name, never by its id.

A step is named by its name ('Check claim'); one without a name by its kind and its
neighbours ("the exclusive gateway after 'Check claim'"); a flow by its name or its ends
("the flow from 'Check claim' to 'Pay'"). Lanes, pools, systems and resource pools by
their names too. Ids appear only when an element has neither name nor named neighbour,
as the last resort that still lets a user find it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Step

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def kind_words(kind: str) -> str:
    """'exclusiveGateway' → 'exclusive gateway'; a plain 'task' stays 'task'."""
    return _CAMEL.sub(" ", kind).lower()


class ElementNames:
    """Names of the elements of one model, for issue messages.

    Built once per analysis from the model (it is read, never changed); calling it with
    an id gives the quoted name or a description.
    """

    def __init__(self, model: ProcessModel) -> None:
        self._model = model
        self._cache: dict[str, str] = {}

    def __call__(self, element_id: str) -> str:
        found = self._cache.get(element_id)
        if found is None:
            found = self._cache[element_id] = self._describe(element_id)
        return found

    def join(self, element_ids: Iterable[str], limit: int = 8) -> str:
        """Names separated by commas; beyond ``limit`` the rest is counted ("and 3 more")."""
        ids = list(element_ids)
        shown = ", ".join(self(i) for i in ids[:limit])
        return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")

    def _describe(self, element_id: str) -> str:
        model = self._model
        step = model.steps.get(element_id)
        if step is not None:
            return self._step(step)
        flow = model.flows.get(element_id)
        if flow is not None:
            return self._flow(flow)
        for table, kind in ((model.lanes, "lane"), (model.pools, "pool"),
                            (model.systems, "system"), (model.resources, "resource pool")):
            item = table.get(element_id)
            if item is not None:
                name = getattr(item, "name", "")
                return f"{kind} '{name}'" if name else f"the unnamed {kind} {element_id}"
        return element_id

    def _step(self, step: Step) -> str:
        if step.name.strip():
            return _quoted(step.name)
        kind = kind_words(step.kind)
        before = [_quoted(self._model.steps[f.source].name) for f in self._model.incoming(step.id)
                  if not f.message and self._model.steps[f.source].name.strip()]
        after = [_quoted(self._model.steps[f.target].name) for f in self._model.outgoing(step.id)
                 if not f.message and self._model.steps[f.target].name.strip()]
        if before and after:
            return f"the {kind} between {before[0]} and {after[0]}"
        if before:
            return f"the {kind} after {before[0]}"
        if after:
            return f"the {kind} before {after[0]}"
        return f"the unnamed {kind} {step.id}"

    def _flow(self, flow: Flow) -> str:
        kind = "message flow" if flow.message else "flow"
        ends = f"from {self._end(flow.source)} to {self._end(flow.target)}"
        if flow.name.strip():
            return f"the {kind} {_quoted(flow.name)} {ends}"
        return f"the {kind} {ends}"

    def _end(self, element_id: str) -> str:
        """A flow's end: its name, or its kind alone (no recursion into its neighbours)."""
        step = self._model.steps.get(element_id)
        if step is None:
            return self(element_id)
        if step.name.strip():
            return _quoted(step.name)
        kind = kind_words(step.kind)
        return ("an " if kind[0] in "aeiou" else "a ") + kind


def _quoted(name: str) -> str:
    return "'" + " ".join(name.split()) + "'"
