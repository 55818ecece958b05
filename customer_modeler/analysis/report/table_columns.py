"""Analysis layer: the columns of every table the reports write, so an empty table still
gets its header in its CSV file (a reader, a spreadsheet or a script sees which columns
there would be, instead of a 0-byte file).

By CSV file name (``<analysis>-<table>.csv``, ``scorecard.csv``, ``visits.csv``,
``issues.csv``). A table with rows writes the columns of its rows; a test keeps this
list in step with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from customer_modeler.analysis.report.display import TRANSLATION_FIELDS

TABLE_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "scorecard.csv": ("kpi", "value"),
    "visits.csv": ("step", "visits"),
    "issues.csv": ("code", "elements", "message"),
    "scenario-set.csv": ("element", "name", "field", "label", "unit", "before", "after", "why"),
    "scenario-kpis.csv": ("kpi", "before", "after", "delta"),
    "streamline-steps.csv": ("step", "name", "lane", "visits", "customer_minutes", "cost",
                             "effort", "customer_minutes_share", "cost_share", "effort_share"),
    "streamline-handoffs.csv": ("from_lane", "to_lane", "from_name", "to_name", "handoffs",
                                "kind"),
    "streamline-views.csv": ("kpi", "departments", "company", "difference"),
    "streamline-candidates.csv": ("rank", "rule", "elements", "evidence", "customer_minutes",
                                  "cost", "advice"),
    "streamline-transfer_chains.csv": ("from_step", "to_step", "from_lane", "to_lane",
                                       "transitions", "customer_minutes", "cost"),
    "streamline-phases.csv": ("phase", "department", "steps", "contacts", "visits",
                              "customer_minutes", "cost"),
    "streamline-repeated_data.csv": ("item", "repeat_provisions", "provisions", "p_asked",
                                     "steps", "flagged", "customer_minutes", "cost"),
    "streamline-loops.csv": ("loop", "steps", "visible_steps", "excess_visits",
                             "customer_minutes", "cost", "avoidable_contacts", "web_only"),
    "streamline-loop_cycles.csv": ("loop", "cycle", "length"),
    "streamline-nva.csv": ("step", "name", "customer_minutes", "cost", "customer_minutes_share",
                           "cost_share"),
    "streamline-merges.csv": ("first", "second", "lane", "k", "wait_minutes"),
    "fail_points-fail_points.csv": (
        "rank", "element", "kind", "name", "lane", "visible", "p_eff", "F", "per_1000", "S",
        "O", "D", "RPN", "EI", "moment_of_truth", "surfaces_at", "surface_hops",
        "recovery_modelled", "unrated", "rank_EI", "rank_RPN", "band"),
    "fail_points-surfacing.csv": ("element", "surfaces_at", "hops"),
    "fail_points-wait_points.csv": ("element", "name", "lane", "x", "wait", "tolerance",
                                    "excess_per_visit", "excess", "p_meet", "P_wait_gt_tol"),
    "fail_points-emotion.csv": ("element", "name", "lane", "visible", "x", "emotion", "p_eff",
                                "fail_emotion", "expected_emotion", "pain_point",
                                "moment_of_truth"),
    "fail_points-emotion_curve.csv": ("position", "element", "name", "emotion",
                                      "expected_emotion", "felt_p10", "felt_p90",
                                      "fail_point", "wait_point", "moment_of_truth"),
    "systems-footprint.csv": ("system", "name", "owner_lane", "fail_prob", "users", "touches",
                              "visible_touches", "P_touch", "customer_minutes", "failures",
                              "surfaces_at"),
    "systems-pools.csv": ("resource", "name", "c", "steps", "arrivals_per_journey",
                          "minutes_per_journey", "lambda_r", "A", "h", "rho", "P_W", "W_q",
                          "P_wait_gt_tol", "stable", "c_min_stable", "c_needed"),
    "systems-scorecard.csv": ("kpi", "current"),
    "failure_demand-reasons.csv": ("reason", "steps", "contacts", "share", "cumulative_share",
                                   "avoidable", "inbound", "cost", "customer_minutes",
                                   "annual_contacts", "annual_cost"),
    "failure_demand-contacts.csv": ("step", "name", "reason", "avoidable", "inbound",
                                    "contacts", "cost", "customer_minutes", "caused_by"),
    "failure_demand-root_causes.csv": ("step", "name", "channel", "contacts", "cost",
                                       "customer_minutes", "annual_contacts", "annual_cost",
                                       "contacts_caused"),
    "failure_demand-sensitivities.csv": ("gateway", "branch_to", "alternative", "metric",
                                         "per_unit", "per_point", "per_point_per_year",
                                         "finite_difference", "near_unstable", "refused"),
    "failure_demand-what_if.csv": ("kpi", "before", "after", "delta", "delta_per_year"),
    "failure_demand-what_if_steps.csv": ("step", "name", "visits_before", "visits_after",
                                         "delta_visits", "delta_customer_minutes",
                                         "delta_cost"),
    "failure_demand-funnel.csv": ("step", "name", "end", "leaves", "share"),
    "failure_demand-web_loops.csv": ("loop", "steps", "visible_steps", "excess_visits",
                                     "customer_minutes", "cost", "avoidable_contacts",
                                     "web_only"),
    "compare-scorecard.csv": ("kpi", "ours", "theirs", "delta", "pct_delta", "better",
                              "higher_is_better", "coverage_ours", "coverage_theirs"),
    "compare-phases.csv": (
        "phase", "ours_customer_time", "theirs_customer_time", "ours_contacts",
        "theirs_contacts", "ours_effort", "theirs_effort", "ours_touchpoints",
        "theirs_touchpoints", "ours_exp_failures", "theirs_exp_failures", "ours_emotion",
        "theirs_emotion", "better"),
    "compare-matched.csv": ("ours", "theirs", "ours_name", "theirs_name", "key",
                            "ours_channel", "theirs_channel", "weight", "d_customer_time",
                            "d_effort", "d_p_eff", "d_emotion", "verdict"),
    "compare-ours_only.csv": ("element", "name", "key", "channel", "phase", "visits"),
    "compare-theirs_only.csv": ("element", "name", "key", "channel", "phase", "visits"),
    "compare-similarity.csv": ("measure", "value", "status", "note"),
    "compare-emotion.csv": ("side", "position", "element", "name", "phase", "emotion"),
    "what_if-scorecard.csv": ("kpi", "baseline", "variant", "delta", "pct_delta", "better",
                              "higher_is_better", "coverage_baseline", "coverage_variant"),
    "what_if-verdict.csv": ("kpi", "baseline", "variant", "delta", "change"),
    "what_if-economics.csv": ("item", "baseline", "variant", "delta", "unit"),
    "what_if-break_even.csv": ("parameter", "base", "break_even", "note"),
    "what_if-tornado.csv": ("parameter", "base", "low", "high", "net_at_low", "net_at_high",
                            "swing"),
    "what_if-workload.csv": ("lane", "minutes_per_journey", "hours_per_year", "headcount",
                             "hours_per_ae", "capacity_hours_per_ae", "utilisation", "flag"),
    "what_if-lov_lanes.csv": ("lane", "name", "baseline_contacts", "variant_contacts",
                              "delta"),
    "what_if-changes.csv": ("element", "baseline_element", "kind", "change", "attribute",
                            "baseline", "variant"),
}


def columns_of(name: str, rows: Sequence[Mapping[str, object]]) -> list[str]:
    """The header of a CSV file: its rows' columns in first-seen order, else the known ones
    (a table this list does not know, and that has no rows, gets a ``(no rows)`` header)."""
    seen = list(dict.fromkeys(key for row in rows for key in row if key not in TRANSLATION_FIELDS))
    if seen:
        return seen
    return list(TABLE_COLUMNS.get(name, ("(no rows)",)))
