"""Analysis layer: the ranked candidate list and the rule highlights of Analysis 1
(docs/methods.md §3 step 5 and "Highlights").

Candidates C1–C5 each name a rule, the elements involved, the evidence, the addressable
customer minutes and CU, and the advice; they are ranked by addressable customer
minutes, then cost. C6 (back-office merges) and C7 (complexity) are reported beside
them, not ranked. The evidence and the badges are read by people, so they name steps
and lanes by their names; the ids stay in the ``elements`` column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.streamline.evidence import evidence
from customer_modeler.analysis.streamline.rules import Loop, Row

#: The advice shown with each rule (§3 step 4).
ADVICE: Final = {
    "C1": "route right first time, or let the first contact resolve",
    "C2": "a single point of contact for the phase (e.g. a dedicated account executive)",
    "C3": "capture once and look it up afterwards",
    "C4": "remove the cause of the rework",
    "C5": "remove or automate the non-value-adding steps",
}


def rank_candidates(tables: Mapping[str, list[Row]], found: Sequence[Loop],
                    total_minutes: float, engine: Engine) -> list[Row]:
    """C1–C5 candidates, ranked by addressable customer minutes, then cost.

    Parameters
    ----------
    tables : mapping
        The rule tables ``transfer_chains``, ``phases``, ``repeated_data`` and ``nva``.
    found : sequence of Loop
        The C4 loops.
    total_minutes : float
        Customer minutes per journey (for the NVA share).
    engine : Engine
        The solved engine, whose names the evidence uses.

    Returns
    -------
    list of dict
        ``rank``, ``rule``, ``elements`` (space-separated ids), ``evidence``,
        ``customer_minutes``, ``cost``, ``advice``.
    """
    names = Names(engine)
    found_rows = (_transfers(tables["transfer_chains"], names)
                  + _phases(tables["phases"], names) + _data(tables["repeated_data"])
                  + _loops(found, names) + _nva(tables["nva"], total_minutes))
    found_rows = [row for row in found_rows if addresses_something(row)]
    found_rows.sort(key=lambda r: (-float(r["customer_minutes"] or 0.0),
                                   -float(r["cost"] or 0.0)))
    return [{"rank": k, **row, "advice": ADVICE[str(row["rule"])]}
            for k, row in enumerate(found_rows, start=1)]


#: Addressable figures at most this small are nothing (float noise).
NOTHING: Final = 1e-9


def addresses_something(row: Row) -> bool:
    """Whether a candidate's addressable customer minutes or CU are more than nothing."""
    return any(abs(float(row[key] or 0.0)) > NOTHING for key in ("customer_minutes", "cost"))


def _candidate(rule: str, elements: Sequence[str], said: Mapping[str, object],
               minutes: float, cost: float) -> Row:
    """A candidate row; ``said`` is its evidence (:func:`evidence`), English and as data."""
    # evidence_params is a row's one mapping: data for the window's translation, no column
    return {"rule": rule, "elements": " ".join(dict.fromkeys(elements)),
            **said,  # type: ignore[dict-item]
            "customer_minutes": minutes, "cost": cost}


class Names:
    """How the evidence names a step ('Check stock', quoted) and a lane (Sales), from
    the engine's names of the model."""

    def __init__(self, engine: Engine) -> None:
        self._describe = engine.graph.graph["names"]
        self._lanes = engine.graph.graph["lane_names"]

    def step(self, element: object) -> str:
        return str(self._describe(str(element)))

    def steps(self, elements: Sequence[str]) -> str:
        return str(self._describe.join(elements))

    def lane(self, lane: object) -> str:
        """A lane's name; the lane-less steps' lane stays "" (the evidence says "no lane")."""
        if not lane:
            return ""
        name = " ".join(str(self._lanes.get(str(lane)) or "").split())
        return name or str(self._describe(str(lane)))


def _transfers(rows: list[Row], names: Names) -> list[Row]:
    return [_candidate("C1", [str(r["from_step"]), str(r["to_step"])],
                       evidence("C1", from_step=names.step(r["from_step"]),
                                from_lane=names.lane(r["from_lane"]),
                                to_step=names.step(r["to_step"]), to_lane=names.lane(r["to_lane"]),
                                transitions_n=_number(r["transitions"])),
                       float(r["customer_minutes"] or 0.0), float(r["cost"] or 0.0))
            for r in rows]


