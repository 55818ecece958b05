"""The group of MIWG B.2.0, drawn across its process by the collaboration, is on the canvas."""

from __future__ import annotations

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.editor.canvas.scene import ProcessScene
from tests.conftest import shared_path


def test_miwg_b20_group_is_shown(qtbot) -> None:
    # given the reference model with a group in its collaboration
    model, _ = read_bpmn(shared_path("interop", "Reference", "B.2.0.bpmn").read_bytes())
    groups = [a for a in model.artifacts.values() if a.kind == "group"]
    assert [g.name for g in groups] == ["Group"]
    # when the canvas shows it, then the group is drawn where the file puts it
    scene = ProcessScene(model)
    try:
        item = scene.artifact_items[groups[0].id]
        b = groups[0].bounds
        assert item.isVisible() and b is not None
        assert (item.pos().x(), item.pos().y(), item.rect.width()) == (b.x, b.y, b.width)
    finally:
        scene.detach()
