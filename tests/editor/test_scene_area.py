"""The area the window scrolls over is the diagram, while the scene rect Qt files its items
by is the square on it (see scene_index.index_rect): a long journey's view must not scroll
into the empty rest of that square, and must follow the diagram as it grows."""

from __future__ import annotations

from tests.editor.test_long_lanes import long_window  # noqa: F401 - the fixture


def visible_area(view):  # noqa: ANN001, ANN201
    viewport = view.viewport()
    return view.mapToScene(viewport.rect()).boundingRect()


def test_the_scene_rect_is_the_square_on_the_diagram_the_view_scrolls_over(long_window) -> None:  # noqa: ANN001
    scene, view = long_window.scene, long_window.view
    shown, indexed = scene.shown_rect(), scene.sceneRect()
    # the diagram is 400,000 units long and a few hundred high; Qt's rect is its square
    assert shown.width() > 100 * shown.height()
    assert indexed.topLeft() == shown.topLeft()
    assert indexed.width() == indexed.height() == shown.width()
    # the view scrolls over the diagram alone
    assert view.sceneRect() == shown


def test_scrolled_to_the_bottom_the_view_shows_no_more_than_the_diagram(long_window, qtbot) -> None:  # noqa: ANN001
    view = long_window.view
    view.set_zoom(2.0)  # taller than the window: there is something to scroll
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    seen = visible_area(view)
    assert seen.bottom() <= long_window.scene.shown_rect().bottom() + 1


def test_the_view_follows_the_diagram_as_it_grows(long_window, qtbot) -> None:  # noqa: ANN001
    scene, view, editor = long_window.scene, long_window.view, long_window.editor
    long_window.files.ask_save_changes = lambda: "discard"
    right = scene.shown_rect().right()
    step = next(s for s in editor.model.steps.values() if s.lane and s.bounds)
    # when a task is added past the end of the diagram
    new_id = editor.add_step("back_office", step.lane, (right + 400, step.bounds.y + step.bounds.height / 2))
    qtbot.wait(10)
    # then the view scrolls as far as the grown diagram, and no farther down
    assert scene.shown_rect().right() > right + 400
    assert view.sceneRect() == scene.shown_rect()
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    seen = visible_area(view)
    assert seen.contains(scene.step_items[new_id].sceneBoundingRect().center())
    # and the index finds the new task where it is drawn
    assert scene.step_items[new_id] in scene.items(scene.step_items[new_id].sceneBoundingRect())
