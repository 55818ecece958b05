"""The canvas grid: a dot at every drawn grid point, plain paper between them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from customer_modeler.editor import style
from customer_modeler.editor.canvas.view import DiagramView
from customer_modeler.editor.canvas.scene import ProcessScene


@pytest.mark.parametrize("zoom", [1.0, 0.63, 1.7])
def test_dots_stand_on_the_grid_points_and_nothing_between(qtbot, zoom) -> None:
    # given an empty diagram shown at a zoom
    scene = ProcessScene()
    scene.setSceneRect(0, 0, 4000, 3000)
    view = DiagramView(scene)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_zoom(zoom)
    view.centerOn(2000, 1500)
    image = view.viewport().grab().toImage()
    pitch = view.drawn_pitch()
    # when we look at the pixels of grid points in the middle of the view and halfway between
    centre = view.mapToScene(view.viewport().rect().center())
    x0, y0 = round(centre.x() / pitch) * pitch, round(centre.y() / pitch) * pitch
    paper = QColor(style.PAPER).lightness()
    for i in range(3):
        for j in range(3):
            dot = view.mapFromScene(QPointF(x0 + i * pitch, y0 + j * pitch))
            between = view.mapFromScene(QPointF(x0 + (i + 0.5) * pitch, y0 + (j + 0.5) * pitch))
            # then each grid point is darker than the paper, and the middle of each cell is paper
            assert QColor(image.pixel(dot)).lightness() < paper
            assert QColor(image.pixel(between)).lightness() == paper
