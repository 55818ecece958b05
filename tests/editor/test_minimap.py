"""View ▸ Minimap: the whole diagram with the visible part framed; dragging in it pans the
canvas. And the first view of a model shows the whole diagram while it stays readable, else
every lane from the journey's start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from customer_modeler.editor.window.main_window import READABLE_ZOOM, MainWindow
from customer_modeler.resources import example_path

LEFT = Qt.MouseButton.LeftButton


def mouse(widget, kind, pos: QPointF, buttons) -> None:
    button = LEFT if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def visible_centre(window) -> QPointF:
    return window.view.mapToScene(window.view.viewport().rect()).boundingRect().center()


def test_view_menu_toggles_the_minimap(window):
    toggle = next(a for a in window.menuBar().actions() if a.text() == "&View").menu()
    action = next(a for a in toggle.actions() if a.text() == "&Minimap")
    was = window.minimap.isVisible()
    action.trigger()
    assert window.minimap.isVisible() is not was
    action.trigger()
    assert window.minimap.isVisible() is was


def test_the_frame_is_the_part_of_the_diagram_on_screen(window):
    window.minimap.show()
    window.view.set_zoom(2.0)
    window.view.centerOn(300, 100)
    area = window.minimap.map.visible_area()
    assert area == window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert area.contains(QPointF(300, 100)) and area.width() < 1000


def test_dragging_in_the_minimap_pans_the_canvas(window, qtbot):
    window.minimap.show()
    qtbot.waitExposed(window.minimap)
    window.view.set_zoom(2.0)
    window.view.centerOn(250, 120)
    small = window.minimap.map
    small.fit()
    start, end = QPointF(250, 120), QPointF(650, 330)
    viewport = small.viewport()
    press_at = QPointF(small.mapFromScene(start))
    end_at = QPointF(small.mapFromScene(end))
    mouse(viewport, QEvent.Type.MouseButtonPress, press_at, LEFT)
    for i in range(1, 6):
        mouse(viewport, QEvent.Type.MouseMove, press_at + (end_at - press_at) * (i / 5), LEFT)
    mouse(viewport, QEvent.Type.MouseButtonRelease, end_at, Qt.MouseButton.NoButton)
    centre = visible_centre(window)
    # one minimap pixel is a few scene units
    tolerance = 2 / small.transform().m11() + 2
    assert abs(centre.x() - end.x()) <= tolerance and abs(centre.y() - end.y()) <= tolerance
    assert window.editor.undo_stack.count() == 0  # panning is no edit


def test_first_view_of_the_bundled_example_shows_every_lane_readably_from_the_start(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.files.load(example_path())
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the second fit, once docks and toolbar have their size
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    diagram = window.scene.diagram_rect()
    # the Order journey is too long to fit readably: every lane, from the journey's start
    assert READABLE_ZOOM <= window.view.zoom() <= 1.0
    assert shown.top() <= diagram.top() and shown.bottom() >= diagram.bottom()
    assert shown.left() <= diagram.left() < shown.right() < diagram.right()


def test_first_view_of_a_small_model_shows_the_whole_diagram(qtbot):
    from tests.editor.factory import make_model

    window = MainWindow(make_model())
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    diagram = window.scene.diagram_rect()
    assert shown.contains(diagram)
    assert READABLE_ZOOM <= window.view.zoom() <= 1.0


def fresh_picture(small):
    """The minimap's picture drawn whole, now."""
    small.draw_afresh()
    return small.picture().toImage()


def test_an_edit_redraws_only_what_changed_and_the_picture_matches_a_fresh_one(window, qtbot, monkeypatch):
    from customer_modeler.editor.panels import minimap
    from customer_modeler.model import Rect

    window.minimap.show()
    qtbot.waitExposed(window.minimap)
    small = window.minimap.map
    small.picture()  # drawn whole once
    drawn = []
    original = small._draw
    monkeypatch.setattr(small, "_draw", lambda target: (drawn.append(target), original(target)))
    step = next(s for s in window.editor.model.steps.values() if s.kind == "task")
    b = step.bounds
    window.editor.move_steps({step.id: Rect(b.x + 200, b.y, b.width, b.height)})
    QApplication.processEvents()
    small.picture()
    assert drawn == []  # not in the frame of the edit: the canvas answers first
    qtbot.wait(minimap.LOCAL_REDRAW_DELAY + 100)
    small.picture()
    whole = small.viewport().rect()
    assert drawn and all(area.width() * area.height() < whole.width() * whole.height() for area in drawn)
    updated = small.picture().toImage()
    assert updated == fresh_picture(small)


