"""Analysis layer: the annual economics of a what-if variant (docs/methods.md §7 steps 3–6).

Journeys Y = N·J, contribution per journey π = margin − cost (both from the scorecards),
headcount H = ⌈N / accounts_per_ae⌉, fixed cost F = H·ae_cost_per_year + Σ lane fixed
costs, and net Δ per year = Y·(π_var − π_base) − (F_var − F_base) + the optional
retention term. :func:`net_delta` evaluates it for any parameter values (numbers or numpy
arrays), so the break-even values, the tornado and the triangular draws all reuse it.
Pure functions over plain numbers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np

from customer_modeler.model.model_inputs import SCENARIO_FIELDS

#: Parameters the net Δ depends on; the margin is the success ends' margin per journey.
MARGIN: Final = "margin_per_kept_order"
RETENTION: Final = ("churn_base", "churn_variant", "annual_margin_per_account")
#: Tornado parameters when the scenario gives no ranges (§7 sample), ±20 % by default.
DEFAULT_UNCERTAIN: Final = ("accounts_per_ae", "ae_cost_per_year",
                            "journeys_per_account_per_year", MARGIN)
PARAMETERS: Final = ("accounts", "journeys_per_account_per_year", "accounts_per_ae",
                     "ae_cost_per_year", MARGIN, *RETENTION)
DEFAULT_SPREAD: Final = 0.2
DEFAULT_AE_HOURS: Final = 1600.0
DRAWS: Final = 10_000


@dataclass(frozen=True, slots=True)
class Economics:
    """What the net Δ needs, per journey from the two scorecards and per year from the
    scenario. ``base`` holds the parameter values (:data:`PARAMETERS` that are known)."""

    base: dict[str, float]
    contribution: tuple[float, float]
    p_kept: tuple[float, float]
    lane_fixed: tuple[float, float]
    ranges: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    @property
    def journeys(self) -> float:
        return self.base["accounts"] * self.base["journeys_per_account_per_year"]

    @property
    def headcount(self) -> float:
        return float(_headcount(self.base["accounts"], self.base.get("accounts_per_ae")))

    @property
    def retention_given(self) -> bool:
        return all(k in self.base for k in RETENTION)


def economics_inputs(scenario: Mapping[str, float], contribution: tuple[float, float],
                     p_kept: tuple[float, float], kept_margin: float,
                     lane_fixed: tuple[float, float]) -> Economics | None:
    """Collect the inputs; None when N or J is missing or 0 (economics n/a, §7).

    Parameters
    ----------
    scenario : mapping
        The variant's ``cpm:scenario`` (optional ``<key>_min``, ``_max``, ``_mode`` ranges).
    contribution, p_kept : (baseline, variant)
        π = margin − cost per journey, and P(success).
    kept_margin : float
        The margin of a kept order (success ends), the base of its sensitivity.
    lane_fixed : (baseline, variant)
        Σ lane ``fixed_cost_per_year``.
    """
    if not scenario.get("accounts") or not scenario.get("journeys_per_account_per_year"):
        return None
    base = {k: float(scenario[k]) for k in PARAMETERS if k in scenario}
    base[MARGIN] = kept_margin
    inputs = Economics(base, contribution, p_kept, lane_fixed)
    inputs.ranges.update(_ranges(scenario, inputs))
    return inputs


def _ranges(scenario: Mapping[str, float],
            inputs: Economics) -> dict[str, tuple[float, float, float]]:
    """(low, mode, high) per uncertain parameter: the scenario's, else base ±20 %."""
    uncertain: list[str] = [k for k in DEFAULT_UNCERTAIN if k in inputs.base]
    if inputs.retention_given:
        uncertain += RETENTION
    uncertain += [k for k in PARAMETERS if k in inputs.base and k not in uncertain
                  and (f"{k}_min" in scenario or f"{k}_max" in scenario)]
    found: dict[str, tuple[float, float, float]] = {}
    for key in uncertain:
        value = inputs.base[key]
        low = float(scenario.get(f"{key}_min", value * (1 - DEFAULT_SPREAD)))
        high = float(scenario.get(f"{key}_max", value * (1 + DEFAULT_SPREAD)))
        low, high = min(low, high), max(low, high)
        found[key] = (low, min(max(float(scenario.get(f"{key}_mode", value)), low), high), high)
    return found


