"""The reader's warnings read right when they concern one element: each names the thing,
then how many ("Steps in no lane: 1 (T)"), never "1 step(s) are in no lane"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn
from tests.counts import plurals_after_one

B = "http://www.omg.org/spec/BPMN/20100524/MODEL"
NAMESPACES = (f'xmlns="{B}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
              'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
              'xmlns:di="http://www.omg.org/spec/DD/20100524/DI"')
SHAPES = ('<bpmndi:BPMNShape id="A_di" bpmnElement="A"><dc:Bounds x="0" y="0" width="100" '
          'height="80"/></bpmndi:BPMNShape><bpmndi:BPMNShape id="C_di" bpmnElement="C">'
          '<dc:Bounds x="200" y="0" width="100" height="80"/></bpmndi:BPMNShape>')
TWO_TASKS = '<task id="A"/><task id="C"/><sequenceFlow id="F" sourceRef="A" targetRef="C"/>'
LANE = '<laneSet id="LS"><lane id="L" name="Customer"><flowNodeRef>A</flowNodeRef>{more}</lane></laneSet>'


def document(process: str, plane: str | None = SHAPES) -> bytes:
    """A process and, unless ``plane`` is None, a diagram drawing what ``plane`` holds."""
    diagram = ("" if plane is None else '<bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" '
               f'bpmnElement="P">{plane}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    return (f'<definitions {NAMESPACES} id="D" targetNamespace="urn:x"><process id="P">'
            f"{process}</process>{diagram}</definitions>").encode("utf-8")


#: Code -> a file that gives that warning about one element.
ONE_ELEMENT = {
    "W-DI-MISSING-ELEMENT": document(TWO_TASKS, SHAPES + '<bpmndi:BPMNShape id="G_di" '
                                     'bpmnElement="Gone"><dc:Bounds x="0" y="0" width="9" '
                                     'height="9"/></bpmndi:BPMNShape>'),
    "W-BAD-BOUNDS": document(TWO_TASKS + '<task id="X"/>', SHAPES + '<bpmndi:BPMNShape '
                             'id="X_di" bpmnElement="X"><dc:Bounds x="NaN" y="0" width="9" '
                             'height="9"/></bpmndi:BPMNShape>'),
    "W-BAD-WAYPOINT": document(TWO_TASKS, SHAPES + '<bpmndi:BPMNEdge id="F_di" bpmnElement="F">'
                               '<di:waypoint x="a" y="0"/><di:waypoint x="200" y="40"/>'
                               "</bpmndi:BPMNEdge>"),
    "W-EDGE-FEW-WAYPOINTS": document(TWO_TASKS, SHAPES + '<bpmndi:BPMNEdge id="F_di" '
                                     'bpmnElement="F"><di:waypoint x="5" y="6"/>'
                                     "</bpmndi:BPMNEdge>"),
    "W-VERTICAL-LANES": document(LANE.format(more="<flowNodeRef>C</flowNodeRef>") + TWO_TASKS,
                                 SHAPES + '<bpmndi:BPMNShape id="L_di" bpmnElement="L" '
                                 'isHorizontal="false"><dc:Bounds x="-50" y="-50" width="400" '
                                 'height="200"/></bpmndi:BPMNShape>'),
    "W-NO-DI": document('<task id="A"/>', plane=None),
    "W-BOUNDARY-UNATTACHED": document(TWO_TASKS + '<boundaryEvent id="X"/>'),
    "W-DANGLING-REF": document(LANE.format(more="<flowNodeRef>C</flowNodeRef><flowNodeRef>"
                                                "Ghost</flowNodeRef>") + TWO_TASKS),
    "W-LANE-MISSING-NODE": document(LANE.format(more="") + TWO_TASKS),
    "W-GARBLED-TEXT": document('<task id="A" name="PrÃ¼fung"/><task id="C" name="Größe"/>'
                               '<sequenceFlow id="F" sourceRef="A" targetRef="C"/>'),
    "W-LANE-FOREIGN-NODE": (Path(__file__).parent / "fixtures_keep"
                            / "foreign_lane_ref.bpmn").read_bytes(),
}


@pytest.mark.parametrize("code", list(ONE_ELEMENT))
def test_a_warning_about_one_element_reads_right(code: str) -> None:
    _, warnings = read_bpmn(ONE_ELEMENT[code])
    (warning,) = [w for w in warnings if w.code == code]
    assert plurals_after_one(warning.message) == [], warning.message
    assert re.search(r"[a-z]: 1\b", warning.message), warning.message  # the thing, then one
