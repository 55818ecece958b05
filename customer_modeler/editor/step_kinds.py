"""Editor layer: the kinds of step a person can create from the palette (pure data).

Each kind names the BPMN element it creates, its default size and label, and the
customer attributes it implies (a touchpoint is a visible task with a channel). The
lane a step is dropped into decides its lane; no kind moves a step elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from customer_modeler.model.attributes import CHANNELS

TASK_SIZE: Final = (120.0, 80.0)
EVENT_SIZE: Final = (36.0, 36.0)
GATEWAY_SIZE: Final = (50.0, 50.0)

#: The mime type a palette drag carries; the payload is the kind's key in UTF-8.
MIME_TYPE: Final = "application/x-customer-modeler-step-kind"


@dataclass(frozen=True, slots=True)
class StepKind:
    """One palette entry: what it creates and with which attributes."""

    key: str
    title: str
    bpmn_kind: str
    name: str
    size: tuple[float, float]
    visible: bool | None = None
    channel: str | None = None
    group: str = "Steps"
    id_prefix: str = "Activity"

    @property
    def label(self) -> str:
        """The kind's title in the user's language (palette, menus, undo texts)."""
        return QCoreApplication.translate("StepKind", self.title)

    @property
    def group_label(self) -> str:
        """The palette group's title in the user's language."""
        return QCoreApplication.translate("StepKind", self.group)

    @property
    def default_name(self) -> str:
        """The name a new step of this kind gets, in the user's language."""
        return QCoreApplication.translate("StepKind", self.name) if self.name else ""


#: The titles built from channels below, listed for translation.
_TITLES: Final = (
    QT_TRANSLATE_NOOP("StepKind", "Steps"), QT_TRANSLATE_NOOP("StepKind", "Touchpoints"),
    QT_TRANSLATE_NOOP("StepKind", "Customer action"), QT_TRANSLATE_NOOP("StepKind", "Back-office step"),
    QT_TRANSLATE_NOOP("StepKind", "Decision"), QT_TRANSLATE_NOOP("StepKind", "Parallel gateway"),
    QT_TRANSLATE_NOOP("StepKind", "Inclusive gateway"), QT_TRANSLATE_NOOP("StepKind", "Start"),
    QT_TRANSLATE_NOOP("StepKind", "End"), QT_TRANSLATE_NOOP("StepKind", "Web touchpoint"),
    QT_TRANSLATE_NOOP("StepKind", "App touchpoint"), QT_TRANSLATE_NOOP("StepKind", "Email touchpoint"),
    QT_TRANSLATE_NOOP("StepKind", "Chat touchpoint"), QT_TRANSLATE_NOOP("StepKind", "Phone touchpoint"),
    QT_TRANSLATE_NOOP("StepKind", "IVR touchpoint"), QT_TRANSLATE_NOOP("StepKind", "Store touchpoint"),
    QT_TRANSLATE_NOOP("StepKind", "Mail touchpoint"), QT_TRANSLATE_NOOP("StepKind", "Video touchpoint"),
    QT_TRANSLATE_NOOP("StepKind", "Physical touchpoint"),
)


def _touchpoint(channel: str) -> StepKind:
    title = {"ivr": "IVR", "app": "App", "physical": "Physical"}.get(channel, channel.capitalize())
    return StepKind(
        key=f"touchpoint:{channel}", title=f"{title} touchpoint", bpmn_kind="task",
        name=f"{title} touchpoint", size=TASK_SIZE, visible=True, channel=channel,
        group="Touchpoints",
    )


_KINDS: tuple[StepKind, ...] = (
    StepKind("customer_action", "Customer action", "task", "Customer action", TASK_SIZE,
             visible=True),
    StepKind("back_office", "Back-office step", "task", "Back-office step", TASK_SIZE,
             visible=False),
    StepKind("decision", "Decision", "exclusiveGateway", "", GATEWAY_SIZE, id_prefix="Gateway"),
    StepKind("parallel", "Parallel gateway", "parallelGateway", "", GATEWAY_SIZE,
             id_prefix="Gateway"),
    StepKind("inclusive", "Inclusive gateway", "inclusiveGateway", "", GATEWAY_SIZE,
             id_prefix="Gateway"),
    StepKind("start", "Start", "startEvent", "Start", EVENT_SIZE, id_prefix="Event"),
    StepKind("end", "End", "endEvent", "End", EVENT_SIZE, id_prefix="Event"),
    *(_touchpoint(channel) for channel in CHANNELS if channel != "none"),
)

#: Every palette kind by key, in palette order.
STEP_KINDS: Final[dict[str, StepKind]] = {kind.key: kind for kind in _KINDS}


def default_size(bpmn_kind: str) -> tuple[float, float]:
    """The size a new step of this BPMN element gets."""
    if bpmn_kind.endswith("Gateway"):
        return GATEWAY_SIZE
    if bpmn_kind.endswith("Event"):
        return EVENT_SIZE
    return TASK_SIZE