def _headcount(accounts: Any, span: Any) -> Any:
    if span is None:
        return 0.0
    return np.ceil(np.asarray(accounts) / np.asarray(span) - 1e-9)


def net_delta(inputs: Economics, **overrides: float) -> float:
    """Net Δ per year (§7 step 3), with some parameters replaced."""
    return float(_net(inputs, {**inputs.base, **overrides}))


def _net(inputs: Economics, v: Mapping[str, Any]) -> Any:
    """Net Δ for parameter values that are numbers or numpy arrays (one per draw)."""
    n, j = np.asarray(v["accounts"]), np.asarray(v["journeys_per_account_per_year"])
    d_kept = inputs.p_kept[1] - inputs.p_kept[0]
    d_pi = (inputs.contribution[1] - inputs.contribution[0]
            + d_kept * (np.asarray(v[MARGIN]) - inputs.base[MARGIN]))
    fixed = (np.asarray(_headcount(n, v.get("accounts_per_ae")))
             * np.asarray(v.get("ae_cost_per_year", 0.0)) + inputs.lane_fixed[1]
             - inputs.lane_fixed[0])
    net = n * j * d_pi - fixed
    if inputs.retention_given:
        net = net + n * (np.asarray(v["churn_base"]) - np.asarray(v["churn_variant"])) \
            * np.asarray(v["annual_margin_per_account"])
    return net


def retention_term(inputs: Economics) -> float:
    """N·(churn_base − churn_var)·annual_margin_per_account, 0 unless all three are given."""
    if not inputs.retention_given:
        return 0.0
    b = inputs.base
    return b["accounts"] * (b["churn_base"] - b["churn_variant"]) * b["annual_margin_per_account"]


def economics_rows(inputs: Economics, margin: tuple[float, float],
                   cost: tuple[float, float]) -> list[dict[str, object]]:
    """The annual economics table: item, baseline, variant, delta, unit."""
    y = inputs.journeys
    headcount = inputs.headcount
    fixed = (inputs.lane_fixed[0],
             headcount * inputs.base.get("ae_cost_per_year", 0.0) + inputs.lane_fixed[1])
    retention = retention_term(inputs)
    items = [
        ("journeys_per_year", y, y, "journeys"), ("p_kept", *inputs.p_kept, "probability"),
        ("margin_per_journey", *margin, "CU"), ("variable_cost_per_journey", *cost, "CU"),
        ("contribution_per_journey", *inputs.contribution, "CU"),
        ("variable_cost_per_year", y * cost[0], y * cost[1], "CU"),
        ("contribution_per_year", y * inputs.contribution[0], y * inputs.contribution[1], "CU"),
        ("headcount", 0.0, headcount, "AE"), ("fixed_cost_per_year", *fixed, "CU"),
        ("retention_per_year", 0.0, retention, "CU"),
        ("net_per_year", y * inputs.contribution[0] - fixed[0],
         y * inputs.contribution[1] - fixed[1] + retention, "CU"),
    ]
    return [{"item": item, "baseline": a, "variant": b, "delta": b - a, "unit": unit}
            for item, a, b, unit in items]


