"""Model layer: the plain records a customer process is made of.

Lanes, steps (every BPMN flow node), flows (sequence and message flows), pools,
read-only artifacts, and the model-level data of docs/methods.md §1.4 (systems,
resources, scenario). Pure Python: no Qt, no XML. Geometry is plain floats.

Customer attributes that a modeller may leave unset are ``None`` here ("not set":
the derived default of docs/methods.md §1.2 applies and nothing is written to the file).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

#: Lane roles (docs/methods.md §1.1).
LANE_ROLES: Final = ("customer", "department", "system", "partner")

#: BPMN flow-node element names mapped to the step ``type`` of docs/methods.md §1.2.
#: ``event`` (intermediate events) and ``gateway`` (event-based, complex) are pass-through kinds.
STEP_TYPE_BY_KIND: Final[dict[str, str]] = {
    "task": "task",
    "userTask": "task",
    "serviceTask": "task",
    "sendTask": "task",
    "receiveTask": "task",
    "manualTask": "task",
    "businessRuleTask": "task",
    "scriptTask": "task",
    "callActivity": "task",
    "subProcess": "task",
    "adHocSubProcess": "task",
    "transaction": "task",
    "startEvent": "start",
    "endEvent": "end",
    "intermediateCatchEvent": "event",
    "intermediateThrowEvent": "event",
    "boundaryEvent": "event",
    "implicitThrowEvent": "event",
    "exclusiveGateway": "xor",
    "parallelGateway": "and",
    "inclusiveGateway": "or",
    "eventBasedGateway": "xor",
    "complexGateway": "or",
}

#: Kinds the editor creates and edits; everything else is shown read-only and kept as it is.
EDITABLE_KINDS: Final = frozenset(
    {"task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask",
     "businessRuleTask", "scriptTask", "startEvent", "endEvent",
     "intermediateCatchEvent", "intermediateThrowEvent",
     "exclusiveGateway", "parallelGateway", "inclusiveGateway"}
)


#: BPMN event definitions by their short name (``timer`` for ``timerEventDefinition``).
#: Several definitions on one event make it a "multiple" (or "parallel multiple") event.
EVENT_DEFINITIONS: Final = ("message", "timer", "error", "escalation", "signal", "conditional",
                            "compensation", "link", "cancel", "terminate")

#: Loop characteristics of an activity: ``standard`` loop, multi-instance ``parallel`` or ``sequential``.
LOOP_KINDS: Final = ("standard", "parallel", "sequential")

#: Event kinds that throw (their marker is drawn filled); the other events catch.
THROWING_EVENT_KINDS: Final = frozenset({"intermediateThrowEvent", "endEvent", "implicitThrowEvent"})


@dataclass(frozen=True, slots=True)
class Notation:
    """What BPMN draws on a flow node beyond its element name (the defaults draw nothing more).

    ``event_definitions`` lists the definitions of an event in file order (short names of
    :data:`EVENT_DEFINITIONS`); ``interrupting`` is a boundary event's ``cancelActivity``
    or an event sub-process start's ``isInterrupting``; ``loop`` is one of
    :data:`LOOP_KINDS`; ``compensation`` is ``isForCompensation``; ``triggered_by_event``
    makes a sub-process an event sub-process; ``expanded`` is the diagram's ``isExpanded``
    (None: the file does not say); ``instantiate`` and ``event_gateway_type`` belong to
    event-based gateways; ``attached_to`` is a boundary event's activity.
    """

    event_definitions: tuple[str, ...] = ()
    parallel_multiple: bool = False
    interrupting: bool = True
    loop: str | None = None
    compensation: bool = False
    triggered_by_event: bool = False
    expanded: bool | None = None
    instantiate: bool = False
    event_gateway_type: str = "exclusive"
    attached_to: str | None = None

    @property
    def event_trigger(self) -> str | None:
        """The one trigger an event shows: a definition, ``multiple``, ``parallelMultiple`` or None."""
        if not self.event_definitions:
            return None
        if len(self.event_definitions) == 1:
            return self.event_definitions[0]
        return "parallelMultiple" if self.parallel_multiple else "multiple"


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in diagram coordinates (y grows downwards)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)



def enclosing(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle holding every one of ``rects`` (None when there is none)."""
    rects = list(rects)
    if not rects:
        return None
    left, top = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.x + r.width for r in rects), max(r.y + r.height for r in rects)
    return Rect(left, top, right - left, bottom - top)


Point = tuple[float, float]


@dataclass(slots=True)
class Pool:
    """A BPMN participant: the organisation's pool, or another party's (often a customer pool)."""

    id: str
    name: str = ""
    process_id: str | None = None
    bounds: Rect | None = None
    horizontal: bool = True


