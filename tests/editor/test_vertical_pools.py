"""Vertical pools and lanes on the canvas: each pool and lane drawn, names on top, and every
step inside the lane and pool it belongs to (Bizagi's A.4.1 round trip and a file of ours
written the same way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.editor.canvas.scene import ProcessScene
from tests.bpmn.test_lane_repair import columns_file
from tests.conftest import shared_path


def _bizagi() -> bytes:
    return shared_path("interop", "Bizagi Modeler 2.8.0.8", "A.4.1-roundtrip.bpmn").read_bytes()


@pytest.mark.parametrize("source", [columns_file, _bizagi], ids=["ours", "bizagi-A.4.1"])
def test_vertical_pools_and_lanes_are_drawn_around_their_steps(source, qtbot) -> None:  # noqa: ANN001
    # given a file of vertical pools whose lane shapes miss their steps
    model, _ = read_bpmn(source())
    # when the canvas shows it
    scene = ProcessScene(model)
    try:
        pools = {pid: item for pid, item in scene.pool_items.items() if not item.rect.isEmpty()}
        lanes = scene.lane_items
        # then every pool with lanes and every lane is drawn, vertical, its name band on top
        assert len(pools) == 2 and len(lanes) == len(model.lanes) >= 3
        for item in pools.values():
            band = item.band_rect()
            assert item.isVisible() and not item.horizontal
            assert band.top() == item.rect.top() and band.width() == item.rect.width()
        for item in lanes.values():
            assert item.isVisible() and not item.horizontal
        # and every top-level step's centre lies in its lane's and its pool's drawn rectangle
        placed = 0
        for step in model.steps.values():
            if step.container is not None or step.lane is None:
                continue
            centre = scene.step_items[step.id].mapRectToScene(scene.step_items[step.id].node_rect()).center()
            lane_item = lanes[step.lane]
            lane_rect = lane_item.mapRectToScene(QRectF(0, 0, lane_item.width, lane_item.height))
            pool_item = pools[model.lanes[step.lane].pool]
            assert lane_rect.contains(centre), step.name
            assert pool_item.rect.contains(centre) and not pool_item.band_rect().contains(centre)
            placed += 1
        assert placed == sum(1 for s in model.steps.values() if s.container is None and s.lane)
        # and the lanes of one pool sit side by side, not over each other
        for pool_id in pools:
            rects = sorted((lanes[lane.id].mapRectToScene(QRectF(0, 0, lanes[lane.id].width,
                                                                 lanes[lane.id].height))
                            for lane in model.lanes.values() if lane.pool == pool_id),
                           key=lambda r: r.left())
            for left, right in zip(rects, rects[1:]):
                assert left.right() <= right.left() + 0.01
    finally:
        scene.detach()
