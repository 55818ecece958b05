"""Analysis layer: the one to three sentences each analysis opens with.

A :class:`Headline` is data — a code naming its sentence and the parameters it fills
in — with an English rendering from :data:`TEMPLATES`, the one place the sentences live
(a translation replaces the templates, never the code that picks them). Parameters are
typed by their name's ending: ``_min`` minutes, ``_h`` hours, ``_pct`` a fraction
shown as a percentage, ``_money`` an amount in ``currency``, ``_n`` a number; any other
parameter is written as it is (names, phases).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from customer_modeler.analysis.report.display import RULES, percent, readable
from customer_modeler.analysis.streamline.overlap import deduplicated_minutes

Row = Mapping[str, object]
Names = Mapping[str, str]

#: The sentences, by code. ``{name}`` placeholders take the parameters.
TEMPLATES: Final = {
    "scorecard.time": "A customer spends about {time_min} of their own time per journey "
                      "(touchpoints: {touchpoints_n}, contacts with us: {contacts_n}).",
    "scorecard.time_unknown": "A customer's time per journey is not known (no step has a "
                              "duration); touchpoints: {touchpoints_n}, contacts with us: "
                              "{contacts_n}.",
    "scorecard.failure": "{failure_pct} of journeys meet at least one failure; "
                         "{success_pct} end in success.",
    "streamline.none": "No consolidation candidate addresses any customer time.",
    "streamline.total": "Together the candidates ({count_n}) address about {total_min} of the "
                        "customer's {journey_min} per journey (each step counted once).",
    "streamline.total_year": "Together the candidates ({count_n}) address about {total_min} of "
                             "the customer's {journey_min} per journey (each step counted "
                             "once), {total_h} a year.",
    "streamline.C1": "Routing right first time from {first} to {second} saves about "
                     "{minutes_min} per customer{per_year}.",
    "streamline.C2": "One point of contact for the {phase} phase ({departments}) addresses "
                     "about {minutes_min} per customer{per_year}.",
    "streamline.C3": "Asking for '{item}' once instead of at {steps_n} steps addresses about "
                     "{minutes_min} per customer{per_year}.",
    "streamline.C4": "Removing the cause of the rework loop through {first} addresses about "
                     "{minutes_min} per customer{per_year}.",
    "streamline.C5": "Removing or automating the non-value-adding steps ({steps_n}) saves "
                     "about {minutes_min} per customer{per_year} ({share_pct} of customer "
                     "time).",
    "per_year": ", {hours_h} a year",
    "fail_points.top": "The riskiest point is {element}: {per_1000_n} in 1,000 journeys "
                       "fail there{surfaces}.",
    "fail_points.risk": "{failure_pct} of journeys meet at least one failure; steps that are "
                        "pain points: {pain_n}.",
    "fail_points.none": "No step or branch can fail in this model.",
    "surfaces": ", and the customer notices at {where}",
    "systems.top": "'{system}' fails the customer most: {per_1000_n} per 1,000 journeys; steps "
                   "that use it: {users_n}.",
    "systems.none": "No system is used by the steps of this journey.",
    "failure_demand.ratio": "{fdr_pct} of the contacts customers start are failure demand, "
                            "there only because we did not communicate well enough.",
    "failure_demand.top": "The largest reason is '{reason}': {share_pct} of contacts, "
                          "{cost_money} per journey{annual}.",
    "failure_demand.none": "No contact in this journey has a reason, so failure demand "
                           "cannot be told apart.",
    "annual": ", {annual_money} a year",
    "compare.time": "The competitor takes {delta_min} {direction} of the customer's time "
                    "than we do ({theirs_min} against our {ours_min} per journey).",
    "compare.measures": "They do better on {theirs_n} of {count_n} measures, we on {ours_n}.",
    "what_if.net": "The what-if {direction} {net_money} a year ({benefit_pct} chance of a net "
                   "benefit).",
    "what_if.customer": "For the customer, measures that get better: {better_n}, worse: "
                        "{worse_n}; customer time {direction} by {delta_min}.",
    "changes.summary": "Elements that change: {count_n} ({visible_n} the customer sees, "
                       "{backstage_n} back-stage); flows re-wired: {rewired_n}.",
    "changes.touchpoint": "How often customers meet '{name}' per journey: {before_n} → {after_n}.",
}


@dataclass(frozen=True)
class Headline:
    """One sentence as data: its code, its parameters, and its English text."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    currency: str = "CU"

    @property
    def text(self) -> str:
        """The sentence in English."""
        return render(self.code, self.params, self.currency)

    def as_dict(self) -> dict[str, object]:
        """``{"code", "params", "text"}`` for the JSON and the editor."""
        return {"code": self.code, "params": dict(self.params), "text": self.text}


