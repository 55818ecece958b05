"""Analysis layer: the customer minutes all consolidation candidates address together,
each step counted once (the headline of Analysis 1).

Candidates overlap: the steps that ask for the customer's name (C3) may also sit in a
loop (C4) and be non-value-adding (C5), so their minutes summed would count a step up
to three times and can exceed the whole journey. Here a candidate's addressable minutes
are spread over its steps in proportion to each step's customer minutes (a C1 transfer
over its first contact only, the wasted one); each step then counts with the largest
share any candidate gives it, never more than its own minutes. The total therefore never
exceeds the journey's customer time, and a candidate's own figures stay as §3 defines
them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Row = Mapping[str, object]


def step_shares(candidates: Iterable[Row], steps: Iterable[Row]) -> dict[str, float]:
    """{step id: customer minutes per journey the candidates address at it}, each step
    at most its own minutes (rows of the ``candidates`` and ``steps`` tables)."""
    own = {str(r["step"]): float(m) if isinstance(m := r.get("customer_minutes"), (int, float))
           else 0.0 for r in steps}  # _number inline: one row per task
    shares: dict[str, float] = {}
    for candidate in candidates:
        # (step, its minutes) with one look-up per element: 180,000 at 100,000 steps
        members = [(n, m) for n in str(candidate.get("elements") or "").split()
                   if (m := own.get(n)) is not None]
        if candidate.get("rule") == "C1":
            members = members[:1]
        weight = sum([m for _, m in members])
        minutes = _number(candidate.get("customer_minutes"))
        if weight <= 0.0 or minutes <= 0.0:
            continue
        for n, m in members:
            share = minutes * m / weight
            if not share < m:  # min(m, share), without the call
                share = m
            before = shares.get(n, 0.0)
            shares[n] = share if share > before else before  # max(before, share)
    return shares


def deduplicated_minutes(candidates: Iterable[Row], steps: Iterable[Row]) -> float:
    """The customer minutes per journey all ``candidates`` address, each step once."""
    return sum(step_shares(candidates, steps).values(), 0.0)


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0
