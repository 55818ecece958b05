"""BPMN layer: what each step and flow held when its XML was last written, so that a save
rewrites only what changed since.

Bringing one element's XML in line with the model means reading a few dozen attributes
and children back through lxml (about 30 µs a step with its diagram shape; most of a
save of a large model). All of a step's or flow's values, taken as one tuple, compare in
about 2 µs: an element whose tuple is the one recorded when its XML was last written,
for the same model object, is left alone.

The record is made by the writer after each complete save, and by the editor's reading
of a file this very version wrote, read without a warning (but that it lacks a customer
lane): such a file's XML is what a save would write again (``tests/bpmn/test_written_record.py`` checks it, file by file, for
everything the tests open). A change of the writer's output must bump ``__version__``.
Every value in a signature is immutable (the one mutable field, ``extra``, is taken as
a tuple of its items), so a copy of the document may share them.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from customer_modeler.model.elements import Flow, Step

_STEP_VALUES = attrgetter(*(name for name in Step.__slots__ if name != "extra"))
_FLOW_VALUES = attrgetter(*(name for name in Flow.__slots__ if name != "extra"))
#: Where a flow's ``source`` sits in its signature's values.
_FLOW_SOURCE = [name for name in Flow.__slots__ if name != "extra"].index("source")


def step_signature(step: Step) -> tuple[Any, ...]:
    """Every value of ``step`` that its XML and diagram shape are written from."""
    return (_STEP_VALUES(step), tuple(step.extra.items()) if step.extra else ())


def flow_signature(flow: Flow) -> tuple[Any, ...]:
    """Every value of ``flow`` that its XML and diagram edge are written from."""
    return (_FLOW_VALUES(flow), tuple(flow.extra.items()) if flow.extra else ())


def source_of(signature: tuple[Any, ...]) -> str:
    """The source step a flow had when ``signature`` was taken."""
    return str(signature[0][_FLOW_SOURCE])


class WrittenValues:
    """Model id -> the signature of its step or flow as its XML was last written.

    ``flow_refs`` is whether that writing kept incoming/outgoing references on steps;
    a record made under the other answer says nothing.
    """

    __slots__ = ("signatures", "flow_refs")

    def __init__(self, signatures: dict[str, tuple[Any, ...]] | None = None,
                 flow_refs: bool | None = None) -> None:
        self.signatures = signatures if signatures is not None else {}
        self.flow_refs = flow_refs

    def copy(self) -> WrittenValues:
        """A record of its own; the signatures, being immutable, are shared."""
        return WrittenValues(dict(self.signatures), self.flow_refs)

    def forget(self, element_id: str) -> None:
        self.signatures.pop(element_id, None)

    def clear(self, flow_refs: bool | None = None) -> None:
        self.signatures.clear()
        self.flow_refs = flow_refs
