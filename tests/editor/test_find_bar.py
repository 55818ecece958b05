"""Edit ▸ Find (Ctrl+F): typing finds steps by name, key or value; Enter and Shift+Enter
cycle through the hits, each selected and centred; Escape closes the bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from customer_modeler.editor.panels.find_bar import matching_steps

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(window):
    model = window.editor.model
    model.steps["T_call"].contact_reason = "Quote request"  # found by an attribute value
    model.steps["T_quote"].key = "QUOTE_SALES"
    return window


def open_find(window, qtbot, text: str):
    QTest.keyClick(window.view, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, text)
    return bar


def centred_step(window) -> str:
    """The step nearest the centre of the view."""
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    def distance(step_id):
        c = window.scene.step_items[step_id].sceneBoundingRect().center()
        return (c.x() - centre.x()) ** 2 + (c.y() - centre.y()) ** 2
    return min(window.scene.step_items, key=distance)


def test_typing_finds_names_keys_and_values_in_reading_order(window, qtbot):
    window.view.set_zoom(2.0)  # only part of the diagram on screen, so centring shows
    bar = open_find(window, qtbot, "quote")
    assert bar.hits == ["T_call", "T_quote", "E_end"]  # a value, a name and key, a name
    assert window.scene.selected_ids() == ["T_call"]
    assert bar.count.text() == "1 of 3"
    assert centred_step(window) == "T_call"


def test_enter_and_shift_enter_cycle_through_the_hits(window, qtbot):
    window.view.set_zoom(2.0)
    bar = open_find(window, qtbot, "quote")
    seen = []
    for _ in range(3):
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
        seen.append((window.scene.selected_ids(), bar.count.text(), centred_step(window)))
    assert seen == [(["T_quote"], "2 of 3", "T_quote"), (["E_end"], "3 of 3", "E_end"),
                    (["T_call"], "1 of 3", "T_call")]
    QTest.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert window.scene.selected_ids() == ["E_end"] and bar.count.text() == "3 of 3"
    assert centred_step(window) == "E_end"
    assert window.editor.model.steps["E_end"].name == "Quoted"  # finding edits nothing
    assert window.editor.undo_stack.count() == 0


def test_escape_closes_the_bar_and_gives_the_canvas_the_keys(window, qtbot):
    bar = open_find(window, qtbot, "shop")
    assert window.scene.selected_ids() == ["T_call"] and bar.count.text() == "1 of 1"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.view.hasFocus()


def test_backspace_in_the_field_edits_the_text_not_the_diagram(window, qtbot):
    bar = open_find(window, qtbot, "shopx")
    assert bar.count.text() == "No matches"
    QTest.keyClick(bar.field, Qt.Key.Key_Backspace)
    assert bar.field.text() == "shop" and "T_call" in window.editor.model.steps
    assert window.scene.selected_ids() == ["T_call"]


def test_the_count_follows_edits(window, qtbot):
    bar = open_find(window, qtbot, "quote")
    window.editor.rename("T_call", "Call us")
    window.editor.set_attribute("T_call", "contact_reason", "")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.hits == ["T_quote", "E_end"]


def test_matching_ignores_case_and_hidden_steps(model):
    assert matching_steps(model, "PHONE", lambda _id: True) == ["T_call"]  # the channel
    assert matching_steps(model, "phone", lambda step_id: step_id != "T_call") == []
    assert matching_steps(model, "  ", lambda _id: True) == []
