"""A large model opens with its lanes and the start of its journey drawn, and gets its other
steps and flows a chunk at a time; edits, search and select all work meanwhile."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from customer_modeler.bpmn.writer import save_bpmn_file
from customer_modeler.editor.canvas.pending_items import PROGRESSIVE_FROM
from customer_modeler.editor.editing import clipboard as clip
from customer_modeler.editor.items.step_item import read_only
from customer_modeler.editor.canvas.scene import INDEX_LEVELS_SPARED
from customer_modeler.editor.panels.minimap import MANY_CHANGES
from customer_modeler.editor.panels.find_bar import matching_steps
from tests.editor import gestures as g
from tests.editor.test_labels import check_labels, generate_model

STEPS = PROGRESSIVE_FROM + 1000


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.bpmn"
    save_bpmn_file(generate_model(STEPS), path)
    return path


def _drawn_ids(scene) -> set[str]:
    return set(scene.step_items) | set(scene.flow_items)


def _in_model_order(model, keys: set[str]) -> list[str]:
    return [k for k in model.steps if k in keys] + [k for k in model.flows if k in keys]


def test_the_first_view_is_drawn_at_once_and_the_rest_follows(window, qtbot, large_file):
    # when a large file is opened through File ▸ Open's code
    assert window.files.load(large_file)
    scene, model, view = window.scene, window.editor.model, window.view
    # then Qt's index is sized for every item to come, not for the few made at once
    # (a few items a cell: a journey is long and thin, see INDEX_LEVELS_SPARED)
    total = len(model.steps) + len(model.flows) + len(model.lanes) + len(model.artifacts)
    assert 2 ** (scene.bspTreeDepth() + INDEX_LEVELS_SPARED) >= total > 2 ** scene.bspTreeDepth()
    # and every lane and the steps in view have their items, and most others wait
    assert set(scene.lane_items) == set(model.lanes)
    assert 0 < len(scene.step_items) < len(model.steps) / 4 and scene.pending
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [s.id for s in model.steps.values()
               if s.bounds is not None and shown.contains(s.bounds.x, s.bounds.y)]
    assert in_view and all(step_id in scene.step_items for step_id in in_view)
    # and once the event loop has been idle, every step and flow is drawn, labels clear of each other
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    qtbot.wait(20)  # the labels of the last chunk
    assert _drawn_ids(scene) == set(model.steps) | set(model.flows)
    assert check_labels(scene) > STEPS
    # the label order, kept as chunks came, is the model's order, as a full placement takes it
    assert scene.in_label_order(_drawn_ids(scene)) == _in_model_order(model, _drawn_ids(scene))
    # and the steps are filed by area while idle, not at the first press on one
    qtbot.waitUntil(lambda: model._area is not None, timeout=1000)
    # and the minimap holds the areas the chunks changed as a few rectangles, not thousands
    minimap = window.minimap.map
    assert len(minimap._local) + len(minimap._wide) + len(minimap._changed) <= 3 * MANY_CHANGES


def test_edits_search_and_select_all_while_items_are_still_being_made(window, qtbot, large_file):
    assert window.files.load(large_file)
    scene, editor = window.scene, window.editor
    waiting = next(s for s in editor.model.steps.values() if s.id in scene.pending and s.kind == "task")
    # a search finds a step not drawn yet, and revealing it draws it
    assert waiting.id in matching_steps(editor.model, waiting.name, window.find_bar.shown)
    window.reveal([waiting.id])
    assert waiting.id in scene.step_items and scene.step_items[waiting.id].isSelected()
    # deleting a step that is not drawn yet, then undoing it, leaves it drawn once
    other = next(s for s in editor.model.steps.values() if s.id in scene.pending and s.kind == "task")
    flows = [f.id for f in editor.model.flows_of(other.id)]
    editor.remove([other.id])
    assert other.id not in scene.pending and other.id not in scene.step_items
    editor.undo_stack.undo()
    assert other.id in scene.step_items
    assert all(f in scene.flow_items or f in scene.pending for f in flows)
    assert scene.in_label_order(_drawn_ids(scene)) == _in_model_order(editor.model, _drawn_ids(scene))
    # and Edit ▸ Select All selects every step and flow at once, telling the selection's
    # followers once (the status bar counts them), without waiting for the items not made
    # yet: they come selected as they are made
    told: list[None] = []
    scene.selectionChanged.connect(lambda: told.append(None))
    window.actions["select_all"].trigger()
    every = set(editor.model.steps) | set(editor.model.flows)
    assert scene.pending and len(told) == 1
    assert _counted(window) == len(every)
    assert set(scene.selected_ids()) == every and len(scene.selected_ids()) == len(every)
    assert all(item.isSelected() for item in (*scene.step_items.values(), *scene.flow_items.values()))
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    assert {k for k, item in {**scene.step_items, **scene.flow_items}.items() if item.isSelected()} == every
    assert not scene.pending_selection and set(scene.selected_ids()) == every and len(told) == 1


def _counted(window) -> int:
    """The count of the status bar's "N selected" (0 for "Nothing selected")."""
    text = window.selection_label.text().replace(",", "").replace("\u00a0", "")
    return int(text.split()[0]) if text[0].isdigit() else 0


