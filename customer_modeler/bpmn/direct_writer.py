"""BPMN layer: write a model of the common shape straight as text, with no parsed tree.

The tree writer (``writer``) synchronises the model into the tree its file was read from,
so that what the model does not hold (other tools' extensions, comments, layout) is kept.
That tree costs about ten times the file's size in memory for as long as the document is
open. A model made in this program, or read from a file this module wrote, has nothing
the model does not hold: every byte of its file comes from the model.

For such a model — one process, flat lanes, steps of the editor's kinds with their event
definitions, loop markers and default flow, sequence flows, our attributes and model data,
and their diagram —
:func:`write_direct` gives the very bytes the tree writer gives for a new document (the
tests compare the two), by joining strings. Anything else is declined (None), and the
tree writer does it. The reader drops the tree of a file whose bytes this module gives
back exactly (``reader``), so that file's document keeps no tree at all; the seal at the
end of the text (``seal``) tells it so without writing the file a second time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from customer_modeler import __version__
from customer_modeler.bpmn.extension import wanted_attributes, write_plan
from customer_modeler.bpmn.namespaces import NSMAP, XSI, cpm
from customer_modeler.bpmn.notation_reader import definition_tag
from customer_modeler.bpmn.seal import sealed
from customer_modeler.bpmn.source import EXPORTER, TARGET_NAMESPACE
from customer_modeler.bpmn.write_text import coordinate_texts
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTES,
    LANE_ATTRIBUTES,
    STEP_ATTRIBUTES,
    AttributeSpec,
    format_value,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Notation, Pool, Rect, Step

#: Kinds whose element holds only its id, name, notation (``_notation``), our attributes
#: and its flow references.
DIRECT_KINDS = frozenset({
    "task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask",
    "businessRuleTask", "scriptTask", "startEvent", "endEvent", "intermediateCatchEvent",
    "intermediateThrowEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
    "complexGateway"})
#: The collaboration a new document with a pool gets (``source.new_document``).
_COLLABORATION = "Collaboration_1"
#: Characters XML 1.0 cannot hold: lxml refuses them, so the tree writer's error stands.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")
#: What is escaped in an attribute, or cannot be written at all.
_SPECIAL = re.compile(f"{_ATTRIBUTE_SPECIAL.pattern[:-1]}{_NOT_XML.pattern[1:]}")
_SPECIAL_BUT_QUOTE = re.compile(_SPECIAL.pattern.replace('"', ""))
#: ``{cpm}name`` of our attributes to their start in the file (``' cpm:name="'``).
_OUR_ATTRIBUTE = {cpm(spec.name): f' cpm:{spec.name}="'
                  for spec in (*STEP_ATTRIBUTES, *FLOW_ATTRIBUTES, *LANE_ATTRIBUTES)}
_PLAIN = Notation()
#: A name written as it is: a scenario key (they are open) or an event definition's.
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
_ROLE = cpm("role")
_OUR_ATTRIBUTE[_ROLE] = ' cpm:role="'


class _Declined(Exception):
    """The model holds something only the tree writer writes."""


def write_direct(model: ProcessModel) -> bytes | None:
    """The model's file as the tree writer would write it as a new document, and sealed
    (``seal``), or None when the model is not of the shape this module writes."""
    try:
        with collection_paused():  # writing makes no cycles: see gc_pause
            _check_shape(model)
            return sealed("".join(_Document(model).pieces()).encode())
    except _Declined:
        return None


def writes_back(model: ProcessModel, size: int, digest: bytes) -> bool:
    """Whether :func:`write_direct` would give exactly the ``size`` bytes whose SHA-256 is
    ``digest``, before its seal: then a file read into ``model`` holds nothing but the
    model. Hashed piece by piece, so the file's text is never whole in memory."""
    written = hashlib.sha256()
    length = 0
    try:
        with collection_paused():  # writing makes no cycles: see gc_pause
            _check_shape(model)
            for piece in _Document(model).pieces():
                encoded = piece.encode()
                length += len(encoded)
                if length > size:
                    return False
                written.update(encoded)
    except _Declined:
        return False
    return length == size and written.digest() == digest


