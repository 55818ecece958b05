"""Edit ▸ Find (Ctrl+F): typing finds steps by name, key or value; Enter and Shift+Enter
cycle through the hits, each selected and centred; Escape closes the bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from customer_modeler.editor.panels.find_bar import matching_steps
from tests.editor import gestures as g
from tests.editor.factory import make_model

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


def test_a_moved_step_takes_its_new_place_in_the_reading_order(window, qtbot):
    bar = open_find(window, qtbot, "quote")
    assert bar.hits == ["T_call", "T_quote", "E_end"]
    # when the last hit is dragged to the left of the first
    end = window.scene.step_items["E_end"]
    start = end.mapToScene(end.node_rect().center())
    first = window.editor.model.steps["T_call"].bounds
    g.drag(window.view, start, QPointF(first.x - 60, start.y()))
    assert window.editor.model.steps["E_end"].bounds.x < first.x
    # then the next search has it first
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.hits == ["E_end", "T_call", "T_quote"]


def test_the_texts_of_the_steps_are_made_once_not_at_every_key(window, qtbot, monkeypatch):
    from customer_modeler.editor.panels import find_bar

    made: list[str] = []
    real = find_bar.step_texts
    monkeypatch.setattr(find_bar, "step_texts", lambda step: made.append(step.id) or real(step))
    bar = open_find(window, qtbot, "quo")
    assert sorted(made) == sorted(window.editor.model.steps)  # once each, at the first key
    made.clear()
    qtbot.keyClicks(bar.field, "te")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert made == [] and bar.hits == ["T_call", "T_quote", "E_end"]
    # an edit makes the edited step's text again, and only its
    window.editor.rename("T_quote", "Price offer")
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert made == ["T_quote"] and bar.hits == ["T_call", "T_quote", "E_end"]  # still its key


def test_a_new_document_is_searched_and_the_old_one_is_let_go(window, qtbot):
    old, bar = window.editor.model, open_find(window, qtbot, "quote")
    old_texts = bar.texts
    new = make_model()
    new.steps["T_quote"].name = "Price offer"
    window.set_document(new, None)
    assert bar.hits == ["E_end"]  # "Quoted"; the other two hits were the old model's
    assert old_texts._forget not in old._listeners  # the old model no longer feeds the bar


def test_the_texts_are_made_while_idle_after_ctrl_f_before_any_key(window, qtbot, monkeypatch):
    from customer_modeler.editor.panels import find_bar

    made: list[str] = []
    real = find_bar.step_texts
    monkeypatch.setattr(find_bar, "step_texts", lambda step: made.append(step.id) or real(step))
    QTest.keyClick(window.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: sorted(made) == sorted(window.editor.model.steps))  # no key typed yet
    made.clear()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "quote")
    assert made == [] and bar.hits == ["T_call", "T_quote", "E_end"]
