"""The diagram's rectangle (zoom to fit, minimap, export) follows edits and view changes,
though it is measured once and kept."""

from __future__ import annotations


def _same_as_measured(scene, qtbot) -> bool:
    qtbot.wait(10)  # the scene reports its changes once back in the event loop
    return scene.diagram_rect() == scene.diagram_rect(exact=True)


def test_the_kept_rectangle_follows_edits_undo_and_the_company_view(window, qtbot):
    scene, editor = window.scene, window.editor
    before = scene.diagram_rect()
    assert _same_as_measured(scene, qtbot)
    # when the bottom lane is made 400 taller, the rectangle grows with it at once
    last = list(editor.model.lanes.values())[-1]
    editor.lanes.resize(last.id, last.bounds.height + 400)
    assert scene.diagram_rect().bottom() >= before.bottom() + 400
    assert _same_as_measured(scene, qtbot)
    # and the undo brings it back
    editor.undo_stack.undo()
    assert scene.diagram_rect() == before and _same_as_measured(scene, qtbot)
    # and a task moved inside its lane, and that move undone, keep it exact
    from customer_modeler.model import Rect

    task = next(s for s in editor.model.steps.values() if s.kind == "task")
    b = task.bounds
    editor.move_steps({task.id: Rect(b.x + 40, b.y, b.width, b.height)})
    assert scene.diagram_rect() == scene.diagram_rect(exact=True)
    editor.undo_stack.undo()
    assert scene.diagram_rect() == before and _same_as_measured(scene, qtbot)
    # and the company view (a view change, not an edit) is measured afresh both ways
    window.actions["company_view"].trigger()
    assert _same_as_measured(scene, qtbot)
    window.actions["company_view"].trigger()
    assert scene.diagram_rect() == before and _same_as_measured(scene, qtbot)


def test_zoom_to_fit_shows_a_lane_grown_after_the_last_fit(window, qtbot):
    scene, editor, view = window.scene, window.editor, window.view
    view.zoom_to_fit()
    last = list(editor.model.lanes.values())[-1]
    editor.lanes.resize(last.id, last.bounds.height + 1200)
    view.zoom_to_fit()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.lane_items[last.id].sceneBoundingRect())