def _check_shape(model: ProcessModel) -> None:
    """Decline a model with anything the text below does not write as the tree writer does."""
    if len(model.pools) > 1 or model.artifacts:
        raise _Declined
    process = model.process_id
    pool = next(iter(model.pools.values()), None)
    if pool is not None and pool.process_id != process:
        raise _Declined
    pools = (None, pool.id if pool is not None else None)
    for lane in model.lanes.values():
        if lane.pool not in pools or lane.parent is not None or lane.from_pool is not None or lane.extra:
            raise _Declined
    for step in model.steps.values():
        notation = step.notation
        if (step.kind not in DIRECT_KINDS or step.container is not None
                or notation.attached_to is not None or (notation.event_definitions and notation.loop)
                or not all(_PLAIN_NAME.match(name) for name in notation.event_definitions)
                or step.process not in (None, process)
                or (step.lane is not None and step.lane not in model.lanes)):
            raise _Declined
    for flow in model.flows.values():
        if (flow.message or flow.container is not None or flow.process not in (None, process)
                or flow.source not in model.steps or flow.target not in model.steps):
            raise _Declined


def _attribute(text: str) -> str:
    """``text`` as libxml2 writes it in an attribute value."""
    if _SPECIAL.search(text) is None:  # one look finds nothing in nearly every text
        return text
    if _NOT_XML.search(text):
        raise _Declined
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def _text(text: str) -> str:
    """``text`` as libxml2 writes it as an element's content."""
    if _NOT_XML.search(text):
        raise _Declined
    if _TEXT_SPECIAL.search(text) is None:
        return text
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _ours(pairs: list[tuple[str, str]]) -> str:
    """Our attributes (``({cpm}name, text)`` pairs) as they follow an element's others."""
    try:
        return "".join([f'{_OUR_ATTRIBUTE[name]}{_attribute(text)}"' for name, text in pairs])
    except KeyError:
        raise _Declined from None  # only a name of our namespace is known


class _OurAttributes:
    """Our attributes of one table (steps', flows' or lanes') as the text that follows an
    element's others: ``wanted_attributes`` and its escaping, made in one pass for an
    element without ``extra`` values whose texts need no escaping (nearly every one)."""

    def __init__(self, specs: tuple[AttributeSpec, ...]) -> None:
        self.specs = specs
        plan = write_plan(specs)
        self.fields = tuple((_OUR_ATTRIBUTE[qname], format_) for qname, format_ in plan.fields)
        self.values = plan.values

    def __call__(self, source: Step | Flow | Lane) -> str:
        if not source.extra:
            parts = [f'{start}{format_(value)}"' for (start, format_), value in
                     zip(self.fields, self.values(source)) if value is not None and value != ()]
            text = "".join(parts)
            # each part holds just its two quotes, and nothing else to escape
            if _SPECIAL_BUT_QUOTE.search(text) is None and text.count('"') == 2 * len(parts):
                return text
        return _ours(wanted_attributes(self.specs, source))


_STEP_ATTRIBUTES = _OurAttributes(STEP_ATTRIBUTES)
_FLOW_ATTRIBUTES = _OurAttributes(FLOW_ATTRIBUTES)


def _bounds(indent: str, box: Rect) -> str:
    x, y, width, height = coordinate_texts((box.x, box.y, box.width, box.height))
    return f'{indent}<dc:Bounds x="{x}" y="{y}" width="{width}" height="{height}"/>\n'


def _label(indent: str, box: Rect | None) -> str:
    if box is None:
        return ""
    return f"{indent}<bpmndi:BPMNLabel>\n{_bounds(indent + '  ', box)}{indent}</bpmndi:BPMNLabel>\n"


