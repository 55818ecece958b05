"""Analysis layer: scenarios without editing the file — "what if this value were that?".

A scenario is a list of settings ``ELEMENT.FIELD=VALUE``: ELEMENT is an id, a name
that only one step, lane or flow has, or ``'Source'->'Target'`` for the flow between
two steps; FIELD is an attribute of docs/methods.md §1.1–1.3, by its key or its display
name. :func:`apply_scenario` applies them to a copy of the model (the model itself is
never changed) and says what was set. Setting one branch probability of an exclusive
split moves the difference to the split's other branches in proportion to their
probabilities (branches set in the same scenario keep their values), so the split
still sums to 1; for two branches this is the failure-demand what-if of
docs/methods.md §8 step 4. :func:`scorecard_delta` lays the scorecards before and after
side by side. Used by ``analyze --set`` and by the window's What If dialog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTES,
    LANE_ATTRIBUTES,
    STEP_ATTRIBUTES,
    AttributeError_,
    AttributeSpec,
)
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Step
from customer_modeler.model.errors import ModelError

Element = Step | Flow | Lane
Row = dict[str, object]

#: The attributes a scenario may set, by kind of element.
FIELDS: dict[str, tuple[AttributeSpec, ...]] = {
    "step": STEP_ATTRIBUTES, "flow": FLOW_ATTRIBUTES, "lane": LANE_ATTRIBUTES}
#: Differences in probability smaller than this are no change.
_EPSILON = 1e-12
_QUOTED = r"""\s*(?:'([^']*)'|"([^"]*)"|(.*?))\s*"""
_FLOW_PATTERN = re.compile(rf"^{_QUOTED}->{_QUOTED}$")


class ScenarioError(ValueError):
    """A setting that cannot be applied; the message says why and what is accepted."""


@dataclass(frozen=True)
class Setting:
    """One ``ELEMENT.FIELD=VALUE`` as typed (the element and field not yet resolved)."""

    element: str
    field: str
    value: str

    @property
    def text(self) -> str:
        return f"{self.element}.{self.field}={self.value}"


@dataclass(frozen=True)
class Change:
    """A value the scenario changed: which element and field, before and after.

    ``why`` is ``"set"`` for a value the user gave, ``"rebalanced"`` for a branch of the
    same split that took its share of the difference.
    """

    element_id: str
    element: str
    kind: str
    field: str
    label: str
    unit: str
    before: object
    after: object
    why: str = "set"

    def as_row(self) -> Row:
        """The change as a table row (JSON, CSV and the dialog's list)."""
        return {"element": self.element_id, "name": self.element, "field": self.field,
                "label": self.label, "unit": self.unit, "before": self.before,
                "after": self.after, "why": self.why}


@dataclass(frozen=True)
class Scenario:
    """A copy of the model with the settings applied, and every value that changed."""

    model: ProcessModel
    changes: tuple[Change, ...]


# -- parsing --------------------------------------------------------------------------------

def parse_setting(text: str) -> Setting:
    """``ELEMENT.FIELD=VALUE`` → :class:`Setting` (the element may hold dots; the field not).

    Raises
    ------
    ScenarioError
        When the text has no ``=`` or no ``.`` before it.
    """
    left, equals, value = text.partition("=")
    element, dot, field = left.rpartition(".")
    if not equals or not dot or not element.strip() or not field.strip():
        raise ScenarioError(f"{text!r}: write ELEMENT.FIELD=VALUE, e.g. "
                            "'Ask a question.duration=5' or \"'Read'->'Ask'.prob=0.1\"")
    return Setting(element.strip(), field.strip(), value.strip())


# -- resolving ------------------------------------------------------------------------------

def kind_of(element: Element) -> str:
    """``step``, ``flow`` or ``lane``."""
    return "step" if isinstance(element, Step) else "flow" if isinstance(element, Flow) \
        else "lane"


def resolve_element(model: ProcessModel, text: str) -> Element:
    """The step, flow or lane ``text`` names: an id, a unique name, or ``'A'->'B'``.

    Names are compared without surrounding quotes and spaces, then ignoring case.

    Raises
    ------
    ScenarioError
        For no match, or a name several elements share (the message lists them).
    """
    text = text.strip()
    by_id = model.steps.get(text) or model.flows.get(text) or model.lanes.get(text)
    if by_id is not None:
        return by_id
    arrow = _FLOW_PATTERN.match(text) if "->" in text else None
    if arrow is not None:
        groups = arrow.groups()
        return _flow_between(model, _first(groups[:3]), _first(groups[3:]))
    return _by_name(model, _unquote(text), list(_named(model)))


