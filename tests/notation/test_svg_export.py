"""The SVG written from the notation description: every flow node and flow of real files is
one tagged group with the classes its notation implies, text is text, and the document is
well-formed XML whatever the names hold.

Expectations come from two sides: the notation description of each element (the SVG must
carry all of its classes) and the XML itself, read with lxml by the semantics test's
independent rules (the trigger, task type, gateway symbol and markers must be named).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.canvas.svg_view import diagram_view
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Pool, Rect, Step
from customer_modeler.notation import category_of, describe_flow
from customer_modeler.notation.diagram_view import DiagramView, Highlight
from customer_modeler.notation.svg import diagram_svg, flow_route, flow_shown, node_notation, step_shown
from customer_modeler.notation.svg_text import text_width, wrap
from tests.notation.test_notation_semantics import _files, _flow_nodes, expected_node

SVG = "{http://www.w3.org/2000/svg}"
ORDER_JOURNEY = Path(__file__).resolve().parents[2] / "resources" / "examples" / "order-journey.bpmn"


def groups_by_id(svg: str) -> dict[str, etree._Element]:
    root = etree.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    return {g.get("data-element-id"): g for g in root.iter(f"{SVG}g")
            if g.get("data-element-id") and "highlight" not in g.get("class", "")}


def texts(group: etree._Element, css_class: str | None = None) -> list[str]:
    """Each ``<text>`` of a group (of ``css_class`` when given) as one string, its lines joined by spaces."""
    return [" ".join(span.text or "" for span in text.iter(f"{SVG}tspan")) or (text.text or "")
            for text in group.iter(f"{SVG}text") if css_class is None or text.get("class") == css_class]


def xml_classes(want: dict) -> set[str]:
    """The classes the XML's semantics say an element's group must carry."""
    kebab = "".join("-" + c.lower() if c.isupper() else c for c in want["kind"])
    classes = {f"bpmn-{want['category']}", f"bpmn-{kebab}"}
    icon = want["icon"]
    if icon is not None:
        classes.add(f"bpmn-{icon[8:]}" if icon.startswith("gateway-") else f"bpmn-{icon}")
    classes |= {f"bpmn-marker-{m}" for m in want["markers"]}
    if want["border"] in ("dashed", "double-dashed"):
        classes.add("non-interrupting")
    return classes


def read_drawn(path: Path) -> ProcessModel:
    """The model of ``path``, with a place on a grid for each step its file leaves undrawn
    (the every-marker fixture draws only a few), so that every flow node is in the picture."""
    model = read_bpmn_file(path).model
    free = [step for step in model.steps.values() if step.bounds is None]
    for i, step in enumerate(free):
        side = {"activity": (100.0, 80.0), "event": (36.0, 36.0), "gateway": (50.0, 50.0)}[category_of(step.kind)]
        step.bounds = Rect(2000 + (i % 8) * 160, 2000 + (i // 8) * 140, *side)
    return model


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
@pytest.mark.parametrize("with_view", [False, True], ids=["plain", "canvas-view"])
def test_every_flow_node_and_flow_is_a_tagged_group(path: Path, with_view: bool) -> None:
    model = read_drawn(path)
    view = diagram_view(model) if with_view else DiagramView()
    groups = groups_by_id(diagram_svg(model, view))
    root = etree.parse(str(path)).getroot()
    nodes = flows = 0
    for element in _flow_nodes(root):
        step = model.steps[element.get("id")]
        if not step_shown(step, view):
            assert step.id not in groups
            continue
        group = groups[step.id]
        classes = set(group.get("class").split())
        assert set(node_notation(step, view).classes) <= classes, step.id
        want = expected_node(element, root)
        if not with_view:  # the plain view opens only what the file opens, as the XML rule does
            assert xml_classes(want) <= classes, step.id
        if step.name:
            assert " ".join(step.name.split()) in " ".join(" ".join(texts(group)).split()) or with_view
        nodes += 1
    for flow in model.flows.values():
        points = flow_route(model, flow, view)
        if not flow_shown(model, flow, view) or len(points) < 2:
            continue
        source = model.steps.get(flow.source)
        notation = describe_flow(flow, points, category_of(source.kind) if source else None)
        classes = set(groups[flow.id].get("class").split())
        assert {"bpmn-flow", *notation.classes} <= classes, flow.id
        assert ("bpmn-message-flow" in classes) == flow.message
        flows += 1
    assert nodes > 0
    assert flows > 0 or path.stem.startswith("A.1")


def test_order_journey_svg_holds_every_name_as_text() -> None:
    model = read_bpmn_file(ORDER_JOURNEY).model
    svg = diagram_svg(model, diagram_view(model))
    groups = groups_by_id(svg)
    for step in model.steps.values():
        written = " ".join(texts(groups[step.id], "label"))
        # the window's rules may shrink a name but never cut it in this example
        assert " ".join(written.split()) == " ".join(step.name.split()), step.id
    for lane in model.lanes.values():
        assert lane.name.replace(" ", "") in "".join(texts(groups[lane.id])).replace(" ", "")
    root = etree.fromstring(svg.encode("utf-8"))
    assert root.find(f"{SVG}title").text == model.name
    assert root.find(f".//{SVG}line[@class='line-of-visibility']") is not None
    assert root.find(f".//{SVG}line[@class='line-of-interaction']") is not None


def _tiny_model(name: str) -> ProcessModel:
    model = ProcessModel("Πελάτης & <Co>")
    model.add_pool(Pool("P", "Our company", process_id=model.process_id, bounds=Rect(0, 0, 630, 200)))
    model.add_lane(Lane("L", "ลูกค้า", "customer", pool="P", bounds=Rect(30, 0, 600, 200), role_set=True))
    model.add_step(Step("S", "startEvent", "", lane="L", bounds=Rect(180, 80, 36, 36)))
    model.add_step(Step("T", "userTask", name, lane="L", bounds=Rect(260, 58, 120, 80), channel="web"))
    model.add_flow(Flow("F", "S", "T", name="go <now> & \"then\"", waypoints=((216, 98), (260, 98))))
    return model


def test_text_is_escaped_and_keeps_greek_and_thai() -> None:
    name = "Ελέγχει <τιμή> & สั่งซื้อสินค้า \x01"
    svg = diagram_svg(_tiny_model(name))
    groups = groups_by_id(svg)  # well-formed despite <, & and a control character
    assert " ".join(texts(groups["T"], "label")).replace(" ", "") == name.replace(" ", "").replace("\x01", "")
    assert "go <now> & \"then\"" in " ".join(texts(groups["F"]))
    assert "ลูกค้า" in svg and "&lt;τιμή&gt;" in svg  # UTF-8 as is, markup escaped
    classes = groups["T"].get("class").split()
    assert {"bpmn-activity", "bpmn-user-task", "bpmn-user", "front-stage", "channel-web"} <= set(classes)


def test_transparent_and_embedded_forms() -> None:
    model = _tiny_model("Order")
    assert 'class="background"' in diagram_svg(model)
    bare = diagram_svg(model, background=None, standalone=False)
    assert 'class="background"' not in bare and bare.startswith("<svg ")


def test_highlights_only_when_given() -> None:
    model = _tiny_model("Order")
    assert 'class="highlights"' not in diagram_svg(model)
    marked = diagram_svg(model, DiagramView(highlights=(Highlight("T", "error", "F · W"), Highlight("F"))))
    root = etree.fromstring(marked.encode("utf-8"))
    layer = root.find(f"{SVG}g[@class='highlights']")
    assert [g.get("data-element-id") for g in layer] == ["T", "F"]
    assert layer[0].get("class") == "highlight error" and "F · W" in " ".join(texts(layer[0]))


def test_wrapping_estimates_widths_by_character() -> None:
    assert text_width("iiii", 12) < text_width("MMMM", 12)
    assert text_width("สั่ง", 12) < text_width("สสสส", 12)  # Thai marks take no room
    lines = wrap("Research products on website", 60, 12)
    assert len(lines) > 1 and " ".join(lines) == "Research products on website"
    assert all(text_width(line, 12) <= 60 for line in lines if " " in line)