class _Document:
    """One model written as one document, piece by piece in file order.

    Ids are written as they are: one with a character to escape (no valid id has one) is
    declined, so that only names and values are looked at element by element.
    """

    def __init__(self, model: ProcessModel) -> None:
        self.model = model
        if _SPECIAL.search("".join([model.process_id, *model.pools, *model.lanes, *model.steps,
                                    *model.flows])):
            raise _Declined
        self.pool = next(iter(model.pools.values()), None)
        # The flow ids of each step, in the model's order of flows: model.incoming() and
        # outgoing() would give them too, but make a list of flows per call (0.45 s more
        # at 100,000 steps); a source's first default flow is its ``default``.
        self.incoming: dict[str, list[str]] = {}
        self.outgoing: dict[str, list[str]] = {}
        self.default: dict[str, str] = {}
        for flow in model.flows.values():
            self.outgoing.setdefault(flow.source, []).append(flow.id)
            self.incoming.setdefault(flow.target, []).append(flow.id)
            if flow.is_default:
                self.default.setdefault(flow.source, flow.id)

    def pieces(self) -> Iterator[str]:
        model = self.model
        namespaces = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NSMAP.items())
        name = f' name="{_attribute(model.name)}"' if model.name else ""
        yield ("<?xml version='1.0' encoding='UTF-8'?>\n"
               f'<bpmn:definitions{namespaces} id="Definitions_1" targetNamespace="{TARGET_NAMESPACE}" '
               f'exporter="{EXPORTER}" exporterVersion="{__version__}"{name}>\n')
        if self.pool is not None:
            yield (f'  <bpmn:collaboration id="{_COLLABORATION}">\n'
                   f'    <bpmn:participant id="{self.pool.id}" processRef="{model.process_id}"'
                   f'{_name(self.pool.name)}/>\n'
                   "  </bpmn:collaboration>\n")
        yield f'  <bpmn:process id="{model.process_id}" isExecutable="false"'
        items = self._model_items()
        if items or model.lanes or model.steps or model.flows:
            yield ">\n"
            yield from self._model_data(items)
            yield from self._lanes()
            yield from self._steps()
            yield from self._flows()
            yield "  </bpmn:process>\n"
        else:
            yield "/>\n"
        yield from self._diagram()
        yield "</bpmn:definitions>"

    # -- the process --------------------------------------------------------------------------
    def _model_items(self) -> list[tuple[str, tuple[tuple[str, object], ...]]]:
        """``cpm:model``, the systems, the resources and ``cpm:scenario``, each with its values."""
        model = self.model
        items: list[tuple[str, tuple[tuple[str, object], ...]]] = []
        info = model.info
        values = (("company", info.company), ("variant_of", info.variant_of),
                  ("time_unit", info.time_unit), ("currency", info.currency))
        if any(value is not None for _, value in values):
            items.append(("model", values))
        for system in model.systems.values():
            items.append(("system", (("id", system.id), ("name", system.name),
                                     ("owner_lane", system.owner_lane), ("fail_prob", system.fail_prob))))
        for resource in model.resources.values():
            items.append(("resource", (("id", resource.id), ("name", resource.name),
                                       ("capacity", resource.capacity),
                                       ("cost_per_hour", resource.cost_per_hour))))
        if model.scenario:
            items.append(("scenario", tuple(model.scenario.items())))
        return items

    def _model_data(self, items: list[tuple[str, tuple[tuple[str, object], ...]]]) -> Iterator[str]:
        if not items:
            return
        yield "    <bpmn:extensionElements>\n"
        for local, pairs in items:
            if not all(_PLAIN_NAME.match(key) for key, _ in pairs):
                raise _Declined  # a scenario key that is no plain XML name: lxml judges it
            written = "".join(f' {key}="{_attribute(format_value(value))}"'
                              for key, value in pairs if value is not None and value != "")
            yield f"      <cpm:{local}{written}/>\n"
        yield "    </bpmn:extensionElements>\n"

    def _lanes(self) -> Iterator[str]:
        model = self.model
        if not model.lanes:
            return
        members: dict[str, list[str]] = {lane_id: [] for lane_id in model.lanes}
        for step in model.steps.values():
            if step.lane is not None:
                members[step.lane].append(step.id)
        yield f'    <bpmn:laneSet id="LaneSet_{model.process_id}">\n'
        for lane in model.lanes.values():
            pairs = wanted_attributes(LANE_ATTRIBUTES, lane)
            if lane.role_set or lane.role != "department":
                pairs.append((_ROLE, lane.role))
            head = f'      <bpmn:lane id="{lane.id}"{_name(lane.name)}{_ours(pairs)}'
            refs = members[lane.id]
            if not refs:
                yield head + "/>\n"
                continue
            yield head + ">\n"
            yield "".join([f"        <bpmn:flowNodeRef>{step_id}</bpmn:flowNodeRef>\n" for step_id in refs])
            yield "      </bpmn:lane>\n"
        yield "    </bpmn:laneSet>\n"

    def _steps(self) -> Iterator[str]:
        incoming, outgoing, default = self.incoming, self.outgoing, self.default
        for step in self.model.steps.values():
            step_id, kind = step.id, step.kind
            notation = step.notation
            marks, children = ("", "") if notation == _PLAIN else _notation(step)
            head = (f'    <bpmn:{kind} id="{step_id}"{_name(step.name)}{marks}'
                    + (f' default="{default[step_id]}"' if step_id in default else "")
                    + _STEP_ATTRIBUTES(step))
            ins, outs = incoming.get(step_id, ()), outgoing.get(step_id, ())
            if not ins and not outs and not children:
                yield head + "/>\n"
                continue
            refs = "".join([*[f"      <bpmn:incoming>{f}</bpmn:incoming>\n" for f in ins],
                            *[f"      <bpmn:outgoing>{f}</bpmn:outgoing>\n" for f in outs]])
            yield f"{head}>\n{refs}{children}    </bpmn:{kind}>\n"

    def _flows(self) -> Iterator[str]:
        for flow in self.model.flows.values():
            head = (f'    <bpmn:sequenceFlow id="{flow.id}" sourceRef="{flow.source}" '
                    f'targetRef="{flow.target}"{_name(flow.name)}{_FLOW_ATTRIBUTES(flow)}')
            if not flow.condition:
                yield head + "/>\n"
                continue
            yield (f'{head}>\n      <bpmn:conditionExpression xmlns:xsi="{XSI}" '
                   f'xsi:type="bpmn:tFormalExpression">{_text(flow.condition)}</bpmn:conditionExpression>\n'
                   "    </bpmn:sequenceFlow>\n")

    # -- the diagram --------------------------------------------------------------------------
    def _diagram(self) -> Iterator[str]:
        model = self.model
        yield ('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">\n'
               f'    <bpmndi:BPMNPlane id="BPMNPlane_1" '
               f'bpmnElement="{model.process_id if self.pool is None else _COLLABORATION}"')
        every_band: list[Pool | Lane] = [*model.pools.values(), *model.lanes.values()]
        bands = [band for band in every_band if band.bounds is not None]
        if not (bands
                or any(step.bounds is not None for step in model.steps.values())
                or any(flow.waypoints for flow in model.flows.values())):
            yield "/>\n  </bpmndi:BPMNDiagram>\n"
            return
        yield ">\n"
        yield from self._band_shapes(bands)
        yield from self._step_shapes()
        yield from self._edges()
        yield "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n"

    @staticmethod
    def _band_shapes(bands: list[Pool | Lane]) -> Iterator[str]:
        """The pool's and the lanes' shapes (``bands``: those with bounds), pool first."""
        for band in bands:
            assert band.bounds is not None
            horizontal = "true" if band.horizontal else "false"
            yield (f'      <bpmndi:BPMNShape id="{band.id}_di" bpmnElement="{band.id}" '
                   f'isHorizontal="{horizontal}">\n{_bounds("        ", band.bounds)}'
                   "      </bpmndi:BPMNShape>\n")

    def _step_shapes(self) -> Iterator[str]:
        for step in self.model.steps.values():
            if step.bounds is not None:
                step_id = step.id
                yield (f'      <bpmndi:BPMNShape id="{step_id}_di" bpmnElement="{step_id}">\n'
                       f'{_bounds("        ", step.bounds)}{_label("        ", step.label_bounds)}'
                       "      </bpmndi:BPMNShape>\n")

    def _edges(self) -> Iterator[str]:
        for flow in self.model.flows.values():
            if flow.waypoints:
                flow_id = flow.id
                texts = coordinate_texts([value for point in flow.waypoints for value in point])
                points = "".join([f'        <di:waypoint x="{x}" y="{y}"/>\n'
                                  for x, y in zip(texts[::2], texts[1::2])])
                yield (f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">\n'
                       f'{points}{_label("        ", flow.label_bounds)}      </bpmndi:BPMNEdge>\n')


