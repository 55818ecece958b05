"""Analysis layer: which scorecard figures rest on inputs the modeller actually set.

A duration nobody entered resolves to 0, so a journey without any durations would show
"customer time 0 min" — a number that looks measured and is not. Each KPI that sums an
input says on how many steps the input is set ("durations set on steps: 6 of 9"); with
none set the KPI is n/a (None) instead of 0 (docs/methods.md §2.11).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from customer_modeler.analysis.engine.attributes import ResolvedStep
from customer_modeler.analysis.engine.pipeline import Engine


@dataclass(frozen=True, slots=True)
class Coverage:
    """``given`` of ``of`` relevant elements carry the input; ``text`` says so in words."""

    given: int
    of: int
    text: str


#: The KPIs each input decides, with the input's words.
KPIS_BY_INPUT: Final[dict[str, tuple[str, ...]]] = {
    "customer_time": ("customer_time",),
    "time": ("lead_time", "lead_time_given_success", "expected_work_given_success",
             "lead_time_mc", "lead_time_given_success_mc"),
    "cost": ("cost",),
    "failure": ("exp_failures", "p_any_failure", "p_any_failure_mc"),
    "tolerance": ("wait_excess",),
    "margin": ("margin",),
    "emotion": ("pe_design", "pe_mc"),
}


#: KPIs seen from the customer's side: n/a without a customer lane or pool.
CUSTOMER_SIDE: Final = (
    "customer_time", "touchpoints", "contacts", "inbound_contacts", "internal_handoffs",
    "lov_switches", "lov_departments", "depts_met", "transfers", "channel_switches",
    "effort_index", "wait_excess", "pe_design", "pe_mc",
)
#: Each input's words, "{}" taking the steps it is set on and the steps it could be set on.
WORDS: Final = {
    "customer_time": "durations set on steps that take the customer's time: {} of {}",
    "time": "durations set on steps: {} of {}",
    "cost": "costs set on steps: {} of {}",
    "failure": "failure probabilities set on steps: {} of {}",
    "failure_flows": "failure probabilities set on steps: {} of {} (and failure flows)",
    "tolerance": "tolerances set on steps: {} of {}",
    "margin": "margins set on ends: {} of {}",
    "emotion": "emotions set on steps the customer sees: {} of {}",
}
NO_CUSTOMER_WORDS: Final = "no customer lane or pool: the customer's side is n/a"
_NO_CUSTOMER: Final = Coverage(0, 0, NO_CUSTOMER_WORDS)


def kpi_coverage(engine: Engine) -> dict[str, Coverage]:
    """{KPI key: Coverage} for every KPI of :data:`KPIS_BY_INPUT` (over reachable steps),
    and without a customer lane for every KPI of :data:`CUSTOMER_SIDE`."""
    found = dict(engine.once("coverage", _input_coverage))  # the scorecard and its report ask
    if engine.graph.graph["customer_lane"] is None:
        found.update(dict.fromkeys(CUSTOMER_SIDE, _NO_CUSTOMER))
    return found


def _input_coverage(engine: Engine) -> dict[str, Coverage]:
    steps = [engine.steps[n] for n in engine.reachable]
    tasks = [s for s in steps if s.is_task]
    ends = [engine.steps[n] for n in engine.ends]
    rated = set(engine.graph.graph["systems"])
    failure_flow = any(f.failure for f in engine.graph.graph["flows"])

    def timed(s: ResolvedStep) -> bool:
        return bool({"duration", "wait"} & s.given)

    found = {
        "customer_time": _count([s for s in tasks if s.customer_time], timed,
                                WORDS["customer_time"]),
        "time": _count(tasks, timed, WORDS["time"]),
        "cost": _count(tasks, lambda s: "cost" in s.given, WORDS["cost"]),
        "failure": _count(tasks, lambda s: "fail_prob" in s.given or bool(rated & set(s.systems)),
                          WORDS["failure_flows" if failure_flow else "failure"]),
        "tolerance": _count(tasks, lambda s: s.tolerance is not None, WORDS["tolerance"]),
        "margin": _count(ends, lambda s: "margin" in s.given, WORDS["margin"]),
        "emotion": _count([s for s in tasks if s.visible], lambda s: s.emotion is not None,
                          WORDS["emotion"]),
    }
    if failure_flow and found["failure"].given == 0:  # a failure flow is an input too
        found["failure"] = Coverage(1, found["failure"].of, found["failure"].text)
    return {kpi: found[name] for name, kpis in KPIS_BY_INPUT.items() for kpi in kpis}


def _count(items: Iterable[ResolvedStep], test: Callable[[ResolvedStep], bool],
           words: str) -> Coverage:
    chosen = list(items)
    given = sum(1 for s in chosen if test(s))
    return Coverage(given, len(chosen), words.format(given, len(chosen)))


def apply_coverage(card: dict[str, object], coverage: dict[str, Coverage]) -> dict[str, str]:
    """Set each KPI of the card whose input is set nowhere to None (n/a, not 0).

    Returns
    -------
    dict
        {KPI: "durations set on steps: 6 of 9"} for the KPIs of the card that have inputs,
        the ``coverage`` field beside the scorecard in reports.
    """
    shown: dict[str, str] = {}
    for key, cover in coverage.items():
        if key not in card:
            continue
        shown[key] = cover.text
        if cover.given == 0:
            card[key] = None
    return shown
