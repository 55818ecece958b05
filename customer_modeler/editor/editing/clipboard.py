"""Editor layer: copy and paste of steps as plain data (pure Python, no Qt).

A copy is a *payload*: the selected steps with every field, the sequence flows between
them, and the name and role of the lanes they came from, so it can travel as JSON on
the system clipboard to another window. A paste turns a payload into new steps and
flows with fresh ids for a target model: each step goes to the lane of the same name,
else the first lane of the same role, else the customer lane; when a point is given the
group is centred there and each step takes the lane it lands in, as a drag would.
The façade adds the result as one undo step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.geometry.routing import orthogonal_route, translated
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Lane, Notation, Point, Rect, Step, enclosing
from customer_modeler.model.lanes import lane_at

_E = TypeVar("_E", Step, Flow)

#: The clipboard format of our own (other programs get a picture beside it).
MIME_TYPE = "application/x-customer-process-modeler+json"
FORMAT_VERSION = 1
#: Room kept between a pasted step and the top or bottom of its lane.
LANE_PADDING = 5.0

_STEP_FIELDS = {f.name for f in fields(Step)}
_FLOW_FIELDS = {f.name for f in fields(Flow)}
_NOTATION_FIELDS = {f.name for f in fields(Notation)}
#: Fields of a step that name another step: kept when that step is pasted too (renamed),
#: or when the target model has it; otherwise cleared.
_STEP_REFERENCES = ("caused_by",)


@dataclass(frozen=True, slots=True)
class Pasted:
    """What a paste adds: new steps and flows (fresh ids), in the order to add them."""

    steps: list[Step]
    flows: list[Flow]


# -- copy -----------------------------------------------------------------------------------
def copy_payload(model: ProcessModel, step_ids: list[str], source: str = "") -> dict[str, Any]:
    """The payload of the editable steps among ``step_ids`` and the flows between them.

    ``source`` names the document copied from, so a paste can tell whether the
    originals are in the same document (then it pastes beside them).
    """
    steps = [s for s in _in_model_order(model.steps, set(step_ids)) if s.editable]
    chosen = {s.id for s in steps}
    between = {f.id for step_id in chosen for f in model.outgoing(step_id)
               if not f.message and f.target in chosen}
    flows = _in_model_order(model.flows, between)
    lanes = {s.lane: _lane_record(model.lanes[s.lane]) for s in steps
             if s.lane is not None and s.lane in model.lanes}
    return {
        "format": FORMAT_VERSION, "source": source,
        "steps": [_encode(s) for s in steps], "flows": [_encode(f) for f in flows],
        "lanes": lanes,
    }


def _in_model_order(container: dict[str, _E], keys: set[str]) -> list[_E]:
    """The elements of ``keys`` found in ``container``, in its order: by a walk in C over
    its keys, none for a single key (a Python walk over every step and flow cost a Copy of
    one step 40 ms in a journey of 100,000 steps; the walk in C still 5-10 ms)."""
    if len(keys) <= 1:
        return [container[key] for key in keys if key in container]
    return [container[key] for key in filter(keys.__contains__, container)]


def to_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


def from_json(text: str) -> dict[str, Any]:
    """Read a payload back.

    Raises
    ------
    ValueError
        When ``text`` is not a payload of this format.
    """
    payload = json.loads(text)
    if not isinstance(payload, dict) or payload.get("format") != FORMAT_VERSION:
        raise ValueError(QCoreApplication.translate("Clipboard", "The clipboard does not hold steps of this editor."))
    for key, kind in (("steps", list), ("flows", list), ("lanes", dict)):
        if not isinstance(payload.get(key), kind):
            raise ValueError(QCoreApplication.translate("Clipboard", "The copied steps are incomplete."))
    return payload


def step_count(payload: dict[str, Any]) -> int:
    return len(payload["steps"])


# -- paste ----------------------------------------------------------------------------------
def plan_paste(model: ProcessModel, payload: dict[str, Any], at: Point | None = None,
               offset: Point = (0.0, 0.0), header: float = 0.0) -> Pasted:
    """New steps and flows that paste ``payload`` into ``model``.

    Parameters
    ----------
    at
        Centre the group on this diagram point (the mouse); each step takes the lane
        under its centre there (pulled up or down to lie inside it), else its matched lane.
    offset
        Without ``at``: move each step by this much from where it was copied, in its
        matched lane (beside the originals in the same document).
    header
        Width of the lane name band: a group pasted at ``at`` moves right until no
        step covers a lane's name.

    Raises
    ------
    ValueError
        When a copied step or flow cannot be read.
    """
    steps = [_decode_step(record) for record in payload["steps"]]
    lanes: dict[str, dict[str, Any]] = payload["lanes"]
    new_ids = _fresh_ids(model, [(_prefix(s), s.id) for s in steps])
    group = enclosing([s.bounds for s in steps if s.bounds is not None])
    shift = offset
    if at is not None and group is not None:
        shift = (at[0] - group.center[0], at[1] - group.center[1])
        shift = (shift[0] + _clear_of_headers(model, steps, shift, header), shift[1])
    placed: dict[str, Step] = {}
    for step in steps:
        matched = match_lane(model, lanes.get(step.lane or "", {}))
        bounds, lane = _place(model, step.bounds, lanes.get(step.lane or "", {}), matched, shift,
                              follow_point=at is not None)
        step.id, step.lane, step.bounds = new_ids[step.id], lane.id if lane else None, bounds
        step.process, step.container = _process_of(model, lane), None
        step.notation = _without_host(step.notation)
        placed[step.id] = step
    old_to_new = dict(new_ids)
    for step in placed.values():
        _remap_references(model, step, old_to_new)
    flows = _paste_flows(model, payload["flows"], old_to_new, placed, steps_before=payload["steps"])
    return Pasted(list(placed.values()), flows)


def match_lane(model: ProcessModel, record: dict[str, Any]) -> Lane | None:
    """The target lane for a step copied from the lane ``record`` describes.

    The same name (ignoring case and spaces around it), else the first lane of the same
    role, else the customer lane, else the top lane (None when the model has no lanes).
    """
    name = str(record.get("name", "")).strip().casefold()
    lanes = list(model.lanes.values())
    by_name = [lane for lane in lanes if name and lane.name.strip().casefold() == name]
    if by_name:
        same_id = [lane for lane in by_name if lane.id == record.get("id")]
        return (same_id or by_name)[0]
    by_role = [lane for lane in lanes if lane.role == record.get("role")]
    if by_role:
        return by_role[0]
    return model.customer_lane or (lanes[0] if lanes else None)


# -- helpers --------------------------------------------------------------------------------
def _lane_record(lane: Lane) -> dict[str, Any]:
    return {"id": lane.id, "name": lane.name, "role": lane.role,
            "bounds": _plain(lane.bounds) if lane.bounds is not None else None}


def _encode(element: Step | Flow) -> dict[str, Any]:
    return {f.name: _plain(getattr(element, f.name)) for f in fields(element)}


def _plain(value: Any) -> Any:
    """A dataclass field as JSON data: records become dicts, tuples lists."""
    if isinstance(value, Rect):
        return {"x": value.x, "y": value.y, "width": value.width, "height": value.height}
    if isinstance(value, Notation):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


def _rect(data: Any) -> Rect | None:
    if data is None:
        return None
    return Rect(float(data["x"]), float(data["y"]), float(data["width"]), float(data["height"]))


def _decode_step(record: dict[str, Any]) -> Step:
    try:
        values = {k: v for k, v in record.items() if k in _STEP_FIELDS}
        values["bounds"] = _rect(values.get("bounds"))
        for name in ("systems", "data_in"):
            values[name] = tuple(values.get(name) or ())
        notation = {k: v for k, v in (values.get("notation") or {}).items() if k in _NOTATION_FIELDS}
        notation["event_definitions"] = tuple(notation.get("event_definitions") or ())
        values["notation"] = Notation(**notation)
        values["extra"] = dict(values.get("extra") or {})
        return Step(**values)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(QCoreApplication.translate("Clipboard", "A copied step cannot be read.")) from error


def _decode_flow(record: dict[str, Any]) -> Flow:
    try:
        values = {k: v for k, v in record.items() if k in _FLOW_FIELDS}
        values["waypoints"] = tuple((float(x), float(y)) for x, y in values.get("waypoints") or ())
        values["extra"] = dict(values.get("extra") or {})
        return Flow(**values)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(QCoreApplication.translate("Clipboard", "A copied flow cannot be read.")) from error


def _prefix(step: Step) -> str:
    if step.type in ("start", "end", "event"):
        return "Event"
    if step.type in ("xor", "and", "or"):
        return "Gateway"
    return "Activity"


def _fresh_ids(model: ProcessModel, wanted: list[tuple[str, str]]) -> dict[str, str]:
    """A new id per old id (``wanted`` holds (prefix, old id)) used by nothing in ``model``."""
    taken: set[str] = set()
    n = len(model.steps) + len(model.flows) + len(model.lanes) + 1
    found: dict[str, str] = {}
    for prefix, old in wanted:
        while f"{prefix}_{n}" in taken or model.element(f"{prefix}_{n}") is not None:
            n += 1
        found[old] = f"{prefix}_{n}"
        taken.add(found[old])
    return found


def _place(model: ProcessModel, bounds: Rect | None, source_lane: dict[str, Any],
           matched: Lane | None, shift: Point, follow_point: bool) -> tuple[Rect | None, Lane | None]:
    """Where a pasted step goes and in which lane."""
    if bounds is None:
        return None, matched
    moved = bounds.moved(*shift)
    if follow_point:
        landed = lane_at(model, *moved.center)
        if landed is not None:
            return (_inside(moved, landed.bounds) if landed.bounds else moved), landed
    if matched is None or matched.bounds is None:
        return moved, matched
    old_lane = _rect(source_lane.get("bounds"))
    if old_lane is not None and not follow_point:
        # Same place inside the matched lane as inside the lane it was copied from.
        moved = Rect(moved.x, matched.bounds.y + (moved.y - old_lane.y), moved.width, moved.height)
    return _inside(moved, matched.bounds), matched


def _clear_of_headers(model: ProcessModel, steps: list[Step], shift: Point, header: float) -> float:
    """How far right a group shifted by ``shift`` must go so no step covers a lane's name band."""
    needed = 0.0
    for step in steps:
        if step.bounds is None:
            continue
        moved = step.bounds.moved(*shift)
        for lane in model.lanes.values():  # the bands at the step's height, left of it or not
            band = lane.bounds
            at_height = band is not None and band.y <= moved.center[1] <= band.y + band.height
            if band is not None and lane.horizontal and at_height:
                needed = max(needed, band.x + header + LANE_PADDING - moved.x)
    return needed


