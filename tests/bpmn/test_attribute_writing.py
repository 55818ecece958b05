"""Writing our attributes: an element that already says what the model says is left as it
is, and any other ends with the model's attributes after its own, in the table's order."""

from __future__ import annotations

import pytest
from lxml import etree

from customer_modeler.bpmn.extension import write_attributes
from customer_modeler.bpmn.namespaces import CPM, cpm
from customer_modeler.model.attributes import STEP_ATTRIBUTES
from customer_modeler.model.elements import Step

_NS = {"cpm": CPM}


def _step() -> Step:
    step = Step("T1", "task", "Check")
    step.duration, step.channel, step.systems = 8.0, "web", ("CRM", "ERP")
    step.extra["later_field"] = "kept"
    return step


def _element(attributes: list[tuple[str, str]]) -> etree._Element:
    element = etree.Element("{http://www.omg.org/spec/BPMN/20100524/MODEL}task", nsmap=_NS)
    for key, value in attributes:
        element.set(key, value)
    return element


EXPECTED = [("id", "T1"), ("name", "Check"), (cpm("channel"), "web"), (cpm("duration"), "8"),
            (cpm("systems"), "CRM ERP"), (cpm("later_field"), "kept")]


@pytest.mark.parametrize("before", [
    [("id", "T1"), ("name", "Check")],                                         # none yet
    EXPECTED,                                                                  # already right
    [("id", "T1"), (cpm("duration"), "8"), ("name", "Check"), (cpm("channel"), "web"),
     (cpm("systems"), "CRM ERP"), (cpm("later_field"), "kept")],               # ours in the middle
    [("id", "T1"), ("name", "Check"), (cpm("duration"), "8"), (cpm("channel"), "web"),
     (cpm("systems"), "CRM ERP"), (cpm("later_field"), "kept")],               # another order
    [("id", "T1"), ("name", "Check"), (cpm("channel"), "web"), (cpm("duration"), "8.5"),
     (cpm("systems"), "CRM ERP"), (cpm("later_field"), "kept")],               # a stale value
    [("id", "T1"), ("name", "Check"), (cpm("channel"), "web"), (cpm("duration"), "8"),
     (cpm("systems"), "CRM ERP"), (cpm("later_field"), "kept"), (cpm("cost"), "3")],  # one too many
])
def test_attributes_end_as_the_model_says(before: list[tuple[str, str]]) -> None:
    element = _element(before)
    write_attributes(element, STEP_ATTRIBUTES, _step())
    assert element.items() == EXPECTED


def test_nothing_of_ours_removes_every_one_of_ours_only() -> None:
    element = _element([("id", "T1"), (cpm("cost"), "3"), ("{urn:customer-process-modeler:2}x", "1")])
    write_attributes(element, STEP_ATTRIBUTES, Step("T1", "task", "Check"))
    assert element.items() == [("id", "T1"), ("{urn:customer-process-modeler:2}x", "1")]
