"""Editor layer: Edit ▸ Arrange — align, distribute and tidy the selected steps.

The geometry is :mod:`~customer_modeler.editor.geometry.arrange`; each command is one
"Move" edit through the façade with its own undo text, so a step pushed across a lane
border changes lane as it would after a drag.
"""

from __future__ import annotations

from typing import Any, Protocol

from customer_modeler.editor.editing.errors import EditRefused
from customer_modeler.editor.geometry import arrange
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.model.elements import Rect

#: Menu key → (menu text, undo verb, how many steps it needs).
ARRANGE_COMMANDS: dict[str, tuple[str, str, int]] = {
    **{f"align_{how}": (f"Align {word}", f"Align {{}} {word.lower()}", 2)
       for how, word in arrange.ALIGNMENTS.items()},
    "distribute_horizontal": ("Distribute Horizontally", "Distribute {} horizontally", 3),
    "distribute_vertical": ("Distribute Vertically", "Distribute {} vertically", 3),
    "tidy": ("Tidy Up", "Tidy {}", 1),
}


class ArrangeHost(Protocol):
    editor: Any
    scene: Any

    def statusBar(self) -> Any: ...


def arrange_selection(window: ArrangeHost, key: str) -> None:
    """Apply the Arrange command ``key`` of :data:`ARRANGE_COMMANDS` to the selected steps."""
    _text, verb, needed = ARRANGE_COMMANDS[key]
    model = window.editor.model
    ids = [item.step_id for item in window.scene.selectedItems()
           if isinstance(item, StepItem) and not item.read_only]
    rects: dict[str, Rect] = {i: model.steps[i].bounds for i in ids if model.steps[i].bounds}
    if len(rects) < needed:
        window.statusBar().showMessage(f"Select at least {needed} steps to arrange.", 5000)
        return
    moved = _new_bounds(model, rects, key)
    if not moved:
        window.statusBar().showMessage("The steps are already arranged.", 5000)
        return
    noun = "1 step" if len(rects) == 1 else f"{len(rects)} steps"
    try:
        window.editor.move_steps(moved, text=verb.format(noun), snap_to_grid=False)
    except EditRefused as refusal:
        window.statusBar().showMessage(str(refusal), 5000)


def _new_bounds(model: Any, rects: dict[str, Rect], key: str) -> dict[str, Rect]:
    if key.startswith("align_"):
        return arrange.align(rects, key.removeprefix("align_"))
    if key.startswith("distribute_"):
        return arrange.distribute(rects, horizontal=key == "distribute_horizontal")
    lanes = {lane.id: lane.bounds for lane in model.lanes.values() if lane.bounds is not None}
    return arrange.tidy(rects, {i: model.steps[i].lane for i in rects}, lanes)