def _inside(bounds: Rect, lane: Rect) -> Rect:
    """``bounds`` moved up or down so that it lies inside ``lane`` (when it fits)."""
    y = min(max(bounds.y, lane.y + LANE_PADDING), lane.y + lane.height - bounds.height - LANE_PADDING)
    return Rect(bounds.x, y, bounds.width, bounds.height)


def _process_of(model: ProcessModel, lane: Lane | None) -> str:
    pool = model.pools.get(lane.pool or "") if lane is not None else None
    return pool.process_id if pool is not None and pool.process_id else model.process_id


def _without_host(notation: Notation) -> Notation:
    if notation.attached_to is None:
        return notation
    values = {f.name: getattr(notation, f.name) for f in fields(notation)}
    return Notation(**{**values, "attached_to": None})


def _remap_references(model: ProcessModel, step: Step, old_to_new: dict[str, str]) -> None:
    for name in _STEP_REFERENCES:
        ref = getattr(step, name)
        if ref is None:
            continue
        if ref in old_to_new:
            setattr(step, name, old_to_new[ref])
        elif ref not in model.steps:
            setattr(step, name, None)


def _paste_flows(model: ProcessModel, records: list[dict[str, Any]], old_to_new: dict[str, str],
                 placed: dict[str, Step], steps_before: list[dict[str, Any]]) -> list[Flow]:
    """The copied flows between pasted steps, with new ids and routes that follow their ends."""
    old_bounds = {r["id"]: _rect(r.get("bounds")) for r in steps_before}
    flows = [_decode_flow(r) for r in records]
    flows = [f for f in flows if f.source in old_to_new and f.target in old_to_new]
    taken = set(old_to_new.values())
    n = len(model.steps) + len(model.flows) + len(model.lanes) + len(taken) + 1
    for flow in flows:
        while f"Flow_{n}" in taken or model.element(f"Flow_{n}") is not None:
            n += 1
        source, target = placed[old_to_new[flow.source]], placed[old_to_new[flow.target]]
        flow.waypoints = _route(flow.waypoints, old_bounds.get(flow.source), source.bounds,
                                old_bounds.get(flow.target), target.bounds)
        flow.id, flow.source, flow.target = f"Flow_{n}", source.id, target.id
        flow.process, flow.container = source.process, None
        taken.add(flow.id)
    return flows


def _route(points: tuple[Point, ...], old_source: Rect | None, new_source: Rect | None,
           old_target: Rect | None, new_target: Rect | None) -> tuple[Point, ...]:
    """The copied route moved with its ends, or a fresh one when they moved apart."""
    if new_source is None or new_target is None:
        return ()
    if old_source is not None and old_target is not None and points:
        dx, dy = new_source.x - old_source.x, new_source.y - old_source.y
        if (new_target.x - old_target.x, new_target.y - old_target.y) == (dx, dy):
            return translated(points, dx, dy)
    return orthogonal_route(new_source, new_target)
