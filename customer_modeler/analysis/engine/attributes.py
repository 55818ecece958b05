"""Analysis layer: the step attributes of docs/methods.md §1.2 with their derived defaults.

The model stores only what the modeller set (``None`` = unset). The defaults —
``visible``, ``contact``, ``initiated_by``, ``customer_time``, ``effort`` and the plain
ones such as ``severity`` 5 — are computed here, from the step and its lane's role,
every time an analysis runs, so they follow a step that moves to another lane.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Final

from customer_modeler.model.elements import Step
from customer_modeler.model.visibility import default_visible

#: Channels on which a visible department step is one human contact (§1.2 ``contact``).
CONTACT_CHANNELS: Final = frozenset({"phone", "chat", "store", "video"})
#: Channels on which a visible step takes the customer's own time (§1.2 ``customer_time``).
CUSTOMER_TIME_CHANNELS: Final = frozenset({"phone", "chat", "ivr", "store", "video", "physical"})
#: Channels whose ``wait`` is time on hold and so counts as customer time (§2.11).
HOLD_CHANNELS: Final = frozenset({"phone", "chat", "ivr", "store", "video"})
#: Communication channels (§2.11 ``channel_switches``).
COMM_CHANNELS: Final = frozenset(
    {"web", "app", "email", "chat", "phone", "ivr", "store", "mail", "video"})
#: Effort of a customer-initiated step by channel (§1.2 ``effort``).
CHANNEL_EFFORT: Final[dict[str, float]] = {
    "web": 1, "app": 1, "email": 2, "chat": 2, "mail": 2, "ivr": 2, "phone": 3, "store": 3,
    "video": 3, "physical": 1, "none": 0,
}
#: Lane roles that count as departments (a partner is a department flagged external).
DEPARTMENT_ROLES: Final = frozenset({"department", "partner"})


def channel_family(channel: str) -> str:
    """The family of a channel for channel switches: voice, web, or the channel itself."""
    if channel in ("phone", "ivr"):
        return "voice"
    if channel in ("web", "app"):
        return "web"
    return channel


@dataclass(slots=True)
class ResolvedStep:
    """A step with every §1.2 attribute resolved (set value, or the derived default).

    ``severity_rated`` / ``detection_rated`` say whether the modeller rated them
    (unrated values default to 5 and are flagged "unrated"). Treat it as read-only (not
    frozen only because frozen dataclasses are slow to build for 10,000 steps).
    """

    id: str
    name: str
    type: str
    lane: str | None
    role: str
    visible: bool
    channel: str
    phase: str
    duration: float
    wait: float
    tolerance: float | None
    duration_dist: str
    cost: float
    contact: bool
    initiated_by: str
    customer_time: bool
    effort: float
    emotion: int | None
    fail_prob: float
    severity: float
    detection: float
    severity_rated: bool
    detection_rated: bool
    fail_emotion: int
    moment_of_truth: bool
    systems: tuple[str, ...]
    data_in: tuple[str, ...]
    value: str | None
    contact_reason: str | None
    avoidable: bool
    key: str | None
    share: float | None
    outcome: str
    margin: float
    caused_by: str | None = None
    #: Which of the numeric inputs duration, wait, cost, fail_prob, margin the modeller set
    #: (they resolve to 0 when unset; the scorecard's coverage tells the two apart).
    given: frozenset[str] = frozenset()

    @property
    def is_task(self) -> bool:
        return self.type == "task"


def customer_minutes(step: ResolvedStep) -> float:
    """Customer minutes of one execution (§2.11 ``customer_time``): the duration, plus
    the wait on hold channels; 0 unless the step is a task that takes the customer's time."""
    if not step.is_task or not step.customer_time:
        return 0.0
    return step.duration + (step.wait if step.channel in HOLD_CHANNELS else 0.0)


def _derived_flags(step: Step, is_task: bool, role: str, visible: bool,
                   channel: str) -> tuple[bool, str, bool]:
    """``contact``, ``initiated_by`` and ``customer_time`` as set, else by the §1.2 rules."""
    contact = step.contact
    if contact is None:
        contact = is_task and role in DEPARTMENT_ROLES and visible and channel in CONTACT_CHANNELS
    initiated_by = step.initiated_by
    if initiated_by is None:
        by_customer = role == "customer" or contact or channel == "ivr"
        initiated_by = "customer" if by_customer else "company"
    customer_time = step.customer_time
    if customer_time is None:
        customer_time = is_task and (
            role == "customer" or (visible and channel in CUSTOMER_TIME_CHANNELS))
    return contact, initiated_by, customer_time


def _derived_effort(step: Step, is_task: bool, visible: bool, channel: str, initiated_by: str,
                    customer_time: bool) -> float:
    if step.effort is not None:
        return float(step.effort)
    if not visible or not is_task:
        return 0.0
    if initiated_by == "customer":
        return float(CHANNEL_EFFORT.get(channel, 0))
    return 1.0 if customer_time else 0.0


def resolved(step: Step, lane_role: str, visible: bool | None = None) -> ResolvedStep:
    """Resolve every analysis attribute of a step (§1.2), applying the derived defaults.

    Parameters
    ----------
    step : Step
        The model step; unset attributes are ``None``.
    lane_role : str
        The role of the step's lane (``customer``, ``department``, ``system`` or ``partner``).
    visible : bool, optional
        Whether the customer sees the step, when the caller knows it from the model's rule
        (:func:`customer_modeler.model.visibility.step_visible`); else the step's own mark
        or the default for its lane.

    Returns
    -------
    ResolvedStep
        Plain values only: no ``None`` except where §1.2 leaves a value unset
        (``tolerance``, ``emotion``, ``share`` ...).
    """
    step_type = step.type
    is_task = step_type == "task"
    channel = step.channel or "none"
    if visible is None:
        visible = step.visible
    if visible is None:
        visible = default_visible(step_type, lane_role)
    contact, initiated_by, customer_time = _derived_flags(step, is_task, lane_role, visible,
                                                          channel)
    # positional: a 35-field dataclass builds much faster without keywords (10,000 steps)
    return ResolvedStep(
        step.id, step.name, step_type, step.lane, lane_role, visible, channel,
        step.phase or "other", _num(step.duration), _num(step.wait), step.tolerance,
        step.duration_dist or "fixed", _num(step.cost), contact, initiated_by, customer_time,
        _derived_effort(step, is_task, visible, channel, initiated_by, customer_time),
        step.emotion, _num(step.fail_prob),
        5.0 if step.severity is None else float(step.severity),
        5.0 if step.detection is None else float(step.detection),
        step.severity is not None, step.detection is not None,
        -3 if step.fail_emotion is None else step.fail_emotion,
        bool(step.moment_of_truth), tuple(step.systems), tuple(step.data_in), step.value,
        step.contact_reason, bool(step.avoidable), step.key, step.share,
        step.outcome or "success", _num(step.margin), step.caused_by,
        _GIVEN_SETS[step.duration is not None, step.wait is not None, step.cost is not None,
                    step.fail_prob is not None, step.margin is not None],
    )


#: The numeric inputs whose "set" the resolved step remembers.
_GIVEN: Final = ("duration", "wait", "cost", "fail_prob", "margin")
#: ``given`` by which of the :data:`_GIVEN` inputs are set (in that order): a set shared by
#: the steps alike, not one built per step.
_GIVEN_SETS: Final = {
    flags: frozenset(k for k, set_ in zip(_GIVEN, flags) if set_)
    for flags in itertools.product((False, True), repeat=len(_GIVEN))
}


def _num(value: float | None) -> float:
    return 0.0 if value is None else float(value)
