"""The view paints its paper and grid dots only where no lane paints over them (lanes are
opaque): what the window shows must be what painting the paper everywhere shows, and the
dots must still be there beside the lanes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QTransform

from customer_modeler.editor import style
from customer_modeler.editor.canvas.view import DiagramView


def _paper_everywhere(view: DiagramView, painter: QPainter, rect: QRectF) -> None:
    """The background as it was painted before: paper over all of ``rect``, then every row
    of dots across it."""
    painter.fillRect(rect, style.PAPER)
    if not view.show_grid or view.zoom() < 0.5:
        return
    width, pitch = 1.5 / view.zoom(), view.drawn_pitch()
    pen = QPen(style.GRID_DOT, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([1.0, pitch / width - 1.0])
    painter.setPen(pen)
    left, right = int(rect.left() // pitch) * pitch - width / 2, rect.right() + width
    y = int(rect.top() // pitch) * pitch
    while y < rect.bottom():
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        y += pitch


def test_the_view_looks_as_with_paper_under_the_lanes(window, monkeypatch) -> None:
    view = window.view
    assert view.show_grid
    for zoom, centre in ((1.0, (500, 240)), (0.6, (300, 200)), (2.0, (40, 150)), (0.55, (480, 300)),
                         (1.37, (13.3, 171.7))):
        # given the view at a zoom and place that shows lanes and paper beside them
        view.set_zoom(zoom)
        view.centerOn(*centre)
        shown = view.viewport().grab().toImage()
        with monkeypatch.context() as patch:
            patch.setattr(DiagramView, "drawBackground", _paper_everywhere)
            everywhere = view.viewport().grab().toImage()
        # then the picture is the same, pixel for pixel
        assert shown == everywhere, f"at {zoom:.0%}"
        assert view.paper_parts(view.mapToScene(view.viewport().rect()).boundingRect(),
                                view.viewportTransform()), "some paper is in view"


def test_a_lane_covers_its_paper_and_the_paper_beside_it_keeps_its_dots(window) -> None:
    view = window.view
    lane = window.scene.lane_items["L_sales"].sceneBoundingRect()
    beside = QRectF(lane.left() - 200, lane.top(), 400, lane.height())
    to_image = QTransform.fromTranslate(-beside.left(), -beside.top())
    # the paper left to paint is left of the lane, but for the thin strips of its borders
    parts = view.paper_parts(beside, to_image)
    assert parts and all(part.right() <= 203 or part.height() <= 4 for part in parts)
    image = QImage(400, int(lane.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setTransform(to_image)
    view.drawBackground(painter, beside)
    painter.end()
    # and there the paper has its grid dots; inside the lane nothing is painted
    left_of_lane = {image.pixelColor(x, y).rgba() for x in range(0, 190) for y in range(5, int(lane.height()) - 5)}
    assert style.PAPER.rgba() in left_of_lane and len(left_of_lane) > 1
    assert all(image.pixelColor(x, 40).alpha() == 255 for x in range(0, 201)), "painted up to the lane"
    assert image.pixelColor(300, 40).alpha() == 0