def _first(groups: Sequence[str | None]) -> str:
    return next(g for g in groups if g is not None)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].strip()
    return text


def _named(model: ProcessModel) -> Iterable[Element]:
    yield from model.steps.values()
    yield from model.lanes.values()
    yield from model.flows.values()


def _by_name(model: ProcessModel, name: str, elements: Sequence[Element]) -> Element:
    for fold in (False, True):
        found = [e for e in elements if e.name and _same(e.name, name, fold)]
        if len(found) == 1:
            return found[0]
        if found:
            raise ScenarioError(f"{name!r} names {len(found)} elements: "
                                + "; ".join(describe(model, e) for e in found)
                                + ". Give the id instead")
    raise ScenarioError(f"no step, lane or flow is called {name!r} (nor has that id)")


def _same(a: str, b: str, fold: bool) -> bool:
    a = a.strip()
    return a.casefold() == b.casefold() if fold else a == b


def _flow_between(model: ProcessModel, source: str, target: str) -> Flow:
    steps = list(model.steps.values())
    start = model.steps.get(source) or _by_name(model, source, steps)
    end = model.steps.get(target) or _by_name(model, target, steps)
    found = [f for f in model.outgoing(start.id) if f.target == end.id]
    if not found:
        raise ScenarioError(f"no flow runs from {start.name or start.id!r} to "
                            f"{end.name or end.id!r}")
    if len(found) > 1:
        raise ScenarioError(f"{len(found)} flows run from {start.name or start.id!r} to "
                            f"{end.name or end.id!r}: "
                            + "; ".join(describe(model, f) for f in found)
                            + ". Give the id instead")
    return found[0]


def describe(model: ProcessModel, element: Element) -> str:
    """How a message names one candidate so the user can tell them apart (with its id)."""
    names = ElementNames(model)
    if isinstance(element, Step):
        lane = model.lanes.get(element.lane or "")
        where = f" in lane {lane.name!r}" if lane is not None and lane.name else ""
        before = [names(f.source) for f in model.incoming(element.id) if not f.message]
        after = f" after {before[0]}" if len(before) == 1 else ""
        kind = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", element.kind).lower()
        return f"{kind} {element.name!r}{where}{after} (id {element.id})"
    if isinstance(element, Flow):
        return f"flow {names(element.source)} → {names(element.target)} (id {element.id})"
    return f"lane {element.name!r} (id {element.id})"


def resolve_field(kind: str, text: str) -> AttributeSpec:
    """The attribute ``text`` names for an element of ``kind``: key, display name, or
    display name with unit ("Duration (min)"), ignoring case.

    Raises
    ------
    ScenarioError
        Naming the fields an element of that kind accepts.
    """
    wanted = text.strip().casefold()
    for spec in FIELDS[kind]:
        if wanted in (spec.name.casefold(), spec.display_name.casefold(),
                      spec.field_label.casefold()):
            return spec
    accepted = ", ".join(f"{spec.display_name} ({spec.name})" for spec in FIELDS[kind])
    raise ScenarioError(f"a {kind} has no field {text!r}; accepted: {accepted}")


# -- applying -------------------------------------------------------------------------------

def apply_scenario(model: ProcessModel, settings: Iterable[Setting | str]) -> Scenario:
    """A copy of ``model`` with every setting applied, in order, and what changed.

    Raises
    ------
    ScenarioError
        For a setting that cannot be parsed, resolved or applied (bad value).
    """
    parsed = [parse_setting(s) if isinstance(s, str) else s for s in settings]
    twin = model.copy()
    targets = [_target(twin, s) for s in parsed]
    held = {element.id for element, spec, _ in targets
            if isinstance(element, Flow) and spec.name == "prob"}
    changes: list[Change] = []
    for element, spec, value in targets:
        before = getattr(element, spec.name)
        _update(twin, element, spec.name, value)
        changes.append(_change(twin, element, spec, before, value, "set"))
        if isinstance(element, Flow) and spec.name == "prob":
            old = float(before) if isinstance(before, (int, float)) else None
            changes += _rebalance(twin, element, old, float(str(value)), held)
    return Scenario(twin, tuple(changes))


