"""Editor layer: :class:`PendingItems`, the steps and flows of a large model not drawn yet.

A scene of a long journey draws first what the window shows — its lanes, and the steps and
flows of the journey's start — and makes the other items a chunk at a time while the
event loop is idle, those nearest the view first. This keeps the order of that work: the
pending elements sorted along the journey, so the chunk near any point is cut out of
the list by bisection.
"""

from __future__ import annotations

from bisect import bisect_left

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Step

#: A model with more steps than this is drawn a chunk at a time.
PROGRESSIVE_FROM = 3000
#: How far along the journey from its start the first items are made at once (diagram
#: units: the first view of a long journey at its smallest readable zoom, and more).
FIRST_SPAN = 6000.0
#: How long one chunk may keep the event loop, its labels placed (seconds): a click or a
#: key that comes meanwhile waits no longer than about a frame.
CHUNK_SECONDS = 0.010
#: How long a slice of other idle work that takes turns with the chunks may keep the event
#: loop (the copies made ahead, the find bar's texts): a key that comes meanwhile may wait
#: for one of each.
SIDE_SLICE_SECONDS = 0.005
#: Items of the first chunk; the next ones are sized by how long the last took.
FIRST_CHUNK = 100
#: Fewest and most items of one chunk.
MIN_CHUNK, MAX_CHUNK = 10, 2000


def along(element: Step | Flow, model: ProcessModel) -> float:
    """Where an element lies along the journey: its left edge (a flow's leftmost point, or
    its source's)."""
    if isinstance(element, Step):
        return element.bounds.x if element.bounds is not None else float("-inf")
    if element.waypoints:
        return min(x for x, _ in element.waypoints)
    source = model.steps.get(element.source)
    return source.bounds.x if source is not None and source.bounds is not None else float("-inf")


class ChunkSize:
    """How many items the next chunk makes: as many as take ``seconds`` (default
    :data:`CHUNK_SECONDS`) on this machine, judged by the last chunk (half-way from the last
    count to it, so one slow chunk does not halve the next). A fixed count of 400 kept the
    window waiting 50 to 90 ms a chunk, for the 30 s a 100,000-step scene took to complete."""

    def __init__(self, seconds: float = CHUNK_SECONDS) -> None:
        self.count = FIRST_CHUNK
        self.seconds = seconds

    def took(self, seconds: float, made: int) -> None:
        """The last chunk made ``made`` items in ``seconds``."""
        if made <= 0:
            return
        fitting = made * self.seconds / max(seconds, 1e-6)
        self.count = int(min(MAX_CHUNK, max(MIN_CHUNK, (self.count + fitting) / 2)))


class PendingItems:
    """The ids of the elements whose items are still to be made, in order along the journey."""

    def __init__(self) -> None:
        self._order: list[tuple[float, str]] = []
        self._ids: set[str] = set()

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, element_id: object) -> bool:
        return element_id in self._ids

    def fill(self, entries: list[tuple[float, str]]) -> None:
        """Make ``(position along the journey, id)`` pending, replacing what was."""
        self._order = sorted(entries)
        self._ids = {element_id for _, element_id in entries}

    def clear(self) -> None:
        self.fill([])

    def forget(self, element_id: str) -> bool:
        """Take ``element_id`` out (its item is made now, or its element went); True if it was in."""
        if element_id not in self._ids:
            return False
        self._ids.discard(element_id)  # its entry in the order is skipped when reached
        return True

    def in_order(self) -> list[str]:
        """Every pending id, in order along the journey."""
        return [element_id for _, element_id in self._order if element_id in self._ids]

    def take_all(self) -> list[str]:
        """Every pending id, in order along the journey, taken out."""
        taken = self.in_order()
        self.clear()
        return taken

    def take_near(self, position: float, count: int) -> list[str]:
        """Up to ``count`` pending ids nearest ``position`` along the journey, taken out."""
        order = self._order
        at = bisect_left(order, (position, ""))
        start = max(0, min(at - count // 2, len(order) - count))
        chunk, order[start:start + count] = order[start:start + count], []
        taken = [element_id for _, element_id in chunk if element_id in self._ids]
        self._ids.difference_update(taken)
        if not self._ids:
            order.clear()
        return taken
