"""Test helpers: small BPMN files as other tools write them (nested lanes, vertical pools,
a customer pool, sub-processes with drill-down pages), read with the real reader."""

from __future__ import annotations

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.model import ProcessModel

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" '
        'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
        'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
        'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:test">\n')


def shape(element: str, x: float, y: float, w: float, h: float, horizontal: bool | None = None) -> str:
    flag = "" if horizontal is None else f' isHorizontal="{"true" if horizontal else "false"}"'
    return (f'<bpmndi:BPMNShape id="{element}_di" bpmnElement="{element}"{flag}>'
            f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/></bpmndi:BPMNShape>\n')


def edge(element: str, *points: tuple[float, float]) -> str:
    waypoints = "".join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
    return f'<bpmndi:BPMNEdge id="{element}_di" bpmnElement="{element}">{waypoints}</bpmndi:BPMNEdge>\n'


def nested_lanes_file() -> bytes:
    """One pool; lane 'Operations' holds sub-lanes 'Sales' and 'Billing'; a collapsed
    sub-process whose content is drawn on a second page, an expanded one with its content."""
    semantic = """
<collaboration id="C"><participant id="P" name="Shop" processRef="Proc"/></collaboration>
<process id="Proc">
  <laneSet id="LS">
    <lane id="L_cust" name="Customer"><flowNodeRef>S</flowNodeRef></lane>
    <lane id="L_ops" name="Operations"><childLaneSet id="CLS">
      <lane id="L_sales" name="Sales"><flowNodeRef>T_sell</flowNodeRef><flowNodeRef>Sub_open</flowNodeRef></lane>
      <lane id="L_bill" name="Billing"><flowNodeRef>Sub_closed</flowNodeRef><flowNodeRef>E</flowNodeRef></lane>
    </childLaneSet></lane>
  </laneSet>
  <startEvent id="S" name="Need"/>
  <task id="T_sell" name="Sell"/>
  <subProcess id="Sub_open" name="Check order"><task id="T_in" name="Inner check"/></subProcess>
  <subProcess id="Sub_closed" name="Invoice"><task id="T_page" name="On its own page"/></subProcess>
  <endEvent id="E" name="Done"/>
  <sequenceFlow id="F1" sourceRef="S" targetRef="T_sell"/>
  <sequenceFlow id="F2" sourceRef="T_sell" targetRef="Sub_open"/>
  <sequenceFlow id="F3" sourceRef="Sub_open" targetRef="Sub_closed"/>
  <sequenceFlow id="F4" sourceRef="Sub_closed" targetRef="E"/>
</process>
"""
    main = (shape("P", 0, 0, 1000, 450, True) + shape("L_cust", 30, 0, 970, 150, True)
            + shape("L_ops", 30, 150, 970, 300, True) + shape("L_sales", 60, 150, 940, 150, True)
            + shape("L_bill", 60, 300, 940, 150, True) + shape("S", 200, 57, 36, 36)
            + shape("T_sell", 300, 185, 100, 80) + shape("Sub_open", 450, 160, 250, 130)
            + shape("T_in", 520, 185, 100, 80) + shape("Sub_closed", 500, 335, 100, 80)
            + shape("E", 800, 357, 36, 36)
            + edge("F1", (236, 75), (350, 75), (350, 185)) + edge("F2", (400, 225), (450, 225))
            + edge("F3", (575, 290), (575, 335)) + edge("F4", (600, 375), (800, 375)))
    drill_down = shape("T_page", 40, 40, 100, 80)
    diagrams = (f'<bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="PL1" bpmnElement="C">{main}'
                '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n'
                f'<bpmndi:BPMNDiagram id="D2"><bpmndi:BPMNPlane id="PL2" bpmnElement="Sub_closed">'
                f'{drill_down}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n')
    return (HEAD + semantic + diagrams + "</definitions>\n").encode()


def vertical_pools_file() -> bytes:
    """A customer modelled as its own (vertical) pool beside a vertical company pool with
    two vertical lanes, joined by message flows; and a black-box pool without a shape."""
    semantic = """
<collaboration id="C">
  <participant id="P_cust" name="Customer" processRef="ProcC"/>
  <participant id="P_org" name="Shop" processRef="ProcO"/>
  <participant id="P_bank" name="Bank"/>
  <messageFlow id="M1" sourceRef="T_order" targetRef="T_take"/>
</collaboration>
<process id="ProcC"><startEvent id="S" name="Want it"/><task id="T_order" name="Order"/>
  <sequenceFlow id="F1" sourceRef="S" targetRef="T_order"/></process>
<process id="ProcO">
  <laneSet id="LS">
    <lane id="L_sales" name="Sales"><flowNodeRef>T_take</flowNodeRef></lane>
    <lane id="L_ship" name="Shipping"><flowNodeRef>T_ship</flowNodeRef></lane>
  </laneSet>
  <task id="T_take" name="Take order"/><task id="T_ship" name="Ship"/>
  <sequenceFlow id="F2" sourceRef="T_take" targetRef="T_ship"/>
</process>
"""
    main = (shape("P_cust", 0, 0, 200, 600, False) + shape("S", 82, 60, 36, 36)
            + shape("T_order", 50, 200, 100, 80)
            + shape("P_org", 300, 0, 400, 600, False) + shape("L_sales", 300, 30, 200, 570, False)
            + shape("L_ship", 500, 30, 200, 570, False) + shape("T_take", 350, 200, 100, 80)
            + shape("T_ship", 550, 400, 100, 80)
            + edge("F1", (100, 96), (100, 200)) + edge("M1", (150, 240), (350, 240))
            + edge("F2", (450, 240), (600, 240), (600, 400)))
    diagram = (f'<bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="PL1" bpmnElement="C">{main}'
               '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n')
    return (HEAD + semantic + diagram + "</definitions>\n").encode()


def read(data: bytes) -> ProcessModel:
    model, _ = read_bpmn(data)
    return model
