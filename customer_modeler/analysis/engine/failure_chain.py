"""Analysis layer: the failure-absorbing chain of docs/methods.md §2.6.

p_eff(v) = 1 − (1 − fail_prob_v)·Π(1 − fail_prob_s) over the step's systems; failures on
gateways and events are ignored (W-FAIL-NONTASK), unknown systems never fail. Failure
flows (an IVR misroute) count as failures too. Every execution fails independently.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from customer_modeler.analysis.engine.chain import Chain
from customer_modeler.analysis.engine.solve import forward_column
from customer_modeler.analysis.engine.pipeline import Engine, require_chain, start_values


def effective_fail_prob(engine: Engine) -> dict[str, float]:
    """p_eff per reachable step (0 for anything that is not a task).

    Returns
    -------
    dict
        {step id: probability that one execution fails}; a copy of the engine's own,
        worked out once (the scorecard, fail points and compare all ask).
    """
    return dict(_engine_fail_prob(engine))


def _engine_fail_prob(engine: Engine) -> dict[str, float]:
    return engine.once("effective_fail_prob", _fail_probs)


def _fail_probs(engine: Engine) -> dict[str, float]:
    systems = engine.graph.graph["systems"]
    result: dict[str, float] = {}
    for node in engine.reachable:
        step = engine.steps[node]
        if not step.is_task:
            result[node] = 0.0
            continue
        survive = 1.0 - step.fail_prob
        if step.systems:  # without systems the product is 1 and changes nothing
            survive *= math.prod(1.0 - systems.get(s, 0.0) for s in step.systems)
        result[node] = 1.0 - survive
    return result


@dataclass(frozen=True, slots=True)
class FailureSummary:
    """Expected failures and P(at least one failure) per journey (§2.6)."""

    expected: float
    p_any: float


def failure_summary(engine: Engine, p_eff: Mapping[str, float] | None = None, *,
                    flows: bool = True) -> FailureSummary:
    """Solve the failure-absorbing chain.

    Parameters
    ----------
    engine : Engine
        A solved engine.
    p_eff : mapping, optional
        Per-step failure probability; default :func:`effective_fail_prob`. Pass a variant
        (for example zero outside moments of truth) for a restricted question.
    flows : bool
        Whether failure flows count as failures.

    Returns
    -------
    FailureSummary
        Exact without AND gateways; with them P(≥1) is an approximation (W-AND-APPROX).
    """
    if p_eff is None and flows:  # the scorecard and fail points both ask this one
        return engine.once("failure_summary", lambda solved: _solve(solved, None, True))
    return _solve(engine, p_eff, flows)


def _solve(engine: Engine, p_eff: Mapping[str, float] | None, flows: bool) -> FailureSummary:
    chain = require_chain(engine)
    probs = _engine_fail_prob(engine) if p_eff is None else p_eff
    fail = [probs.get(n, 0.0) for n in chain.nodes]
    flow_fail = _failure_flow_weight(engine, chain) if flows else [0.0] * len(chain)
    scale = [1.0 - p for p in fail]
    survivors = forward_column(chain, start_values(engine, chain), scale=scale, ok=flows)
    p_any = 0.0
    expected = 0.0
    visits = engine.visits
    for node, y, p, r, by_flow in zip(chain.nodes, survivors, fail, scale, flow_fail):
        p_any += y * p + y * r * by_flow
        expected += visits[node] * (p + by_flow)
    return FailureSummary(expected=expected, p_any=p_any)


def _failure_flow_weight(engine: Engine, chain: Chain) -> list[float]:
    """Σ_v w(u, v) over the failure flows leaving each node u (0 where none leaves)."""
    found = [0.0] * len(chain)
    for i, edges in enumerate(chain.out):
        for _, w, w_ok in edges:
            if w != w_ok:
                found[i] = sum(w - w_ok for _, w, w_ok in edges)
                break
    return found
