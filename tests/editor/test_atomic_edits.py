"""Composite edits are all or nothing: they succeed and undo exactly, or fail and leave
the model, the saved file and the undo stack exactly as they were.

"Exactly" is the ordered lists of pools, lanes, steps and flows with every field, and
the bytes the BPMN writer saves.
"""

from __future__ import annotations

import random
from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from customer_modeler.bpmn.writer import save_bpmn_file
from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing.errors import EditRefused
from customer_modeler.editor.geometry.routing import orthogonal_route
from customer_modeler.model import Flow, Lane, ProcessModel, Rect, Step
from customer_modeler.model.errors import ModelError
from tests.editor import gestures as g
from tests.editor.factory import LANE_H, LANE_W, make_model


# -- helpers ---------------------------------------------------------------------------
def add_handoff(model: ProcessModel) -> None:
    """'Ship order' in the Fulfilment lane, fed by a flow from 'Prepare quote' one lane up."""
    ship = Step("T_ship", "task", "Ship order", "L_fulfil", bounds=Rect(490, 360, 120, 80))
    ship.process = "Process_1"
    model.add_step(ship)
    points = orthogonal_route(model.steps["T_quote"].bounds, ship.bounds)
    model.add_flow(Flow("F4", "T_quote", "T_ship", process="Process_1", waypoints=points))


def rich_model() -> ProcessModel:
    """The small journey with a hand-off downwards, a fourth lane and flows across lanes."""
    model = make_model()
    add_handoff(model)
    pool = model.pools["Org"]
    model.update_pool("Org", bounds=Rect(pool.bounds.x, pool.bounds.y, pool.bounds.width,
                                         pool.bounds.height + LANE_H))
    model.add_lane(Lane("L_it", "IT", "system", pool="Org", role_set=True,
                        bounds=Rect(0, 3 * LANE_H, LANE_W, LANE_H)))
    extra = [Step("T_book", "task", "Book delivery", "L_it", bounds=Rect(690, 520, 120, 80)),
             Step("T_track", "task", "Track parcel", "L_customer", bounds=Rect(850, 40, 120, 80)),
             Step("T_bill", "task", "Send bill", "L_sales", bounds=Rect(850, 200, 120, 80))]
    for step in extra:
        step.process = "Process_1"
        model.add_step(step)
    for flow_id, source, target in [("F5", "T_ship", "T_book"), ("F6", "T_book", "T_track"),
                                    ("F7", "T_call", "T_bill"), ("F8", "T_bill", "T_book")]:
        points = orthogonal_route(model.steps[source].bounds, model.steps[target].bounds)
        model.add_flow(Flow(flow_id, source, target, process="Process_1", waypoints=points))
    return model


def state(model: ProcessModel) -> dict:
    """Every element, in order, with all its fields, and the steps each lane lists."""
    def rows(container):  # noqa: ANN001, ANN202
        return [[(f.name, getattr(e, f.name)) for f in fields(e)] for e in container.values()]

    lane_index = {lane: [s.id for s in model.steps_in_lane(lane)] for lane in [None, *model.lanes]}
    return {"pools": rows(model.pools), "lanes": rows(model.lanes), "steps": rows(model.steps),
            "flows": rows(model.flows), "steps by lane": lane_index}


def saved(model: ProcessModel, path) -> bytes:  # noqa: ANN001
    save_bpmn_file(model, path)
    return path.read_bytes()


def stack_state(stack) -> tuple:  # noqa: ANN001
    return (stack.count(), stack.index(), stack.cleanIndex(), stack.isClean(),
            [stack.text(i) for i in range(stack.count())])


def assert_scene_shows(window) -> None:  # noqa: ANN001
    """The scene has one item per element, where the model has it."""
    scene, model = window.scene, window.editor.model
    assert set(scene.lane_items) == set(model.lanes)
    assert set(scene.step_items) == set(model.steps)
    assert set(scene.flow_items) == set(model.flows)
    for step in model.steps.values():
        pos = scene.step_items[step.id].pos()
        assert (pos.x(), pos.y()) == (step.bounds.x, step.bounds.y), step.id
    for lane in model.lanes.values():
        rect = scene.lane_items[lane.id].sceneBoundingRect().adjusted(1, 1, -1, -1)
        assert (rect.y(), rect.height()) == (lane.bounds.y, lane.bounds.height), lane.id


def header(window, lane_id):  # noqa: ANN001, ANN201
    return window.scene.lane_items[lane_id].header_scene_rect().center()


def press_delete_on_lane(window, lane_id: str) -> None:  # noqa: ANN001
    g.click(window.view, header(window, lane_id))
    assert window.scene.selected_ids() == [lane_id]
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Delete)


