"""Messages, labels and undo texts speak the field's display name and unit, from the one
attribute table; a distribution the simulation cannot read is refused beside its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTES,
    LANE_ATTRIBUTES,
    STEP_ATTRIBUTE_BY_NAME,
    STEP_ATTRIBUTES,
    AttributeError_,
    display_name,
)
from tests.editor import gestures as g
from tests.editor.test_clipboard import keys
from tests.editor.test_window_editing import edit_field


@pytest.mark.parametrize(("name", "text", "message"), [
    ("fail_prob", "1.3", "Failure probability must be between 0 and 1"),
    ("duration", "-2", "Duration must be at least 0 min"),
    ("emotion", "1.5", "Emotion must be a whole number, not '1.5'"),
    ("channel", "fax", "Channel must be one of web, app, email, chat, phone, ivr, store, mail, "
                       "video, physical, none"),
    ("duration_dist", "abc", "Duration distribution 'abc' is not a known distribution; use one "
                             "of fixed, exp, tri:min,mode,max, lognorm:sd"),
    ("duration_dist", "tri:5,2,1", "Duration distribution 'tri:5,2,1' needs min ≤ mode ≤ max "
                                   "with min < max; use one of fixed, exp, tri:min,mode,max, "
                                   "lognorm:sd"),
])
def test_refusals_name_the_field_as_a_person_reads_it(name, text, message):
    with pytest.raises(AttributeError_) as refused:
        STEP_ATTRIBUTE_BY_NAME[name].parse(text)
    assert str(refused.value) == message


@pytest.mark.parametrize("text", ["fixed", "exp", "tri:1,2,9", "lognorm:3", "tri:0,0,4"])
def test_every_accepted_distribution_form_is_taken(text):
    assert STEP_ATTRIBUTE_BY_NAME["duration_dist"].parse(f" {text} ") == text


def test_no_key_leaks_into_a_display_name():
    for spec in STEP_ATTRIBUTES + FLOW_ATTRIBUTES + LANE_ATTRIBUTES:
        assert "_" not in spec.display_name and spec.display_name[0].isupper(), spec.name
    assert display_name("fail_prob") == "Failure probability"
    assert display_name("fixed_cost_per_year") == "Fixed cost per year"


def test_dock_refuses_an_unknown_distribution_beside_the_field(window):
    model = window.editor.model
    g.click(window.view, g.centre(window, "T_quote"))
    edit_field(window, "duration_dist", "abc")
    error = window.properties.findChild(QLabel, "error-duration_dist")
    assert error.isVisible()
    assert error.text() == ("Duration distribution 'abc' is not a known distribution; use one of "
                            "fixed, exp, tri:min,mode,max, lognorm:sd")
    assert model.steps["T_quote"].duration_dist is None
    assert window.editor.undo_stack.count() == 0
    edit_field(window, "duration_dist", "tri:2,5,12")
    assert model.steps["T_quote"].duration_dist == "tri:2,5,12" and not error.isVisible()
    assert window.actions["undo"].text() == \
        "Undo Set duration distribution of 'Prepare quote' to tri:2,5,12"


def test_dock_labels_carry_display_names_and_units(window):
    g.click(window.view, g.centre(window, "T_quote"))
    page = window.properties.scroll.widget()
    layout = page.findChild(QFormLayout) or page.layout()
    labels = {layout.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
              for r in range(layout.rowCount())
              if layout.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None}
    assert {"Duration (min)", "Cost (CU)", "Failure probability", "Duration distribution",
            "Emotion on failure"} <= labels
    assert not any("_" in label for label in labels)
    field = window.properties.findChild(QLineEdit, "field-fail_prob")
    assert field is not None


def test_a_long_refusal_gets_the_lines_it_needs(window, qtbot):
    g.click(window.view, g.centre(window, "T_quote"))
    window.properties.show()
    edit_field(window, "duration_dist", "abc")
    error = window.properties.findChild(QLabel, "error-duration_dist")
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))


def test_the_dock_heading_names_the_element_not_its_id(window, qtbot):
    # given a step selected with a click
    g.click(window.view, g.centre(window, "T_quote"))
    heading = window.properties.findChild(QLabel, "properties-title")
    assert heading.text() == "<b>Step</b> · Prepare quote"
    assert "T_quote" not in heading.text()
    # when it is renamed in the Name field, then the heading follows, and follows the undo
    edit_field(window, "name", "Quote & <check>")
    assert heading.text() == "<b>Step</b> · Quote &amp; &lt;check&gt;"
    keys(window, Qt.Key.Key_Z)
    assert heading.text() == "<b>Step</b> · Prepare quote"
