"""Files, warnings, zoom, export and help, driven through the window's actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListWidget

from tests.editor import gestures as g
from tests.editor.factory import make_model
from tests.editor.test_export import expected_size

read_bpmn_file = pytest.importorskip("customer_modeler.bpmn.reader").read_bpmn_file



def semantic(model) -> dict:
    """What a round trip must keep: lanes in order, steps, flows and their attributes."""
    return {
        "lanes": [(l.id, l.name, l.role, l.bounds) for l in model.lanes.values()],
        "steps": {s.id: (s.kind, s.name, s.lane, s.bounds, s.visible, s.channel, s.duration)
                  for s in model.steps.values()},
        "flows": {f.id: (f.source, f.target, f.waypoints, f.prob) for f in model.flows.values()},
    }


def test_save_reopen_and_compare(window, tmp_path):
    # given an edited model
    path = tmp_path / "journey.bpmn"
    window.files.ask_path = lambda title, saving: str(path)
    g.drop_mime(window.view, window.palette.mime_for("touchpoint:web"), QPointF(300, 400))
    window.editor.set_attribute("T_quote", "duration", "7.5")
    assert window.windowTitle().startswith("Small journey[*]") and window.isWindowModified()
    # when it is saved and opened again
    window.actions["save"].trigger()
    # then
    assert path.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("journey.bpmn")
    text = path.read_text(encoding="utf-8")
    assert 'cpm:duration="7.5"' in text and 'cpm:channel="web"' in text
    reread = read_bpmn_file(path).model
    assert semantic(reread) == semantic(window.editor.model)
    window.files.ask_save_changes = lambda: "cancel"
    assert window.files.open(path)
    assert semantic(window.editor.model) == semantic(reread)
    assert str(path.resolve()) in window.files.recent()


def test_prompt_before_losing_changes(window):
    window.editor.rename("T_call", "Changed")
    window.files.ask_save_changes = lambda: "cancel"
    window.actions["new"].trigger()
    assert window.editor.model.steps["T_call"].name == "Changed"
    window.files.ask_save_changes = lambda: "discard"
    window.actions["new"].trigger()
    assert [lane.role for lane in window.editor.model.lanes.values()] == ["customer", "department"]


def test_refused_file_leaves_the_document_untouched(window, tmp_path):
    bad = tmp_path / "bad.bpmn"
    bad.write_text("<!DOCTYPE x [<!ENTITY a 'b'>]><definitions/>", encoding="utf-8")
    model = window.editor.model
    window.editor.rename("T_call", "Kept")
    assert not window.files.open(bad) or window.files.open(bad) is False
    assert window.editor.model is model and model.steps["T_call"].name == "Kept"
    assert window.errors and window.errors[0].startswith("bad.bpmn:")


def test_warnings_are_listed_and_select_their_element(window, tmp_path):
    from customer_modeler.bpmn.writer import save_bpmn_file

    model = make_model()
    model.steps["T_quote"].lane = None  # no lane: the reader warns about it
    model._lane_steps["L_sales"].pop("T_quote")
    path = tmp_path / "warned.bpmn"
    save_bpmn_file(model, path)
    result = read_bpmn_file(path)
    if not any("T_quote" in w.elements for w in result.warnings):
        pytest.skip("the reader reports this case differently")
    window.files.ask_save_changes = lambda: "discard"
    assert window.files.open(path)
    listing = window.warnings.findChild(QListWidget, "warnings-list")
    assert window.warnings.isVisible() and listing.count() == len(result.warnings)
    row = next(i for i in range(listing.count()) if "T_quote" in listing.item(i).toolTip())
    listing.itemClicked.emit(listing.item(row))
    assert "T_quote" in window.scene.selected_ids()


def test_dropping_a_bpmn_file_on_the_view_opens_it(window, tmp_path):
    from customer_modeler.bpmn.writer import save_bpmn_file

    path = tmp_path / "dropped.bpmn"
    save_bpmn_file(make_model(thai=True), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    g.drop_mime(window.view, mime, QPointF(500, 240))
    assert window.files.path == path
    assert window.editor.model.lanes["L_fulfil"].name == "ฝ่ายจัดส่ง"


def test_ctrl_wheel_zooms_around_the_cursor(window):
    anchor = QPointF(550, 240)
    before = window.view.mapFromScene(anchor)
    g.ctrl_wheel(window.view, anchor, 2)
    assert window.view.zoom() == pytest.approx(1.44)
    assert (window.view.mapFromScene(anchor) - before).manhattanLength() <= 2
    assert window.zoom_label.text() == "144 %"
    window.actions["zoom_reset"].trigger()
    assert window.view.zoom() == 1.0


def test_export_png_from_the_window(window, tmp_path):
    path = tmp_path / "diagram.png"
    g.click(window.view, QPointF(350, 80))  # the image is drawn from a fresh scene: no selection
    window.export_png(str(path), scale=2.0, transparent=True)
    image = QImage(str(path))
    assert (image.width(), image.height()) == expected_size(window.editor.model, 2.0)
    assert image.pixelColor(1, 1).alpha() == 0


def test_help_lists_keyboard_shortcuts(window):
    from customer_modeler.editor.panels.dialogs import shortcut_rows

    rows = dict(shortcut_rows(list(window.actions.values())))
    assert "Ctrl+Z" in rows["Undo"] and "Ctrl+Y" in rows["Redo"] and "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Delete"].startswith("Del")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Insert", "&Model", "&Analysis", "&Help"]


def test_mark_customer_lane_and_move_it_to_top(window):
    model = window.editor.model
    window.editor.lanes.set_role("L_fulfil", "department")
    window.editor.undo_stack.clear()
    g.click(window.view, window.scene.lane_items["L_fulfil"].header_scene_rect().center())
    window.actions["mark_customer"].trigger()
    assert model.customer_lane.id == "L_fulfil"
    window.actions["customer_to_top"].trigger()
    assert list(model.lanes)[0] == "L_fulfil" and model.lanes["L_fulfil"].bounds.y == 0
    assert window.editor.undo_stack.count() == 2
