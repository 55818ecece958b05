"""Hypothesis strategies for random models a user could build in the editor, and the
strict comparison that says a write → read gave the same model back.

A model has one pool, lanes (the customer lane first), steps of every editable kind with
random customer attributes inside their documented ranges and notation markers, flows
that branch and loop back with probabilities, and model data. Names mix Thai, Greek,
Swedish and Portuguese letters with the characters XML escapes (``<``, ``&``, quotes,
``]]>``); no control characters, which XML 1.0 cannot carry.
"""

from __future__ import annotations

from dataclasses import fields

from hypothesis import strategies as st

from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Rect, Step, System
from customer_modeler.model.attributes import FLOW_ATTRIBUTES, STEP_ATTRIBUTES
from customer_modeler.model.elements import EDITABLE_KINDS, LOOP_KINDS, ModelInfo, Notation, Resource

LETTERS = ("abcXYZ019 -_./"  # plain
           "กขฃคงจฉชซญฎดตถทนบปผพฟภมยรลวศษสหฬอฮะาำเแโใไ่้๊๋"  # Thai
           "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΘΛΞΠΣΦΨΩάέήίόύώ"  # Greek
           "åäöÅÄÖ"  # Swedish
           "ãõçáéíóúâêôàÃÕÇÁÉÍÓÚÂÊÔÀ"  # Portuguese
           "<>&\"'")  # XML-special
#: Whole pieces that stress escaping: the CDATA end, an entity look-alike, a tag look-alike.
PIECES = ("]]>", "&amp;", "<b>", "\"'", "a&b", "R&D ", "x<y>z")

name_texts = st.lists(st.sampled_from(LETTERS) | st.sampled_from(PIECES), max_size=8).map("".join)
#: Tokens of list attributes (systems, data items) and plain-text attributes: no blanks.
tokens = st.text(st.sampled_from("abcxyzΑΒΓกขåöã_-0189"), min_size=1, max_size=6)
plain_texts = st.lists(st.sampled_from(LETTERS.replace(" ", "")) | st.sampled_from(PIECES),
                       min_size=1, max_size=6).map("".join).map(str.strip).filter(bool)

LANE_HEIGHT = 140.0
TASK_KINDS = tuple(sorted(k for k in EDITABLE_KINDS if "Task" in k or k == "task"))
EVENT_TRIGGERS = {
    "startEvent": ("message", "timer", "signal", "conditional"),
    "endEvent": ("message", "error", "escalation", "signal", "terminate", "compensation"),
    "intermediateCatchEvent": ("message", "timer", "signal", "conditional", "link"),
    "intermediateThrowEvent": ("message", "escalation", "signal", "link", "compensation"),
}


def _finite(low: float | None, high: float | None) -> st.SearchStrategy[float]:
    return st.floats(-1e9 if low is None else low, 1e9 if high is None else high,
                     allow_nan=False, allow_infinity=False)


@st.composite
def distributions(draw: st.DrawFn) -> str:
    form = draw(st.sampled_from(("fixed", "exp", "tri", "lognorm")))
    if form == "tri":
        low = draw(st.integers(0, 50))
        mode = low + draw(st.integers(0, 50))
        return f"tri:{low},{mode},{mode + draw(st.integers(1, 50))}"
    if form == "lognorm":
        return f"lognorm:{draw(st.integers(1, 90)) / 10:g}"
    return form


def attribute_value(spec, draw: st.DrawFn) -> object:
    """A random value ``spec`` accepts, as the property dock would store it."""
    if spec.kind == "float":
        return draw(_finite(spec.low, spec.high))
    if spec.kind == "int":
        return draw(st.integers(int(spec.low), int(spec.high)))
    if spec.kind == "bool":
        return draw(st.booleans())
    if spec.kind == "choice":
        return draw(st.sampled_from(spec.choices))
    if spec.kind == "list":
        return tuple(draw(st.lists(tokens, min_size=1, max_size=3)))
    if spec.kind == "distribution":
        return draw(distributions())
    return draw(plain_texts)


#: Triggers a linter questions in a model without decisions: unpaired links, a lone terminate.
LINTED_TRIGGERS = frozenset({"link", "terminate"})


@st.composite
def notations(draw: st.DrawFn, kind: str, all_triggers: bool = True) -> Notation:
    """Markers of an editable kind; without ``all_triggers`` none of :data:`LINTED_TRIGGERS`."""
    if kind in EVENT_TRIGGERS:
        triggers = [t for t in EVENT_TRIGGERS[kind] if all_triggers or t not in LINTED_TRIGGERS]
        chosen = draw(st.lists(st.sampled_from(triggers), max_size=1))
        return Notation(event_definitions=tuple(chosen))
    if kind in TASK_KINDS:
        return Notation(loop=draw(st.none() | st.sampled_from(LOOP_KINDS)))
    return Notation()


@st.composite
def random_steps(draw: st.DrawFn, step_id: str, kind: str, lane: int, x: float,
                 all_triggers: bool = True) -> Step:
    """A step with a random subset of the customer attributes, each inside its range."""
    chosen = draw(st.lists(st.sampled_from(STEP_ATTRIBUTES), unique_by=lambda s: s.name, max_size=10))
    values = {spec.name: attribute_value(spec, draw) for spec in chosen}
    width, height = (36.0, 36.0) if "Event" in kind else (50.0, 50.0) if "Gateway" in kind else (120.0, 80.0)
    top = LANE_HEIGHT * lane + draw(st.floats(0, LANE_HEIGHT - height).map(lambda v: round(v, 2)))
    return Step(step_id, kind, draw(name_texts), lane=f"L{lane}", bounds=Rect(x, top, width, height),
                notation=draw(notations(kind, all_triggers)), **values)


