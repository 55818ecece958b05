"""Analysis layer: every issue code the analyses report, in one place.

An issue is a plain record ``(code, elements, message)``. Codes starting with ``E-`` stop
the metrics that depend on them (docs/methods.md §2.2); ``W-`` codes are warnings, and
``W-PROB-FILL`` is only an information note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

#: Code -> what it means (docs/methods.md §2.1, §2.2, §2.6, §2.8, §2.9, §2.13, §4, §6).
CODES: Final[dict[str, str]] = {
    "E-NO-START": "no start event and no step without incoming flows",
    "E-NO-END": "no end event and no reachable step without outgoing flows",
    "E-NO-CUSTOMER-LANE": "no lane has the role customer",
    "E-TRAP": "steps the journey can reach but never leave",
    "E-SINGULAR": "the expected visits cannot be solved (I - W is singular)",
    "E-PROB-RANGE": "a probability below 0 or above 1",
    "E-UNSTABLE": "a resource pool is offered more work than it can serve",
    "E-BAD-INPUT": "an analysis input outside its accepted range, or unreadable",
    "W-IMPLICIT-START": "no start event: steps without incoming flows start the journey",
    "W-IMPLICIT-END": "a reachable step without outgoing flows ends the journey",
    "W-UNREACHABLE": "steps no start reaches; left out of the analysis",
    "W-PROB-FILL": "branch probabilities filled in from the remainder",
    "W-DEAD-BRANCH": "a branch filled with probability 0",
    "W-PROB-SUM": "branch probabilities do not sum to 1 and were normalised",
    "W-AND-PROB": "a parallel branch carries a probability other than 1 (ignored)",
    "W-IMPLICIT-AND": "a step with several unlabelled outgoing flows runs them in parallel",
    "W-OR-UNSTRUCTURED": "an inclusive join without a matching inclusive split",
    "W-AND-APPROX": "parallel branches: time and failure figures are approximations",
    "W-UNKNOWN-SYSTEM": "a step names a system the model does not define",
    "W-CERTAIN-FAIL": "a step fails on every execution",
    "W-FAIL-NONTASK": "failure data on a gateway or event is ignored",
    "W-FAIL-DOUBLE": "a failing step followed by a failure flow counts twice",
    "W-MC-RUNAWAY": "Monte Carlo runs exceeded the step limit and were left out",
    "W-MC-SKIPPED": "Monte Carlo was not run: a typical journey is too long to simulate",
    "W-MC-CAPPED": "Monte Carlo ran fewer journeys than asked, to stay responsive",
    "W-MANY-CONTACTS": "more than 100 contacts per journey: check the loop probabilities",
    "W-LIKELY-LOOP": "a loop repeats with probability 0.99 or more (100 rounds or more)",
    "E-UNITS": "the two models use different time units or currencies",
    "W-DOUBLE-COST": "a cost is counted both per step and in the scenario",
    "W-NO-LANE": "a task without a known lane; it is counted in a lane of its own",
    "W-OUTBOUND-AVOIDABLE": "a contact the company starts is marked avoidable; it is left "
                            "out of the failure-demand ratio",
    "W-NEAR-UNSTABLE": "contacts change by more than 10 per unit of a branch probability: "
                       "the loop is near-unstable",
    "W-SENSITIVITY-REFUSED": "no sensitivity for a branch whose alternative leads into a "
                             "trap or is never taken",
    "W-ZERO-HANDLE": "a step served by a resource pool takes no time",
    "W-NO-ARRIVALS": "no arrival rate: queueing skipped, the modelled waits are used",
    "W-NO-CONVERGE": "the wait-dependent abandonment iteration did not settle",
}

#: Codes that are information notes rather than warnings.
INFO_CODES: Final = frozenset({"W-PROB-FILL"})


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding: a code of :data:`CODES`, the element ids it concerns, and a sentence."""

    code: str
    elements: tuple[str, ...]
    message: str

    @property
    def is_error(self) -> bool:
        """Whether the issue stops the metrics (an ``E-`` code)."""
        return self.code.startswith("E-")

    @property
    def level(self) -> str:
        """``error``, ``warning`` or ``info``."""
        if self.is_error:
            return "error"
        return "info" if self.code in INFO_CODES else "warning"

    def as_dict(self) -> dict[str, object]:
        """The JSON form of docs/design.md: ``{"code", "elements", "message"}``."""
        return {"code": self.code, "elements": list(self.elements), "message": self.message}


def make_issue(code: str, elements: Iterable[str], message: str) -> Issue:
    """Build an issue, refusing codes that are not registered in :data:`CODES`.

    Parameters
    ----------
    code : str
        A key of :data:`CODES`.
    elements : iterable of str
        Ids of the steps, flows or lanes concerned, in model order.
    message : str
        One sentence for the user.

    Returns
    -------
    Issue

    Raises
    ------
    KeyError
        When the code is unknown (a programming error).
    """
    if code not in CODES:
        raise KeyError(f"unregistered issue code {code}")
    return Issue(code, tuple(elements), message)


def has_error(issues: Iterable[Issue]) -> bool:
    """Whether any issue is an ``E-`` issue."""
    return any(issue.is_error for issue in issues)
