"""Analysis layer: the what-if of Analysis 6 (docs/methods.md §8 step 4).

The user edits branch probabilities (for example "better product page: 0.3 → 0.1");
a copy of the model gets the new probabilities, the engine and the scorecard run again,
and the report shows every KPI before and after with its Δ, annualised with the
journeys per year, plus the change per step. The model itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from customer_modeler.analysis.engine.attributes import customer_minutes
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.scorecard import scorecard
from customer_modeler.analysis.streamline.views import numeric_kpis
from customer_modeler.analysis.streamline.rules import Row, tasks_of
from customer_modeler.model.document import ProcessModel

#: KPIs that are sums per journey, so their Δ is annualised (ratios and counts are not).
ANNUAL: Final = frozenset({
    "customer_time", "lead_time", "touchpoints", "contacts", "inbound_contacts", "handoffs",
    "internal_handoffs", "lov_switches", "transfers", "channel_switches",
    "repeat_provisions", "effort_index", "cost", "exp_failures", "wait_excess", "margin",
    "avoidable_contacts", "failure_demand_cost", "failure_demand_customer_minutes",
})


def journeys_per_year(model: ProcessModel | None) -> float | None:
    """Journeys per year from the model's scenario (§1.4): ``journeys_per_year``, else
    ``accounts`` × ``journeys_per_account_per_year``; None when neither is there."""
    if model is None:
        return None
    scenario = model.scenario
    if scenario.get("journeys_per_year") is not None:
        return float(scenario["journeys_per_year"])
    accounts, per_account = (scenario.get("accounts"),
                             scenario.get("journeys_per_account_per_year"))
    if accounts is not None and per_account is not None:
        return float(accounts) * float(per_account)
    return None


def what_if_model(model: ProcessModel, changes: Mapping[str, float]) -> ProcessModel:
    """A copy of the model with new branch probabilities.

    Raises
    ------
    ValueError
        For a flow id the model does not have.
    """
    unknown = [flow_id for flow_id in changes if flow_id not in model.flows]
    if unknown:
        raise ValueError("unknown flows in the what-if: " + ", ".join(unknown))
    variant = model.copy()
    for flow_id, prob in changes.items():
        variant.update_flow(flow_id, prob=prob)
    return variant


def what_if_tables(model: ProcessModel, engine: Engine, changes: Mapping[str, float],
                   per_year: float | None, card: Mapping[str, object] | None,
                   extra: Callable[[Engine], Mapping[str, float | None]],
                   ) -> tuple[list[Row], list[Row], list[dict[str, object]]]:
    """Run the what-if and compare it with the model.

    Parameters
    ----------
    model, engine
        The model and its (solved) engine.
    changes : mapping
        {flow id: new probability}.
    per_year : float or None
        Journeys per year for the annual Δ.
    card : mapping or None
        The model's scorecard, if the caller has it.
    extra : callable
        More figures per engine (the failure-demand ratio and its relatives).

    Returns
    -------
    (list of dict, list of dict, list of dict)
        KPI rows (``kpi``, ``before``, ``after``, ``delta``, ``delta_per_year``), step rows
        (``step``, ``visits_before``, ``visits_after``, ``delta_visits``,
        ``delta_customer_minutes``, ``delta_cost``) and the what-if's own issues.
    """
    variant = analyse(what_if_model(model, changes))
    known = {(i.code, i.elements) for i in engine.issues}
    issues: list[dict[str, object]] = [
        {"code": i.code, "elements": list(i.elements), "message": f"what-if: {i.message}"}
        for i in variant.issues if (i.code, i.elements) not in known]
    if variant.stopped or not variant.solved:
        return [], [], issues
    before = {**numeric_kpis(card or scorecard(engine)), **extra(engine)}
    after = {**numeric_kpis(scorecard(variant)), **extra(variant)}
    return _kpi_rows(before, after, per_year), step_changes(engine, variant), issues


def _kpi_rows(before: Mapping[str, float | int | None], after: Mapping[str, float | int | None],
              per_year: float | None) -> list[Row]:
    rows: list[Row] = []
    for key, old in before.items():
        new = after.get(key)
        delta = None if old is None or new is None else new - old
        annual = None if delta is None or per_year is None or key not in ANNUAL \
            else delta * per_year
        rows.append({"kpi": key, "before": old, "after": new, "delta": delta,
                     "delta_per_year": annual})
    return rows


def step_changes(engine: Engine, variant: Engine) -> list[Row]:
    """Per task: visits before and after, and the Δ of its customer minutes and cost
    (e.g. the minutes saved in calls versus in re-reading).

    Returns
    -------
    list of dict
        ``step``, ``name``, ``visits_before``, ``visits_after``, ``delta_visits``,
        ``delta_customer_minutes``, ``delta_cost``; unchanged tasks are left out.
    """
    rows: list[Row] = []
    nodes = dict.fromkeys(tasks_of(engine) + tasks_of(variant))
    for n in nodes:
        old, new = engine.visits.get(n, 0.0), variant.visits.get(n, 0.0)
        delta = new - old
        if abs(delta) <= 1e-12:
            continue
        step = variant.steps[n]
        rows.append({"step": n, "name": step.name, "visits_before": old, "visits_after": new,
                     "delta_visits": delta,
                     "delta_customer_minutes": delta * customer_minutes(step),
                     "delta_cost": delta * step.cost})
    return rows