@st.composite
def random_models(draw: st.DrawFn, max_steps: int = 10, branching: bool = True) -> ProcessModel:
    """A valid model: a start, a chain through every drawn step to an end, and (with
    ``branching``) extra flows that branch forward and loop back; flows carry probabilities
    and failure marks. Without branching every step has one way on, flows are unnamed and
    no link or terminate event stands alone, as linters expect of a model without decisions."""
    model = ProcessModel(draw(name_texts))
    lane_count = draw(st.integers(1, 4))
    width = 300.0 + 130 * (max_steps + 1)
    model.add_pool(Pool("Org", draw(name_texts), model.process_id, Rect(0, 0, width, LANE_HEIGHT * lane_count)))
    lane_ids = [f"L{i}" for i in range(lane_count)]
    for i, lane_id in enumerate(lane_ids):
        role = "customer" if i == 0 else draw(st.sampled_from(["department", "system", "partner"]))
        cost = draw(st.none() | _finite(0.0, None)) if i else None
        model.add_lane(Lane(lane_id, draw(name_texts), role, pool="Org", role_set=True,
                            fixed_cost_per_year=cost, bounds=Rect(30, LANE_HEIGHT * i, width - 30, LANE_HEIGHT)))
    middle = EDITABLE_KINDS - ({"startEvent"} if branching else {"startEvent", "endEvent"})
    kinds = draw(st.lists(st.sampled_from(sorted(middle)), min_size=1, max_size=max_steps))
    if kinds[-1] != "endEvent":
        kinds.append("endEvent")
    step_ids = ["S0"]
    model.add_step(draw(random_steps("S0", "startEvent", 0, 40.0)))
    for i, kind in enumerate(kinds, start=1):
        lane = draw(st.integers(0, lane_count - 1))
        model.add_step(draw(random_steps(f"N{i}", kind, lane, 100.0 + 130 * i, all_triggers=branching)))
        step_ids.append(f"N{i}")
    sources = [s for s in step_ids if model.steps[s].kind != "endEvent"]
    pairs = [(a, b) for a, b in zip(step_ids, step_ids[1:]) if a in sources]
    extra = draw(st.lists(st.tuples(st.sampled_from(sources), st.sampled_from(step_ids[1:])),
                          max_size=6 if branching else 0))
    for n, (source, target) in enumerate(pairs + extra):
        flow_values = {spec.name: attribute_value(spec, draw)
                       for spec in draw(st.lists(st.sampled_from(FLOW_ATTRIBUTES), unique_by=lambda s: s.name))}
        model.add_flow(Flow(f"F{n}", source, target, name=draw(name_texts) if branching else "",
                            condition=draw(st.none() | plain_texts),
                            waypoints=tuple(draw(st.lists(st.tuples(st.integers(0, 2000).map(float),
                                                                    st.integers(0, 1000).map(float)),
                                                          min_size=2, max_size=4))),
                            **flow_values))
    for code in draw(st.lists(st.sampled_from(["WEB", "CRM", "ERP"]), unique=True)):
        model.systems[code] = System(code, draw(name_texts), draw(st.none() | st.sampled_from(lane_ids)),
                                     draw(st.none() | _finite(0.0, 1.0)))
    for code in draw(st.lists(st.sampled_from(["AGENTS", "CLERKS"]), unique=True)):
        model.resources[code] = Resource(code, draw(name_texts), draw(st.none() | _finite(0.0, 1e4)),
                                         draw(st.none() | _finite(0.0, 1e4)))
    for key in draw(st.lists(st.sampled_from(["journeys_per_year", "arrival_rate", "accounts"]),
                             unique=True)):
        model.scenario[key] = draw(_finite(0.0, 1e7))
    model.info = ModelInfo(company=draw(st.none() | plain_texts), time_unit=draw(st.none() | st.just("min")),
                           currency=draw(st.none() | st.sampled_from(["CU", "EUR", "฿"])))
    return model


# -- the identity check ---------------------------------------------------------------------
MODEL_COLLECTIONS = ("pools", "lanes", "steps", "flows", "artifacts", "systems", "resources")


def exact_differences(a: ProcessModel, b: ProcessModel, ignore: tuple[str, ...] = ()) -> list[str]:
    """Every field of every element, in order, compared exactly (empty when identical).

    ``process`` is left out: the reader fills in the process a step or flow belongs to,
    which a model built in code leaves open.
    """
    problems = []
    for name in ("name", "scenario", "info", "process_id"):
        if getattr(a, name) != getattr(b, name):
            problems.append(f"model {name}: {getattr(a, name)!r} != {getattr(b, name)!r}")
    for collection in MODEL_COLLECTIONS:
        mine, theirs = getattr(a, collection), getattr(b, collection)
        if list(mine) != list(theirs):
            problems.append(f"{collection} order: {list(mine)} != {list(theirs)}")
        for key, element in mine.items():
            other = theirs.get(key)
            if other is None:
                continue
            for field in fields(element):
                if field.name == "process" or field.name in ignore:
                    continue
                left, right = getattr(element, field.name), getattr(other, field.name)
                if left != right:
                    problems.append(f"{collection} {key}.{field.name}: {left!r} != {right!r}")
    return problems


