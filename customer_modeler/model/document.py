"""Model layer: :class:`ProcessModel`, the ordered containers of one customer process.

Mutators are verbs (``add_step``, ``remove_flow``, ``move_lane`` ...); each emits exactly
one event to the subscribers (a plain callback list, no Qt). Removal returns the index
the element stood at, so an undo command can put it back in the same place.
Adjacency and lane membership are indexed so no edit scans the whole model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

from customer_modeler.model.elements import (
    Artifact,
    Flow,
    Lane,
    ModelInfo,
    Pool,
    Rect,
    Resource,
    Step,
    System,
)
from customer_modeler.model.errors import ModelError
from customer_modeler.model.events import (
    ChangesEnded,
    ElementAdded,
    ElementChanged,
    ElementKind,
    ElementMoved,
    ElementRemoved,
    ModelDataChanged,
    ModelEvent,
)
from customer_modeler.model.held_order import HeldOrder, index_of, insert_at
from customer_modeler.model.label_follow import follow_route, follow_shape
from customer_modeler.model.step_area import Box, StepArea

Listener = Callable[[ModelEvent], None]
_T = TypeVar("_T")
_K = TypeVar("_K")


def _index_in_order(index: dict[str, None], key: str, order: dict[str, Any]) -> None:
    """Add ``key`` to a lookup (a lane's steps, a step's flows) that lists its keys in
    the order of ``order`` (the model's container), whatever the history of edits: an
    undo that puts an element back in the middle gives the same lookup as before."""
    index[key] = None
    if next(reversed(order)) != key and len(index) > 1:
        in_order = [k for k in order if k in index]
        index.clear()
        index.update(dict.fromkeys(in_order))


def _remove(container: dict[str, _T], key: str) -> tuple[_T, int]:
    index = index_of(container, key)
    return container.pop(key), index


class ProcessModel:
    """One customer process: pools, lanes (top to bottom), steps, flows and model data.

    ``origin`` is opaque to the model: the BPMN reader puts the parsed document there so
    the writer can give back everything the model does not understand.
    """

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.pools: dict[str, Pool] = {}
        self.lanes: dict[str, Lane] = {}
        self.steps: dict[str, Step] = {}
        self.flows: dict[str, Flow] = {}
        self.artifacts: dict[str, Artifact] = {}
        self.systems: dict[str, System] = {}
        self.resources: dict[str, Resource] = {}
        self.scenario: dict[str, float] = {}
        self.info = ModelInfo()
        self.process_id = "Process_1"
        self.origin: object | None = None
        #: The file carried none of our data: who the customer sees is inferred (see
        #: :mod:`customer_modeler.model.visibility`), and the diagram dims no step.
        self.visibility_inferred = False
        self._listeners: list[Listener] = []
        self._groups_open = 0
        self._outgoing: dict[str, dict[str, None]] = {}
        self._incoming: dict[str, dict[str, None]] = {}
        self._lane_steps: dict[str | None, dict[str, None]] = {}
        self._contained: dict[str, dict[str, None]] = {}
        #: What finds the true indexes of the steps and of the flows during changes made
        #: together (see ``held_order``); the dicts and the lookups above take the true
        #: order when the changes end.
        self._step_order = HeldOrder()
        self._flow_order = HeldOrder()
        #: The lookups over steps, then over flows, that took a key at their end while the
        #: order was held: only these are put in order when the changes end.
        self._step_lookups_to_sort: list[dict[str, None]] = []
        self._flow_lookups_to_sort: list[dict[str, None]] = []
        #: Steps by where they stand, filed on the first :meth:`steps_in_area` (the reader
        #: places steps by assignment before anyone asks), then kept by the step mutators.
        self._area: StepArea | None = None

    # -- notification -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def changes_together(self) -> Iterator[None]:
        """Make the changes inside as one group (groups nest): when the outermost group
        ends, also by an error, the subscribers hear :class:`ChangesEnded`."""
        self._groups_open += 1
        try:
            yield
        finally:
            self._groups_open -= 1
            if not self._groups_open:
                self._settle_order()
                self._emit(ChangesEnded())

    @property
    def changing(self) -> bool:
        """Changes made together are under way (:meth:`changes_together`)."""
        return self._groups_open > 0

    def _emit(self, event: ModelEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- queries ------------------------------------------------------------------------
    @property
    def customer_lane(self) -> Lane | None:
        """The lane with role ``customer`` (at most one), or None."""
        return next((lane for lane in self.lanes.values() if lane.role == "customer"), None)

    def lane_index(self, lane_id: str) -> int:
        return list(self.lanes).index(lane_id)

    def steps_in_lane(self, lane_id: str | None) -> list[Step]:
        return [self.steps[s] for s in self._lane_steps.get(lane_id, {})]

    def steps_in_area(self, box: Box) -> list[tuple[str, Rect]]:
        """The steps whose bounds overlap ``box`` (x0, y0, x1, y1), with those bounds."""
        return list(self._step_area().overlapping(box))

    def step_extent(self) -> Box | None:
        """A box around every step with bounds (a little larger), or None when none has any."""
        return self._step_area().extent()

    def file_steps_by_area(self) -> None:
        """File the steps by where they stand now, if not yet done: the first
        :meth:`steps_in_area` does it otherwise (an editor calls this when idle, so that the
        first press on a large journey's step does not wait for it)."""
        self._step_area()

    def _step_area(self) -> StepArea:
        if self._area is None:
            self._area = StepArea((s.id, s.bounds) for s in self.steps.values())
        return self._area

    def outgoing(self, step_id: str) -> list[Flow]:
        return [self.flows[f] for f in self._outgoing.get(step_id, {})]

    def incoming(self, step_id: str) -> list[Flow]:
        return [self.flows[f] for f in self._incoming.get(step_id, {})]

    def flows_of(self, step_id: str) -> list[Flow]:
        """Every flow that starts or ends at the step, each once."""
        seen = dict.fromkeys([*self._outgoing.get(step_id, {}), *self._incoming.get(step_id, {})])
        return [self.flows[f] for f in seen]

    def sequence_flows(self) -> Iterator[Flow]:
        return (f for f in self.flows.values() if not f.message)

    def message_flows(self) -> Iterator[Flow]:
        return (f for f in self.flows.values() if f.message)

    def element(self, element_id: str) -> Step | Flow | Lane | Pool | Artifact | None:
        for container in (self.steps, self.flows, self.lanes, self.pools, self.artifacts):
            found = container.get(element_id)
            if found is not None:
                return found
        return None

    def child_lanes(self, lane_id: str | None) -> list[Lane]:
        return [lane for lane in self.lanes.values() if lane.parent == lane_id]

    # -- pools and artifacts (read from files; the editor does not create them) ---------
    def add_pool(self, pool: Pool, index: int | None = None) -> int:
        """Insert a pool at ``index`` (None appends); return the index used."""
        self._check_new_id(pool.id)
        used = insert_at(self.pools, pool.id, pool, index)
        self._emit(ElementAdded(ElementKind.POOL, pool, used))
        return used

    def remove_pool(self, pool_id: str) -> int:
        """Remove a pool whose lanes are gone (a pool that becomes the customer lane)."""
        if any(lane.pool == pool_id for lane in self.lanes.values()):
            raise ModelError(f"pool {pool_id} still holds lanes")
        pool, index = _remove(self.pools, pool_id)
        self._emit(ElementRemoved(ElementKind.POOL, pool, index))
        return index

    def update_pool(self, pool_id: str, **changes: Any) -> dict[str, Any]:
        """Change pool fields (name, bounds); return the old values."""
        return self._update(ElementKind.POOL, self.pools[pool_id], changes)

    def add_artifact(self, artifact: Artifact) -> None:
        self._check_new_id(artifact.id)
        self.artifacts[artifact.id] = artifact
        self._emit(ElementAdded(ElementKind.ARTIFACT, artifact, len(self.artifacts) - 1))

    # -- lanes --------------------------------------------------------------------------
    def add_lane(self, lane: Lane, index: int | None = None) -> int:
        """Insert a lane at ``index`` (top = 0; None appends at the bottom)."""
        self._check_new_id(lane.id)
        if lane.role == "customer":
            self._check_one_customer(lane.id)
        used = insert_at(self.lanes, lane.id, lane, index)
        self._emit(ElementAdded(ElementKind.LANE, lane, used))
        return used

    def remove_lane(self, lane_id: str) -> int:
        """Remove an empty lane; the caller removes or moves its steps first."""
        if self._lane_steps.get(lane_id):
            raise ModelError(f"lane {lane_id} still holds steps")
        lane, index = _remove(self.lanes, lane_id)
        self._lane_steps.pop(lane_id, None)
        self._emit(ElementRemoved(ElementKind.LANE, lane, index))
        return index

    def move_lane(self, lane_id: str, new_index: int) -> int:
        """Move a lane to ``new_index`` in the top-to-bottom order; return its old index."""
        lane, old_index = _remove(self.lanes, lane_id)
        insert_at(self.lanes, lane_id, lane, new_index)
        self._emit(ElementMoved(ElementKind.LANE, lane, old_index, new_index))
        return old_index

    def update_lane(self, lane_id: str, **changes: Any) -> dict[str, Any]:
        """Change lane fields; return the old values (pass them back to undo)."""
        if changes.get("role") == "customer":
            self._check_one_customer(lane_id)
        return self._update(ElementKind.LANE, self.lanes[lane_id], changes)

    def _check_one_customer(self, lane_id: str) -> None:
        """At most one lane plays the customer (docs/methods.md §1.1)."""
        customer = self.customer_lane
        if customer is not None and customer.id != lane_id:
            raise ModelError(f"'{customer.name}' is already the customer lane")

    # -- steps --------------------------------------------------------------------------
    def add_step(self, step: Step, index: int | None = None) -> int:
        self._check_new_id(step.id)
        if step.lane is not None and step.lane not in self.lanes:
            raise ModelError(f"step {step.id}: no lane {step.lane}")
        used = self._step_order.insert(self.steps, step.id, step, index, self.changing)
        self._index_step(self._lane_steps.setdefault(step.lane, {}), step.id)
        if step.container is not None:
            self._index_step(self._contained.setdefault(step.container, {}), step.id)
        if self._area is not None:
            self._area.file(step.id, step.bounds)
        self._emit(ElementAdded(ElementKind.STEP, step, used))
        return used

    def remove_step(self, step_id: str) -> int:
        """Remove a step that no flow touches; the caller removes its flows first."""
        if self._outgoing.get(step_id) or self._incoming.get(step_id):
            raise ModelError(f"step {step_id} still has flows")
        if self._contained.get(step_id):
            raise ModelError(f"step {step_id} still contains steps")
        step, index = self._step_order.remove(self.steps, step_id, self.changing)
        self._lane_steps.get(step.lane, {}).pop(step_id, None)
        if step.container is not None:
            self._contained.get(step.container, {}).pop(step_id, None)
        if self._area is not None:
            self._area.remove(step_id)
        self._emit(ElementRemoved(ElementKind.STEP, step, index))
        return index

    def update_step(self, step_id: str, **changes: Any) -> dict[str, Any]:
        """Change step fields (``lane`` and ``bounds`` too); return the old values."""
        step = self.steps[step_id]
        if "container" in changes:
            raise ModelError(f"step {step_id}: a step does not change its sub-process")
        self._check_fields("step", step, changes)  # before the lane index changes
        new_lane = changes.get("lane", step.lane)
        if new_lane != step.lane:
            if new_lane is not None and new_lane not in self.lanes:
                raise ModelError(f"step {step_id}: no lane {new_lane}")
            self._lane_steps.get(step.lane, {}).pop(step_id, None)
            self._index_step(self._lane_steps.setdefault(new_lane, {}), step_id)
        new_bounds = changes.get("bounds")
        if (new_bounds is not None and "label_bounds" not in changes and step.label_bounds is not None
                and step.bounds is not None):  # the file's name moves with its step (undo restores both)
            changes["label_bounds"] = follow_shape(step.label_bounds, step.bounds, new_bounds)
        if "bounds" in changes and self._area is not None:  # listeners route flows by it
            self._area.file(step_id, changes["bounds"])
        return self._update(ElementKind.STEP, step, changes)

    # -- flows --------------------------------------------------------------------------
    def add_flow(self, flow: Flow, index: int | None = None) -> int:
        self._check_new_id(flow.id)
        for end in (flow.source, flow.target):
            self._check_flow_end(flow, end)
        used = self._flow_order.insert(self.flows, flow.id, flow, index, self.changing)
        self._link(flow)
        self._emit(ElementAdded(ElementKind.FLOW, flow, used))
        return used

    def remove_flow(self, flow_id: str) -> int:
        flow, index = self._flow_order.remove(self.flows, flow_id, self.changing)
        self._unlink(flow)
        self._emit(ElementRemoved(ElementKind.FLOW, flow, index))
        return index

    def update_flow(self, flow_id: str, **changes: Any) -> dict[str, Any]:
        flow = self.flows[flow_id]
        for end in ("source", "target"):
            if end in changes:
                self._check_flow_end(flow, changes[end])
        if "waypoints" in changes and "label_bounds" not in changes and flow.label_bounds is not None:
            changes["label_bounds"] = follow_route(flow.label_bounds, flow.waypoints, tuple(changes["waypoints"]))
        if "source" not in changes and "target" not in changes:
            return self._update(ElementKind.FLOW, flow, changes)  # the adjacency stays as it is
        self._unlink(flow)
        try:
            return self._update(ElementKind.FLOW, flow, changes)
        finally:
            self._link(flow)

    # -- model-level data (docs/methods.md §1.4) -------------------------------------------
    def set_model_data(self, field_name: str, value: Any) -> Any:
        """Replace ``info``, ``systems``, ``resources`` or ``scenario``; return the old value."""
        if field_name not in ("info", "systems", "resources", "scenario"):
            raise ModelError(f"not model data: {field_name}")
        old = getattr(self, field_name)
        setattr(self, field_name, value)
        self._emit(ModelDataChanged(field_name, old, value))
        return old

    # -- helpers ------------------------------------------------------------------------
    def _check_new_id(self, element_id: str) -> None:
        # Five look-ups in line: ``element`` loops over the containers (a reader adds
        # 220,000 steps and flows to a 100,000-step model: 0.065 s, now 0.030 s).
        if (element_id in self.steps or element_id in self.flows or element_id in self.lanes
                or element_id in self.pools or element_id in self.artifacts):
            raise ModelError(f"id {element_id} is already used")

    def _check_flow_end(self, flow: Flow, end: str) -> None:
        """Sequence flows join steps; a message flow may also end at a pool (a black box)."""
        if end in self.steps:
            return
        if flow.message and (end in self.pools or end in self.lanes):
            return
        raise ModelError(f"flow {flow.id}: no step {end}")

    @staticmethod
    def _check_fields(kind: str, element: Any, changes: dict[str, Any]) -> None:
        unknown = changes.keys() - _field_names(type(element))
        if unknown or "id" in changes:
            raise ModelError(f"{kind} {element.id}: cannot set {sorted(unknown or {'id'})}")

    def _update(self, kind: ElementKind, element: Any, changes: dict[str, Any]) -> dict[str, Any]:
        self._check_fields(kind, element, changes)
        old = {name: getattr(element, name) for name in changes}
        for name, value in changes.items():
            setattr(element, name, value)
        self._emit(ElementChanged(kind, element, {n: (old[n], changes[n]) for n in changes}))
        return old

    def _index_step(self, index: dict[str, None], step_id: str) -> None:
        if self._step_order.moved:
            index[step_id] = None  # in order when the changes end (_settle_order)
            self._step_lookups_to_sort.append(index)
        else:
            _index_in_order(index, step_id, self.steps)

    def _link(self, flow: Flow) -> None:
        if self._flow_order.moved:  # in order when the changes end (_settle_order)
            outgoing = self._outgoing.setdefault(flow.source, {})
            incoming = self._incoming.setdefault(flow.target, {})
            outgoing[flow.id] = incoming[flow.id] = None
            self._flow_lookups_to_sort += (outgoing, incoming)
            return
        _index_in_order(self._outgoing.setdefault(flow.source, {}), flow.id, self.flows)
        _index_in_order(self._incoming.setdefault(flow.target, {}), flow.id, self.flows)

    def _settle_order(self) -> None:
        """Give the steps and flows the order changes made together held apart, and the
        lookups that took keys meanwhile (a lane's steps, a step's flows) that order too.
        The other lookups kept theirs: removals do not change an order. Undoing the
        deletion of one step of 100,000 listed every lookup again, 0.4 s."""
        order = self._step_order.settle(self.steps)
        if order is not None:
            _sort_lookups(self._step_lookups_to_sort, order)
        self._step_lookups_to_sort = []
        order = self._flow_order.settle(self.flows)
        if order is not None:
            _sort_lookups(self._flow_lookups_to_sort, order)
        self._flow_lookups_to_sort = []

    def _unlink(self, flow: Flow) -> None:
        self._outgoing.get(flow.source, {}).pop(flow.id, None)
        self._incoming.get(flow.target, {}).pop(flow.id, None)

    def new_id(self, prefix: str) -> str:
        """A fresh id such as ``Task_7`` that no element uses yet."""
        n = len(self.steps) + len(self.flows) + len(self.lanes) + 1
        while self.element(f"{prefix}_{n}") is not None:
            n += 1
        return f"{prefix}_{n}"

    def copy(self, kept: dict[int, tuple[Any, Any]] | None = None, *,
             lookups: bool = True, shared: bool = False) -> ProcessModel:
        """A deep copy of the model data without subscribers or origin (for what-if variants
        and the analyses' snapshots).

        The containers are filled directly and the indexes built in one pass: the checks
        and events of ``add_*`` hold for a model that is already consistent, and a window
        copies a large model at each analysis run.

        ``kept`` (id() of a step or flow -> that step or flow, and a copy of it made
        earlier) lends its copies to this one: the caller removes an entry when its
        element changes (see ``model.copies``). The steps and flows copied anew are added
        to it. The copies are then shared, so neither side may change them.

        ``lookups`` False leaves out the lookups (a lane's steps, a step's flows: 90 ms of a
        copy of 100,000 steps); the copy is unusable until :meth:`fill_lookups` made them,
        which another thread may do.

        ``shared`` True holds this model's own steps and flows instead of copies (see
        ``model.copies.SavedState``, which replaces each before an edit changes it).
        """
        twin = ProcessModel(self.name)
        twin.process_id = self.process_id
        twin.pools = {key: clone(pool) for key, pool in self.pools.items()}
        twin.lanes = {key: clone(lane) for key, lane in self.lanes.items()}
        if shared:
            twin.steps, twin.flows = dict(self.steps), dict(self.flows)
        elif kept is None:
            twin.steps = {key: clone(step) for key, step in self.steps.items()}
            twin.flows = {key: clone(flow) for key, flow in self.flows.items()}
        else:
            twin.steps = _copies(self.steps, kept)
            twin.flows = _copies(self.flows, kept)
        twin.artifacts = {key: clone(artifact) for key, artifact in self.artifacts.items()}
        if lookups:
            twin._lane_steps = _copied_lookups(self._lane_steps)
            twin._contained = _copied_lookups(self._contained)
            twin._outgoing = _copied_lookups(self._outgoing)
            twin._incoming = _copied_lookups(self._incoming)
        twin.systems = {k: clone(v) for k, v in self.systems.items()}
        twin.resources = {k: clone(v) for k, v in self.resources.items()}
        twin.scenario = dict(self.scenario)
        twin.info = clone(self.info)
        twin.visibility_inferred = self.visibility_inferred
        return twin

    def fill_lookups(self) -> None:
        """Make the lookups of a copy made without them (``copy(lookups=False)``) from its
        steps and flows, in their order, as the model keeps them."""
        lane_steps: dict[str | None, dict[str, None]] = {}
        contained: dict[str, dict[str, None]] = {}
        for step_id, step in self.steps.items():
            lane_steps.setdefault(step.lane, {})[step_id] = None
            if step.container is not None:
                contained.setdefault(step.container, {})[step_id] = None
        outgoing: dict[str, dict[str, None]] = {}
        incoming: dict[str, dict[str, None]] = {}
        for flow_id, flow in self.flows.items():
            outgoing.setdefault(flow.source, {})[flow_id] = None
            incoming.setdefault(flow.target, {})[flow_id] = None
        self._lane_steps, self._contained = lane_steps, contained
        self._outgoing, self._incoming = outgoing, incoming


def _field_names(kind: type) -> frozenset[str]:
    """The fields of one of the model's dataclasses (asked at every change of an element)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = frozenset(f.name for f in fields(kind))
    return names


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def clone(element: _T) -> _T:
    """A copy of one of the model's dataclasses: every field is immutable but ``extra``,
    which gets a dict of its own."""
    kind = type(element)
    cloner = _CLONERS.get(kind)
    if cloner is None:
        cloner = _CLONERS[kind] = _cloner_of(kind)
    return cloner(element)  # type: ignore[no-any-return]


def _cloner_of(kind: type) -> Callable[[Any], Any]:
    """A function that copies an instance of ``kind`` field by field without calling its
    ``__init__``: half the time of a call with forty arguments (the first copy of a
    document, 100,000 steps: 0.3-0.45 s before). Made from source text, as ``dataclasses``
    makes ``__init__``; a frozen class is copied through its ``__init__``."""
    names = [f.name for f in fields(kind)]
    if kind.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        get = attrgetter(*names)
        values = get if len(names) > 1 else (lambda e: (get(e),))
        return lambda element: kind(*values(element))
    lines = [f"    twin.{name} = element.{name}" if name != "extra" else
             "    twin.extra = None if element.extra is None else dict(element.extra)"
             for name in names]
    source = "def clone(element):\n    twin = new(kind)\n" + "\n".join(lines) + "\n    return twin\n"
    namespace: dict[str, Any] = {"new": object.__new__, "kind": kind}
    exec(source, namespace)  # noqa: S102 - field names of our own dataclasses only
    return namespace["clone"]  # type: ignore[no-any-return]


_CLONERS: dict[type, Callable[[Any], Any]] = {}


def _copies(elements: dict[str, _T], kept: dict[int, tuple[Any, Any]]) -> dict[str, _T]:
    """The copies of ``elements``: those ``kept`` holds, the others made now and added to
    it. An entry holds its element, so no other object can have that id() meanwhile. The
    look-ups run in C (``map``): a Python loop over 220,000 elements took 0.2 s."""
    values = list(elements.values())
    entries: list[Any] = list(map(kept.get, map(id, values)))
    for i in [i for i, entry in enumerate(entries) if entry is None]:
        element = values[i]
        entries[i] = kept[id(element)] = (element, clone(element))
    return dict(zip(elements, map(itemgetter(1), entries)))


def _sort_lookups(lookups: list[dict[str, None]], order: list[str]) -> None:
    """Put each of ``lookups`` (listed once or more) in the order of ``order``, in place.
    A lookup of one key is in order already. A short one (a step's flows) is sorted by
    where each key stands in ``order`` (``list.index``, a walk in C that stops there); a
    few long ones (a lane's steps) are each found again by one walk over ``order``; many
    (a large undone paste) are sorted by the places of every key, counted once."""
    longer = list({id(lookup): lookup for lookup in lookups if len(lookup) > 1}.values())
    place: dict[str, int] | None = None
    walks = 0
    for lookup in longer:
        if len(lookup) <= _SHORT:
            ordered = sorted(lookup, key=order.index)
        elif walks < _WALKS_UP_TO:
            walks += 1
            ordered = list(filter(lookup.__contains__, order))
        else:
            if place is None:
                place = dict(zip(order, range(len(order))))
            ordered = sorted(lookup, key=place.__getitem__)
        lookup.clear()
        lookup.update(dict.fromkeys(ordered))


#: A lookup of up to this many keys is sorted by their places found one by one.
_SHORT = 4
#: Up to this many longer lookups, each is found by a walk over the whole order.
_WALKS_UP_TO = 4


def _copied_lookups(lookups: dict[_K, dict[str, None]]) -> dict[_K, dict[str, None]]:
    """A copy of one of the model's lookups (a lane's steps, a step's flows), each inner
    one its own; copied in C (``map``)."""
    return dict(zip(lookups, map(dict, lookups.values())))


def ids(elements: Iterable[Any]) -> list[str]:
    """The ids of the given elements, in order."""
    return [e.id for e in elements]
