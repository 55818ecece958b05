"""Analysis layer: the small labels ("badges") the highlights put on the diagram.

Like a headline, a badge is data: a code naming its template in :data:`BADGES` and the
parameters it fills in. The highlight keeps the English text in ``badge`` (the JSON, the
command line and the HTML diagram read it) and carries ``badge_code`` and ``badge_params``
beside it, so the window can write the same badge from its translated template in the
user's language and number format. Parameters are typed by their name's ending: ``_pct``
a fraction shown as a whole percentage, ``_n`` a number with two decimals, ``_code`` a
contact reason or other code of the modeller's, ``_attributes`` a list of attribute keys;
any other parameter is a name and is written as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from customer_modeler.model.attributes import display_name

#: The badge templates, by code. A template without words (symbols, a number, a name)
#: reads the same in every language; the window still writes its numbers its own way.
BADGES: Final = {
    "none": "",
    "streamline.transfer": "⇄",
    "streamline.transfer_to": "⇄ {step}",
    "streamline.loop": "↻ +{visits_n} visits",
    "streamline.repeat_data": "repeat data: {items}",
    "streamline.nva": "NVA",
    "streamline.time_share": "{share_pct} of customer time",
    "streamline.traversals": "{traversals_n}",
    "streamline.handoff": "handoff",
    "failure_demand.reason": "{reason_code}",
    "failure_demand.root_cause": "→ {contacts_n} contacts/journey",
    "failure_demand.branch": "{traversals_n}/journey",
    "fail_points.fail": "F",
    "fail_points.surfaces_at": "→ {steps}",
    "fail_points.wait": "W",
    "fail_points.moment_of_truth": "★",
    "compare.ours_only": "only ours",
    "compare.theirs_only": "idea",
    "compare.worse": "▼ vs {theirs}",
    "compare.better": "▲ vs {theirs}",
    "what_if.added": "new",
    "what_if.removed": "removed",
    "what_if.changed": "changed: {changed_attributes}",
    "what_if.lane_contacts": "{contacts_n} contacts",
    "systems.added": "+",
    "systems.removed": "−",
    "systems.changed": "Δ",
    "queues.load": "ρ {load_n}",
    "queues.unstable": "unstable",
}


def badge(element: str, kind: str, severity: str, code: str,
          **params: object) -> dict[str, object]:
    """One highlight: the element, its kind and severity, and badge ``code`` with
    ``params`` (the English ``badge`` written from them)."""
    if params or code not in _WORDLESS:
        words = badge_words(code, params)
    else:  # most highlights: "handoff", "F", "NVA" and the like need no writing
        words = _WORDLESS[code]
    return {"element": element, "kind": kind, "severity": severity,
            "badge": words, "badge_code": code, "badge_params": params}


def badge_words(code: str, params: Mapping[str, object]) -> str:
    """The English badge ``code`` with ``params`` written by their type."""
    writers = _WRITERS
    if len(params) == 1:  # nearly every badge: one number or one name
        ((name, value),) = params.items()
        text = (writers.get(name) or _writer_of(name))(value)
        if _BARE.get(code) == name:  # the template is the parameter alone
            return text
        return BADGES[code].format_map({name: text})
    values: dict[str, str] = {}
    for name, value in params.items():
        values[name] = (writers.get(name) or _writer_of(name))(value)
    return BADGES[code].format_map(values)


#: The templates without parameters, which read as they are.
_WORDLESS: Final = {code: text for code, text in BADGES.items() if "{" not in text}
#: The templates that are one parameter alone ("{traversals_n}"), by code: that
#: parameter's name (the badge is its written value; 220,000 of them at 100,000 steps).
_BARE: Final = {code: text[1:-1] for code, text in BADGES.items()
                if text.startswith("{") and text.endswith("}") and text.count("{") == 1}


def _writer_of(name: str) -> Callable[[object], str]:
    """How a parameter is written, by its name's ending (remembered: a report writes the
    same few names hundreds of thousands of times)."""
    if name.endswith("_code"):
        writer = _code_words
    elif name.endswith("_attributes"):
        writer = _attribute_list
    elif name.endswith("_pct"):
        writer = _percentage
    elif name.endswith("_n"):
        writer = _number
    else:
        writer = _as_text
    _WRITERS[name] = writer
    return writer


_WRITERS: dict[str, Callable[[object], str]] = {}


def _as_text(value: object) -> str:
    return str(value)


def _code_words(value: object) -> str:
    text = str(value).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _attribute_list(value: object) -> str:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return ", ".join(attribute_words(str(a)) for a in value)
    return str(value)


def _percentage(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{float(value):.0%}"


def _number(value: object) -> str:
    if type(value) is float:  # nearly always
        return f"{value:.2f}"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{float(value):.2f}"


def attribute_words(attribute: str) -> str:
    """A changed attribute as a badge says it: 'fail_prob' → 'failure probability' (the
    property's display name, lower-cased unless it starts with an abbreviation)."""
    words = display_name(attribute)
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]
