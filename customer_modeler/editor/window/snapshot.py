"""Editor layer: a private copy of a document — model and kept XML — to write off the GUI thread.

The writer synchronises the model into the parsed tree it keeps in ``model.origin``
(vendor extensions, layout, the XML of deleted elements kept for undo). Writing the live
document from a worker thread while the user edits would race, so the document is copied
— the tree by libxml2's own copy, the model by :meth:`ProcessModel.copy` — and the worker
writes the copy. Its bytes are what saving the live document would write.

Only the model changes with every edit; the kept XML changes only when the live document
is written (a save or an export, which first wait for the worker). So the GUI thread
copies just the model (:func:`take_snapshot`) and the worker copies the kept XML
(:func:`finish_copy`), which is most of the work on a large document. The model is copied
through the document's :class:`~customer_modeler.model.copies.ModelCopies`, so the GUI
thread copies only the steps and flows changed since the document's last copy (a whole
copy of 100,000 steps held it 0.6–1.3 s).

The kept document is copied field by field: elements are mapped to their copies in the
copied tree, model objects to their twins in the copied model (the writer compares owners
by identity), containers and records are rebuilt. A field of a type this module does not
know raises ``TypeError``, so a new kind of kept data cannot be dropped silently.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from lxml import etree

from customer_modeler.bpmn.written import WrittenValues
from customer_modeler.model.document import ProcessModel

_PLAIN = (str, int, float, bool, bytes, type(None))


@dataclasses.dataclass
class Snapshot:
    """The model as it was at one moment, and the live kept XML still to be copied."""

    twin: ProcessModel
    origin: Any
    twins: dict[int, Any]  # id() of each live pool, lane and artifact -> its copy
    live: list[Any]  # keeps those objects alive while their id() is a key
    #: id() of each live step and flow -> (it, its copy): the tuple keeps it alive
    kept: dict[int, tuple[Any, Any]] = dataclasses.field(default_factory=dict)


def copy_document(model: ProcessModel) -> ProcessModel:
    """A copy of ``model`` with its own copy of the kept XML; nothing is shared that the writer changes."""
    return finish_copy(take_snapshot(model))


def take_snapshot(model: ProcessModel, kept: dict[int, tuple[Any, Any]] | None = None) -> Snapshot:
    """The GUI thread's part: copy the model (edits change it at any moment). ``kept``
    lends the copies of steps and flows made before (``ModelCopies.kept``)."""
    kept = {} if kept is None else kept
    twin = model.copy(kept, lookups=False)  # the worker makes them (finish_copy)
    twins: dict[int, Any] = {}
    live: list[Any] = [model]
    for name in ("pools", "lanes", "artifacts"):
        copied = getattr(twin, name)
        for key, value in getattr(model, name).items():
            twins[id(value)] = copied[key]
            live.append(value)
    return Snapshot(twin, model.origin, twins, live, dict(kept))


def drop_copied_xml(copy: ProcessModel) -> None:
    """Free the kept XML of a copy (in a worker thread, once it is written) a few elements
    at a time.

    libxml2 frees a tree in one call that holds Python's lock throughout: the window stood
    still 0.1 s after each recovery copy of a 10,000-step journey, 1 s at 100,000 steps,
    every time the copy was made. Taken apart one child (with its few children) at a time,
    the tree frees in pieces between which the window's thread runs; a child with more than
    :data:`_PIECE` children, or a child of it with more, is emptied first.
    """
    tree = getattr(copy.origin, "tree", None)
    copy.origin = None  # its maps of elements go first: their proxies keep nothing then
    if not isinstance(tree, etree._ElementTree):
        return
    emptying = [tree.getroot()]
    del tree
    while emptying:
        parent = emptying[-1]
        child = next(iter(parent), None)  # not len() or a slice: lxml counts every child
        if child is None:
            emptying.pop()
        elif len(child) > _PIECE or any(len(grandchild) > _PIECE for grandchild in child):
            emptying.append(child)
        else:
            del child  # no proxy may hold it: then libxml2 frees it at once, without
            del parent[0]  # first walking it to make it a tree of its own


#: Children of an element freed with it in one piece (see :func:`drop_copied_xml`).
_PIECE = 64


def finish_copy(snapshot: Snapshot) -> ProcessModel:
    """The worker's part: the twin's lookups, and a copy of the kept XML (nothing changes
    it meanwhile)."""
    snapshot.twin.fill_lookups()
    if snapshot.origin is not None:
        copier = _OriginCopier(snapshot)
        snapshot.twin.origin = copier.copy(snapshot.origin)
        # Its map of every element to its copy goes a pair at a time: freed whole, its
        # 2.7 million proxies held the window's thread 0.4 s at 100,000 steps.
        elements = copier.elements
        del copier
        while elements:
            elements.popitem()
    return snapshot.twin


class _OriginCopier:
    """Copies one kept document, translating every reference into the copied world."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.elements: dict[etree._Element, etree._Element] = {}
        self.memo: dict[int, Any] = dict(snapshot.twins)
        self.kept = snapshot.kept
        self._alive = list(snapshot.live)  # the memo is keyed by id(): keep the originals alive

    def copy(self, origin: Any) -> Any:
        tree = getattr(origin, "tree", None)
        if isinstance(tree, etree._ElementTree):
            twin_tree = copy.deepcopy(tree)
            self._map(tree.getroot(), twin_tree.getroot())
            self.memo[id(tree)] = twin_tree
        return self.translate(origin)

    def translate(self, value: Any) -> Any:
        if isinstance(value, _PLAIN):
            return value
        if id(value) in self.memo:
            return self.memo[id(value)]
        entry = self.kept.get(id(value))
        if entry is not None and entry[0] is value:  # a step or flow of the model
            return entry[1]
        if isinstance(value, etree._Element):
            return self._element(value)
        if isinstance(value, WrittenValues):
            result: Any = value.copy()  # immutable signatures, shared
        elif isinstance(value, dict):
            result = {self.translate(k): self.translate(v) for k, v in value.items()}
        elif isinstance(value, (list, tuple, set, frozenset)):
            result = type(value)(self.translate(item) for item in value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: self.translate(getattr(value, f.name))
                       for f in dataclasses.fields(value) if f.init}
            result = dataclasses.replace(value, **changes)
        else:
            raise TypeError(f"cannot copy kept document data of type {type(value).__name__}")
        self.memo[id(value)] = result
        self._alive.append(value)
        return result

    def _element(self, element: etree._Element) -> etree._Element:
        """The copy of ``element``; a detached subtree (kept for undo) is copied when first met."""
        copied = self.elements.get(element)
        if copied is None:
            top = element
            while top.getparent() is not None:
                top = top.getparent()
            self._map(top, copy.deepcopy(top))
            copied = self.elements[element]
        return copied

    def _map(self, live: etree._Element, twin: etree._Element) -> None:
        for original, duplicate in zip(live.iter(), twin.iter(), strict=True):
            self.elements[original] = duplicate
