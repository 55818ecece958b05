"""Editor layer: the core's messages (reader warnings, analysis issues) in the user's language.

The core imports no Qt: each warning and issue carries a code and an English message
that names its elements. Every code has one fixed sentence that says what it means
(the core's code tables); the editor keeps those sentences here, translatable, and in
another language shows the code's sentence with the core's English detail beside it
for the tooltip. In English, and for a code this table does not know, the core's own
message stands.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Code -> the core's sentence for it (reader warnings, then analysis issues).
MEANINGS: Final[dict[str, str]] = {
    "W-CUSTOMER-BY-LANE-NAME": QT_TRANSLATE_NOOP("CoreMessage", "The customer lane was found by its name (a word for customer)."),
    "W-CUSTOMER-BY-POOL-NAME": QT_TRANSLATE_NOOP("CoreMessage", "A pool named for the customer is shown as the customer lane; its message flows count as flows."),
    "W-NO-CUSTOMER-LANE": QT_TRANSLATE_NOOP("CoreMessage", "No lane or pool was recognised as the customer; mark one in the editor."),
    "W-CUSTOMER-NOT-ON-TOP": QT_TRANSLATE_NOOP("CoreMessage", "The customer lane is not the top lane; the editor offers to move it."),
    "W-MULTIPLE-CUSTOMER-LANES": QT_TRANSLATE_NOOP("CoreMessage", "Several lanes are marked or named as the customer; only the first counts."),
    "W-MISSING-ID": QT_TRANSLATE_NOOP("CoreMessage", "An element had no id; it was given one."),
    "W-DUPLICATE-ID": QT_TRANSLATE_NOOP("CoreMessage", "Two elements share an id; the later one was given a new id."),
    "W-DANGLING-REF": QT_TRANSLATE_NOOP("CoreMessage", "A reference points at an element that does not exist; it was ignored."),
    "W-DI-MISSING-ELEMENT": QT_TRANSLATE_NOOP("CoreMessage", "Diagram information points at an element that does not exist; it was ignored."),
    "W-BAD-BOUNDS": QT_TRANSLATE_NOOP("CoreMessage", "A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored."),
    "W-BAD-WAYPOINT": QT_TRANSLATE_NOOP("CoreMessage", "An edge has a waypoint that is not a finite number; the edge's route was ignored."),
    "W-NO-DI": QT_TRANSLATE_NOOP("CoreMessage", "Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn."),
    "W-BAD-ATTRIBUTE": QT_TRANSLATE_NOOP("CoreMessage", "A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored."),
    "W-NESTED-LANES": QT_TRANSLATE_NOOP("CoreMessage", "The file has nested lanes (lanes inside lanes); they are kept as sub-lanes."),
    "W-LANE-MISSING-NODE": QT_TRANSLATE_NOOP("CoreMessage", "A step is in no lane although its process has lanes."),
    "W-MULTIPLE-LANES": QT_TRANSLATE_NOOP("CoreMessage", "A step is referenced by several sibling lanes; the first one counts."),
    "W-FLOW-MISSING-END": QT_TRANSLATE_NOOP("CoreMessage", "A sequence flow has no source or target; it is kept in the file but not shown."),
    "W-MULTIPLE-DIAGRAMS": QT_TRANSLATE_NOOP("CoreMessage", "The file has several diagrams; the one with the most shapes is shown and the others are kept."),
    "W-VERTICAL-LANES": QT_TRANSLATE_NOOP("CoreMessage", "Lanes or pools are drawn vertically; they are shown as drawn."),
    "W-LANES-REPAIRED": QT_TRANSLATE_NOOP("CoreMessage", "Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which."),
    "W-NEWER-FORMAT": QT_TRANSLATE_NOOP("CoreMessage", "The file uses a newer Customer Process Modeler format; unknown attributes are kept."),
    "W-LANE-FOREIGN-NODE": QT_TRANSLATE_NOOP("CoreMessage", "A lane lists a step of another pool's process; the step stays in its own pool and the reference is kept in the file."),
    "W-BOUNDARY-UNATTACHED": QT_TRANSLATE_NOOP("CoreMessage", "A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event."),
    "W-EMPTY-DEFINITIONS": QT_TRANSLATE_NOOP("CoreMessage", "The file contains no process and no diagram; it opens as an empty model."),
    "W-EDGE-FEW-WAYPOINTS": QT_TRANSLATE_NOOP("CoreMessage", "A flow's diagram edge has fewer than two waypoints; the flow is drawn straight between its ends."),
    "W-GARBLED-TEXT": QT_TRANSLATE_NOOP("CoreMessage", "Text looks garbled by a wrong encoding (such as 'PrÃ¼fung' for 'Prüfung'); it is shown and saved unchanged."),
    "W-XML-REPAIRED": QT_TRANSLATE_NOOP("CoreMessage", "The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired."),
    "E-NO-START": QT_TRANSLATE_NOOP("CoreMessage", "no start event and no step without incoming flows"),
    "E-NO-END": QT_TRANSLATE_NOOP("CoreMessage", "no end event and no reachable step without outgoing flows"),
    "E-NO-CUSTOMER-LANE": QT_TRANSLATE_NOOP("CoreMessage", "no lane has the role customer"),
    "E-TRAP": QT_TRANSLATE_NOOP("CoreMessage", "steps the journey can reach but never leave"),
    "E-SINGULAR": QT_TRANSLATE_NOOP("CoreMessage", "the expected visits cannot be solved (I - W is singular)"),
    "E-PROB-RANGE": QT_TRANSLATE_NOOP("CoreMessage", "a probability below 0 or above 1"),
    "E-UNSTABLE": QT_TRANSLATE_NOOP("CoreMessage", "a resource pool is offered more work than it can serve"),
    "E-BAD-INPUT": QT_TRANSLATE_NOOP("CoreMessage", "an analysis input outside its accepted range, or unreadable"),
    "W-IMPLICIT-START": QT_TRANSLATE_NOOP("CoreMessage", "no start event: steps without incoming flows start the journey"),
    "W-IMPLICIT-END": QT_TRANSLATE_NOOP("CoreMessage", "a reachable step without outgoing flows ends the journey"),
    "W-UNREACHABLE": QT_TRANSLATE_NOOP("CoreMessage", "steps no start reaches; left out of the analysis"),
    "W-PROB-FILL": QT_TRANSLATE_NOOP("CoreMessage", "branch probabilities filled in from the remainder"),
    "W-DEAD-BRANCH": QT_TRANSLATE_NOOP("CoreMessage", "a branch filled with probability 0"),
    "W-PROB-SUM": QT_TRANSLATE_NOOP("CoreMessage", "branch probabilities do not sum to 1 and were normalised"),
    "W-AND-PROB": QT_TRANSLATE_NOOP("CoreMessage", "a parallel branch carries a probability other than 1 (ignored)"),
    "W-IMPLICIT-AND": QT_TRANSLATE_NOOP("CoreMessage", "a step with several unlabelled outgoing flows runs them in parallel"),
    "W-OR-UNSTRUCTURED": QT_TRANSLATE_NOOP("CoreMessage", "an inclusive join without a matching inclusive split"),
    "W-AND-APPROX": QT_TRANSLATE_NOOP("CoreMessage", "parallel branches: time and failure figures are approximations"),
    "W-UNKNOWN-SYSTEM": QT_TRANSLATE_NOOP("CoreMessage", "a step names a system the model does not define"),
    "W-CERTAIN-FAIL": QT_TRANSLATE_NOOP("CoreMessage", "a step fails on every execution"),
    "W-FAIL-NONTASK": QT_TRANSLATE_NOOP("CoreMessage", "failure data on a gateway or event is ignored"),
    "W-FAIL-DOUBLE": QT_TRANSLATE_NOOP("CoreMessage", "a failing step followed by a failure flow counts twice"),
    "W-MC-RUNAWAY": QT_TRANSLATE_NOOP("CoreMessage", "Monte Carlo runs exceeded the step limit and were left out"),
    "W-MC-SKIPPED": QT_TRANSLATE_NOOP("CoreMessage", "Monte Carlo was not run: a typical journey is too long to simulate"),
    "W-MC-CAPPED": QT_TRANSLATE_NOOP("CoreMessage", "Monte Carlo ran fewer journeys than asked, to stay responsive"),
    "W-MANY-CONTACTS": QT_TRANSLATE_NOOP("CoreMessage", "more than 100 contacts per journey: check the loop probabilities"),
    "W-LIKELY-LOOP": QT_TRANSLATE_NOOP("CoreMessage", "a loop repeats with probability 0.99 or more (100 rounds or more)"),
    "E-UNITS": QT_TRANSLATE_NOOP("CoreMessage", "the two models use different time units or currencies"),
    "W-DOUBLE-COST": QT_TRANSLATE_NOOP("CoreMessage", "a cost is counted both per step and in the scenario"),
    "W-NO-LANE": QT_TRANSLATE_NOOP("CoreMessage", "a task without a known lane; it is counted in a lane of its own"),
    "W-OUTBOUND-AVOIDABLE": QT_TRANSLATE_NOOP("CoreMessage", "a contact the company starts is marked avoidable; it is left out of the failure-demand ratio"),
    "W-NEAR-UNSTABLE": QT_TRANSLATE_NOOP("CoreMessage", "contacts change by more than 10 per unit of a branch probability: the loop is near-unstable"),
    "W-SENSITIVITY-REFUSED": QT_TRANSLATE_NOOP("CoreMessage", "no sensitivity for a branch whose alternative leads into a trap or is never taken"),
    "W-ZERO-HANDLE": QT_TRANSLATE_NOOP("CoreMessage", "a step served by a resource pool takes no time"),
    "W-NO-ARRIVALS": QT_TRANSLATE_NOOP("CoreMessage", "no arrival rate: queueing skipped, the modelled waits are used"),
    "W-NO-CONVERGE": QT_TRANSLATE_NOOP("CoreMessage", "the wait-dependent abandonment iteration did not settle"),
}


def core_message(item: Any) -> str:
    """What a warning or issue (``code``, ``message``) says, in the user's language."""
    code, message = str(getattr(item, "code", "")), str(getattr(item, "message", ""))
    meaning = MEANINGS.get(code)
    if meaning is None:
        return message
    translated = QCoreApplication.translate("CoreMessage", meaning)
    return message if translated == meaning else translated


def core_detail(item: Any) -> str:
    """The core's own words when :func:`core_message` replaced them, else ''."""
    message = str(getattr(item, "message", ""))
    return message if core_message(item) != message else ""
