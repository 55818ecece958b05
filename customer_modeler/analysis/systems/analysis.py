"""Analysis layer: Analysis 4, systems seen from the customer's side (docs/methods.md §6).

The footprint of each system (touches, P(journey touches it), customer minutes exposed,
failures attributable, where its invisible users surface), the queue-aware model of the
resource pools (Erlang C and staffing, :mod:`customer_modeler.analysis.engine.queues`), and the
impact of a change: an element-id diff of two versions of one model in the manner of
bpmn-js-differ (layout ignored, each change classified customer-visible or backstage),
the scorecard before and after, and how often each touchpoint is met before and after.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

from customer_modeler.analysis.engine.attributes import customer_minutes
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.fail_points.analysis import SurfaceFinder, surface_finder
from customer_modeler.analysis.engine.hitting import hit_probabilities
from customer_modeler.analysis.issues import Issue
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.engine.scorecard import scorecard
from customer_modeler.analysis.engine.queues import (
    TARGET_WAIT,
    QueueModel,
    flat_card,
    number,
    queue_highlights,
    queue_model,
    scorecard_rows,
    touchpoint_rows,
)
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.visibility import in_customer_lane, step_visible

#: Fields that are layout (BPMN DI) or BPMN container bookkeeping, never diffed.
IGNORED_FIELDS: Final = frozenset({"id", "bounds", "waypoints", "horizontal", "process",
                                   "pool", "from_pool"})
#: Fields that hold the id of another element, translated when matching by key.
_REFERENCES: Final = {"lane": "lane", "parent": "lane", "container": "step",
                      "source": "step", "target": "step"}

Row = dict[str, object]
Card = Mapping[str, object]


def footprint_rows(model: ProcessModel, engine: Engine,
                   finder: SurfaceFinder | None = None) -> list[Row]:
    """The footprint table (§6a step 1): one row per defined or used system.

    Parameters
    ----------
    model : ProcessModel
        Supplies system names and owners.
    engine : Engine
        A solved engine (a queued one, so that customer minutes include queue waits).
    finder : SurfaceFinder, optional

    Returns
    -------
    list of dict
        ``system``, ``name``, ``owner_lane``, ``fail_prob``, ``users``, ``touches``,
        ``visible_touches``, ``P_touch``, ``customer_minutes``, ``failures``, ``surfaces_at``.
    """
    finder = surface_finder(engine) if finder is None else finder
    users: dict[str, list[str]] = {s: [] for s in model.systems}
    for node in engine.reachable:
        step = engine.steps[node]
        if step.is_task:
            for system in dict.fromkeys(step.systems):
                users.setdefault(system, []).append(node)
    hits = hit_probabilities(engine, {s: nodes for s, nodes in users.items() if nodes})
    fail = engine.graph.graph["systems"]
    return [_footprint_row(model, engine, finder, s, nodes, hits.get(s, 0.0), fail.get(s, 0.0))
            for s, nodes in users.items()]


def _footprint_row(model: ProcessModel, engine: Engine, finder: SurfaceFinder, system: str,
                   nodes: list[str], p_touch: float, fail_prob: float) -> Row:
    x, steps = engine.visits, engine.steps
    # Each user's step and visits are looked up once; the sums below add in user order.
    visits, seen, hidden, minutes = [], [], [], []
    for n in nodes:
        step, x_n = steps[n], x[n]
        visits.append(x_n)
        if step.visible:
            seen.append(x_n)
        else:
            hidden.append(n)
        minutes.append(x_n * customer_minutes(step))  # users are tasks
    touches = sum(visits)
    surfaces = dict.fromkeys(p for n in hidden for p in finder.find(n)[0])
    known = model.systems.get(system)
    return {
        "system": system, "name": "" if known is None else known.name,
        "owner_lane": "" if known is None else known.owner_lane or "",
        "fail_prob": fail_prob, "users": " ".join(nodes), "touches": touches,
        "visible_touches": sum(seen), "P_touch": p_touch, "customer_minutes": sum(minutes),
        "failures": touches * fail_prob, "surfaces_at": " ".join(surfaces),
    }


class Diff(NamedTuple):
    """The change list, whether ids were matched by key, and {type: {id: changed id}}."""

    rows: list[Row]
    by_key: bool
    pairs: dict[str, dict[str, str]]


def diff_models(current: ProcessModel, changed: ProcessModel) -> Diff:
    """The change list of §6a step 2: added, removed and changed elements, classified.

    Elements are matched by id (lanes, steps, flows, systems, resources, and the scenario
    as one element). When the two models share no step id, steps are matched by ``key``
    (then by name, each only when unique), flows by their matched ends and lanes by name:
    a stand-in for the key matching of §5.

    Returns
    -------
    Diff
        ``rows``: ``element`` (current id; the changed id for added elements),
        ``changed_element``, ``element_type``, ``change`` (added/removed/changed),
        ``attribute``, ``old``, ``new`` and ``customer_visible``, one row per changed
        attribute; ``by_key``: whether the key fallback was used; ``pairs``.
    """
    by_key = bool(current.steps) and bool(changed.steps) and not (
        current.steps.keys() & changed.steps.keys())
    pairs = _pairs(current, changed, by_key)
    rows: list[Row] = []
    for kind in pairs:
        old, new = getattr(current, kind + "s"), getattr(changed, kind + "s")
        rows.extend(_diff_kind(current, changed, kind, old, new, pairs))
    rows.extend(_diff_scenario(current.scenario, changed.scenario))
    return Diff(rows, by_key, pairs)


def _diff_scenario(old: Mapping[str, float], new: Mapping[str, float]) -> list[Row]:
    """The scenario (§1.4) as one backstage element whose attributes are its keys."""
    return [{"element": "scenario", "changed_element": "scenario", "element_type": "scenario",
             "change": "changed", "attribute": k, "old": old.get(k), "new": new.get(k),
             "customer_visible": False}
            for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]


def _pairs(a: ProcessModel, b: ProcessModel, by_key: bool) -> dict[str, dict[str, str]]:
    """{element type: {current id: changed id}} for the matched elements."""
    if by_key:
        steps = _unique_match(a.steps.values(), b.steps.values(), ("key", "name"))
        lanes = _unique_match(a.lanes.values(), b.lanes.values(), ("name",))
    else:
        steps, lanes = _same(a.steps, b.steps), _same(a.lanes, b.lanes)
    return {"lane": lanes, "step": steps, "flow": _flow_pairs(a, b, steps),
            "system": _same(a.systems, b.systems), "resource": _same(a.resources, b.resources)}


def _same(old: Mapping[str, object], new: Mapping[str, object]) -> dict[str, str]:
    return {i: i for i in old if i in new}


def _flow_pairs(a: ProcessModel, b: ProcessModel, steps: Mapping[str, str]) -> dict[str, str]:
    """Flows matched by their (matched) ends, the same id first; then a flow keeping its id
    and one end counts as reconnected. Flow ids are often positional, so an id that now
    joins two other steps is another flow (removed and added)."""
    get = steps.get
    ends = {i: (get(f.source, ""), get(f.target, "")) for i, f in a.flows.items()}
    pairs = {i: i for i, g in b.flows.items() if ends.get(i) == (g.source, g.target)}
    if len(pairs) == len(a.flows) == len(b.flows):
        return pairs  # the common case: every flow kept its id and its ends
    free: dict[tuple[str, str], str] = {}
    for g in b.flows.values():
        if g.id not in pairs:
            free.setdefault((g.source, g.target), g.id)
    for i in a.flows:
        if i not in pairs and ends[i] in free:
            pairs[i] = free.pop(ends[i])
    taken = set(pairs.values())
    for i, (source, target) in ends.items():
        kept = b.flows.get(i)
        if i not in pairs and i not in taken and kept is not None and (
                source == kept.source or target == kept.target):
            pairs[i] = i
    return pairs


def _unique_match(old: Iterable[object], new: Iterable[object],
                  attributes: tuple[str, ...]) -> dict[str, str]:
    """Pair elements whose attribute value is set and unique on both sides, in turn."""
    olds, news = list(old), list(new)
    pairs: dict[str, str] = {}
    for attribute in attributes:
        left = _unique_values(olds, attribute, set(pairs))
        right = _unique_values(news, attribute, set(pairs.values()))
        pairs.update({i: right[v] for v, i in left.items() if v in right})
    return pairs


def _unique_values(elements: list[object], attribute: str, taken: set[str]) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for element in elements:
        value, ident = getattr(element, attribute, None), getattr(element, "id")
        if value and ident not in taken:
            found.setdefault(str(value), []).append(ident)
    return {value: ids[0] for value, ids in found.items() if len(ids) == 1}


def _diff_kind(a: ProcessModel, b: ProcessModel, kind: str, old: Mapping[str, object],
               new: Mapping[str, object], pairs: Mapping[str, Mapping[str, str]]) -> list[Row]:
    matched = pairs[kind]
    back = set(matched.values())
    rows = [_change(a, b, kind, "removed", i, "", old[i], None) for i in old if i not in matched]
    for i, j in matched.items():
        if old[i] == new[j]:  # the common case, decided by the dataclass equality
            continue
        before, after = _attributes(old[i]), _attributes(new[j])
        for name in dict.fromkeys([*before, *after]):
            value = _translated(before.get(name), name, kind, pairs)
            if value != after.get(name):
                rows.append(_change(a, b, kind, "changed", i, j, old[i], new[j], name,
                                    before.get(name), after.get(name)))
    rows.extend(_change(a, b, kind, "added", j, j, None, new[j]) for j in new if j not in back)
    return rows


def _attributes(element: object) -> dict[str, object]:
    """An element's diffable attributes: dataclass fields minus layout, ``extra`` flattened."""
    values: dict[str, object] = {}
    for item in dataclasses.fields(element):  # type: ignore[arg-type]  # model records
        if item.name in IGNORED_FIELDS:
            continue
        value = getattr(element, item.name)
        if item.name == "extra":
            values.update({f"extra.{k}": v for k, v in value.items()})
        else:
            values[item.name] = value
    return values


