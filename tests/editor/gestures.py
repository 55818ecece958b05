"""Test helpers: drive the diagram view as a person would (mouse, keys, drops on the viewport)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def _point(view, scene_pos) -> QPoint:  # noqa: ANN001
    if isinstance(scene_pos, tuple):
        scene_pos = QPointF(*scene_pos)
    return view.mapFromScene(scene_pos)


def _send(view, kind, scene_pos, button, buttons, modifiers=NO_MOD) -> None:  # noqa: ANN001
    viewport = view.viewport()
    local = QPointF(_point(view, scene_pos))
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), button, buttons,
                        modifiers)
    QApplication.sendEvent(viewport, event)


def press(view, pos, modifiers=NO_MOD) -> None:  # noqa: ANN001
    _send(view, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, modifiers)


def move(view, pos, buttons=LEFT, modifiers=NO_MOD) -> None:  # noqa: ANN001
    _send(view, QEvent.Type.MouseMove, pos, NO_BUTTON, buttons, modifiers)


def release(view, pos, modifiers=NO_MOD) -> None:  # noqa: ANN001
    _send(view, QEvent.Type.MouseButtonRelease, pos, LEFT, NO_BUTTON, modifiers)


def click(view, pos, modifiers=NO_MOD) -> None:  # noqa: ANN001
    press(view, pos, modifiers)
    release(view, pos, modifiers)


def double_click(view, pos) -> None:  # noqa: ANN001
    click(view, pos)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    release(view, pos)


def drag(view, start, end, steps: int = 6, modifiers=NO_MOD) -> None:  # noqa: ANN001
    """Press at ``start``, move in ``steps`` to ``end``, release there."""
    start = QPointF(*start) if isinstance(start, tuple) else start
    end = QPointF(*end) if isinstance(end, tuple) else end
    press(view, start, modifiers)
    for i in range(1, steps + 1):
        move(view, start + (end - start) * (i / steps), modifiers=modifiers)
    release(view, end, modifiers)


def drop_mime(view, mime, pos) -> None:  # noqa: ANN001
    """What a drag from the palette delivers (QDrag.exec() does nothing offscreen)."""
    viewport = view.viewport()
    point = _point(view, pos)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, LEFT, NO_MOD))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), actions, mime, LEFT, NO_MOD))


def ctrl_wheel(view, pos, clicks: int) -> None:  # noqa: ANN001
    viewport = view.viewport()
    local = QPointF(_point(view, pos))
    event = QWheelEvent(local, QPointF(viewport.mapToGlobal(local.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * clicks), NO_BUTTON, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def centre(window, step_id: str) -> QPointF:  # noqa: ANN001
    """The scene position of a step's shape centre (where a person grabs it)."""
    item = window.scene.step_items[step_id]
    return item.mapToScene(item.node_rect().center())


def ctrl_key(window, key) -> None:  # noqa: ANN001
    """A key press with Ctrl on the diagram of ``window``, made the active window first
    (the window's shortcuts answer only then)."""
    window.activateWindow()
    for _ in range(200):
        if QApplication.activeWindow() is window:
            break
        QTest.qWait(10)
    assert QApplication.activeWindow() is window
    window.view.setFocus()
    QTest.keyClick(window.view, key, Qt.KeyboardModifier.ControlModifier)
