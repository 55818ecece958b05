"""Steps and flows sit under invisible parents, one per square of the diagram and stacking
value: Qt then looks for changed items among a few parents instead of every item. The
picture, the stacking, hit tests and the diagram's measure stay as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem

from customer_modeler.editor.canvas import item_groups
from customer_modeler.editor.canvas.item_groups import in_diagram_layer, is_group
from customer_modeler.editor.canvas.scene import ProcessScene
from tests.editor.gestures import centre, click, drag
from tests.editor.test_labels import generate_model


@pytest.fixture
def small_squares(monkeypatch):
    """Squares of 100 units: the small journey's steps fall in squares of their own."""
    monkeypatch.setattr(item_groups, "SQUARE", 100.0)


@pytest.fixture
def journey_scene(qtbot):
    scene = ProcessScene(generate_model(600))
    yield scene
    scene.detach()


def test_steps_and_flows_sit_under_few_parents_of_their_stacking(journey_scene):
    scene = journey_scene
    items = [*scene.step_items.values(), *scene.flow_items.values()]
    # then every step and flow has a parent that draws nothing, stacked as the item is
    assert all(is_group(item.parentItem()) for item in items)
    assert all(item.parentItem().zValue() == item.zValue() for item in items)
    # and Qt sees far fewer top-level items than there are steps and flows
    top_level = [item for item in scene.items() if item.parentItem() is None]
    assert len(top_level) < len(items) / 4
    # and the diagram's measure still holds every step, flow and lane
    union = QRectF()
    for item in [*items, *scene.lane_items.values(), *scene.pool_items.values()]:
        union = union.united(item.sceneBoundingRect())
    assert scene.diagram_rect(exact=True) == union
    assert all(in_diagram_layer(item) for item in items)
    assert not any(in_diagram_layer(item) for item in top_level if is_group(item))


def test_flows_stay_under_steps_whatever_their_parents(small_squares, journey_scene):
    scene = journey_scene
    steps, flows = set(scene.step_items.values()), set(scene.flow_items.values())
    assert len({item.parentItem() for item in steps | flows}) > 100  # many small squares
    # when the scene lists its items from the top of the stack down
    stack = scene.items(Qt.SortOrder.DescendingOrder)
    last_step = max(i for i, item in enumerate(stack) if item in steps)
    first_flow = min(i for i, item in enumerate(stack) if item in flows)
    # then every step is drawn above every flow, as when they were all top-level items
    assert last_step < first_flow


def test_a_step_dragged_into_another_square_is_drawn_and_hit_there(small_squares, window, qtbot):
    view, scene, editor = window.view, window.scene, window.editor
    item = scene.step_items["T_quote"]
    start = centre(window, "T_quote")
    end = start + QPointF(300, 0)
    view.centerOn(start + QPointF(150, 0))
    target = view.mapFromScene(item.sceneBoundingRect().translated(300, 0)).boundingRect()
    before = view.grab().toImage().copy(target)
    # when a person drags the task three squares to the right
    drag(view, start, end)
    qtbot.wait(10)
    assert editor.model.steps["T_quote"].bounds.x == pytest.approx(item.pos().x()) and item.pos().x() > 700
    # then it is painted there
    assert view.grab().toImage().copy(target) != before
    # and it is there for a click (Qt's index files it by its own rectangle)
    scene.clearSelection()
    click(view, end)
    assert scene.selectedItems() == [item]
    assert item.parentItem().sceneBoundingRect().contains(item.sceneBoundingRect())
    assert scene.step_item_at(end) is item and scene.step_item_at(start) is None
    # and after an undo it is found where it was
    editor.undo_stack.undo()
    assert scene.step_item_at(start) is item and scene.step_item_at(end) is None


def test_each_parent_holds_its_children_where_they_are(small_squares, journey_scene):
    # Qt's index files the parents only and finds a child through its parent: a child
    # outside its parent's rectangle would be neither painted nor hit. Parents of no size
    # all at the origin made every repaint near it visit every step and flow (a pan at the
    # start of a 10,000-step journey asked 22,000 items).
    scene = journey_scene
    children = [*scene.step_items.values(), *scene.flow_items.values()]
    assert all(item.parentItem().flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
               for item in children)
    assert all(item.parentItem().sceneBoundingRect().contains(item.sceneBoundingRect()) for item in children)
    # and each parent lies where its square's children are, not across the diagram
    parents = {item.parentItem() for item in children}
    assert len({parent.sceneBoundingRect().getRect() for parent in parents}) > 100
    width = scene.diagram_rect(exact=True).width()
    assert all(parent.sceneBoundingRect().width() < width / 10 for parent in parents)


def test_a_label_placed_outside_its_parent_grows_the_parent(small_squares, journey_scene):
    scene = journey_scene
    item = next(item for item in scene.step_items.values() if not item.notation.label_inside)
    parent = item.parentItem()
    # when the scene places the step's name far below it
    far = parent.sceneBoundingRect().bottom() + 500 - item.pos().y()
    item.place_label(QRectF(0, far, 80, 20))
    # then its parent still holds it, and a hit test there finds the step
    assert parent.sceneBoundingRect().contains(item.sceneBoundingRect())
    below = item.mapToScene(QPointF(40, far + 10))
    assert item in scene.items(below, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