def _select_all_while_drawing(window, large_file):  # noqa: ANN001, ANN202
    assert window.files.load(large_file)
    window.activateWindow()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    scene = window.scene
    assert scene.pending and scene.pending_selection
    return scene, window.editor.model


def _drawn_step(scene, model):  # noqa: ANN001, ANN202
    """A task in the view, drawn, with room around it."""
    view = window_view = scene.views()[0]
    shown = view.mapToScene(window_view.viewport().rect()).boundingRect().adjusted(100, 100, -100, -100)
    return next(s for s in model.steps.values() if s.kind == "task" and s.id in scene.step_items
                and shown.contains(s.bounds.x, s.bounds.y))


def test_delete_after_select_all_while_drawing_deletes_everything_in_one_undo_step(
        window, qtbot, large_file):
    scene, model = _select_all_while_drawing(window, large_file)
    steps, flows = set(model.steps), set(model.flows)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert not model.steps and not model.flows
    assert not scene.pending and not scene.pending_selection and not scene.step_items
    assert _counted(window) == 0
    window.editor.undo_stack.undo()
    assert set(model.steps) == steps and set(model.flows) == flows
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    assert _drawn_ids(scene) == steps | flows


def test_a_click_on_the_canvas_after_select_all_lets_the_steps_not_drawn_yet_go(
        window, qtbot, large_file):
    scene, model = _select_all_while_drawing(window, large_file)
    step = _drawn_step(scene, model)
    empty = scene.step_items[step.id].sceneBoundingRect().bottomRight() + QPointF(4, 4)
    g.click(window.view, (empty.x(), empty.y()))
    assert scene.selected_ids() == [] and _counted(window) == 0 and not scene.pending_selection
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    assert not scene.selectedItems()


def test_a_ctrl_click_after_select_all_takes_out_one_step_and_keeps_the_rest(
        window, qtbot, large_file):
    scene, model = _select_all_while_drawing(window, large_file)
    step = _drawn_step(scene, model)
    g.click(window.view, g.centre(window, step.id), modifiers=Qt.KeyboardModifier.ControlModifier)
    every = set(model.steps) | set(model.flows)
    assert set(scene.selected_ids()) == every - {step.id}
    assert _counted(window) == len(every) - 1 and scene.pending_selection
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    assert {i for i in _drawn_ids(scene) if scene.item_of(i).isSelected()} == every - {step.id}


def test_copy_after_select_all_while_drawing_copies_every_step(window, qtbot, large_file):
    scene, model = _select_all_while_drawing(window, large_file)
    QTest.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(mime.data(clip.MIME_TYPE)).decode("utf-8"))
    QGuiApplication.clipboard().clear()
    assert {record["id"] for record in payload["steps"]} == {
        s.id for s in model.steps.values() if not read_only(s)}
    assert scene.pending  # copying needs no item


def test_a_drag_after_select_all_while_drawing_moves_the_steps_not_drawn_yet(
        window, qtbot, large_file):
    scene, model = _select_all_while_drawing(window, large_file)
    step = _drawn_step(scene, model)
    far = next(s for s in model.steps.values() if s.id in scene.pending and not read_only(s))
    before = {s.id: s.bounds for s in model.steps.values() if not read_only(s)}
    start = g.centre(window, step.id)
    g.drag(window.view, start, start + QPointF(0, 40))
    moved = model.steps[step.id].bounds
    dx, dy = moved.x - before[step.id].x, moved.y - before[step.id].y
    assert dy != 0
    assert all((model.steps[i].bounds.x, model.steps[i].bounds.y) == (b.x + dx, b.y + dy)
               for i, b in before.items())
    assert far.id in scene.step_items and scene.step_items[far.id].isSelected()
    window.editor.undo_stack.undo()
    assert all(model.steps[i].bounds == b for i, b in before.items())


