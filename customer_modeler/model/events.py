"""Model layer: the change events a :class:`ProcessModel` sends to its subscribers.

Each mutator emits exactly one event, so the editor's scene can mirror the model
without knowing which command changed it. Changes made together (one undo step) end
with :class:`ChangesEnded`: what depends on several elements at once can wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ElementKind(StrEnum):
    """What an event's element is. A ``str`` underneath, so events print and compare plainly."""

    LANE = "lane"
    STEP = "step"
    FLOW = "flow"
    POOL = "pool"
    ARTIFACT = "artifact"


@dataclass(frozen=True, slots=True)
class ElementAdded:
    """``element`` (a Lane, Step, Flow ...) was inserted at ``index`` of its container."""

    kind: ElementKind
    element: Any
    index: int


@dataclass(frozen=True, slots=True)
class ElementRemoved:
    """``element`` was removed; it stood at ``index``."""

    kind: ElementKind
    element: Any
    index: int


@dataclass(frozen=True, slots=True)
class ElementChanged:
    """Fields of ``element`` changed; ``changes`` maps field name to ``(old, new)``."""

    kind: ElementKind
    element: Any
    changes: dict[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class ElementMoved:
    """``element`` moved from ``old_index`` to ``new_index`` in its container (lane order)."""

    kind: ElementKind
    element: Any
    old_index: int
    new_index: int


@dataclass(frozen=True, slots=True)
class ModelDataChanged:
    """Model-level data (info, systems, resources, scenario) changed."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class ChangesEnded:
    """The last change of a group made in :meth:`ProcessModel.changes_together` has been
    sent. In the middle of a group a flow may still have the waypoints of before while
    its step already stands elsewhere; after it, every element is as the edit left it."""


ModelEvent = (ElementAdded | ElementRemoved | ElementChanged | ElementMoved | ModelDataChanged
              | ChangesEnded)
