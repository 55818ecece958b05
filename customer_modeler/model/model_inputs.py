"""Model layer: the model-level inputs of docs/methods.md §1.4 as data, for the editor's
Model dialogs.

Systems, resources and the scenario are edited as text in a dialog; this module says
what each field is called, its unit and accepted range (as :class:`AttributeSpec`), and
turns the texts into new model values or a message per field. It also answers which
steps use a system or a resource, so a rename or removal can carry them along.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from customer_modeler.model.attributes import AttributeError_, AttributeSpec, format_value
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Resource, Step, System

#: Columns of the Systems dialog: code (what steps list), name, owner lane, failure rate.
SYSTEM_FIELDS: Final = (
    AttributeSpec("id", "str", label="Code"),
    AttributeSpec("name", "str"),
    AttributeSpec("owner_lane", "str", label="Owner lane"),
    AttributeSpec("fail_prob", "float", low=0.0, high=1.0, label="Failure probability per use"),
)

#: Columns of the Resources dialog (a pool of agents, docs/methods.md §2.9).
RESOURCE_FIELDS: Final = (
    AttributeSpec("id", "str", label="Code"),
    AttributeSpec("name", "str"),
    AttributeSpec("capacity", "int", low=1, label="Servers"),
    AttributeSpec("cost_per_hour", "float", low=0.0, label="Cost per hour", unit="CU"),
)

#: The scenario values (docs/methods.md §1.4, §2.9, §7, §8) in the groups the dialog shows.
SCENARIO_GROUPS: Final[tuple[tuple[str, tuple[AttributeSpec, ...]], ...]] = (
    ("Volume", (
        AttributeSpec("journeys_per_year", "float", low=0.0, label="Journeys per year"),
        AttributeSpec("arrival_rate_per_min", "float", low=0.0, label="Arrival rate",
                      unit="journeys per min"),
    )),
    ("Accounts and account executives", (
        AttributeSpec("accounts", "float", low=0.0, label="Accounts"),
        AttributeSpec("journeys_per_account_per_year", "float", low=0.0,
                      label="Journeys per account per year"),
        AttributeSpec("accounts_per_ae", "float", low=1.0, label="Accounts per account executive"),
        AttributeSpec("ae_cost_per_year", "float", low=0.0,
                      label="Cost per account executive per year", unit="CU"),
        AttributeSpec("ae_hours_per_year", "float", low=1.0, high=8760.0,
                      label="Working hours per account executive per year", unit="h"),
    )),
    ("Retention (all three or none)", (
        AttributeSpec("churn_base", "float", low=0.0, high=1.0,
                      label="Share of accounts lost per year, baseline"),
        AttributeSpec("churn_variant", "float", low=0.0, high=1.0,
                      label="Share of accounts lost per year, this variant"),
        AttributeSpec("annual_margin_per_account", "float", label="Margin per account per year",
                      unit="CU"),
    )),
)
SCENARIO_FIELDS: Final = {spec.name: spec for _title, specs in SCENARIO_GROUPS for spec in specs}

#: What the dialog shows when a value is not set (the analyses' default).
SCENARIO_DEFAULTS: Final = {"ae_hours_per_year": "1600"}

#: Parameters of the what-if sensitivity that take a range (docs/methods.md §7 step 6).
RANGE_PARAMETERS: Final = (
    "accounts", "journeys_per_account_per_year", "accounts_per_ae", "ae_cost_per_year",
    "margin_per_kept_order", "churn_base", "churn_variant", "annual_margin_per_account",
)
_MARGIN = AttributeSpec("margin_per_kept_order", "float", label="Margin per kept order", unit="CU")
#: Suffix of a range key and the column it fills.
RANGE_PARTS: Final = (("_min", "Low"), ("_mode", "Most likely"), ("_max", "High"))


def range_spec(parameter: str) -> AttributeSpec:
    """The spec of a sensitivity range bound: the parameter's own name, unit and range."""
    return SCENARIO_FIELDS.get(parameter, _MARGIN)


def scenario_keys() -> list[str]:
    """Every scenario key the dialog edits, values first, then the range bounds."""
    keys = list(SCENARIO_FIELDS)
    keys += [f"{p}{suffix}" for p in RANGE_PARAMETERS for suffix, _ in RANGE_PARTS]
    return keys


def spec_of_key(key: str) -> AttributeSpec:
    """The spec that checks a scenario key, range bounds included."""
    if key in SCENARIO_FIELDS:
        return SCENARIO_FIELDS[key]
    for suffix, _column in RANGE_PARTS:
        if key.endswith(suffix) and key[: -len(suffix)] in RANGE_PARAMETERS:
            return range_spec(key[: -len(suffix)])
    raise KeyError(key)


def scenario_texts(scenario: Mapping[str, float]) -> dict[str, str]:
    """The text each field of the dialog starts with ('' when not set)."""
    return {key: format_value(scenario[key]) if key in scenario else "" for key in scenario_keys()}


