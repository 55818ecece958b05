"""Analysis layer: how a person reads a report — one table of display names, units,
formats and legends for every KPI and table column.

The window's results dock, the command line's text and the HTML page all turn report keys
into words here, so "p_any_failure" reads "Chance of at least one failure" and 0.3152 of
a share reads "31.5 %" in all three. The JSON keeps the keys: it is for programs.

A :class:`Field` says what a key is called, what kind of value it holds (a share shown as
a percentage, minutes, hours, money in the model's currency, ids shown as names, keys
shown as words) and, for abbreviations, what they mean. :func:`cell_text` writes one
value; :func:`column_label` one header; :func:`legend` the abbreviations a table uses.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.engine.naming import ElementNames
from customer_modeler.analysis.formatting import Profile
from customer_modeler.model.attributes import display_name
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.model_inputs import spec_of_key

#: Kinds of value: ``share`` (a fraction shown as a percentage), ``percent`` (already
#: a percentage), ``minutes``, ``hours``, ``money``, ``number``, ``ids`` (element ids
#: shown as names), ``key`` (a report key shown as its display name), ``code`` (a
#: modeller's code such as a contact reason, shown as words), ``rule`` (C1–C7), ``side``
#: (ours/theirs, current/what-if), ``attribute`` (a model attribute or scenario key shown
#: as the property's name), ``text``.
KINDS: Final = ("share", "percent", "minutes", "hours", "money", "number", "ids", "key",
                "code", "rule", "side", "attribute", "text")
#: Values closer to 0 than this are 0 (float noise such as −1.33e-15).
NOISE: Final = 1e-9


@dataclass(frozen=True)
class Field:
    """A KPI or column: its display name, the kind of its values and an optional legend."""

    label: str
    kind: str = "number"
    legend: str = ""

    def unit(self, currency: str = "CU") -> str:
        """The unit a header or figure adds: "min", "h", the currency, or ""."""
        return {"minutes": "min", "hours": "h", "money": currency}.get(self.kind, "")


def _f(label: str, kind: str = "number", legend: str = "") -> Field:
    return Field(label, kind, legend)


#: The rules of Analysis 1 (docs/methods.md §3), in words.
RULES: Final = {
    "C1": "transfer chain", "C2": "several departments in one phase",
    "C3": "repeated data capture", "C4": "loop or rework", "C5": "non-value-adding steps",
    "C6": "back-office merge", "C7": "complexity",
}

#: Abbreviations and codes that appear in headers or cells, with their meaning.
LEGEND: Final = {
    "S": "severity of the failure for the customer, 1 (none) to 10 (hazardous)",
    "O": "occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)",
    "D": "detection: 1 = the failure is caught before the customer notices, 10 = never",
    "RPN": "risk priority number S × O × D, 1 to 1,000",
    "EI": "expected impact: failures per journey × severity (ranks the fail points)",
    **{code: words[:1].upper() + words[1:] for code, words in RULES.items()},
    "VA": "value-adding", "BVA": "business-value-adding", "NVA": "non-value-adding",
    "MC": "Monte Carlo estimate (simulated journeys)",
    "FDR": "failure-demand ratio: avoidable inbound contacts / all inbound contacts",
    "GED": "graph edit distance between the two journeys",
    "AE": "account executive", "IVR": "automated answering system (interactive voice response)",
}

_P = "Chance of "
#: Every KPI and column key of the reports, in words.
FIELDS: Final[dict[str, Field]] = {
    # -- the scorecard (docs/methods.md §2.11) --
    "customer_time": _f("Customer time", "minutes"),
    "lead_time": _f("Lead time", "minutes"),
    "lead_time_given_success": _f("Lead time of a successful journey", "minutes"),
    "lead_time_mc": _f("Lead time (MC)", "minutes", LEGEND["MC"]),
    "expected_work_given_success": _f("Expected work of a successful journey (duration + "
                                      "wait done)", "minutes"),
    "lead_time_given_success_mc": _f("Elapsed time of a successful journey (MC)", "minutes",
                                     LEGEND["MC"]),
    "touchpoints": _f("Touchpoints"), "contacts": _f("Contacts"),
    "inbound_contacts": _f("Inbound contacts"), "handoffs": _f("Handoffs"),
    "internal_handoffs": _f("Internal handoffs"),
    "interaction_handoffs": _f("Handoffs across the line of interaction"),
    "lov_switches": _f("Switches across the line of visibility"),
    "lov_departments": _f("Departments facing the customer"),
    "depts_met": _f("Departments met"), "transfers": _f("Transfers"),
    "channel_switches": _f("Channel switches"),
    "repeat_provisions": _f("Repeated data provisions"),
    "effort_index": _f("Effort index (modelled)"), "cost": _f("Cost to serve", "money"),
    "exp_failures": _f("Expected failures"),
    "p_any_failure": _f(_P + "at least one failure", "share"),
    "p_any_failure_mc": _f(_P + "at least one failure (MC)", "share", LEGEND["MC"]),
    "wait_excess": _f("Wait beyond tolerance", "minutes"), "margin": _f("Margin", "money"),
    "cfc": _f("Control-flow complexity"), "p_outcome": _f("Chance of each outcome", "share"),
    "p_outcome_success": _f(_P + "success", "share"),
    "p_outcome_return": _f(_P + "a return", "share"),
    "p_outcome_abandon": _f(_P + "abandoning", "share"),
    "p_outcome_failure": _f(_P + "failure as the outcome", "share"),
    "p_success": _f(_P + "success", "share"), "p_return": _f(_P + "a return", "share"),
    "p_abandon": _f(_P + "abandoning", "share"),
    "pe_design": _f("Peak–end emotion (design)"),
    "pe_mc": _f("Peak–end emotion (MC)", legend=LEGEND["MC"]),
    "p_mot_failure": _f(_P + "a failure at a moment of truth", "share"),
    "p_wait_point": _f(_P + "meeting a wait point", "share"),
    "avg_expected_emotion": _f("Average expected emotion"),
    "fdr": _f("Failure-demand ratio", "share", LEGEND["FDR"]),
    "first_time_right": _f("First time right", "share"),
    "company_handoffs": _f("Handoffs, company as one"),
    "company_internal_handoffs": _f("Internal handoffs, company as one"),
    "company_interaction_handoffs": _f("Handoffs across the line of interaction, company as one"),
    "company_transfers": _f("Transfers, company as one"),
    "company_lov_switches": _f("Switches across the line of visibility, company as one"),
    "company_lov_departments": _f("Departments facing the customer, company as one"),
    "company_depts_met": _f("Departments met, company as one"),
    "company_effort_index": _f("Effort index, company as one"),
    # -- Analysis 1 --
    "candidates": _f("Consolidation candidates"),
    "c1_transfers": _f("C1 transfers per journey", legend=LEGEND["C1"]),
    "c2_phases": _f("C2 phases with several departments", legend=LEGEND["C2"]),
    "c3_repeat_provisions": _f("C3 repeated data provisions", legend=LEGEND["C3"]),
    "c4_loops": _f("C4 loops", legend=LEGEND["C4"]),
    "c4_excess_visits": _f("C4 extra visits in loops", legend=LEGEND["C4"]),
    "c5_nva_customer_minutes": _f("C5 non-value-adding customer time", "minutes",
                                  LEGEND["C5"]),
    "c5_nva_cost": _f("C5 non-value-adding cost", "money", LEGEND["C5"]),
    "c5_nva_share": _f("C5 non-value-adding share of customer time", "share", LEGEND["C5"]),
    "c6_merges": _f("C6 back-office merges", legend=LEGEND["C6"]),
    "c7_cfc": _f("C7 control-flow complexity", legend=LEGEND["C7"]),
    "c7_customer_decisions": _f("C7 decisions the customer makes", legend=LEGEND["C7"]),
    "unranked_candidates": _f("Candidates with nothing to address"),
    "addressable_minutes": _f("Addressable customer time, each step once", "minutes"),
    # -- Analysis 2 --
    "fail_points": _f("Fail points"), "wait_points": _f("Wait points"),
    "pain_points": _f("Pain points"),
    # -- Analysis 4 --
    "systems": _f("Systems"), "system_touches": _f("System uses per journey"),
    "arrival_rate": _f("Journeys starting per minute"), "pools": _f("Resource pools"),
    "unstable_pools": _f("Overloaded resource pools"),
    "changes_added": _f("Added"), "changes_removed": _f("Removed"),
    "changes_changed": _f("Changed"), "changes_customer_visible": _f("Changes the customer sees"),
    "changes_backstage": _f("Back-stage changes"), "diff_by_key": _f("Steps paired by key"),
    # -- Analysis 6 --
    "avoidable_contacts": _f("Avoidable contacts"),
    "failure_demand_cost": _f("Failure-demand cost per journey", "money"),
    "failure_demand_customer_minutes": _f("Customer time lost to failure demand", "minutes"),
    "unattributed_contacts": _f("Contacts without a reason"),
    "journeys_per_year": _f("Journeys per year"),
    "annual_failure_demand_contacts": _f("Failure-demand contacts per year"),
    "annual_failure_demand_cost": _f("Failure-demand cost per year", "money"),
    "conversion": _f("Conversion", "share"), "sensitivity_branches": _f("Branches tested"),
    "web_loops": _f("Web loops (pogo-sticking)"),
    # -- Analysis 3 and 5 --
    "node_similarity": _f("Step-matching similarity", "share"),
    "ged": _f("Graph edit distance", legend=LEGEND["GED"]),
    "ged_similarity": _f("Similarity by graph edit distance", "share", LEGEND["GED"]),
    "graph_edit_distance": _f("Graph edit distance", legend=LEGEND["GED"]),
    "node_matching": _f("Step-matching similarity", "share"),
    "matched_pairs": _f("Matched steps"), "ours_only": _f("Steps only we have"),
    "theirs_only": _f("Steps only they have"),
    "net_delta_per_year": _f("Net change per year", "money"),
    "net_delta_per_account": _f("Net change per account and year", "money"),
    "p_benefit": _f(_P + "a net benefit", "share"),
    "net_p5": _f("Net change per year, pessimistic (5th percentile)", "money"),
    "net_p95": _f("Net change per year, optimistic (95th percentile)", "money"),
    "headcount": _f("Account executives", legend=LEGEND["AE"]),
    "delta_contribution_per_journey": _f("Change in contribution per journey", "money"),
    "break_even_margin_per_kept_order": _f("Break-even margin per kept order", "money"),
    "break_even_accounts_per_ae": _f("Break-even accounts per account executive"),
    "required_churn_reduction": _f("Churn reduction needed to break even", "share"),
    "ae_minutes_per_journey": _f("Account-executive time per journey", "minutes"),
    "ae_hours_per_ae": _f("Hours per account executive and year", "hours"),
    "ae_utilisation": _f("Account-executive utilisation", "share"),
    "customer_better": _f("Measures better for the customer"),
    "customer_worse": _f("Measures worse for the customer"),
    "contribution_per_journey": _f("Contribution per journey", "money"),
    "contribution_per_year": _f("Contribution per year", "money"),
    "fixed_cost_per_year": _f("Fixed cost per year", "money"),
    "margin_per_journey": _f("Margin per journey", "money"),
    "net_per_year": _f("Net per year", "money"), "p_kept": _f(_P + "keeping the order", "share"),
    "retention_per_year": _f("Retention value per year", "money"),
    "variable_cost_per_journey": _f("Variable cost per journey", "money"),
    "variable_cost_per_year": _f("Variable cost per year", "money"),
    "margin_per_kept_order": _f("Margin per kept order", "money"),
    "accounts_per_ae": _f("Accounts per account executive"),
    "churn_reduction": _f("Churn reduction", "share"),
    "ae_cost_per_year": _f("Cost of an account executive per year", "money"),
    "journeys_per_account_per_year": _f("Journeys per account and year"),
    "customer_minutes": _f("Customer time", "minutes"),
    # -- how much journeys differ (the Monte Carlo spread) --
    "mean": _f("Mean"), "p10": _f("10th percentile"), "p50": _f("Median"),
    "p90": _f("90th percentile"), "p95": _f("95th percentile"),
    "sd": _f("Standard deviation"), "variance": _f("Variance"),
    # -- table columns --
    "step": _f("Step", "ids"), "element": _f("Element", "ids"), "elements": _f("Steps", "ids"),
    "steps": _f("Steps", "ids"), "visible_steps": _f("Steps the customer sees", "ids"),
    "users": _f("Used at", "ids"), "surfaces_at": _f("Customer notices at", "ids"),
    "from_step": _f("From step", "ids"), "to_step": _f("To step", "ids"),
    "caused_by": _f("Caused by", "ids"), "contacts_caused": _f("Contacts it causes", "ids"),
    "gateway": _f("Decision", "ids"), "branch_to": _f("Branch to", "ids"),
    "alternative": _f("Other branch", "ids"), "cycle": _f("Cycle", "ids"),
    "baseline_element": _f("Current element", "ids"),
    "changed_element": _f("Changed element", "ids"),
    "lane": _f("Lane", "ids"), "from_lane": _f("From lane", "ids"),
    "to_lane": _f("To lane", "ids"), "owner_lane": _f("Owner lane", "ids"),
    "department": _f("Department", "ids"), "system": _f("System", "ids"),
    "name": _f("Name", "text"), "from_name": _f("From lane", "text"),
    "to_name": _f("To lane", "text"), "kind": _f("Kind", "text"),
    "rank": _f("Rank"), "rule": _f("Rule", "rule"),
    "evidence": _f("Evidence", "text"), "advice": _f("Advice", "text"),
    "visits": _f("Visits per journey"), "x": _f("Visits per journey"),
    "effort": _f("Effort"), "customer_minutes_share": _f("Share of customer time", "share"),
    "cost_share": _f("Share of cost", "share"), "effort_share": _f("Share of effort", "share"),
    "departments": _f("Departments shown"), "company": _f("Company as one"),
    "difference": _f("Difference"), "kpi": _f("Measure", "key"),
    "transitions": _f("Transfers per journey"), "phase": _f("Phase", "code"),
    "item": _f("Item", "key"), "provisions": _f("Provisions per journey"),
    "p_asked": _f(_P + "being asked", "share"), "flagged": _f("Flagged", "text"),
    "loop": _f("Loop"), "excess_visits": _f("Extra visits"),
    "web_only": _f("On the web only", "text"), "length": _f("Steps in the cycle"),
    "visible": _f("Customer sees it", "text"), "p_eff": _f("Failure probability", "share"),
    "F": _f("Failures per journey", legend="expected failures per journey"),
    "per_1000": _f("Failures per 1,000 journeys"),
    "S": _f("S", legend=LEGEND["S"]), "O": _f("O", legend=LEGEND["O"]),
    "D": _f("D", legend=LEGEND["D"]), "RPN": _f("RPN", legend=LEGEND["RPN"]),
    "EI": _f("EI", legend=LEGEND["EI"]), "moment_of_truth": _f("Moment of truth", "text"),
    "surface_hops": _f("Steps until noticed"), "hops": _f("Steps until noticed"),
    "recovery_modelled": _f("Recovery modelled", "text"),
    "unrated": _f("Unrated scores", "text"), "rank_EI": _f("Rank by EI", legend=LEGEND["EI"]),
    "rank_RPN": _f("Rank by RPN", legend=LEGEND["RPN"]), "band": _f("Band", "text"),
    "wait": _f("Wait", "minutes"), "tolerance": _f("Tolerance", "minutes"),
    "excess_per_visit": _f("Wait beyond tolerance per visit", "minutes"),
    "excess": _f("Wait beyond tolerance per journey", "minutes"),
    "p_meet": _f(_P + "meeting it", "share"),
    "P_wait_gt_tol": _f(_P + "waiting beyond tolerance", "share"),
    "emotion": _f("Emotion"), "fail_emotion": _f("Emotion on failure"),
    "expected_emotion": _f("Expected emotion"), "pain_point": _f("Pain point", "text"),
    "felt_p10": _f("Felt emotion, 10th percentile (MC)", legend=LEGEND["MC"]),
    "felt_p90": _f("Felt emotion, 90th percentile (MC)", legend=LEGEND["MC"]),
    "position": _f("Position"), "fail_point": _f("Fail point", "text"),
    "wait_point": _f("Wait point", "text"),
    "fail_prob": _f("Failure probability per use", "share"), "touches": _f("Uses per journey"),
    "visible_touches": _f("Uses the customer sees"),
    "P_touch": _f(_P + "the journey using it", "share"),
    "failures": _f("Failures per journey"),
    "reason": _f("Reason", "code"), "share": _f("Share", "share"),
    "cumulative_share": _f("Cumulative share", "share"), "avoidable": _f("Avoidable", "text"),
    "inbound": _f("Customer starts it", "text"), "annual_contacts": _f("Contacts per year"),
    "annual_cost": _f("Cost per year", "money"), "channel": _f("Channel", "code"),
    "metric": _f("Measure", "key"), "per_unit": _f("Change per unit of probability"),
    "per_point": _f("Change per percentage point"),
    "per_point_per_year": _f("Change per percentage point and year"),
    "finite_difference": _f("Check by finite difference"),
    "near_unstable": _f("Near a loop that never ends", "text"),
    "refused": _f("Refused", "text"), "end": _f("End", "ids"), "leaves": _f("Leave per journey"),
    "ours": _f("Ours", "side"), "theirs": _f("Theirs", "side"),
    "baseline": _f("Current", "side"), "variant": _f("What-if", "side"),
    "current": _f("Current"), "delta": _f("Change"), "pct_delta": _f("Change in %", "percent"),
    "before": _f("Visits before"), "after": _f("Visits after"),
    "better": _f("Better", "side"), "higher_is_better": _f("Higher is better", "text"),
    "coverage": _f("Steps with the attribute set", "share"),
    "key": _f("Activity key", "text"), "weight": _f("Match weight", "share"),
    "d_customer_time": _f("Change in customer time", "minutes"),
    "d_effort": _f("Change in effort"), "d_p_eff": _f("Change in failure probability", "share"),
    "d_emotion": _f("Change in emotion"), "verdict": _f("For the customer", "text"),
    "measure": _f("Measure", "key"), "value": _f("Value"), "status": _f("Status", "text"),
    "note": _f("Note", "text"), "side": _f("Side", "side"),
    "unit": _f("Unit", "text"), "parameter": _f("Parameter", "key"), "base": _f("Now"),
    "break_even": _f("Break-even value"), "low": _f("Low"), "high": _f("High"),
    "net_at_low": _f("Net change per year at low", "money"),
    "net_at_high": _f("Net change per year at high", "money"),
    "swing": _f("Swing", "money"), "minutes_per_journey": _f("Minutes per journey", "minutes"),
    "hours_per_year": _f("Hours per year", "hours"), "hours_per_ae": _f("Hours per executive",
                                                                         "hours"),
    "capacity_hours_per_ae": _f("Capacity per executive", "hours"),
    "utilisation": _f("Utilisation", "share"), "flag": _f("Note", "text"),
    "change": _f("Verdict or change", "text"), "attribute": _f("Attribute", "attribute"),
    "baseline_contacts": _f("Contacts now"), "variant_contacts": _f("Contacts in the what-if"),
    "x_current": _f("Visits now"), "x_changed": _f("Visits after the change"),
    "customer_visible": _f("The customer sees it", "text"), "element_type": _f("Kind", "text"),
    "old": _f("Before", "text"), "new": _f("After", "text"),
    "code": _f("Code", "text"), "message": _f("Message", "text"),
    "servers": _f("Servers"), "utilization": _f("Utilisation", "share"),
    "rho": _f("Utilisation", "share"), "wq": _f("Queue wait", "minutes"),
    "W_q": _f("Queue wait", "minutes"), "stable": _f("Stable", "text"),
    "arrivals": _f("Arrivals per minute"), "pool": _f("Resource pool", "text"),
    "resource": _f("Resource pool", "text"),
}

#: The words of each side: a competitor is "theirs", a variant the "what-if".
SIDES: Final = {
    "competitor": {"ours": "ours", "theirs": "theirs", "baseline": "ours", "variant": "theirs",
                   "current": "ours"},
    "variant": {"ours": "current", "theirs": "what-if", "baseline": "current",
                "variant": "what-if", "current": "current"},
}
SIDE_PREFIXES: Final = ("ours_", "theirs_", "baseline_", "variant_", "coverage_")
#: Labels that say "we" and "they" for a competitor, in a variant's words.
VARIANT_LABELS: Final = {"ours_only": "Steps only in the current journey",
                         "theirs_only": "Steps only in the what-if"}
#: Modeller's codes whose words are not the code capitalised.
CODE_WORDS: Final = {"ivr": "IVR", "none": "None (no channel)"}

#: The Analysis menu's words for each report (the dock, the text and the HTML headings).
MENU_TITLES: Final = {
    "scorecard": "Scorecard", "streamline": "Where to streamline",
    "fail_points": "Fail points and poor experience", "compare": "Compare with a competitor",
    "systems": "Systems seen from the customer's side",
    "system_change": "What a system change does", "what_if": "What-if: compare with a variant",
    "failure_demand": "What drives repeat contacts",
}

#: Tables' own titles in the dock, by table name.
TABLE_LABELS: Final = {
    "kpis": "Key figures", "visits": "Visits", "issues": "Issues", "steps": "Steps",
    "handoffs": "Handoffs", "views": "Departments or company", "candidates": "Candidates",
    "transfer_chains": "C1 transfers", "phases": "Phases", "repeated_data": "C3 repeated data",
    "loops": "C4 loops", "loop_cycles": "C4 cycles", "nva": "C5 non-value-adding",
    "merges": "C6 merges", "fail_points": "Fail points", "surfacing": "Where failures surface",
    "wait_points": "Wait points", "emotion": "Emotion", "emotion_curve": "Emotion curve",
    "footprint": "System footprint", "pools": "Resource pools", "scorecard": "Scorecard",
    "changes": "Change list", "change_summary": "Changes in short",
    "touchpoints": "Touchpoints before and after", "reasons": "Contacts by reason",
    "contacts": "Contacts", "root_causes": "Root causes", "sensitivities": "Sensitivities",
    "what_if": "What-if", "what_if_steps": "What-if steps", "funnel": "Where journeys leave",
    "web_loops": "Web loops", "matched": "Matched steps", "ours_only": "Ours only",
    "theirs_only": "Theirs only", "similarity": "Similarity", "economics": "Economics",
    "break_even": "Break-even", "tornado": "Tornado", "workload": "Workload",
    "verdict": "Customer verdict", "lov_lanes": "Lanes the customer meets",
    "headlines": "In short",
}


def field(key: str) -> Field | None:
    """The field of ``key``: its own, or a side-prefixed one ("ours_contacts")."""
    found = FIELDS.get(key)
    if found is not None:
        return found
    if key.startswith("coverage_"):  # "coverage_ours": a share of steps, whatever the side
        return FIELDS["coverage"]
    for prefix in SIDE_PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in FIELDS:
            return FIELDS[key[len(prefix):]]
    if key.startswith("p_outcome."):
        return FIELDS.get("p_outcome_" + key.split(".", 1)[1])
    return None


def label(key: str, sides: str = "competitor") -> str:
    """The display name of a key, in words ("p_any_failure" → "Chance of at least one
    failure"; "ours_contacts" → "Contacts, ours"); an unknown key is made readable."""
    for prefix in SIDE_PREFIXES:
        base = key[len(prefix):]
        if key.startswith(prefix) and base in FIELDS and key not in FIELDS:
            side = prefix[:-1]
            if side != "coverage":
                return f"{FIELDS[base].label}, {SIDES[sides][side]}"
            if base in SIDES[sides]:
                return "Attribute set, " + SIDES[sides][base]
            return f"{FIELDS[base].label}: how far its inputs are set"
    if sides == "variant" and key in VARIANT_LABELS:
        return VARIANT_LABELS[key]
    found = field(key)
    if found is None:
        return readable(key)
    if found.kind == "side":
        words = SIDES[sides].get(key, found.label)
        return words[:1].upper() + words[1:]
    return found.label


def column_label(key: str, currency: str = "CU", sides: str = "competitor") -> str:
    """A table header: the display name and its unit ("Customer time (min)")."""
    found = field(key)
    unit = found.unit(currency) if found is not None else ""
    text = label(key, sides)
    return f"{text} ({unit})" if unit else text


def kpi_unit(key: str, currency: str = "CU") -> str:
    """The unit a key figure is written with ("min", "h", the currency, "%" or "")."""
    found = field(key)
    if found is None:
        return ""
    return "%" if found.kind in ("share", "percent") else found.unit(currency)


def readable(key: str) -> str:
    """A key no table names, made readable: "order_status" → "Order status"."""
    text = key.replace("_", " ").replace(".", ": ").strip()
    return text[:1].upper() + text[1:]


def attribute_label(key: str) -> str:
    """A changed attribute as the properties and the Scenario dialog name it:
    'fail_prob' → 'Failure probability', 'journeys_per_year' → 'Journeys per year'."""
    try:
        return spec_of_key(key).display_name
    except KeyError:
        return display_name(key)


def clean(value: float) -> float:
    """``value`` without float noise: within :data:`NOISE` of 0 is 0."""
    return 0.0 if abs(value) < NOISE else value


def percent(value: float) -> str:
    """A fraction as a percentage: 0.3152 → "31.5 %"; small values keep two digits."""
    scaled = clean(value) * 100.0
    if scaled == 0.0:
        return "0 %"
    if abs(scaled) >= 0.1:
        return f"{scaled:,.1f} %"
    return f"{scaled:.2g} %"


Names = Mapping[str, str]


#: Columns of ids whose row may carry the name from the model it belongs to (a
#: competitor's ids can be ours too); a name holding "→" names a flow by ids and is not used.
COMPANIONS: Final = {"element": "name", "step": "name", "system": "name", "ours": "ours_name",
                     "theirs": "theirs_name", "from_lane": "from_name", "to_lane": "to_name"}


def cell_text(key: str, value: object, profile: Profile, *, row: Mapping[str, object] | None = None,
              names: Names | None = None, sides: str = "competitor", currency: str = "CU") -> str:
    """``value`` of column ``key`` as a person reads it, written with ``profile``.

    Shares become percentages, ids the elements' names (from ``names``), report keys
    their display names, rule codes "C3 repeated data capture", noise 0. A value column
    of a row about one KPI (``{"kpi": "p_any_failure", "ours": 0.4}``) takes that KPI's
    kind. Whole numbers and text otherwise follow ``profile``.
    """
    kind = value_kind(key, row)
    if value is None or isinstance(value, bool):
        return profile.format(value)
    if isinstance(value, float) and not math.isfinite(value):
        return profile.format(value)
    if isinstance(value, (int, float)):
        if kind in ("share",):
            return percent(float(value))
        if kind == "percent":
            return f"{clean(float(value)):,.1f} %"
        text = profile.format(clean(value) if isinstance(value, float) else value)
        if row is not None and key in VALUE_COLUMNS and kind in ("minutes", "hours", "money"):
            return f"{text} {Field('', kind).unit(currency)}"
        return text
    if not isinstance(value, str):
        return profile.format(value)
    if kind == "side" and value not in SIDES[sides]:
        kind = "ids"
    if kind == "ids" and row is not None and key in COMPANIONS:
        own = row.get(COMPANIONS[key])
        if isinstance(own, str) and own.strip() and "→" not in own and (names is not None):
            return own
    tokens = value.split()
    if names is not None and (kind == "ids" or (tokens and all(t in names for t in tokens))):
        return ", ".join(names.get(token, token) for token in tokens)
    if kind == "key":
        return label(value, sides) if (field(value) or "_" in value) else value
    if kind == "code":
        return CODE_WORDS.get(value, readable(value))
    if kind == "rule":
        return f"{value} {RULES[value]}" if value in RULES else value
    if kind == "attribute":
        return attribute_label(value)
    if kind == "side":
        return SIDES[sides].get(value, value)
    return profile.format(value)


VALUE_COLUMNS: Final = frozenset({"value", "ours", "theirs", "baseline", "variant", "current",
                                   "departments", "company", "base", "low", "high",
                                   "break_even", "delta"})


def value_kind(key: str, row: Mapping[str, object] | None = None) -> str:
    """The kind of ``key`` in ``row``: a value column takes the kind of the row's KPI."""
    if row is not None and key in VALUE_COLUMNS:
        subject = row.get("kpi", row.get("item", row.get("parameter", row.get("measure"))))
        if isinstance(subject, str):
            found = field(subject)
            if found is not None and found.kind in ("share", "minutes", "hours", "money"):
                return found.kind
            return "number"
    found = field(key)
    return found.kind if found is not None else "text"


def figure_text(key: str, value: object, profile: Profile, currency: str = "CU") -> str:
    """A key figure with its unit: "79.31 min", "39.6 %", "18.79 EUR"."""
    found = field(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and found is not None:
        if found.kind in ("share", "percent"):
            return cell_text(key, value, profile)
        unit = found.unit(currency)
        text = profile.format(clean(value) if isinstance(value, float) else value)
        return f"{text} {unit}" if unit else text
    return cell_text(key, value, profile)


#: Columns a person does not need once names are shown (the id beside its name, or
#: internal ranks); the CSV files keep them.
HIDDEN_WITH_NAMES: Final = {companion: tuple(k for k, c in COMPANIONS.items() if c == companion)
                            for companion in set(COMPANIONS.values())}


#: Row fields that hold a text as data for the window's translation, never shown as columns.
TRANSLATION_FIELDS: Final = frozenset({"evidence_code", "evidence_params"})


def shown_columns(columns: Iterable[str], names: Names | None) -> list[str]:
    """The columns to show: with names at hand, an id column shows the name and a name
    column beside it is left out; a name column without names stays."""
    columns = [c for c in columns if c not in TRANSLATION_FIELDS]
    if names is None:
        return columns
    return [c for c in columns
            if not any(i in columns for i in HIDDEN_WITH_NAMES.get(c, ()))]


def legend(columns: Iterable[str], rows: Iterable[Mapping[str, object]] = ()) -> list[tuple[str, str]]:
    """The abbreviations a table uses (in its headers, and the rule codes in its cells),
    each with its meaning, in first-use order."""
    found: dict[str, str] = {}
    columns = list(columns)
    for column in columns:
        spec = field(column)
        if spec is not None and spec.legend:
            abbreviation = column if column in LEGEND else _abbreviation(spec)
            found.setdefault(abbreviation, spec.legend)
    if "rule" in columns:
        for row in rows:
            code = row.get("rule")
            if isinstance(code, str) and code in LEGEND:
                found.setdefault(code, LEGEND[code])
    return sorted(found.items(), key=lambda item: _order(item[0]))


def _abbreviation(spec: Field) -> str:
    for code, meaning in LEGEND.items():
        if meaning == spec.legend:
            return code
    return spec.label


def _order(code: str) -> int:
    keys = list(LEGEND)
    return keys.index(code) if code in keys else len(keys)


def legend_text(entries: Iterable[tuple[str, str]]) -> str:
    """"S: severity …; O: occurrence …" for a line under a table."""
    return "; ".join(f"{code}: {meaning}" for code, meaning in entries)


def element_names(*models: ProcessModel) -> dict[str, str]:
    """{id: display name} of the steps, flows, lanes, pools, systems and resource pools
    of ``models`` (an earlier model wins an id both use): a step by its name, a flow by
    its ends ("'Check stock' → 'Confirm order'"), an unnamed element as the issue
    messages describe it."""
    found: dict[str, str] = {}
    for model in reversed(models):
        describe = ElementNames(model)
        for step in model.steps.values():
            found[step.id] = " ".join(step.name.split()) or describe(step.id)
        for flow in model.flows.values():
            ends = f"{_end(model, describe, flow.source)} → {_end(model, describe, flow.target)}"
            found[flow.id] = f"'{flow.name.strip()}' ({ends})" if flow.name.strip() else ends
        for table in (model.lanes, model.pools, model.systems, model.resources):
            for key, item in table.items():
                name = " ".join(str(getattr(item, "name", "") or "").split())
                found[key] = name or describe(key)
    return found


def _end(model: ProcessModel, describe: ElementNames, element_id: str) -> str:
    step = model.steps.get(element_id)
    name = " ".join(step.name.split()) if step is not None else ""
    return f"'{name}'" if name else describe(element_id)


@dataclass(frozen=True)
class View:
    """How one output shows a report: its number profile, the names of the elements,
    the currency and the words of the sides."""

    profile: Profile
    names: Names | None = None
    currency: str = "CU"
    sides: str = "competitor"

    def columns(self, rows: Iterable[Mapping[str, object]],
                wanted: Iterable[str] | None = None) -> list[str]:
        """The keys of the columns shown (``wanted``, else every column, first-seen)."""
        keys = list(wanted) if wanted is not None else list(
            dict.fromkeys(k for row in rows for k in row))
        return shown_columns(keys, self.names)

    def header(self, key: str) -> str:
        return column_label(key, self.currency, self.sides)

    def cell(self, key: str, row: Mapping[str, object]) -> str:
        return cell_text(key, row.get(key), self.profile, row=row, names=self.names,
                         sides=self.sides, currency=self.currency)

    def figure(self, key: str, value: object) -> str:
        return figure_text(key, value, self.profile, self.currency)

    def table(self, rows: Iterable[Mapping[str, object]], wanted: Iterable[str] | None = None
              ) -> tuple[list[str], list[list[str]]]:
        """Headers and cell texts of ``rows``."""
        rows = list(rows)
        keys = self.columns(rows, wanted)
        return ([self.header(k) for k in keys],
                [[self.cell(k, row) for k in keys] for row in rows])