@dataclass(slots=True)
class Lane:
    """A swimlane. ``parent`` names the enclosing lane for nested lanes.

    ``from_pool`` is set when a whole pool (a customer modelled as its own pool,
    docs/methods.md §1.3) is presented as a lane; such a lane is not written as a lane.
    """

    id: str
    name: str = ""
    role: str = "department"
    pool: str | None = None
    parent: str | None = None
    bounds: Rect | None = None
    horizontal: bool = True
    role_set: bool = False
    fixed_cost_per_year: float | None = None
    from_pool: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Step:
    """A flow node. ``kind`` is the BPMN element name (``userTask``, ``exclusiveGateway`` ...).

    ``container`` is the enclosing sub-process for nodes inside one (None at the top level).
    ``process`` is the id of the BPMN process holding the node.
    ``extra`` keeps ``cpm:`` attributes this version does not know, or could not parse,
    so that they are written back unchanged.
    """

    id: str
    kind: str = "task"
    name: str = ""
    lane: str | None = None
    process: str | None = None
    container: str | None = None
    bounds: Rect | None = None
    visible: bool | None = None
    channel: str | None = None
    phase: str | None = None
    duration: float | None = None
    wait: float | None = None
    tolerance: float | None = None
    duration_dist: str | None = None
    cost: float | None = None
    resource: str | None = None
    contact: bool | None = None
    initiated_by: str | None = None
    customer_time: bool | None = None
    effort: float | None = None
    emotion: int | None = None
    fail_prob: float | None = None
    severity: float | None = None
    detection: float | None = None
    fail_emotion: int | None = None
    moment_of_truth: bool | None = None
    systems: tuple[str, ...] = ()
    data_in: tuple[str, ...] = ()
    value: str | None = None
    contact_reason: str | None = None
    avoidable: bool | None = None
    caused_by: str | None = None
    key: str | None = None
    evidence: str | None = None
    share: float | None = None
    outcome: str | None = None
    margin: float | None = None
    extra: dict[str, str] = field(default_factory=dict)
    notation: Notation = field(default_factory=Notation)
    #: Where the file's tool put the name (BPMNDI label bounds); None: we place it.
    label_bounds: Rect | None = None

    @property
    def type(self) -> str:
        """The analysis type of docs/methods.md §1.2: task, start, end, xor, and, or, or event."""
        return STEP_TYPE_BY_KIND.get(self.kind, "task")

    @property
    def editable(self) -> bool:
        return self.kind in EDITABLE_KINDS

    @property
    def throwing(self) -> bool:
        """An event that throws its trigger (drawn filled) rather than catching it."""
        return self.kind in THROWING_EVENT_KINDS


@dataclass(slots=True)
class Flow:
    """A sequence flow (``message=False``) or a message flow between pools (``message=True``)."""

    id: str
    source: str
    target: str
    name: str = ""
    condition: str | None = None
    message: bool = False
    process: str | None = None
    container: str | None = None
    waypoints: tuple[Point, ...] = ()
    prob: float | None = None
    failure: bool | None = None
    severity: float | None = None
    detection: float | None = None
    extra: dict[str, str] = field(default_factory=dict)
    #: The source's default flow (taken when no other condition holds).
    is_default: bool = False
    #: Where the file's tool put the label (BPMNDI label bounds); None: we place it.
    label_bounds: Rect | None = None
    #: A message flow's envelope as the file's diagram shows it: ``initiating``,
    #: ``non_initiating``, or None (no envelope drawn).
    message_visible: str | None = None


#: Artifacts drawn as dotted lines between two elements rather than as shapes.
CONNECTION_KINDS: Final = frozenset({"association", "dataInputAssociation", "dataOutputAssociation"})


@dataclass(slots=True)
class Artifact:
    """A read-only diagram element we show but do not edit (data object, annotation, group ...).

    Associations and data associations are artifacts too (:data:`CONNECTION_KINDS`): they
    join ``source`` to ``target`` along ``waypoints`` and have no ``bounds``;
    ``direction`` is an association's ``associationDirection`` (None, One, Both).
    """

    id: str
    kind: str
    name: str = ""
    bounds: Rect | None = None
    label_bounds: Rect | None = None
    source: str | None = None
    target: str | None = None
    waypoints: tuple[Point, ...] = ()
    direction: str = "None"

    @property
    def connection(self) -> bool:
        return self.kind in CONNECTION_KINDS


@dataclass(slots=True)
class System:
    """An IT system steps rely on (docs/methods.md §1.4); ``fail_prob`` is per use."""

    id: str
    name: str = ""
    owner_lane: str | None = None
    fail_prob: float | None = None


@dataclass(slots=True)
class Resource:
    """A pool of agents (not a BPMN pool) that steps point at with ``resource``."""

    id: str
    name: str = ""
    capacity: float | None = None
    cost_per_hour: float | None = None


@dataclass(slots=True)
class ModelInfo:
    """Model-level settings (``cpm:model``)."""

    company: str | None = None
    variant_of: str | None = None
    time_unit: str | None = None
    currency: str | None = None
