"""Lane shapes that miss their steps are repaired on reading, with a warning saying how.

Two patterns of one tool's exports, written here as small files of our own and checked
on the real round trips of the interop corpus: vertical lanes written with a wrong left
edge (and marked horizontal), and a pool's top-level steps written with an offset while
its lanes, sub-process contents and message flows are in page coordinates.
"""

from __future__ import annotations

import pytest

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import ProcessModel, Rect
from tests.bpmn.roundtrip_check import model_differences
from tests.conftest import shared_path

HEAD = ('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
        'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
        'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="http://x">\n')


def shape(element: str, x: float, y: float, w: float, h: float, horizontal: str = "") -> str:
    flag = f' isHorizontal="{horizontal}"' if horizontal else ""
    return (f'<bpmndi:BPMNShape id="{element}_di" bpmnElement="{element}"{flag}>'
            f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/></bpmndi:BPMNShape>\n')


def edge(flow: str, *points: tuple[float, float]) -> str:
    waypoints = "".join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
    return f'<bpmndi:BPMNEdge id="{flow}_di" bpmnElement="{flow}">{waypoints}</bpmndi:BPMNEdge>\n'


def lane(lane_id: str, *steps: str) -> str:
    refs = "".join(f"<flowNodeRef>{s}</flowNodeRef>" for s in steps)
    return f'<lane id="{lane_id}" name="{lane_id}">{refs}</lane>'


def columns_file(lane_x: float = 50.0) -> bytes:
    """Two vertical pools, name on top (30 px), lanes written ``lane_x`` from the page's left
    edge with the width of the whole pool: Pool A (200..400) holds lane A1, Pool B
    (450..950) lanes B1 (steps 480..600) and B2 (steps 750..900)."""
    processes = (
        '<collaboration id="C"><participant id="A" name="Pool A" processRef="PA"/>'
        '<participant id="B" name="Pool B" processRef="PB"/>'
        '<messageFlow id="m" sourceRef="a1" targetRef="b1"/></collaboration>\n'
        f'<process id="PA"><laneSet id="LSA">{lane("A1", "a0", "a1")}</laneSet>'
        '<startEvent id="a0"/><task id="a1" name="Ask"/>'
        '<sequenceFlow id="fa" sourceRef="a0" targetRef="a1"/></process>\n'
        f'<process id="PB"><laneSet id="LSB">{lane("B1", "b1")}{lane("B2", "b2")}</laneSet>'
        '<task id="b1" name="Answer"/><task id="b2" name="File"/>'
        '<sequenceFlow id="fb" sourceRef="b1" targetRef="b2"/></process>\n')
    shapes = (shape("A", 200, 0, 200, 600, "true") + shape("A1", lane_x, 30, 150, 570, "true")
              + shape("a0", 285, 80, 30, 30) + shape("a1", 250, 200, 100, 80)
              + shape("B", 450, 0, 500, 600, "true") + shape("B1", lane_x, 30, 450, 570, "true")
              + shape("B2", lane_x, 30, 450, 570, "true")
              + shape("b1", 480, 200, 120, 80) + shape("b2", 750, 400, 150, 80)
              + edge("fa", (300, 110), (300, 200)) + edge("m", (350, 240), (480, 240))
              + edge("fb", (600, 240), (825, 240), (825, 400)))
    return (HEAD + processes + '<bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" '
            f'bpmnElement="C">{shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>\n').encode()


def offset_file(message_flow: bool = True) -> bytes:
    """Pool Q's lanes are at y 300..500 and 500..700, its top-level steps written 300 px
    higher; the content of sub-process s and the message flow from pool P are where they
    belong (the message flow ends on the top of task t at y 360)."""
    message = '<messageFlow id="m" sourceRef="p1" targetRef="t"/>' if message_flow else ""
    processes = (
        '<collaboration id="C"><participant id="P" name="Pool P" processRef="PP"/>'
        f'<participant id="Q" processRef="PQ"/>{message}</collaboration>\n'
        '<process id="PP"><task id="p1" name="Send"/></process>\n'
        f'<process id="PQ"><laneSet id="LSQ">{lane("Q1", "t", "s")}{lane("Q2", "u")}</laneSet>'
        '<task id="t" name="Receive"/><subProcess id="s" name="Handle"><task id="c" name="Inner"/>'
        '</subProcess><task id="u" name="Close"/>'
        '<sequenceFlow id="f1" sourceRef="t" targetRef="s"/>'
        '<sequenceFlow id="f2" sourceRef="s" targetRef="u"/></process>\n')
    shapes = (shape("P", 0, 0, 800, 200, "true") + shape("p1", 100, 60, 100, 80)
              + shape("Q", 0, 0, 900, 400, "true")
              + shape("Q1", 30, 300, 770, 200, "true") + shape("Q2", 30, 500, 770, 200, "true")
              + shape("t", 100, 60, 100, 80) + shape("s", 300, 40, 200, 120)
              + shape("c", 360, 370, 80, 60) + shape("u", 550, 260, 100, 80)
              + edge("f1", (200, 100), (300, 100)) + edge("f2", (500, 100), (600, 100), (600, 260))
              + (edge("m", (150, 140), (150, 360)) if message_flow else ""))
    return (HEAD + processes + '<bpmndi:BPMNDiagram id="Dg"><bpmndi:BPMNPlane id="Pl" '
            f'bpmnElement="C">{shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></definitions>\n').encode()


def repairs(warnings) -> list[str]:  # noqa: ANN001
    return [w.message for w in warnings if w.code == "W-LANES-REPAIRED"]


def centre_in(model: ProcessModel, step_id: str, rect: Rect | None) -> bool:
    bounds = model.steps[step_id].bounds
    return rect is not None and bounds is not None and rect.contains(*bounds.center)


def test_vertical_lanes_become_columns_of_their_pool_split_between_their_steps() -> None:
    # given vertical lanes written with a wrong left edge and marked horizontal
    model, warnings = read_bpmn(columns_file())
    # then the lanes fill their pools below the 30 px name band, split half-way between
    # B1's steps (ending at 600) and B2's (starting at 750)
    assert model.lanes["A1"].bounds == Rect(200, 30, 200, 570)
    assert model.lanes["B1"].bounds == Rect(450, 30, 225, 570)
    assert model.lanes["B2"].bounds == Rect(675, 30, 275, 570)
    # and pools and lanes are vertical; the steps keep their places
    assert not any(x.horizontal for x in (*model.lanes.values(), *model.pools.values()))
    assert model.steps["b2"].bounds == Rect(750, 400, 150, 80)
    for step in model.steps.values():
        assert centre_in(model, step.id, model.lanes[step.lane].bounds)
    # and the warnings name the pools and say what was done
    assert repairs(warnings) == [
        "The lanes of pool Pool A (A1) did not hold their steps as the file draws them; they were "
        "redrawn as columns of the pool around their steps, with the pool's name on top.",
        "The lanes of pool Pool B (B1, B2) did not hold their steps as the file draws them; they were "
        "redrawn as columns of the pool around their steps, with the pool's name on top."]


def test_repaired_vertical_lanes_are_saved_vertical_and_read_back_unrepaired() -> None:
    # given the repaired file saved
    model, _ = read_bpmn(columns_file())
    written = write_bpmn(model)
    # when it is opened again
    again, warnings = read_bpmn(written)
    # then nothing needs repairing, and the lanes are the same vertical columns
    assert repairs(warnings) == []
    assert model_differences(model, again) == []
    assert written.count(b'isHorizontal="false"') == 5


def test_lanes_that_hold_their_steps_are_left_as_drawn() -> None:
    # given the same pools with lanes drawn where their steps are (one lane per pool)
    data = columns_file(lane_x=200.0).replace(b'<flowNodeRef>b2</flowNodeRef>', b'')
    data = data.replace(b'lane id="B1" name="B1"><flowNodeRef>b1</flowNodeRef>',
                        b'lane id="B1" name="B1"><flowNodeRef>b1</flowNodeRef><flowNodeRef>b2</flowNodeRef>')
    data = data.replace(b'bpmnElement="B1" isHorizontal="true"><dc:Bounds x="200.0"',
                        b'bpmnElement="B1" isHorizontal="true"><dc:Bounds x="450.0"')
    model, warnings = read_bpmn(data)
    # then they are kept as the file draws them
    assert repairs(warnings) == []
    assert model.lanes["B1"].bounds == Rect(450, 30, 450, 570)
    assert model.lanes["A1"].horizontal


def test_steps_written_with_an_offset_move_into_their_lanes() -> None:
    # given a pool whose top-level steps are written 300 px above their lanes
    model, warnings = read_bpmn(offset_file())
    # then they are moved down by the offset at which the message flow ends on task t
    assert model.steps["t"].bounds == Rect(100, 360, 100, 80)
    assert model.steps["s"].bounds == Rect(300, 340, 200, 120)
    assert model.steps["u"].bounds == Rect(550, 560, 100, 80)
    # with the sequence flows between them; the sub-process content and the other pool stay
    assert model.flows["f1"].waypoints == ((200, 400), (300, 400))
    assert model.flows["f2"].waypoints == ((500, 400), (600, 400), (600, 560))
    assert model.steps["c"].bounds == Rect(360, 370, 80, 60)
    assert model.steps["p1"].bounds == Rect(100, 60, 100, 80)
    assert model.flows["m"].waypoints == ((150, 140), (150, 360))
    # and every step is in its lane, the content in its sub-process, the pool round its lanes
    for step_id in ("t", "s", "u"):
        assert centre_in(model, step_id, model.lanes[model.steps[step_id].lane].bounds)
    assert centre_in(model, "c", model.steps["s"].bounds)
    assert model.pools["Q"].bounds == Rect(0, 300, 800, 400)
    assert repairs(warnings) == [
        "The lanes of an unnamed pool (Q1, Q2) did not hold their steps as the file draws them; "
        "their steps were moved by 300 px down into them."]


def test_an_offset_no_message_flow_confirms_is_not_guessed() -> None:
    # given the same pool without the message flow that pins the offset
    model, warnings = read_bpmn(offset_file(message_flow=False))
    # then the steps stay as drawn (the lanes cannot be rebuilt in the pool either: they
    # would cover pool P)
    assert model.steps["t"].bounds == Rect(100, 60, 100, 80)
    assert model.lanes["Q1"].bounds == Rect(30, 300, 770, 200)
    assert repairs(warnings) == []


@pytest.mark.parametrize("case", ["A.4.0", "A.4.1"])
def test_bizagi_round_trips_are_repaired(case: str) -> None:
    # given Bizagi's round trip of the MIWG containment case (A.4.1: vertical)
    path = shared_path("interop", "Bizagi Modeler 2.8.0.8", f"{case}-roundtrip.bpmn")
    model, warnings = read_bpmn(path.read_bytes())
    # then every top-level step lies in its lane, every lane in its pool
    placed = [s for s in model.steps.values() if s.lane is not None and s.bounds is not None]
    assert len(placed) >= 7
    for step in placed:
        assert centre_in(model, step.id, model.lanes[step.lane].bounds), step.name
    for lane_ in model.lanes.values():
        pool = model.pools[lane_.pool].bounds
        lb = lane_.bounds
        assert pool is not None and lb is not None
        assert pool.x <= lb.x and lb.x + lb.width <= pool.x + pool.width + 0.01
        assert pool.y <= lb.y and lb.y + lb.height <= pool.y + pool.height + 0.01
    # and sub-process content lies in its sub-process
    for step in model.steps.values():
        if step.container is not None:
            assert centre_in(model, step.id, model.steps[step.container].bounds), step.name
    assert repairs(warnings)
    vertical = {lane_.name.strip() for lane_ in model.lanes.values() if not lane_.horizontal}
    assert vertical == ({"Lane 1", "Lane 2", "Lane 3"} if case == "A.4.1" else set())
