"""Zoomed far out, steps and flows leave out what cannot be read: names below a readable
size, and symbols and marks at the smallest scales. At 100 % and in exports nothing is
left out."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.editor.items import detail
from tests.editor.factory import make_model


def picture(model, scale: float, full_detail: bool = False) -> QImage:
    """The diagram of ``model`` painted at ``scale``, as the window's scene paints it."""
    scene = ProcessScene(model)
    scene.full_detail = full_detail
    source = QRectF(0, 0, 1000, 480)
    image = QImage(round(source.width() * scale), round(source.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    scene.detach()
    return image


def renamed(names: dict[str, str], flow_names: dict[str, str] | None = None):
    model = make_model()
    for step_id, name in names.items():
        model.steps[step_id] = replace(model.steps[step_id], name=name)
    for flow_id, name in (flow_names or {}).items():
        model.flows[flow_id] = replace(model.flows[flow_id], name=name)
    return model


NAMED = {"T_quote": "Prepare quote", "E_end": "Quoted", "S_start": "Need"}
UNNAMED = {key: "" for key in NAMED}


def test_thresholds_sit_below_the_readable_zoom():
    # 9 pt names are written down to about 42 %; the window's readable zoom is 60 %
    assert detail.text_readable(9, 0.6) and detail.text_readable(8, 0.5)
    assert not detail.text_readable(9, 0.3)
    assert detail.OUTLINE_ONLY < 0.6


@pytest.mark.parametrize("scale", [1.0, 0.6])
def test_names_and_flow_labels_are_painted_at_a_readable_zoom(qtbot, scale):
    named = picture(renamed(NAMED, {"F3": "done"}), scale)
    unnamed = picture(renamed(UNNAMED, {"F3": ""}), scale)
    assert named != unnamed


def test_no_text_is_painted_below_a_readable_size(qtbot):
    scale = 0.3  # a 9 pt name would be under 4 pixels high
    assert scale >= detail.OUTLINE_ONLY and not detail.text_readable(9, scale)
    named = picture(renamed(NAMED, {"F3": "done"}), scale)
    unnamed = picture(renamed(UNNAMED, {"F3": ""}), scale)
    assert named == unnamed


def test_an_export_paints_names_at_any_scale(qtbot):
    scale = 0.3
    named = picture(renamed(NAMED, {"F3": "done"}), scale, full_detail=True)
    unnamed = picture(renamed(UNNAMED, {"F3": ""}), scale, full_detail=True)
    assert named != unnamed


def test_far_out_a_task_is_its_outline_without_its_type_icon(qtbot):
    plain = make_model()
    typed = make_model()
    typed.steps["T_quote"] = replace(typed.steps["T_quote"], kind="userTask")
    assert picture(plain, 1.0) != picture(typed, 1.0)  # the icon shows at 100 %
    far = detail.OUTLINE_ONLY / 2
    assert picture(plain, far) == picture(typed, far)
    assert picture(plain, far, full_detail=True) != picture(typed, far, full_detail=True)
