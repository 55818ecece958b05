"""Editor layer: the document's copies of its steps and flows made ahead, while the window is idle.

An analysis run and a recovery copy copy the model on the window's thread, lending the
copies of the steps and flows no edit changed since the copy before (``model.copies``).
The first copy of a document copies every one of them: 1 s at 100,000 steps, 40 ms at
10,000. Made as the document opened, it lengthened every opening; made by the first
recovery copy, it stopped the window 30 s after the first edit. :class:`CopyAhead` makes
them a slice of 5 ms at a time while the event loop is idle, taking turns with
the slices of a large scene's items: waiting for the scene (27 s at 100,000 steps), an
analysis run in the meantime made the whole copy and held the window 1-1.5 s.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from customer_modeler import gc_pause
from customer_modeler.editor.canvas.idle_slices import IdleSlices
from customer_modeler.model.copies import ModelCopies


class CopyAhead(IdleSlices):
    """Calls ``copies.copy_ahead`` from the idle event loop until every step and flow has its copy."""

    def __init__(self, copies: ModelCopies, parent: QObject) -> None:
        super().__init__(self._copy_some, parent)
        self._copies = copies
        self.start()

    def _copy_some(self, count: int) -> bool:
        with gc_pause.collection_paused():  # the copies stay as long as the document
            finished = self._copies.copy_ahead(count)
        if finished:
            gc_pause.settle()  # out of the collector's walks, as the document is
        return finished
