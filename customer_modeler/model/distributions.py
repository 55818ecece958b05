"""Model layer: the forms a step's duration distribution may take, and the check of one.

The Monte Carlo simulation draws each task's duration from this distribution; the
property field and the file reader refuse anything else, so a typo is caught where it
is typed rather than silently simulated as a fixed duration.
"""

from __future__ import annotations

from typing import Final

#: What a person may type, as the refusal message lists it.
ACCEPTED_FORMS: Final = ("fixed", "exp", "tri:min,mode,max", "lognorm:sd")


def distribution_problem(text: str) -> str | None:
    """Why ``text`` is not a duration distribution, or None when it is one."""
    kind, colon, params = text.partition(":")
    if kind in ("fixed", "exp"):
        return "takes no numbers" if colon else None
    if kind not in ("tri", "lognorm"):
        return "is not a known distribution"
    try:
        values = [float(v) for v in params.split(",")] if params else []
    except ValueError:
        return "needs numbers after the colon"
    if kind == "tri":
        if len(values) != 3:
            return "needs three numbers: min,mode,max"
        low, mode, high = values
        if not (low <= mode <= high and low < high):
            return "needs min ≤ mode ≤ max with min < max"
        return None
    if len(values) != 1 or values[0] <= 0:
        return "needs one standard deviation greater than 0"
    return None