def _translated(value: object, name: str, kind: str,
                pairs: Mapping[str, Mapping[str, str]]) -> object:
    """A reference attribute's current-model id in changed-model ids (key matching)."""
    target = _REFERENCES.get(name) if kind in ("step", "flow", "lane") else None
    if target is None or not isinstance(value, str):
        return value
    return pairs[target].get(value, value)


def _change(a: ProcessModel, b: ProcessModel, kind: str, change: str, element: str,
            changed_id: str, old: object, new: object, attribute: str = "",
            before: object = None, after: object = None) -> Row:
    visible = _customer_visible(a, b, kind, old, new, attribute)
    return {"element": element, "changed_element": changed_id, "element_type": kind,
            "change": change, "attribute": attribute, "old": _scalar(before),
            "new": _scalar(after), "customer_visible": visible}


def _scalar(value: object) -> object:
    if isinstance(value, tuple):
        return " ".join(str(v) for v in value)
    return value if value is None or isinstance(value, (bool, int, float, str)) else str(value)


def _customer_visible(a: ProcessModel, b: ProcessModel, kind: str, old: object, new: object,
                      attribute: str) -> bool:
    """§6a: visible steps and customer-lane elements, flows with a visible target, and
    ``prob`` changes on a split with a visible target; everything else is backstage."""
    sides = [(m, e) for m, e in ((a, old), (b, new)) if e is not None]
    if kind == "step":
        return any(_visible_step(m, getattr(e, "id")) for m, e in sides)
    if kind == "lane":
        return any(getattr(e, "role") == "customer" for _, e in sides)
    if kind != "flow":
        return False
    for model, flow in sides:
        targets = [getattr(flow, "target")]
        if attribute == "prob":
            targets += [f.target for f in model.outgoing(getattr(flow, "source"))]
        if any(_visible_step(model, t) for t in targets):
            return True
    return False


