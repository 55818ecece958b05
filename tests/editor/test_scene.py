"""The scene mirrors the model: commands add, update and remove exactly the right items."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from customer_modeler.editor.canvas.item_groups import is_group
from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.model import Rect


@pytest.fixture
def scene(qtbot, model):
    scene = ProcessScene(model)
    yield scene
    scene.detach()


def test_scene_builds_one_item_per_element(scene, model):
    assert set(scene.lane_items) == set(model.lanes)
    assert set(scene.step_items) == set(model.steps)
    assert set(scene.flow_items) == set(model.flows)
    assert set(scene.pool_items) == {"Org"}


def test_commands_add_update_and_remove_items(scene, editor, model):
    # given
    quote = scene.step_items["T_quote"]
    # when a step is added, moved, and a flow connected
    step_id = editor.add_step("back_office", "L_fulfil", (300, 400))
    editor.move_steps({"T_quote": Rect(490, 360, 120, 80)})
    flow_id = editor.connect(step_id, "T_quote")
    # then
    assert scene.step_items[step_id].pos().toTuple() == (240, 360)
    assert scene.step_items["T_quote"] is quote and quote.pos().y() == 360
    assert scene.flow_items["F2"].points[-1].toTuple() == model.flows["F2"].waypoints[-1]
    assert flow_id in scene.flow_items
    # when everything is undone
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    # then
    assert step_id not in scene.step_items and flow_id not in scene.flow_items
    assert quote.pos().y() == 200
    drawn = [item for item in scene.items() if not is_group(item)]
    assert len(drawn) == len(model.lanes) + len(model.steps) + len(model.flows) + 1


def test_visibility_and_faces_the_customer(scene, editor, model):
    sales = scene.lane_items["L_sales"]
    assert scene.step_items["T_call"].front_stage  # default: tasks of the customer lane
    assert not scene.step_items["T_quote"].front_stage
    assert not sales.faces_customer
    editor.set_attribute("T_quote", "visible", "true")
    assert scene.step_items["T_quote"].front_stage
    assert sales.faces_customer
    editor.move_steps({"T_quote": Rect(490, 360, 120, 80)})
    assert not sales.faces_customer
    assert scene.lane_items["L_fulfil"].faces_customer


def test_lane_role_and_delete_follow(scene, editor, model):
    editor.lanes.set_role("L_fulfil", "system")
    assert scene.lane_items["L_fulfil"].role == "system"
    editor.lanes.remove("L_sales")
    assert "L_sales" not in scene.lane_items and "T_quote" not in scene.step_items
    assert scene.lane_items["L_fulfil"].pos().y() == 160
    assert scene.pool_items["Org"].rect.height() == 320


def test_step_and_flow_items_keep_their_fields_in_slots(example_window, qtbot):
    """A field added to a step's or flow's item without a slot would cost every item of a
    large model a dictionary of its own (most of a kilobyte each)."""
    window = example_window
    view = window.view
    step = next(iter(window.scene.step_items.values()))
    # hover, select, highlight and paint: the fields set after the item is made
    qtbot.mouseMove(view.viewport(), view.mapFromScene(step.sceneBoundingRect().center()))
    step.setSelected(True)
    step.set_highlight(QColor("orange"))
    view.viewport().grab()
    items = [*window.scene.step_items.values(), *window.scene.flow_items.values()]
    assert items and all(vars(item) == {} for item in items), \
        [(type(item).__name__, sorted(vars(item))) for item in items if vars(item)][:3]