def check_settings(model: ProcessModel, settings: Iterable[Setting | str]) -> None:
    """Refuse what :func:`apply_scenario` refuses before it changes anything (a setting it
    cannot parse, resolve or read), without its copy of the model: a dialog answers at once
    and leaves the copy and the analyses to a worker thread.

    Raises
    ------
    ScenarioError
        The first setting refused, in :func:`apply_scenario`'s words.
    """
    for setting in settings:
        _target(model, parse_setting(setting) if isinstance(setting, str) else setting)


def _target(model: ProcessModel, setting: Setting) -> tuple[Element, AttributeSpec, object]:
    element = resolve_element(model, setting.element)
    spec = resolve_field(kind_of(element), setting.field)
    try:
        value = spec.parse(setting.value)
    except AttributeError_ as refusal:
        raise ScenarioError(f"{setting.text!r}: {refusal}") from None
    return element, spec, value


def _update(model: ProcessModel, element: Element, name: str, value: object) -> None:
    try:
        if isinstance(element, Step):
            model.update_step(element.id, **{name: value})
        elif isinstance(element, Flow):
            model.update_flow(element.id, **{name: value})
        else:
            model.update_lane(element.id, **{name: value})
    except ModelError as refusal:
        raise ScenarioError(str(refusal)) from None


def _change(model: ProcessModel, element: Element, spec: AttributeSpec, before: object,
            after: object, why: str) -> Change:
    return Change(element.id, ElementNames(model)(element.id), kind_of(element), spec.name,
                  spec.display_name, spec.unit, before, after, why)


def _rebalance(model: ProcessModel, flow: Flow, old: float | None, new: float,
               held: set[str]) -> list[Change]:
    """Give the other branches of an exclusive split the difference, in proportion.

    Branches without a probability count with the share the engine fills in for them
    (the rest of 1, split evenly); branches set by the scenario are held.
    """
    split = model.steps.get(flow.source)
    if split is None or split.type in ("and", "or"):
        return []
    branches = [f for f in model.outgoing(split.id) if not f.message]
    if len(branches) < 2:
        return []
    weights = _effective(branches, flow.id, old)
    free = [f for f in branches if f.id not in held]
    before = weights[flow.id]
    difference = before - new
    total = sum(weights[f.id] for f in free)
    if not free or abs(difference) <= _EPSILON:
        return []
    spec = FIELDS["flow"][0]
    changes: list[Change] = []
    for branch in free:
        share = weights[branch.id] / total if total > _EPSILON else 1 / len(free)
        after = round(max(0.0, weights[branch.id] + difference * share), 12)
        was = branch.prob
        _update(model, branch, "prob", after)
        changes.append(_change(model, branch, spec, was, after, "rebalanced"))
    return changes


def _effective(branches: Sequence[Flow], changed: str, old: float | None) -> dict[str, float]:
    """Each branch's probability before the change, missing ones filled as the engine does."""
    probs = {f.id: (old if f.id == changed else f.prob) for f in branches}
    given = sum(p for p in probs.values() if p is not None)
    empty = [k for k, p in probs.items() if p is None]
    fill = max(0.0, 1.0 - given) / len(empty) if empty else 0.0
    return {k: fill if p is None else float(p) for k, p in probs.items()}


# -- comparing -------------------------------------------------------------------------------

def scorecard_delta(before: Mapping[str, object] | None,
                    after: Mapping[str, object] | None) -> list[Row]:
    """The scorecards before and after as rows ``kpi``, ``before``, ``after``, ``delta``.

    Outcome shares are spread into ``p_outcome_<outcome>``; no rows when either
    scorecard is missing (an error stops it).
    """
    if before is None or after is None:
        return []
    # Imported here: the window's What If dialog imports this module, and the engine
    # behind the views (networkx, numpy) need not load before an analysis runs.
    from customer_modeler.analysis.streamline.views import numeric_kpis

    old, new = numeric_kpis(before), numeric_kpis(after)
    rows: list[Row] = []
    for key in dict.fromkeys([*old, *new]):
        a, b = old.get(key), new.get(key)
        delta = None if a is None or b is None else b - a
        rows.append({"kpi": key, "before": a, "after": b, "delta": delta})
    return rows


def scenario_section(scenario: Scenario, before: Mapping[str, object] | None,
                     after: Mapping[str, object] | None) -> dict[str, list[Row]]:
    """``{"set": change rows, "kpis": scorecard Δ rows}`` of a report run on a scenario."""
    return {"set": [c.as_row() for c in scenario.changes],
            "kpis": scorecard_delta(before, after)}
