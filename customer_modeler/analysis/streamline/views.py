"""Analysis layer: the handoff matrix and the two views of Analysis 1 (docs/methods.md §3
steps 1 and 3, §2.10).

The handoff matrix H[L₁, L₂] sums the expected direct task-to-task transitions
x_a·K_act[a, b] between lanes. The company view maps every non-customer lane onto one
"Company" lane (:func:`~customer_modeler.analysis.engine.company_view.company_lane_map`); only the
lane-dependent scorecard keys (:data:`LANE_KPIS`) change, and they follow from the same
K_act under that map, so the company view needs no second scorecard.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from customer_modeler.analysis.engine.attributes import DEPARTMENT_ROLES
from customer_modeler.analysis.engine.censored import transitions
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.scorecard import EffortWeights
from customer_modeler.analysis.streamline.rules import KAct, Row, Tasks

#: Scorecard keys that depend on the lanes (they differ between the two views).
LANE_KPIS: Final = ("handoffs", "internal_handoffs", "transfers", "lov_switches",
                    "lov_departments", "depts_met", "effort_index")

Matrix = dict[tuple[str, str], float]


def view_lanes(tasks: Tasks, lane_map: Mapping[str, str] | None = None) -> dict[str, str]:
    """{task: its lane in the view}; lanes the map does not name stay themselves."""
    if not lane_map:
        return tasks.lane
    return {n: lane_map.get(lane, lane) for n, lane in tasks.lane.items()}


def handoff_matrix(tasks: Tasks, k_act: KAct, lanes: Mapping[str, str] | None = None) -> Matrix:
    """§3 step 3: H[L₁, L₂] = Σ x_a·K_act[a, b] over tasks a in L₁ and b in L₂ ≠ L₁.

    Parameters
    ----------
    lanes : mapping, optional
        {task: its lane in a view} (:func:`view_lanes`); default the stored lanes.

    Returns
    -------
    dict
        {(from lane, to lane): expected handoffs per journey}, zero entries left out.
    """
    lanes = tasks.lane if lanes is None else lanes
    matrix: Matrix = {}
    for a, targets in k_act.items():
        x_a, lane_a = tasks.x[a], lanes[a]
        for b, k in targets.items():
            lane_b = lanes[b]
            if lane_a != lane_b and k > 0.0 and x_a > 0.0:
                matrix[(lane_a, lane_b)] = matrix.get((lane_a, lane_b), 0.0) + x_a * k
    return matrix


def handoff_rows(engine: Engine, matrix: Matrix) -> list[Row]:
    """The handoff matrix as rows in lane order, split into crossings of the line of
    interaction (one side is the customer lane) and internal handoffs.

    Returns
    -------
    list of dict
        ``from_lane``, ``to_lane``, ``from_name``, ``to_name``, ``handoffs`` and ``kind``
        (``interaction`` or ``internal``).
    """
    graph = engine.graph.graph
    customer, names = graph["customer_lane"], graph["lane_names"]
    order = {lane: i for i, lane in enumerate(graph["lanes"])}
    last = len(order)
    pairs = sorted(matrix, key=lambda p: (order.get(p[0], last), order.get(p[1], last)))
    return [{"from_lane": a, "to_lane": b, "from_name": names.get(a, a),
             "to_name": names.get(b, b), "handoffs": matrix[(a, b)],
             "kind": "interaction" if customer in (a, b) else "internal"} for a, b in pairs]


def view_departments(tasks: Tasks, lanes: Mapping[str, str]) -> dict[str, list[str]]:
    """{view lane: its visible department tasks} (§2.11 "department lanes"), given each
    task's lane in the view (:func:`view_lanes`)."""
    steps = tasks.steps
    found: dict[str, list[str]] = {}
    for n, lane in lanes.items():
        step = steps[n]
        if step.visible and step.role in DEPARTMENT_ROLES:
            found.setdefault(lane, []).append(n)
    return found