# -- deleting a lane whose step hands over to a lower lane ----------------------------
def test_delete_lane_with_a_flow_into_a_lower_lane_undoes_and_redoes_exactly(window, tmp_path):
    # given a step in Sales with a flow into Fulfilment below it
    model = window.editor.model
    add_handoff(model)
    before, before_file = state(model), saved(model, tmp_path / "before.bpmn")
    # when the user selects the Sales lane and presses Delete
    press_delete_on_lane(window, "L_sales")
    # then the lane goes with its steps and flows, and the lane below closes the gap
    assert window.errors == [] and window.statusBar().currentMessage() == ""
    assert list(model.lanes) == ["L_customer", "L_fulfil"]
    assert list(model.steps) == ["S_start", "T_call", "T_ship"]
    assert list(model.flows) == ["F1"]
    assert model.lanes["L_fulfil"].bounds == Rect(0, 160, 1000, 160)
    assert model.steps["T_ship"].bounds == Rect(490, 200, 120, 80)
    assert model.pools["Org"].bounds.height == 320
    assert window.editor.undo_stack.count() == 1
    assert window.actions["undo"].text() == "Undo Delete lane 'Sales'"
    after, after_file = state(model), saved(model, tmp_path / "after.bpmn")
    assert_scene_shows(window)
    # undo puts back exactly what was there, in the same order, and the same file
    window.actions["undo"].trigger()
    assert state(model) == before
    assert saved(model, tmp_path / "undone.bpmn") == before_file
    assert_scene_shows(window)
    # redo repeats the delete exactly
    window.actions["redo"].trigger()
    assert state(model) == after
    assert saved(model, tmp_path / "redone.bpmn") == after_file
    assert_scene_shows(window)


def test_delete_two_stacked_lanes_closes_both_gaps(editor, model, tmp_path):
    # given Sales and Fulfilment, one above the other, with a hand-off between them
    add_handoff(model)
    before, before_file = state(model), saved(model, tmp_path / "before.bpmn")
    # when both are deleted in one edit
    editor.remove(["L_sales", "L_fulfil"])
    # then only the customer lane is left and the pool shrinks by both heights
    assert list(model.lanes) == ["L_customer"]
    assert model.pools["Org"].bounds.height == 160
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert state(model) == before
    assert saved(model, tmp_path / "undone.bpmn") == before_file


# -- a child that fails takes the whole edit back --------------------------------------
def history_with_redo_tail(editor) -> None:  # noqa: ANN001
    """Two edits, saved after the second, the second undone: a stack with a redo tail
    and a clean state away from its index."""
    editor.rename("T_call", "Phone the shop")
    editor.move_steps({"E_end": Rect(800, 222, 36, 36)})
    editor.undo_stack.setClean()
    editor.undo_stack.undo()


def fail_on_call(monkeypatch, command_class, n: int) -> list[int]:  # noqa: ANN001
    """Make the ``n``-th apply of ``command_class`` raise (the earlier ones run for real)."""
    calls = [0]
    real_apply = command_class.apply

    def apply(self) -> None:  # noqa: ANN001
        calls[0] += 1
        if calls[0] == n:
            raise ModelError("The disk said no.")
        real_apply(self)

    monkeypatch.setattr(command_class, apply.__name__, apply)
    return calls


def test_second_child_failing_leaves_model_and_stack_as_they_were(window, monkeypatch, tmp_path):
    # given a history with a redo tail and a saved point, and a lane whose delete
    # starts with several flow removals
    editor = window.editor
    model = editor.model
    add_handoff(model)
    history_with_redo_tail(editor)
    before, before_file = state(model), saved(model, tmp_path / "before.bpmn")
    before_stack = stack_state(editor.undo_stack)
    calls = fail_on_call(monkeypatch, cmd.RemoveFlowCommand, 2)
    # when the user deletes the Sales lane and the macro's second child fails
    press_delete_on_lane(window, "L_sales")
    # then the first flow removal was made and taken back: nothing changed
    assert calls[0] == 2
    assert window.statusBar().currentMessage() == "The disk said no."
    assert state(model) == before
    assert saved(model, tmp_path / "after.bpmn") == before_file
    assert stack_state(editor.undo_stack) == before_stack
    assert_scene_shows(window)
    # and the redo tail still works
    monkeypatch.undo()
    editor.undo_stack.redo()
    assert model.steps["E_end"].bounds.x > 790 and editor.undo_stack.isClean()


def test_failure_inside_the_gap_closing_takes_back_every_change(editor, model, monkeypatch,
                                                                 tmp_path):
    # given the gap-closing follow-up fails after two of its changes were made
    from customer_modeler.editor.editing import lanes

    add_handoff(model)
    history_with_redo_tail(editor)
    before, before_file = state(model), saved(model, tmp_path / "before.bpmn")
    before_stack = stack_state(editor.undo_stack)
    real_close_gap = lanes.close_gap

    def close_gap_then_a_missing_step(*args):  # noqa: ANN002, ANN202
        changes = real_close_gap(*args)
        assert len(changes) >= 3  # pool, lane and step below move: there is a middle
        return [*changes[:2], ("step", "T_gone", {"bounds": Rect(0, 0, 1, 1)}), *changes[2:]]

    monkeypatch.setattr(lanes, "close_gap", close_gap_then_a_missing_step)
    # when
    with pytest.raises(KeyError):
        editor.lanes.remove("L_sales")
    # then
    assert state(model) == before
    assert saved(model, tmp_path / "after.bpmn") == before_file
    assert stack_state(editor.undo_stack) == before_stack