def break_even(inputs: Economics) -> list[dict[str, object]]:
    """Break-even values, one parameter at a time (§7 step 4): parameter, base, value, note."""
    net = net_delta(inputs)
    y, b = inputs.journeys, inputs.base
    d_kept = inputs.p_kept[1] - inputs.p_kept[0]
    rows: list[dict[str, object]] = []
    margin = None if abs(d_kept) < 1e-12 else b[MARGIN] - net / (y * d_kept)
    rows.append({"parameter": MARGIN, "base": b[MARGIN], "break_even": margin,
                 "note": "no margin breaks even (the chance of keeping the order does not "
                         "change)" if margin is None
                 else "the margin per kept order at which the net change per year is 0"})
    rows.append({"parameter": "accounts_per_ae", "base": b.get("accounts_per_ae"),
                 "break_even": _span_break_even(inputs, net),
                 "note": "the fewest accounts per account executive at which the net change "
                         "per year is 0 or more (account executives come in whole numbers)"})
    churn = None
    if "annual_margin_per_account" in b and b["annual_margin_per_account"] > 0:
        churn = -(net - retention_term(inputs)) / (b["accounts"] * b["annual_margin_per_account"])
    rows.append({"parameter": "churn_reduction", "base": (b["churn_base"] - b["churn_variant"])
                 if inputs.retention_given else None, "break_even": churn,
                 "note": "the fall in the share of accounts lost per year that breaks even"
                 if churn is not None else
                 f"needs the scenario's {_words('annual_margin_per_account')} "
                 "(Model ▸ Scenario…)"})
    return rows


def _words(key: str) -> str:
    """A scenario value as the Scenario dialog names it, in a sentence: 'margin per
    account per year'."""
    label = SCENARIO_FIELDS[key].display_name
    return label[:1].lower() + label[1:]


def _span_break_even(inputs: Economics, net: float) -> float | None:
    b = inputs.base
    cost = b.get("ae_cost_per_year", 0.0)
    if "accounts_per_ae" not in b or cost <= 0:
        return None
    budget = net + inputs.headcount * cost  # what is left for AE salaries
    affordable = math.floor(budget / cost + 1e-9)
    return None if affordable < 1 else float(math.ceil(b["accounts"] / affordable - 1e-9))


def tornado(inputs: Economics) -> list[dict[str, object]]:
    """Each uncertain parameter at its low and high value, the others at base, sorted by
    swing (§7 step 6): parameter, base, low, high, net_at_low, net_at_high, swing."""
    rows: list[dict[str, object]] = []
    for key, (low, _, high) in inputs.ranges.items():
        at_low, at_high = net_delta(inputs, **{key: low}), net_delta(inputs, **{key: high})
        rows.append({"parameter": key, "base": inputs.base[key], "low": low, "high": high,
                     "net_at_low": at_low, "net_at_high": at_high,
                     "swing": abs(at_high - at_low)})
    rows.sort(key=lambda r: -float(r["swing"]))  # type: ignore[arg-type]
    return rows


def draws(inputs: Economics, n: int = DRAWS, seed: int = 1) -> dict[str, float | None]:
    """Triangular draws of every uncertain parameter: P(net Δ > 0), p5 and p95."""
    if not inputs.ranges or n <= 0:
        return {"p_benefit": None, "net_p5": None, "net_p95": None}
    rng = np.random.default_rng(seed)
    values = {k: (rng.triangular(low, mode, high, n) if high > low else np.full(n, low))
              for k, (low, mode, high) in inputs.ranges.items()}
    net = np.asarray(_net(inputs, {**inputs.base, **values}))
    p5, p95 = (float(v) for v in np.percentile(net, [5, 95]))
    return {"p_benefit": float(np.mean(net > 0)), "net_p5": p5, "net_p95": p95}


def workload_row(lane: str, minutes: float, inputs: Economics | None,
                 hours: float) -> dict[str, object]:
    """AE minutes per journey, hours per AE per year and the flag (§7 step 5)."""
    y = inputs.journeys if inputs else None
    headcount = inputs.headcount if inputs else 0.0
    per_ae = None if y is None or headcount <= 0 else y * minutes / 60.0 / headcount
    use = None if per_ae is None or hours <= 0 else per_ae / hours
    flag = ("n/a" if use is None else "over capacity" if use > 1.0
            else "span limits, not workload" if use < 0.5 else "ok")
    return {"lane": lane, "minutes_per_journey": minutes,
            "hours_per_year": None if y is None else y * minutes / 60.0,
            "headcount": headcount, "hours_per_ae": per_ae, "capacity_hours_per_ae": hours,
            "utilisation": use, "flag": flag}
