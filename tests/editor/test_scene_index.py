"""The scene's index: it waits while one edit changes a large share of the scene's items,
and is made again, as deep as chosen, when the edit ends (see scene_index)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from customer_modeler.editor.canvas.scene_index import AT_LEAST, SHARE, SceneIndex

BSP, NONE = QGraphicsScene.ItemIndexMethod.BspTreeIndex, QGraphicsScene.ItemIndexMethod.NoIndex


def test_the_index_waits_past_a_share_of_the_items_and_comes_back_as_deep(qapp) -> None:  # noqa: ANN001
    # given a scene whose tree was chosen 7 deep
    scene = QGraphicsScene()
    index = SceneIndex(scene)
    index.set_depth(7)
    items = 10_000
    # when one edit counts changes up to a tenth of its 10,000 items less one
    for _ in range(int(SHARE * items) - 1):
        index.count(items)
    # then the index is still there; one more change lets it wait
    assert scene.itemIndexMethod() == BSP and not index.paused
    index.count(items)
    assert scene.itemIndexMethod() == NONE and index.paused
    # when the edit ends, then the index is back, 7 deep, and the count starts afresh
    index.resume()
    assert scene.itemIndexMethod() == BSP and scene.bspTreeDepth() == 7
    assert not index.paused and index.changes == 0


def test_a_small_scene_waits_only_past_the_fewest_changes(qapp) -> None:  # noqa: ANN001
    scene = QGraphicsScene()
    index = SceneIndex(scene)
    for _ in range(AT_LEAST - 1):
        index.count(50)
    assert scene.itemIndexMethod() == BSP
    index.count(50)
    assert scene.itemIndexMethod() == NONE