def test_a_failed_single_command_is_not_pushed(editor, model):
    # given
    history_with_redo_tail(editor)
    before, before_stack = state(model), stack_state(editor.undo_stack)
    # when an update changes one step and then names a field steps do not have
    changes = [("step", "T_call", {"bounds": Rect(300, 40, 120, 80)}),
               ("step", "T_quote", {"lane": "L_fulfil", "colour": "red"})]
    with pytest.raises(ModelError):
        editor.push(cmd.UpdateElementsCommand(model, changes, "Bad change"))
    # then
    assert state(model) == before
    assert stack_state(editor.undo_stack) == before_stack


# -- update_step refuses before it touches the lane index ------------------------------
@pytest.mark.parametrize("bad", [{"lane": "L_fulfil", "colour": "red"},
                                 {"lane": "L_fulfil", "id": "T_other"},
                                 {"lane": "L_nowhere"}])
def test_update_step_with_a_bad_change_leaves_the_lane_index(model, bad):
    # given
    before = state(model)
    # when
    with pytest.raises(ModelError):
        model.update_step("T_quote", **bad)
    # then the step is still listed in its own lane only
    assert state(model) == before
    assert [s.id for s in model.steps_in_lane("L_sales")] == ["T_quote", "E_end"]
    assert model.steps_in_lane("L_fulfil") == []
    # and a later move across lanes still finds it where it is
    model.update_step("T_quote", lane="L_fulfil")
    assert [s.id for s in model.steps_in_lane("L_fulfil")] == ["T_quote"]


# -- random sequences of composite edits -----------------------------------------------
def random_edit(editor, rng: random.Random) -> None:  # noqa: ANN001
    """One composite edit a person could make: delete lanes, steps or flows, a mixed
    selection, or move steps (possibly into other lanes)."""
    model = editor.model
    lanes, steps, flows = list(model.lanes), list(model.steps), list(model.flows)
    choice = rng.choice(["lane", "steps", "mixed", "flow", "move", "move"])
    if choice == "lane" and lanes:
        editor.remove([rng.choice(lanes)])
    elif choice == "steps" and steps:
        editor.remove(rng.sample(steps, min(len(steps), rng.randint(1, 2))))
    elif choice == "mixed" and lanes and steps:
        picked = [rng.choice(lanes), rng.choice(steps)] + ([rng.choice(flows)] if flows else [])
        editor.remove(picked)
    elif choice == "flow" and flows:
        editor.remove([rng.choice(flows)])
    elif steps and lanes:
        moved = {}
        for step_id in rng.sample(steps, min(len(steps), rng.randint(1, 2))):
            lane = model.lanes[rng.choice(lanes)].bounds
            old = model.steps[step_id].bounds
            x = rng.uniform(lane.x, lane.x + lane.width - old.width)
            y = lane.y + (lane.height - old.height) / 2
            moved[step_id] = Rect(x, y, old.width, old.height)
        editor.move_steps(moved)


@pytest.mark.parametrize("seed", range(20))
def test_random_composite_edits_undo_and_redo_exactly(qtbot, tmp_path, seed):
    from customer_modeler.editor.editing.facade import DiagramEditor

    # given
    model = rich_model()
    editor = DiagramEditor(model)
    rng = random.Random(seed)
    original, original_file = state(model), saved(model, tmp_path / "original.bpmn")
    # when a run of edits is made; one the editor refuses changes nothing
    for _ in range(8):
        before, count = state(model), editor.undo_stack.count()
        try:
            random_edit(editor, rng)
        except EditRefused:
            assert state(model) == before and editor.undo_stack.count() == count
    edited, edited_file = state(model), saved(model, tmp_path / "edited.bpmn")
    # then undoing all of them gives back the original exactly
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert state(model) == original
    assert saved(model, tmp_path / "undone.bpmn") == original_file
    # and redoing all of them gives the edited model exactly
    while editor.undo_stack.canRedo():
        editor.undo_stack.redo()
    assert state(model) == edited
    assert saved(model, tmp_path / "redone.bpmn") == edited_file


def test_undo_of_a_flow_delete_saves_the_same_file(editor, model, tmp_path):
    # given a step with two outgoing flows, saved once
    add_handoff(model)
    before, before_file = state(model), saved(model, tmp_path / "before.bpmn")
    # when one of them is deleted, the file saved, and the delete undone
    editor.remove(["F3"])
    saved(model, tmp_path / "without.bpmn")
    editor.undo_stack.undo()
    # then the step lists its flows in the same order, in the model and in the file
    assert [f.id for f in model.outgoing("T_quote")] == ["F3", "F4"]
    assert state(model) == before
    assert saved(model, tmp_path / "undone.bpmn") == before_file