def test_scrolling_the_canvas_moves_the_frame_without_redrawing_the_diagram(window, qtbot, monkeypatch):
    window.minimap.show()
    qtbot.waitExposed(window.minimap)
    small = window.minimap.map
    window.view.set_zoom(2.0)
    QApplication.processEvents()
    small.picture()
    drawn = []
    monkeypatch.setattr(small, "_draw", lambda target: drawn.append(target))
    before = small.visible_area()
    bar = window.view.horizontalScrollBar()
    bar.setValue(bar.value() + 200)
    small.repaint()
    assert small.visible_area() != before
    assert drawn == []


def test_a_change_over_the_whole_scene_is_drawn_once_things_are_quiet(window, qtbot, monkeypatch):
    from customer_modeler.editor.panels import minimap

    window.minimap.show()
    qtbot.waitExposed(window.minimap)
    small = window.minimap.map
    small.picture()
    monkeypatch.setattr(minimap, "LOCAL_AREA", 500.0)  # this small journey counts as wide
    drawn = []
    original = small._draw
    monkeypatch.setattr(small, "_draw", lambda target: (drawn.append(target), original(target)))
    window.editor.remove(["T_quote"])  # Qt reports the whole scene changed when an item goes
    QApplication.processEvents()
    small.picture()
    assert small.viewport().rect() not in drawn  # not at once, in the middle of a gesture
    qtbot.wait(minimap.WIDE_REDRAW_DELAY + 200)
    updated = small.picture().toImage()
    assert small.viewport().rect() in drawn
    assert updated == fresh_picture(small)


def test_an_opened_document_is_drawn_in_the_minimap_a_moment_after_its_canvas(window, qtbot):
    from customer_modeler.editor import style
    from customer_modeler.editor.panels.minimap import LOCAL_REDRAW_DELAY

    small = window.minimap.map
    paper = style.PAPER.rgb()

    def coloured_pixels() -> int:
        image = small.viewport().grab().toImage()
        return sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
                   if image.pixel(x, y) != paper)

    # when a file is opened through File ▸ Open's code
    assert window.files.load(example_path())
    # then at first the minimap holds only paper and the frame of the canvas's view
    first = coloured_pixels()
    # and a moment later the diagram's lanes and steps are drawn
    qtbot.wait(LOCAL_REDRAW_DELAY + 100)
    later = coloured_pixels()
    assert later > 3 * max(first, 1), (first, later)


def long_journey(window, tmp_path):
    from customer_modeler.bpmn.writer import save_bpmn_file
    from tests.editor.test_labels import generate_model

    path = tmp_path / "long.bpmn"
    save_bpmn_file(generate_model(1500), path)
    assert window.files.load(path)
    window.minimap.show()
    return window.minimap.map


def shown_area(small):
    return small.mapToScene(small.viewport().rect()).boundingRect()


def test_on_a_long_journey_the_minimap_shows_a_readable_strip_that_follows_the_canvas(window, qtbot, tmp_path):
    from customer_modeler.editor.panels.minimap import STEP_WIDTH, STRIP_BELOW

    from customer_modeler.editor.panels.minimap import LOCAL_REDRAW_DELAY

    # given a journey so long that, fitted whole, it would be a thin line in the minimap
    small = long_journey(window, tmp_path)
    qtbot.waitExposed(window.minimap)
    qtbot.wait(LOCAL_REDRAW_DELAY + 50)  # the opened document's first zoom has rescaled it
    diagram = small.sceneRect()
    viewport = small.viewport().size()
    assert min(viewport.width() / diagram.width(), viewport.height() / diagram.height()) \
        * diagram.height() < STRIP_BELOW
    # then it shows a strip around the canvas's view, its steps wider than a pixel
    assert small.strip
    assert small.transform().m11() * STEP_WIDTH >= 1
    assert shown_area(small).contains(visible_centre(window))
    assert shown_area(small).width() < diagram.width() / 10
    # when the canvas scrolls to the journey's end, then the strip follows it, drawn afresh
    bar = window.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert shown_area(small).contains(visible_centre(window))
    assert shown_area(small).right() >= diagram.right() - 2 / small.transform().m11()
    assert differing_pixels(on_screen(small), on_screen(small, afresh=True)) < 0.01


def on_screen(small, afresh=False):
    """What the minimap shows now (its picture where it goes, and the frame)."""
    if afresh:
        small.draw_afresh()
    return small.viewport().grab().toImage()


def differing_pixels(a, b) -> float:
    """The share of pixels that differ. Not zero between a picture moved and one drawn afresh:
    at the minimap's scale the dashes of the line of visibility start where a drawing starts
    (a few hundred pixels of 40,000); a picture one pixel off differs along every edge."""
    assert a.size() == b.size()
    differ = sum(1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y))
    return differ / (a.width() * a.height())


