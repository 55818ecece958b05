"""Test helpers: the work Qt queues for a scene and does later, asking the items' Python
``boundingRect`` (which, done while a worker thread runs Python, waits for it each time)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QGraphicsScene

from customer_modeler.editor.analysis_ui.highlights import MarkItem
from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.step_item import StepItem


def bounding_rect_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The class of every item whose ``boundingRect`` Qt asks from now on."""
    calls: list[str] = []
    for kind in (StepItem, FlowItem, MarkItem):
        def asked(item, original=kind.boundingRect, name=kind.__name__):  # noqa: ANN001, ANN202
            calls.append(name)
            return original(item)
        monkeypatch.setattr(kind, "boundingRect", asked)
    return calls


def qt_work_left(scene: QGraphicsScene, calls: list[str]) -> list[str]:
    """What Qt asked the items when told to do at once the work it queued for ``scene``."""
    calls.clear()
    QCoreApplication.sendPostedEvents(scene)
    # A query files the items waiting first; far below and to the right, where no item
    # lies (the scene rect is the square on the diagram), it asks no item anything itself.
    scene.items(QRectF(1e9, 1e9, 1, 1))
    return list(calls)