def _phases(rows: list[Row], names: Names) -> list[Row]:
    by_phase: dict[str, list[Row]] = {}
    for row in rows:
        by_phase.setdefault(str(row["phase"]), []).append(row)
    result = []
    for phase, group in by_phase.items():
        if sum((float(r["contacts"] or 0.0) for r in group), 0.0) <= NOTHING:
            continue  # no contact in the phase: one point of contact would merge nothing
        parts = [{"department_lane": names.lane(r["department"]),
                  "contacts_n": _number(r["contacts"])} for r in group]
        result.append(_candidate(
            "C2", [n for r in group for n in str(r["steps"]).split()],
            evidence("C2", departments_n=len(group), phase=phase, department_parts=parts),
            sum((float(r["customer_minutes"] or 0.0) for r in group), 0.0),
            sum((float(r["cost"] or 0.0) for r in group), 0.0)))
    return result


def _data(rows: list[Row]) -> list[Row]:
    return [_candidate("C3", str(r["steps"]).split(),
                       evidence("C3", item=str(r["item"]),
                                provisions_n=_number(r["repeat_provisions"])),
                       float(r["customer_minutes"] or 0.0), float(r["cost"] or 0.0))
            for r in rows if r["flagged"]]


def _loops(found: Sequence[Loop], names: Names) -> list[Row]:
    result = []
    for loop in found:
        counts = {"steps_n": len(loop.members), "visits_n": loop.excess_visits}
        said = evidence("C4.avoidable", **counts, contacts=names.steps(loop.avoidable)) \
            if loop.avoidable else evidence("C4", **counts)
        result.append(_candidate("C4", loop.members, said, loop.customer_minutes, loop.cost))
    return result


def _nva(rows: list[Row], total_minutes: float) -> list[Row]:
    if not rows:
        return []
    minutes = sum((float(r["customer_minutes"] or 0.0) for r in rows), 0.0)
    counts = {"steps_n": len(rows), "minutes_n": minutes}
    said = evidence("C5.share", **counts, share_pct=minutes / total_minutes) if total_minutes \
        else evidence("C5", **counts)
    return [_candidate("C5", [str(r["step"]) for r in rows], said, minutes,
                       sum((float(r["cost"] or 0.0) for r in rows), 0.0))]


def rule_highlights(engine: Engine, tables: Mapping[str, list[Row]],
                    found: Sequence[Loop]) -> list[dict[str, object]]:
    """Transfer edges "⇄", loop outlines "↻ +n visits", "repeat data" badges, NVA hatching.

    Returns
    -------
    list of dict
        ``element``, ``kind``, ``severity``, ``badge`` (with its code and parameters).
    """
    result: list[dict[str, object]] = []
    succ = engine.graph.succ
    names = Names(engine)
    for row in tables["transfer_chains"]:
        a, b = str(row["from_step"]), str(row["to_step"])
        direct = succ[a].get(b)
        if direct is None:
            result.append(badge(a, "transfer", "warning", "streamline.transfer_to",
                                step=names.step(b)))
        else:
            result.extend(badge(f.id, "transfer", "warning", "streamline.transfer")
                          for f in direct["flows"])
    for loop in found:
        visits = loop.excess_visits  # a sum: once per loop, not once per member
        result.extend(badge(n, "loop", "warning", "streamline.loop", visits_n=visits)
                      for n in loop.members)
    items: dict[str, list[str]] = {}
    for row in tables["repeated_data"]:
        if row["flagged"]:
            for n in str(row["steps"]).split():
                items.setdefault(n, []).append(str(row["item"]))
    result.extend(badge(n, "repeat_data", "warning", "streamline.repeat_data",
                        items=", ".join(names))
                  for n, names in items.items())
    result.extend(badge(str(r["step"]), "nva", "info", "streamline.nva") for r in tables["nva"])
    return result


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0