def render(code: str, params: Mapping[str, object], currency: str = "CU") -> str:
    """The English sentence ``code`` with ``params`` written by their type."""
    written = {key: _write(key, value, currency) for key, value in params.items()}
    return TEMPLATES[code].format(**written)


def minutes_text(minutes: float) -> str:
    """"4.2 min", "38 min", "2.5 h" (two hours and more)."""
    if abs(minutes) >= 120.0:
        return f"{minutes / 60.0:,.1f} h"
    if abs(minutes) >= 10.0:
        return f"{minutes:,.0f} min"
    return f"{minutes:.1f} min"


def _write(key: str, value: object, currency: str) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return str(value)
    number = float(value)
    if key.endswith("_min"):
        return minutes_text(number)
    if key.endswith("_h"):
        return f"{number:,.0f} h"
    if key.endswith("_pct"):
        return percent(number)
    if key.endswith("_money"):
        return f"{number:,.2f} {currency}" if abs(number) < 1000 else f"{number:,.0f} {currency}"
    if key.endswith("_n"):
        if number.is_integer() or abs(number) >= 100:
            return f"{number:,.0f}"
        return f"{number:.1f}" if abs(number) >= 1 else f"{number:.2f}"
    return str(value)


# -- per analysis ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What the sentences need beside the report: names, journeys per year, currency."""

    names: Names = field(default_factory=dict)
    journeys: float | None = None
    currency: str = "CU"
    #: "competitor" (ours/theirs) or "variant" (current/what-if).
    sides: str = "competitor"

    def name(self, element: object) -> str:
        """An element's name in quotes ("'Check stock'"); a flow's ends are quoted already."""
        text = self.names.get(str(element), str(element))
        return text if text.startswith("'") or text.startswith("the ") else f"'{text}'"

    def line(self, code: str, **params: object) -> Headline:
        return Headline(code, params, self.currency)

    def per_year(self, minutes: float) -> str:
        if not self.journeys:
            return ""
        return render("per_year", {"hours_h": minutes * self.journeys / 60.0}, self.currency)


def scorecard_headlines(kpis: object, ctx: Context) -> list[Headline]:
    """The journey in two sentences: the customer's time, touchpoints and contacts, and how
    often it fails and succeeds."""
    if not isinstance(kpis, Mapping):
        return []
    outcome = kpis.get("p_outcome")
    success = outcome.get("success", 0.0) if isinstance(outcome, Mapping) else \
        kpis.get("p_outcome_success", 0.0)
    counts = {"touchpoints_n": _n(kpis.get("touchpoints")), "contacts_n": _n(kpis.get("contacts"))}
    time = kpis.get("customer_time")
    first = ctx.line("scorecard.time_unknown", **counts) if time is None else \
        ctx.line("scorecard.time", time_min=_n(time), **counts)
    return [first,
            ctx.line("scorecard.failure", failure_pct=_n(kpis.get("p_any_failure")),
                     success_pct=_n(success))]


def streamline_headlines(report: Row, ctx: Context) -> list[Headline]:
    """The de-duplicated total of the candidates and the first of them in words."""
    tables = _tables(report)
    candidates, steps = tables.get("candidates", []), tables.get("steps", [])
    if not candidates:
        return [ctx.line("streamline.none")]
    total = deduplicated_minutes(candidates, steps)
    journey = sum((_n(r.get("customer_minutes")) for r in steps), 0.0)
    params: dict[str, object] = {"count_n": len(candidates), "total_min": total,
                                 "journey_min": journey}
    if ctx.journeys:
        found = [ctx.line("streamline.total_year", **params,
                          total_h=total * ctx.journeys / 60.0)]
    else:
        found = [ctx.line("streamline.total", **params)]
    first = _candidate_line(candidates[0], tables, ctx, journey)
    return found + ([first] if first is not None else [])


