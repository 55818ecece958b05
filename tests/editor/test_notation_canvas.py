"""The canvas paints the notation description: throwing markers filled, catching ones
outlined, task-type icons top left, and our eye mark still on top (pixels of the item)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from customer_modeler.editor import style
from customer_modeler.model.elements import Notation, Rect, Step
from tests.editor.painting import painted_alone

MARGIN = 10


def render(item) -> QImage:  # noqa: ANN001
    return painted_alone(item, int(item.width) + 2 * MARGIN, int(item.height) + 2 * MARGIN, MARGIN)


def pixel(image: QImage, item, unit_x: float, unit_y: float) -> QColor:  # noqa: ANN001
    """The colour at a point of the icon's 0..1 design grid."""
    box = item.notation.icon_box
    side = min(box.width, box.height)
    x = box.x + (box.width - side) / 2 + unit_x * side
    y = box.y + (box.height - side) / 2 + unit_y * side
    return image.pixelColor(int(x + MARGIN), int(y + MARGIN))


def step_item(step: Step, visible: bool = False):  # noqa: ANN001
    from customer_modeler.editor.items.step_item import StepItem

    return StepItem(step, visible, solid=True)


def test_a_throwing_message_is_filled_a_catching_one_outlined(qtbot):
    message = Notation(event_definitions=("message",))
    throwing = step_item(Step("E", "endEvent", bounds=Rect(0, 0, 36, 36), notation=message))
    catching = step_item(Step("S", "startEvent", bounds=Rect(0, 0, 36, 36), notation=message))
    assert (throwing.notation.icon, catching.notation.icon) == ("message", "message")
    inside_envelope = (0.5, 0.68)
    assert pixel(render(throwing), throwing, *inside_envelope).lightness() < 100
    assert pixel(render(catching), catching, *inside_envelope).lightness() > 220


def test_a_plain_event_has_no_marker_and_a_timer_event_has_one(qtbot):
    plain = step_item(Step("S", "startEvent", bounds=Rect(0, 0, 36, 36)))
    timer = step_item(Step("T", "intermediateCatchEvent", bounds=Rect(0, 0, 36, 36),
                           notation=Notation(event_definitions=("timer",))))
    assert plain.notation.icon is None and timer.notation.border == "double"
    clock_hand = render(timer).pixelColor(MARGIN + 18, MARGIN + 12)
    assert clock_hand.lightness() < 200
    assert render(plain).pixelColor(MARGIN + 18, MARGIN + 12).lightness() > 220


def test_user_task_icon_top_left_and_the_eye_mark_stays(qtbot):
    task = step_item(Step("T", "userTask", "Check", bounds=Rect(0, 0, 120, 80), visible=True), visible=True)
    image = render(task)
    head = pixel(image, task, 0.5, 0.12)  # the head's outline
    assert task.notation.icon_box.x < 20 and task.notation.icon_box.y < 20
    assert head.lightness() < 120
    eye = image.pixelColor(MARGIN + 120 - 13, MARGIN + 11)
    assert eye == style.EYE


def test_a_read_step_keeps_its_markers_on_the_canvas(qtbot):
    from customer_modeler.editor.canvas.scene import ProcessScene
    from customer_modeler.model import Lane, ProcessModel

    model = ProcessModel("m")
    model.add_lane(Lane("L", "Team", bounds=Rect(0, 0, 600, 200)))
    model.add_step(Step("Sub", "subProcess", "Collapsed", "L", bounds=Rect(50, 50, 120, 80),
                        notation=Notation(loop="sequential", expanded=False)))
    scene = ProcessScene(model)
    item = scene.step_items["Sub"]
    assert item.notation.markers == ("sequential", "sub-process")
    assert item.mapToScene(QPointF(item.notation.marker_boxes[0].x, 0)).x() > 50
    model.update_step("Sub", notation=Notation(loop="parallel", expanded=False))
    assert scene.step_items["Sub"].notation.markers == ("parallel", "sub-process")


def test_a_lane_name_too_wide_for_its_header_is_written_along_it_whole(qtbot):
    from customer_modeler.editor.items.lane_item import LaneItem
    from customer_modeler.model import Lane

    item = LaneItem(Lane("L", "Accountant", bounds=Rect(0, 0, 600, 200)), False, header_width=55)
    image = painted_alone(item, 600, 200, 0)
    inked_rows = [y for y in range(200) if any(image.pixelColor(x, y).lightness() < 90 for x in range(8, 55))]
    assert inked_rows and inked_rows[-1] - inked_rows[0] > 50  # upright text spans far more than a line
