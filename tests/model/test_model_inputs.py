"""The model-level inputs as the Model dialogs check them (docs/methods.md §1.4)."""

from __future__ import annotations

from customer_modeler.model.elements import Resource, System
from customer_modeler.model.model_inputs import (
    RESOURCE_FIELDS,
    SYSTEM_FIELDS,
    parse_rows,
    parse_scenario,
    resources_from_rows,
    scenario_keys,
    scenario_texts,
    spec_of_key,
    step_names,
    systems_from_rows,
)
from customer_modeler.model import Step


def test_scenario_keeps_unknown_keys_and_the_order_and_empty_removes():
    old = {"future_key": 7.0, "accounts": 2000.0, "journeys_per_year": 500.0}
    texts = scenario_texts(old)
    assert "future_key" not in texts and texts["accounts"] == "2000"
    texts.update(journeys_per_year="", accounts="2500", arrival_rate_per_min="0.1")
    edit = parse_scenario(texts, old)
    assert edit.problems == {}
    assert list(edit.scenario.items()) == [("future_key", 7.0), ("accounts", 2500.0),
                                           ("arrival_rate_per_min", 0.1)]


def test_scenario_values_outside_their_range_name_the_field_and_the_range():
    texts = dict.fromkeys(scenario_keys(), "")
    texts.update(churn_variant="15", ae_hours_per_year="9000", accounts_per_ae="0.5",
                 accounts="many", margin_per_kept_order_mode="90",
                 margin_per_kept_order_min="100")
    problems = parse_scenario(texts, {}).problems
    assert problems == {
        "churn_variant": "Share of accounts lost per year, this variant must be between 0 and 1",
        "ae_hours_per_year": ("Working hours per account executive per year must be between "
                              "1 h and 8760 h"),
        "accounts_per_ae": "Accounts per account executive must be at least 1",
        "accounts": "Accounts must be a number, not 'many'",
        "margin_per_kept_order_mode": ("Margin per kept order: the most likely value must not "
                                       "be below the low value"),
    }
    assert spec_of_key("churn_base_max").high == 1.0


def test_rows_need_unique_codes_without_spaces_and_values_in_range():
    texts = [{"id": "CRM", "name": "Customer records", "owner_lane": "", "fail_prob": "0.02"},
             {"id": "CRM", "name": "", "owner_lane": "", "fail_prob": "1.2"},
             {"id": "PBX IVR", "name": "", "owner_lane": "", "fail_prob": ""},
             {"id": "", "name": "No code", "owner_lane": "", "fail_prob": ""}]
    edit = parse_rows(texts, SYSTEM_FIELDS)
    assert edit.problems == {
        (1, "fail_prob"): "Failure probability per use must be between 0 and 1",
        (1, "id"): "Code 'CRM' is used by two rows",
        (2, "id"): "Code 'PBX IVR' has a space; steps list codes separated by spaces",
        (3, "id"): "Every row needs a code: steps refer to it by its code",
    }
    assert systems_from_rows(edit.rows[:1]) == {"CRM": System("CRM", "Customer records", None, 0.02)}


def test_resource_rows_become_pools_with_whole_servers():
    edit = parse_rows([{"id": "CC", "name": "Contact centre", "capacity": "4",
                        "cost_per_hour": ""}], RESOURCE_FIELDS)
    assert edit.problems == {}
    assert resources_from_rows(edit.rows) == {"CC": Resource("CC", "Contact centre", 4.0, None)}
    bad = parse_rows([{"id": "CC", "capacity": "0"}], RESOURCE_FIELDS)
    assert bad.problems == {(0, "capacity"): "Servers must be at least 1"}


def test_step_names_for_a_message():
    steps = [Step(f"T{i}", name=f"Step {i}") for i in range(5)]
    assert step_names(steps[:1]) == "'Step 0'"
    assert step_names(steps[:2]) == "'Step 0' and 'Step 1'"
    assert step_names(steps) == "'Step 0', 'Step 1', 'Step 2' and 2 more"