def test_a_strip_follows_a_short_scroll_by_moving_its_picture_and_a_long_one_by_drawing_anew(
        window, qtbot, tmp_path, monkeypatch):
    from customer_modeler.editor.panels.minimap import LOCAL_REDRAW_DELAY

    small = long_journey(window, tmp_path)
    qtbot.waitExposed(window.minimap)
    qtbot.wait(LOCAL_REDRAW_DELAY + 50)  # an opened document's picture waits for its canvas
    bar = window.view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    on_screen(small)
    drawn = []
    original = small._draw
    monkeypatch.setattr(small, "_draw", lambda target: (drawn.append(target), original(target)))
    # a third of the canvas's view: the picture moves, nothing is drawn, and it shows what a
    # picture drawn afresh shows
    bar.setValue(bar.value() + window.view.viewport().width() // 3)
    QApplication.processEvents()
    moved = on_screen(small)
    assert drawn == [] and small.picture_offset().x() < 0
    assert shown_area(small).contains(visible_centre(window))
    assert differing_pixels(moved, on_screen(small, afresh=True)) < 0.01
    # ten views further: past the picture's edge, so it is drawn anew
    drawn.clear()
    bar.setValue(bar.value() + 10 * window.view.viewport().width())
    QApplication.processEvents()
    on_screen(small)
    assert len(drawn) == 1 and shown_area(small).contains(visible_centre(window))


def test_a_drag_in_a_strip_steers_the_canvas_and_the_strip_follows_after_the_release(window, qtbot, tmp_path):
    small = long_journey(window, tmp_path)
    qtbot.waitExposed(window.minimap)
    viewport = small.viewport()
    before = shown_area(small)
    press_at = QPointF(viewport.width() * 0.5, viewport.height() * 0.5)
    end_at = QPointF(viewport.width() * 0.9, viewport.height() * 0.5)
    target = small.mapToScene(end_at.toPoint())
    mouse(viewport, QEvent.Type.MouseButtonPress, press_at, LEFT)
    for i in range(1, 6):
        mouse(viewport, QEvent.Type.MouseMove, press_at + (end_at - press_at) * (i / 5), LEFT)
        assert shown_area(small) == before  # the strip holds still under the mouse
    tolerance = 2 / small.transform().m11() + 2
    assert abs(visible_centre(window).x() - target.x()) <= tolerance
    mouse(viewport, QEvent.Type.MouseButtonRelease, end_at, Qt.MouseButton.NoButton)
    assert shown_area(small).center().x() > before.center().x()
    assert shown_area(small).contains(visible_centre(window))


def test_zoomed_far_out_a_strip_draws_its_lanes_without_painting_every_step(window, qtbot, tmp_path, monkeypatch):
    from customer_modeler.editor import style
    from customer_modeler.editor.canvas.view import MIN_ZOOM
    from customer_modeler.editor.items.step_item import StepItem
    from customer_modeler.editor.panels.minimap import STEP_WIDTH

    small = long_journey(window, tmp_path)
    window.resize(2000, 900)  # a wide canvas, which at its smallest zoom shows a long way
    QApplication.processEvents()
    window.view.set_zoom(MIN_ZOOM)
    qtbot.waitUntil(lambda: small.transform().m11() * STEP_WIDTH < 1)  # a step is less than a pixel
    assert small.strip
    painted: list[str] = []
    paint = StepItem.paint
    monkeypatch.setattr(StepItem, "paint", lambda item, *a: (painted.append(item.step_id), paint(item, *a)))
    image = fresh_picture(small)
    lanes = sum(1 for y in range(image.height()) for x in range(0, image.width(), 4)
                if image.pixel(x, y) != style.PAPER.rgb())
    assert lanes > 0 and painted == []


def test_the_bundled_example_is_shown_whole_in_the_minimap(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    assert window.files.load(example_path())
    window.show()
    window.minimap.show()
    qtbot.waitExposed(window.minimap)
    small = window.minimap.map
    assert not small.strip
    assert shown_area(small).contains(small.scene().diagram_rect())


def test_a_zoom_of_the_canvas_rescales_a_strip_a_moment_after_its_own_frame(window, qtbot, tmp_path, monkeypatch):
    from customer_modeler.editor.panels.minimap import LOCAL_REDRAW_DELAY

    small = long_journey(window, tmp_path)
    qtbot.waitExposed(window.minimap)
    qtbot.wait(LOCAL_REDRAW_DELAY + 50)
    on_screen(small)
    scale = small.transform().m11()
    drawn = []
    original = small._draw
    monkeypatch.setattr(small, "_draw", lambda target: (drawn.append(target), original(target)))
    # when the canvas zooms out to half, then its frame has the canvas to itself
    window.view.set_zoom(window.view.zoom() / 2)
    QApplication.processEvents()
    on_screen(small)
    assert drawn == [] and small.transform().m11() == scale
    # and a moment later the strip is as wide as twice the canvas's view again, drawn once
    qtbot.waitUntil(lambda: small.transform().m11() < scale)
    assert small.transform().m11() == pytest.approx(scale / 2, rel=0.05)
    on_screen(small)
    assert len(drawn) == 1 and shown_area(small).contains(visible_centre(window))