def _candidate_line(row: Row, tables: Mapping[str, Sequence[Row]], ctx: Context,
                    journey: float) -> Headline | None:
    rule, minutes = str(row.get("rule")), _n(row.get("customer_minutes"))
    members = str(row.get("elements") or "").split()
    common = {"minutes_min": minutes, "per_year": ctx.per_year(minutes)}
    if rule == "C1" and len(members) >= 2:
        return ctx.line("streamline.C1", first=ctx.name(members[0]),
                        second=ctx.name(members[1]), **common)
    if rule == "C2":
        group = [r for r in tables.get("phases", []) if set(str(r["steps"]).split()) <= set(members)]
        phase = str(group[0]["phase"]) if group else ""
        departments = " and ".join(dict.fromkeys(ctx.name(r["department"]) for r in group))
        return ctx.line("streamline.C2", phase=phase, departments=departments, **common)
    if rule == "C3":
        item = next((r["item"] for r in tables.get("repeated_data", [])
                     if str(r["steps"]).split() == members and r.get("flagged")), "")
        return ctx.line("streamline.C3", item=item, steps_n=len(members), **common)
    if rule == "C4" and members:
        visible = next((str(r["visible_steps"]).split() for r in tables.get("loops", [])
                        if str(r["steps"]).split() == members), members)
        return ctx.line("streamline.C4", first=ctx.name((visible or members)[0]), **common)
    if rule == "C5":
        return ctx.line("streamline.C5", steps_n=len(members),
                        share_pct=minutes / journey if journey else 0.0, **common)
    return None


def fail_points_headlines(report: Row, ctx: Context) -> list[Headline]:
    """The riskiest fail point and where the customer notices it, and the journey's risk."""
    rows = _tables(report).get("fail_points", [])
    kpis = report.get("kpis") if isinstance(report.get("kpis"), Mapping) else {}
    assert isinstance(kpis, Mapping)
    if not rows:
        return [ctx.line("fail_points.none")]
    top = rows[0]
    where = [w for w in str(top.get("surfaces_at") or "").split() if w != top.get("element")]
    surfaces = render("surfaces", {"where": ctx.name(where[0])}) if where else ""
    return [ctx.line("fail_points.top", element=ctx.name(top["element"]),
                     per_1000_n=_n(top.get("per_1000")), surfaces=surfaces),
            ctx.line("fail_points.risk", failure_pct=_n(kpis.get("p_any_failure")),
                     pain_n=_n(kpis.get("pain_points")))]


def systems_headlines(report: Row, ctx: Context) -> list[Headline]:
    """The system whose failures reach the customer most."""
    rows = [r for r in _tables(report).get("footprint", []) if _n(r.get("touches")) > 0]
    if not rows:
        return [ctx.line("systems.none")]
    top = max(rows, key=lambda r: _n(r.get("failures")))
    return [ctx.line("systems.top", system=top.get("name") or ctx.name(top["system"]),
                     per_1000_n=1000.0 * _n(top.get("failures")),
                     users_n=len(str(top.get("users") or "").split()))]


def failure_demand_headlines(report: Row, ctx: Context) -> list[Headline]:
    """The failure-demand ratio and the largest reason for contact."""
    reasons = _tables(report).get("reasons", [])
    kpis = report.get("kpis") if isinstance(report.get("kpis"), Mapping) else {}
    assert isinstance(kpis, Mapping)
    if not reasons:
        return [ctx.line("failure_demand.none")]
    top = reasons[0]
    annual = top.get("annual_cost")
    extra = render("annual", {"annual_money": annual}, ctx.currency) \
        if isinstance(annual, (int, float)) else ""
    return [ctx.line("failure_demand.ratio", fdr_pct=_n(kpis.get("fdr"))),
            ctx.line("failure_demand.top", reason=readable(str(top["reason"])),
                     share_pct=_n(top.get("share")), cost_money=_n(top.get("cost")),
                     annual=extra)]