def _visible_step(model: ProcessModel, step_id: str) -> bool:
    step = model.steps.get(step_id)
    if step is None:
        return False
    return in_customer_lane(model, step) or step_visible(model, step)


def systems_report(model: ProcessModel, *, changed: ProcessModel | None = None,
                   engine: Engine | None = None, changed_engine: Engine | None = None,
                   arrival_rate: float | None = None, target_wait: float = TARGET_WAIT,
                   card: Card | None = None,
                   changed_card: Card | None = None) -> dict[str, object]:
    """Analysis 4 as a report: footprint, pools (Erlang C, staffing) and change impact.

    Parameters
    ----------
    model : ProcessModel
        The current model.
    changed : ProcessModel, optional
        A changed version with the same element ids (redesign, what-if).
    engine, changed_engine : Engine, optional
        Their solved engines, when already at hand.
    arrival_rate : float, optional
        Journeys per minute for the queue model (default: each model's scenario).
    target_wait : float
        Staffing target for W_q (minutes).
    card, changed_card : mapping, optional
        Their §2.11 scorecards, when already computed; used only when the queue model
        changes no wait (otherwise the queue-aware scorecard is computed here).

    Returns
    -------
    dict
        The common report, ``name`` "systems": tables ``footprint``, ``pools``, and with a
        scorecard ``scorecard``; with ``changed`` also ``changes`` and ``touchpoints``.
    """
    engine = analyse(model) if engine is None else engine
    report: dict[str, object] = {"name": "systems", "title": "Systems seen from the "
                                 "customer's side", "kpis": {}, "tables": {}, "highlights": []}
    issues = list(engine.issues)
    with collection_paused():
        current = _side(model, engine, arrival_rate, target_wait, card, changed is not None)
        if current is not None:
            issues.extend(_fill_current(report, model, *current))
        if changed is not None:
            issues.extend(_fill_changes(report, model, changed, current, changed_engine,
                                        arrival_rate, target_wait, changed_card))
    report["issues"] = [issue.as_dict() for issue in issues]
    return report


