"""Editor layer: Edit ▸ Arrange — align, distribute and tidy the selected steps.

The geometry is :mod:`~customer_modeler.editor.geometry.arrange`; each command is one
"Move" edit through the façade with its own undo text, so a step pushed across a lane
border changes lane as it would after a drag.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from customer_modeler.editor import plural
from customer_modeler.editor.editing.errors import EditRefused
from customer_modeler.editor.geometry import arrange
from customer_modeler.editor.window.busy import busy_cursor
from customer_modeler.model.elements import Rect

#: Menu key → (menu text, undo verb, how many steps it needs).
ARRANGE_COMMANDS: dict[str, tuple[str, str, int]] = {
    "align_left": (QT_TRANSLATE_NOOP("Arrange", "Align Left"), "Align %n step(s) left", 2),
    "align_center": (QT_TRANSLATE_NOOP("Arrange", "Align Centre"),
                     "Align %n step(s) centre", 2),
    "align_right": (QT_TRANSLATE_NOOP("Arrange", "Align Right"), "Align %n step(s) right", 2),
    "align_top": (QT_TRANSLATE_NOOP("Arrange", "Align Top"), "Align %n step(s) top", 2),
    "align_middle": (QT_TRANSLATE_NOOP("Arrange", "Align Middle"),
                     "Align %n step(s) middle", 2),
    "align_bottom": (QT_TRANSLATE_NOOP("Arrange", "Align Bottom"),
                     "Align %n step(s) bottom", 2),
    "distribute_horizontal": (QT_TRANSLATE_NOOP("Arrange", "Distribute Horizontally"),
                              "Distribute %n step(s) horizontally", 3),
    "distribute_vertical": (QT_TRANSLATE_NOOP("Arrange", "Distribute Vertically"),
                            "Distribute %n step(s) vertically", 3),
    "tidy": (QT_TRANSLATE_NOOP("Arrange", "Tidy Up"), "Tidy %n step(s)", 1),
}


def undo_text(key: str, n: int) -> str:
    """The undo text of Arrange command ``key`` on ``n`` steps, in the user's language."""
    texts = {
        "align_left": lambda: plural.translate("Arrange", "Align %n step(s) left", None, n),
        "align_center": lambda: plural.translate("Arrange", "Align %n step(s) centre", None, n),
        "align_right": lambda: plural.translate("Arrange", "Align %n step(s) right", None, n),
        "align_top": lambda: plural.translate("Arrange", "Align %n step(s) top", None, n),
        "align_middle": lambda: plural.translate("Arrange", "Align %n step(s) middle", None, n),
        "align_bottom": lambda: plural.translate("Arrange", "Align %n step(s) bottom", None, n),
        "distribute_horizontal": lambda: plural.translate("Arrange", "Distribute %n step(s) horizontally", None, n),
        "distribute_vertical": lambda: plural.translate("Arrange", "Distribute %n step(s) vertically", None, n),
        "tidy": lambda: plural.translate("Arrange", "Tidy %n step(s)", None, n),
    }
    return texts[key]()


assert {key[len("align_"):] for key in ARRANGE_COMMANDS if key.startswith("align_")} == set(arrange.ALIGNMENTS)


class ArrangeHost(Protocol):
    editor: Any
    scene: Any

    def statusBar(self) -> Any: ...


def arrange_selection(window: ArrangeHost, key: str) -> None:
    """Apply the Arrange command ``key`` of :data:`ARRANGE_COMMANDS` to the selected steps."""
    _text, verb, needed = ARRANGE_COMMANDS[key]
    model = window.editor.model
    ids = window.scene.selected_editable_step_ids()
    rects: dict[str, Rect] = {i: model.steps[i].bounds for i in ids if model.steps[i].bounds}
    if len(rects) < needed:
        window.statusBar().showMessage(plural.translate(
            "Arrange", "Select at least %n steps to arrange.", None, needed), 5000)
        return
    moved = _new_bounds(model, rects, key)
    if not moved:
        window.statusBar().showMessage(QCoreApplication.translate("Arrange", "The steps are already arranged."), 5000)
        return
    try:
        with busy_cursor():  # the flows around every moved step are routed again
            window.editor.move_steps(moved, text=undo_text(key, len(rects)), snap_to_grid=False)
    except EditRefused as refusal:
        window.statusBar().showMessage(str(refusal), 5000)


def _new_bounds(model: Any, rects: dict[str, Rect], key: str) -> dict[str, Rect]:
    if key.startswith("align_"):
        return arrange.align(rects, key.removeprefix("align_"))
    if key.startswith("distribute_"):
        return arrange.distribute(rects, horizontal=key == "distribute_horizontal")
    lanes = {lane.id: lane.bounds for lane in model.lanes.values() if lane.bounds is not None}
    return arrange.tidy(rects, {i: model.steps[i].lane for i in rects}, lanes)