def company_kpis(tasks: Tasks, card: Mapping[str, object], k_act: KAct,
                 lanes: Mapping[str, str], met: Mapping[str, float],
                 weights: EffortWeights = EffortWeights(), *,
                 departments: Mapping[str, list[str]] | None = None) -> dict[str, float]:
    """The :data:`LANE_KPIS` in a derived view (the company view), from K_act.

    Parameters
    ----------
    card : mapping
        The departmental scorecard (its ``transfers`` and ``effort_index``).
    lanes : mapping
        {task: its lane in the view} (:func:`view_lanes`).
    met : mapping
        {view lane: P(hit its visible department tasks)} for the lanes of
        :func:`view_departments`.
    departments : mapping, optional
        :func:`view_departments` of ``lanes``, when the caller has it already.

    Returns
    -------
    dict
    """
    engine = tasks.engine
    customer = engine.graph.graph["customer_lane"]
    steps, x = tasks.steps, tasks.x
    matrix = handoff_matrix(tasks, k_act, lanes)
    transfers = sum((x[a] * k for a, targets in k_act.items() if steps[a].contact
                     for b, k in targets.items() if steps[b].contact and lanes[a] != lanes[b]),
                    0.0)
    if departments is None:
        departments = view_departments(tasks, lanes)
    switches = 0.0
    if len(departments) > 1:  # with one view lane, the counterpart never changes
        moves = transitions(engine, [n for nodes in departments.values() for n in nodes],
                            lambda a: [lanes[a]])
        switches = sum((t for origin, arrivals in moves.items() for b, t in arrivals.items()
                        if lanes[b] != origin), 0.0)
    old_transfers = _number(card, "transfers")
    return {
        "handoffs": sum(matrix.values(), 0.0),
        "internal_handoffs": sum((t for (a, b), t in matrix.items() if customer not in (a, b)),
                                 0.0),
        "transfers": transfers,
        "lov_switches": switches,
        "lov_departments": sum(1 for nodes in departments.values()
                               if any(x[n] > 0 for n in nodes)),
        "depts_met": sum((met[d] for d in departments), 0.0),
        "effort_index": _number(card, "effort_index")
        + weights.transfers * (transfers - old_transfers),
    }


def view_rows(card: Mapping[str, object], company: Mapping[str, float]) -> list[Row]:
    """Both views side by side.

    Parameters
    ----------
    card : mapping
        The departmental scorecard.
    company : mapping
        :func:`company_kpis` (keys not in it are the same in both views).

    Returns
    -------
    list of dict
        ``kpi``, ``departments``, ``company``, ``difference``: one row per numeric
        scorecard key, plus ``interaction_handoffs`` (crossings of the line of interaction).
    """
    departments = numeric_kpis(card)
    rows: list[Row] = []
    for key, value in departments.items():
        other = company.get(key, value)
        rows.append({"kpi": key, "departments": value, "company": other,
                     "difference": None if value is None or other is None else other - value})
    inside = _number(card, "handoffs") - _number(card, "internal_handoffs")
    crossing = company["handoffs"] - company["internal_handoffs"]
    rows.append({"kpi": "interaction_handoffs", "departments": inside, "company": crossing,
                 "difference": crossing - inside})
    return rows


def numeric_kpis(card: Mapping[str, object]) -> dict[str, float | int | None]:
    """The numeric entries of a scorecard, ``p_outcome`` flattened to ``p_outcome_<o>``."""
    result: dict[str, float | int | None] = {}
    for key, value in card.items():
        if isinstance(value, dict):
            for outcome, p in value.items():
                result[f"{key}_{outcome}"] = float(p)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            result[key] = value
        elif value is None:
            result[key] = None
    return result


def _number(card: Mapping[str, object], key: str) -> float:
    value = card.get(key)
    return float(value) if isinstance(value, (int, float)) else 0.0