@dataclass(frozen=True)
class ScenarioEdit:
    """The outcome of the dialog's texts: the new scenario, or a message per key."""

    scenario: dict[str, float]
    problems: dict[str, str]


def parse_scenario(texts: Mapping[str, str], old: Mapping[str, float]) -> ScenarioEdit:
    """A new scenario from the dialog's texts ('' removes a value).

    Keys the dialog does not show (a newer version's, say) are kept as they were, and
    the old order of keys is kept so a save changes only what the user changed.
    """
    problems: dict[str, str] = {}
    values: dict[str, float] = {}
    for key, text in texts.items():
        if not text.strip():
            continue
        try:
            values[key] = float(spec_of_key(key).parse(text))  # type: ignore[arg-type]
        except AttributeError_ as error:
            problems[key] = str(error)
    problems.update(_range_problems(values, problems))
    scenario: dict[str, float] = {}
    for key, value in old.items():
        if key not in texts:
            scenario[key] = value
        elif key in values:
            scenario[key] = values[key]
    scenario.update({k: v for k, v in values.items() if k not in scenario})
    return ScenarioEdit(scenario, problems)


def _range_problems(values: Mapping[str, float], problems: Mapping[str, str]) -> dict[str, str]:
    """Low ≤ most likely ≤ high, where given (a message on the bound that breaks it)."""
    found: dict[str, str] = {}
    for parameter in RANGE_PARAMETERS:
        low, mode, high = (values.get(f"{parameter}{s}") for s, _ in RANGE_PARTS)
        name = range_spec(parameter).display_name
        if low is not None and high is not None and low > high:
            found[f"{parameter}_max"] = f"{name}: the high value must not be below the low value"
        elif mode is not None and low is not None and mode < low:
            found[f"{parameter}_mode"] = f"{name}: the most likely value must not be below the low value"
        elif mode is not None and high is not None and mode > high:
            found[f"{parameter}_mode"] = f"{name}: the most likely value must not be above the high value"
    return {k: v for k, v in found.items() if k not in problems}


@dataclass(frozen=True)
class RowsEdit:
    """The outcome of a table of systems or resources: the values of each row (None when
    not set), or a message per (row, field)."""

    rows: list[dict[str, object]]
    problems: dict[tuple[int, str], str]


def parse_rows(texts: list[Mapping[str, str]], fields: tuple[AttributeSpec, ...]) -> RowsEdit:
    """Check a table row by row: each field against its spec, and the codes (present,
    without spaces since steps list them separated by spaces, and each used once)."""
    rows: list[dict[str, object]] = []
    problems: dict[tuple[int, str], str] = {}
    seen: set[str] = set()
    for index, row in enumerate(texts):
        values: dict[str, object] = {}
        for spec in fields:
            text = row.get(spec.name, "").strip()
            try:
                values[spec.name] = spec.parse(text) if text else None
            except AttributeError_ as error:
                problems[(index, spec.name)] = str(error)
        code = str(values.get("id") or "")
        if not code:
            problems[(index, "id")] = "Every row needs a code: steps refer to it by its code"
        elif any(c.isspace() for c in code):
            problems[(index, "id")] = f"Code '{code}' has a space; steps list codes separated by spaces"
        elif code in seen:
            problems[(index, "id")] = f"Code '{code}' is used by two rows"
        seen.add(code)
        rows.append(values)
    return RowsEdit(rows, problems)


def systems_from_rows(rows: list[dict[str, object]]) -> dict[str, System]:
    """New :class:`System` records (never the old objects, so an undo gets those back)."""
    return {str(r["id"]): System(str(r["id"]), str(r.get("name") or ""),
                                 _text_or_none(r.get("owner_lane")), _float_or_none(r.get("fail_prob")))
            for r in rows}


def resources_from_rows(rows: list[dict[str, object]]) -> dict[str, Resource]:
    """New :class:`Resource` records."""
    return {str(r["id"]): Resource(str(r["id"]), str(r.get("name") or ""),
                                   _float_or_none(r.get("capacity")),
                                   _float_or_none(r.get("cost_per_hour")))
            for r in rows}


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None


def _float_or_none(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def steps_using_system(model: ProcessModel, system_id: str) -> list[Step]:
    """The steps that list the system in their Systems."""
    return [step for step in model.steps.values() if system_id in step.systems]


def steps_using_resource(model: ProcessModel, resource_id: str) -> list[Step]:
    """The steps whose Resource is the pool."""
    return [step for step in model.steps.values() if step.resource == resource_id]


def step_names(steps: list[Step], shown: int = 3) -> str:
    """'Advise, Order and 2 more' for a message."""
    names = [f"'{step.name or step.id}'" for step in steps]
    if len(names) <= shown:
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return ", ".join(names[:shown]) + f" and {len(names) - shown} more"