def test_a_small_model_is_drawn_whole_at_once(window):
    assert len(window.scene.step_items) == len(window.editor.model.steps) and not window.scene.pending


def test_opening_another_file_while_items_are_being_made_stops_the_old_scene(window, qtbot, large_file):
    from customer_modeler.resources import example_path

    assert window.files.load(large_file)
    old = window.scene
    assert old.pending
    # when another file is opened before the large one's items are all made
    assert window.files.load(example_path())
    qtbot.wait(100)  # idle time in which the old scene would have gone on making items
    # then the new document is shown whole, and the old scene, detached, raised nothing
    assert window.scene is not old
    assert len(window.scene.step_items) == len(window.editor.model.steps)


def test_each_chunk_is_sized_to_the_time_the_last_one_took(window, qtbot, large_file, monkeypatch):
    """A chunk of a fixed 400 items kept a click waiting 50-90 ms (the whole 30 s a
    100,000-step scene took to complete): chunks are now sized to take about 10 ms here."""
    from customer_modeler.editor.canvas import scene as scene_module
    from customer_modeler.editor.canvas.pending_items import CHUNK_SECONDS, FIRST_CHUNK

    clock = [0.0]
    monkeypatch.setattr(scene_module.time, "perf_counter", lambda: clock[0])
    assert window.files.load(large_file)
    scene = window.scene
    made = []
    make = scene._make_kept

    def timed_make(ids):  # each item "takes" 0.2 ms: 50 fit in a chunk's time
        made.append(len(ids))
        make(ids)
        clock[0] += len(ids) * CHUNK_SECONDS / 50

    monkeypatch.setattr(scene, "_make_kept", timed_make)
    qtbot.waitUntil(lambda: len(made) >= 6, timeout=20000)
    # the first chunk is the first guess; each next is half-way to what fits in the time
    assert made[0] == FIRST_CHUNK
    assert made[1:5] == [75, 62, 56, 53]
    qtbot.waitUntil(lambda: not scene.pending, timeout=60000)
    assert set(scene.step_items) == set(window.editor.model.steps)


def test_chunk_size_stays_within_its_bounds():
    from customer_modeler.editor.canvas.pending_items import MAX_CHUNK, MIN_CHUNK, ChunkSize

    size = ChunkSize()
    size.took(10.0, 100)  # a chunk that froze the window: the next one half as large
    assert size.count == 50
    for _ in range(10):  # and so on, down to the fewest allowed
        size.took(10.0, size.count)
    assert size.count == MIN_CHUNK
    size.took(0.0, 10)  # no measurable time: grows, but not past the most
    for _ in range(20):
        size.took(0.0, size.count)
    assert size.count == MAX_CHUNK
    size.took(1.0, 0)  # a chunk that made nothing says nothing
    assert size.count == MAX_CHUNK


def test_the_copies_of_steps_and_flows_are_made_ahead_while_the_scene_is_still_made(window, qtbot, large_file):
    """The first copy of a document (an analysis run, a recovery copy) copied every step and
    flow on the window's thread: the window copies them while idle, taking turns with the
    scene's items, so an analysis run soon after opening finds them made."""
    assert window.files.load(large_file)
    scene, model, copies = window.scene, window.editor.model, window.editor.copies
    assert copies.kept == {}  # nothing copied while opening
    qtbot.waitUntil(lambda: window.copy_ahead.done, timeout=60000)
    assert scene.pending  # a few slices, among the scene's many
    elements = [*model.steps.values(), *model.flows.values()]
    assert {id(e) for e in elements} == set(copies.kept)
    # and the next copy lends every one of them, copying none anew
    made = window.analysis._copy()
    assert all(made.steps[key] is copies.kept[id(step)][1] for key, step in model.steps.items())
    assert len(copies.kept) == len(elements)
