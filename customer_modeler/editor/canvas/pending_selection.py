"""Editor layer: :class:`PendingSelection`, the selected steps and flows whose items are not
made yet.

Select All in a large model just opened selects what its scene has not drawn yet (see
``pending_items``). Making every item first kept the window waiting 21-24 s at 100,000
steps (2.1-2.3 s at 10,000); instead those elements are selected by id, and their items come selected
when they are made.

Qt does not know these ids, and changes its own selection without asking (a click, a
rubber band, Esc). The ids stay selected while Qt's selection keeps what it held at Select
All, give or take one item (a Ctrl+click toggles one); a selection that lost more than that
was replaced, and the ids are let go with it.
"""

from __future__ import annotations


class PendingSelection:
    """The ids of selected elements whose items are still to be made, in journey order."""

    def __init__(self) -> None:
        self._ids: dict[str, None] = {}
        #: How many items Qt's selection held when last seen.
        self._items_seen = 0

    def __bool__(self) -> bool:
        return bool(self._ids)

    def ids(self) -> list[str]:
        return list(self._ids)

    def select(self, ids: list[str]) -> None:
        """Select ``ids`` (their items are not made); Qt's selection is counted when it next
        changes (:meth:`items_now`), as the items beside them are selected."""
        self._ids = dict.fromkeys(ids)
        self._items_seen = 0

    def clear(self) -> None:
        self._ids = {}
        self._items_seen = 0

    def take(self, made: list[str]) -> list[str]:
        """Those of ``made`` (their items just made) that were selected, taken out: their
        items are to be selected now, which Qt's selection then counts."""
        taken = [element_id for element_id in made if element_id in self._ids]
        for element_id in taken:
            del self._ids[element_id]
        self._items_seen += len(taken)
        return taken

    def forget(self, element_id: str) -> bool:
        """Take out ``element_id`` (its element went); True if it was selected."""
        if element_id not in self._ids:
            return False
        del self._ids[element_id]
        return True

    def items_now(self, count: int) -> None:
        """Qt's selection changed and holds ``count`` items: let the ids go when it was replaced."""
        if count < self._items_seen - 1:
            self.clear()
        else:
            self._items_seen = count
