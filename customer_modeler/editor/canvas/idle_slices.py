"""Editor layer: :class:`IdleSlices`, work done a slice at a time while the event loop is idle.

Beside a large scene's own chunks (``pending_items``), the window does other work ahead
of need: the copies an analysis run lends (``window.copy_ahead``), the find bar's texts.
Each slice is sized by how long the last one took (:class:`ChunkSize`), shorter than the
scene's chunks whose turns it takes, so a key that comes meanwhile waits for little.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from customer_modeler.editor.canvas.pending_items import SIDE_SLICE_SECONDS, ChunkSize


class IdleSlices(QObject):
    """Calls ``work(count)`` from the idle event loop, once :meth:`start` is called, until it
    returns True (done); ``count`` is as many units as take ``seconds`` by the last slice."""

    def __init__(self, work: Callable[[int], bool], parent: QObject,
                 seconds: float = SIDE_SLICE_SECONDS) -> None:
        super().__init__(parent)
        self._work = work
        self._chunk = ChunkSize(seconds)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._slice)

    @property
    def done(self) -> bool:
        """No slice is due: the work is done, stopped, or not started."""
        return not self._timer.isActive()

    def start(self) -> None:
        self._timer.start(0)

    def stop(self) -> None:
        self._timer.stop()

    def _slice(self) -> None:
        start, count = time.perf_counter(), self._chunk.count
        finished = self._work(count)
        self._chunk.took(time.perf_counter() - start, count)
        if not finished:
            self._timer.start(0)
