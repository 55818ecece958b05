"""Analysis layer: the evidence sentence of each streamlining candidate, as data.

A candidate keeps its English ``evidence`` (the JSON, the CSV and the command line read
it) and carries ``evidence_code`` and ``evidence_params`` beside it, so the window can
write the same sentence from its translated template in the user's language. Parameters
are typed by their name's ending: ``_n`` a number (four significant digits), ``_pct`` a
fraction shown as a percentage, ``_lane`` a lane's name ('' for the steps in no lane),
``_parts`` a list of C2 department parts (each filled into ``C2.part``); any other
parameter is a name or the modeller's phase and is written as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

#: The evidence sentences, by code. A count follows the thing it counts ("steps in the loop:
#: 1"), so a count of one reads as right as any other; C2's departments are never fewer than two.
EVIDENCE: Final = {
    "C1": "{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers "
          "per journey: {transitions_n}",
    "C2": "{departments_n} departments in the {phase} phase; contacts per journey: "
          "{department_parts}",
    "C2.part": "{department_lane} {contacts_n}",
    "C3": "repeat provisions of '{item}' per journey: {provisions_n}",
    "C4": "steps in the loop: {steps_n}; extra visits per journey: {visits_n}",
    "C4.avoidable": "steps in the loop: {steps_n}; extra visits per journey: {visits_n}; "
                    "avoidable contacts: {contacts} (see failure demand)",
    "C5": "non-value-adding steps: {steps_n}; customer minutes: {minutes_n}",
    "C5.share": "non-value-adding steps: {steps_n}; customer minutes: {minutes_n} "
                "({share_pct} of customer time)",
}
#: What the evidence calls the lane of steps that are in no lane.
NO_LANE: Final = "no lane"


def evidence(code: str, **params: object) -> dict[str, object]:
    """The candidate columns ``evidence`` (English), ``evidence_code`` and ``evidence_params``."""
    return {"evidence": evidence_words(code, params), "evidence_code": code,
            "evidence_params": params}


def evidence_words(code: str, params: Mapping[str, object]) -> str:
    """The English evidence ``code`` with ``params`` written by their type."""
    return EVIDENCE[code].format(**{name: _write(name, value) for name, value in params.items()})


def _write(name: str, value: object) -> str:
    if name.endswith("_lane"):
        return str(value) or NO_LANE
    if name.endswith("_parts") and isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(evidence_words("C2.part", part) for part in value
                         if isinstance(part, Mapping))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if name.endswith("_pct"):
        return f"{float(value):.1%}"
    if name.endswith("_n"):
        return f"{value:.4g}"
    return str(value)
