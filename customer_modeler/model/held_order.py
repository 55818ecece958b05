"""Model layer: the order of the steps or the flows while many are taken out or put back.

The model keeps its elements in insertion-ordered dicts, and a removal returns the index
the element stood at, so that an undo puts it back there. Both cost the whole model on a
dict: finding an index walks the keys before it, and a dict cannot insert in its middle,
so it is rebuilt. Deleting a whole journey and undoing that did so once per element,
quadratic: minutes for 10,000 steps.

Inside changes made together (``ProcessModel.changes_together``), :class:`HeldOrder`
keeps what finds the true indexes fast. Many removals: each key's place when they
began, and the sorted places taken out since (an index is then a binary search). An
element put back in the middle: the true order in a list as well, where an insertion is
one move of memory; the element is filed at the dict's end at once (every look-up finds
it), and the dict takes the true order once, when the changes end. The indexes returned
are those of the true order, so undo commands record the same places either way.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from operator import indexOf
from typing import TypeVar

_T = TypeVar("_T")


def insert_at(container: dict[str, _T], key: str, value: _T, index: int | None) -> int:
    """Insert into an ordered dict at ``index`` (append when None); return the index used."""
    if index is None or index >= len(container):
        container[key] = value
        return len(container) - 1
    items = list(container.items())
    items.insert(index, (key, value))
    container.clear()
    container.update(items)
    return index


def index_of(container: dict[str, _T], key: str) -> int:
    """Where ``key`` stands in an ordered dict (walked in C, without a list of every key)."""
    return indexOf(container, key)


class HeldOrder:
    """The true order of one ordered container of the model (its steps, or its flows)
    during changes made together. The container is passed to each call: a copy of the
    model has containers of its own."""

    __slots__ = ("keys", "_places", "_gone", "_removals")

    def __init__(self) -> None:
        #: The true order once an element was put back in the middle, else None.
        self.keys: list[str] | None = None
        #: Each key's place when a run of many removals began, and the places gone since.
        self._places: dict[str, int] | None = None
        self._gone: list[int] = []
        self._removals = 0

    @property
    def moved(self) -> bool:
        """An element was put back in the middle: the dict's order is not the true one
        until :meth:`settle`."""
        return self.keys is not None

    def insert(self, container: dict[str, _T], key: str, value: _T, index: int | None,
               together: bool) -> int:
        """Put ``value`` at ``index`` (None: at the end); return the index used. Outside
        changes made together (``together`` False) the dict is put in order at once."""
        self._places = None  # a new key has no recorded place: removals find theirs anew
        keys = self.keys
        if keys is None:
            if not together or index is None or index >= len(container):
                return insert_at(container, key, value, index)
            keys = self.keys = list(container)
        used = len(keys) if index is None or index >= len(keys) else index
        keys.insert(used, key)
        container[key] = value
        return used

    def remove(self, container: dict[str, _T], key: str, together: bool) -> tuple[_T, int]:
        """Take ``key`` out; return its value and the index it stood at in the true order."""
        if self.keys is not None:
            index = self.keys.index(key)
            del self.keys[index]
        elif together and (places := self._places or self._places_once_many(container)):
            place = places[key]
            index = place - bisect_left(self._gone, place)
            insort(self._gone, place)
        else:
            index = index_of(container, key)
        return container.pop(key), index

    def _places_once_many(self, container: dict[str, _T]) -> dict[str, int] | None:
        """Count a removal; from the few-th on, record every key's place and return them
        (a walk over the container, which a single deletion's few removals need not pay)."""
        self._removals += 1
        if self._removals < _PLACES_FROM:
            return None
        self._places = dict(zip(container, range(len(container))))
        self._gone = []
        return self._places

    def settle(self, container: dict[str, _T]) -> list[str] | None:
        """Give the dict the true order; return that order if the dict had another, else
        None. The dict is filled again by calls in C, without a Python loop."""
        keys = self.keys
        self.keys, self._places, self._gone, self._removals = None, None, [], 0
        if keys is None:
            return None
        values = list(map(container.__getitem__, keys))
        container.clear()
        container.update(zip(keys, values))
        return keys


#: Removals within one change from which the places of all keys are recorded.
_PLACES_FROM = 8
