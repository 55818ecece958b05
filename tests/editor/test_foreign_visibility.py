"""A colleague's file from another tool looks as its tool drew it: nothing dimmed, no assumed
role captions; who the customer sees is inferred for the analyses and never written back."""

from __future__ import annotations

from pathlib import Path

from customer_modeler.analysis.engine.graph import build_graph
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file
from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.model.visibility import step_visible
from customer_modeler.resources import example_path
from tests.conftest import shared_path


def test_a_foreign_file_is_drawn_without_dimming_or_assumed_roles(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    source = shared_path("interop", "Reference", "C.2.0.bpmn")
    model = read_bpmn_file(source).model
    assert model.visibility_inferred
    scene = ProcessScene(model)
    assert scene.step_items and all(item.solid for item in scene.step_items.values())
    departments = [item for lane_id, item in scene.lane_items.items()
                   if model.lanes[lane_id].role == "department"]
    assert departments and not any(item.show_role for item in departments)

    inferred = {s.id for s in model.steps.values() if step_visible(model, s)}
    assert inferred, "the customer's pool and the tasks messaging it are front stage"
    graph = build_graph(model)
    assert {n for n in graph if graph.nodes[n]["step"].visible} == inferred & set(graph)

    out = tmp_path / "C.2.0.bpmn"
    save_bpmn_file(model, out)
    assert b"visible=" not in out.read_bytes()  # the inference is never written
    assert read_bpmn_file(out).model.visibility_inferred


def test_our_own_file_keeps_its_back_stage_dimmed(qapp) -> None:  # noqa: ANN001
    model = read_bpmn_file(example_path()).model
    assert not model.visibility_inferred
    scene = ProcessScene(model)
    dimmed = [step_id for step_id, item in scene.step_items.items() if not item.solid]
    assert dimmed and all(not step_visible(model, model.steps[s]) for s in dimmed)
