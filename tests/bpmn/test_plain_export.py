"""BPMN for other tools: no cpm: attributes or data, optionally BPSim probabilities."""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.plain import BPSIM, write_plain_bpmn
from customer_modeler.bpmn.reader import read_bpmn
from tests.bpmn.factories import journey_model


def test_plain_export_has_nothing_of_ours(schema_errors) -> None:
    data = write_plain_bpmn(journey_model())
    assert b"customer-process-modeler:1" not in data and b"cpm:" not in data
    model, _ = read_bpmn(data)
    assert model.steps["T2"].duration is None and model.systems == {}
    assert list(model.steps) == list(journey_model().steps)
    assert model.steps["T2"].bounds == journey_model().steps["T2"].bounds
    assert schema_errors(data) == set()


def test_bpsim_probabilities_go_on_the_flows(schema_errors) -> None:
    data = write_plain_bpmn(journey_model(), bpsim=True)
    root = etree.fromstring(data)
    ns = {"bpsim": BPSIM}
    values = {p.get("elementRef"): float(p.find(".//bpsim:FloatingParameter", ns).get("value"))
              for p in root.iterfind(".//bpsim:ElementParameters", ns)}
    assert values == {"F3": 0.6, "F4": 0.3}
    assert schema_errors(data) == set()


def test_plain_export_leaves_out_the_seal_of_our_text() -> None:
    from pathlib import Path

    from customer_modeler.bpmn.writer import write_bpmn

    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "order-journey.bpmn"
    model, _ = read_bpmn(example.read_bytes(), for_editing=True)
    assert b"SHA-256" in write_bpmn(model)  # our own file is sealed
    data = write_plain_bpmn(model)
    assert b"SHA-256" not in data and data.endswith(b"</bpmn:definitions>")