def compare_headlines(report: Row, ctx: Context) -> list[Headline]:
    """Customer time on both sides, and who does better on how many measures (a
    competitor only: a variant's sentences are the what-if's)."""
    if ctx.sides != "competitor":
        return []
    rows = _tables(report).get("scorecard", [])
    by_kpi = {r["kpi"]: r for r in rows}
    time = by_kpi.get("customer_time")
    if time is None:
        return []
    delta = _n(time.get("theirs")) - _n(time.get("ours"))
    sentences = [ctx.line("compare.time", delta_min=abs(delta),
                          direction="less" if delta < 0 else "more",
                          theirs_min=_n(time.get("theirs")), ours_min=_n(time.get("ours")))]
    judged = [r for r in rows if r.get("better") in ("ours", "theirs", "equal")]
    sentences.append(ctx.line("compare.measures",
                              theirs_n=sum(1 for r in judged if r["better"] == "theirs"),
                              ours_n=sum(1 for r in judged if r["better"] == "ours"),
                              count_n=len(judged)))
    return sentences


def what_if_headlines(report: Row, ctx: Context) -> list[Headline]:
    """The net change a year and what the customer gains or loses."""
    kpis = report.get("kpis") if isinstance(report.get("kpis"), Mapping) else {}
    assert isinstance(kpis, Mapping)
    found = []
    net = kpis.get("net_delta_per_year")
    if isinstance(net, (int, float)):
        found.append(ctx.line("what_if.net", direction="earns" if net >= 0 else "costs",
                              net_money=abs(net), benefit_pct=_n(kpis.get("p_benefit"))))
    time = next((r for r in _tables(report).get("scorecard", [])
                 if r.get("kpi") == "customer_time"), None)
    found.append(ctx.line("what_if.customer", better_n=_n(kpis.get("customer_better")),
                          worse_n=_n(kpis.get("customer_worse")),
                          direction="rises" if time and _n(time.get("delta")) > 0 else "falls",
                          delta_min=abs(_n(time.get("delta"))) if time else 0.0))
    return found


def change_headlines(summary: Row, ctx: Context) -> list[Headline]:
    """The change list in one sentence and the touchpoint that changes most."""
    found = [ctx.line("changes.summary", count_n=summary.get("count", 0),
                      visible_n=summary.get("customer_visible", 0),
                      backstage_n=summary.get("backstage", 0),
                      rewired_n=summary.get("rewired_flows", 0))]
    touchpoints = summary.get("touchpoints")
    if isinstance(touchpoints, Sequence) and touchpoints:
        top = touchpoints[0]
        delta = _n(top.get("delta"))
        if abs(delta) > 1e-9:
            found.append(ctx.line("changes.touchpoint", name=top.get("name") or "",
                                  delta_n=abs(delta), direction="more" if delta > 0 else "less",
                                  before_n=_n(top.get("before")), after_n=_n(top.get("after"))))
    return found


HEADLINES: Final[dict[str, Callable[[Row, Context], list[Headline]]]] = {
    "streamline": streamline_headlines, "fail_points": fail_points_headlines,
    "systems": systems_headlines, "failure_demand": failure_demand_headlines,
    "compare": compare_headlines, "what_if": what_if_headlines,
}


def headlines_for(name: str, report: object, ctx: Context) -> list[Headline]:
    """The sentences of report ``name`` (``scorecard`` takes the KPIs); none when the
    report is missing or an error stopped it."""
    if name == "scorecard":
        return scorecard_headlines(report, ctx)
    if not isinstance(report, Mapping) or name not in HEADLINES:
        return []
    if not any(_tables(report).values()):
        return []
    return HEADLINES[name](report, ctx)


def _tables(report: Row) -> Mapping[str, Sequence[Row]]:
    tables = report.get("tables")
    return tables if isinstance(tables, Mapping) else {}


def _n(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else 0.0