Side = tuple[QueueModel, Card | None]


def _side(model: ProcessModel, engine: Engine, rate: float | None, target: float,
          card: Card | None, need_card: bool) -> Side | None:
    """The queue model and (when needed or queued) the queue-aware scorecard of a model."""
    if not engine.solved or engine.stopped:
        return None
    queue = queue_model(model, engine, arrival_rate=rate, target_wait=target)
    if queue.waits or (card is None and need_card):
        card = scorecard(queue.engine)
    return queue, card


def _fill_current(report: dict[str, object], model: ProcessModel, queue: QueueModel,
                  card: Card | None) -> list[Issue]:
    engine = queue.engine
    footprint = footprint_rows(model, engine)
    tables: dict[str, list[Row]] = {"footprint": footprint,
                                    "pools": [p.row() for p in queue.pools]}
    kpis: dict[str, object] = {
        "systems": len(footprint), "system_touches": sum(number(r["touches"]) for r in footprint),
        "arrival_rate": queue.arrival_rate, "pools": len(queue.pools),
        "unstable_pools": sum(1 for p in queue.pools if not p.stable),
    }
    if card is not None:
        tables["scorecard"] = scorecard_rows(card)
        kpis["first_time_right"] = flat_card(card)["first_time_right"]
    report["tables"], report["kpis"] = tables, kpis
    report["highlights"] = queue_highlights(queue)
    return queue.issues


def _fill_changes(report: dict[str, object], model: ProcessModel, changed: ProcessModel,
                  current: Side | None, changed_engine: Engine | None, rate: float | None,
                  target: float, changed_card: Card | None) -> list[Issue]:
    """The change list, its highlights, and (when both sides solve) the before/after."""
    rows, by_key, pairs = diff_models(model, changed)
    tables: dict[str, list[Row]] = report["tables"]  # type: ignore[assignment]
    kpis: dict[str, object] = report["kpis"]  # type: ignore[assignment]
    tables["changes"] = rows
    kpis.update({f"changes_{c}": sum(1 for r in rows if r["change"] == c)
                 for c in ("added", "removed", "changed")})
    visible = sum(1 for r in rows if r["customer_visible"])
    kpis.update(changes_customer_visible=visible, changes_backstage=len(rows) - visible,
                diff_by_key=int(by_key))
    report["highlights"] = [*report["highlights"], *_diff_highlights(rows)]  # type: ignore[misc]
    other = analyse(changed) if changed_engine is None else changed_engine
    side = _side(changed, other, rate, target, changed_card, True)
    issues = other.issues + ([] if side is None else side[0].issues)
    issues = [dataclasses.replace(i, message="(changed model) " + i.message) for i in issues]
    if current is not None and side is not None and current[1] and side[1]:
        tables["scorecard"] = scorecard_rows(current[1], side[1])
        tables["touchpoints"] = touchpoint_rows(current[0].engine, side[0].engine,
                                                pairs["step"])
    return issues


def _diff_highlights(rows: list[Row]) -> list[Row]:
    """Added green, removed as a red ghost, changed blue; customer-visible ones bold
    (severity ``warning``; backstage ``info``). One highlight per element."""
    found: dict[tuple[object, object], Row] = {}
    for row in rows:
        key = (row["element"], row["change"])
        mark = found.setdefault(key, badge(str(row["element"]), str(row["change"]), "info",
                                           f"systems.{row['change']}"))
        if row["customer_visible"]:
            mark["severity"] = "warning"
    return list(found.values())