def _notation(step: Step) -> tuple[str, str]:
    """The attributes (before ``default``) and the children (after the flow references) that
    write ``step.notation``, as ``notation_writer`` writes them into a new element."""
    notation = step.notation
    marks = []
    if notation.parallel_multiple:
        marks.append(' parallelMultiple="true"')
    if step.kind == "startEvent" and not notation.interrupting:
        marks.append(' isInterrupting="false"')
    if notation.compensation:
        marks.append(' isForCompensation="true"')
    if notation.triggered_by_event:
        marks.append(' triggeredByEvent="true"')
    if notation.instantiate:
        marks.append(' instantiate="true"')
    if notation.event_gateway_type == "parallel":
        marks.append(' eventGatewayType="Parallel"')
    children = []
    for number, name in enumerate(notation.event_definitions, start=1):
        tag, definition_id = definition_tag(name), _attribute(f"{step.id}_{name}_{number}")
        if name == "conditional":
            children.append(f'      <bpmn:{tag} id="{definition_id}">\n        <bpmn:condition/>\n'
                            f"      </bpmn:{tag}>\n")
        elif name == "link":
            children.append(f'      <bpmn:{tag} id="{definition_id}" name="{_attribute(step.name)}"/>\n')
        else:
            children.append(f'      <bpmn:{tag} id="{definition_id}"/>\n')
    if notation.loop == "standard":
        children.append("      <bpmn:standardLoopCharacteristics/>\n")
    elif notation.loop is not None:
        sequential = ' isSequential="true"' if notation.loop == "sequential" else ""
        children.append(f"      <bpmn:multiInstanceLoopCharacteristics{sequential}/>\n")
    return "".join(marks), "".join(children)


def _name(name: str) -> str:
    return f' name="{_attribute(name)}"' if name else ""

