"""BPMN layer: the warnings the reader gives instead of failing, and all their codes.

Every code the reader can emit is listed in ``WARNING_CODES`` with a sentence for
docs/warnings.md (a test keeps the two in step). A warning names the elements it
concerns so the editor can select them when the user clicks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """A recoverable problem found while reading: ``code``, affected element ids, message."""

    code: str
    message: str
    elements: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "elements": list(self.elements), "message": self.message}


WARNING_CODES: Final[dict[str, str]] = {
    "W-CUSTOMER-BY-LANE-NAME": "The customer lane was found by its name (a word for customer).",
    "W-CUSTOMER-BY-POOL-NAME": "A pool named for the customer is shown as the customer lane; its message flows count as flows.",
    "W-NO-CUSTOMER-LANE": "No lane or pool was recognised as the customer; mark one in the editor.",
    "W-CUSTOMER-NOT-ON-TOP": "The customer lane is not the top lane; the editor offers to move it.",
    "W-MULTIPLE-CUSTOMER-LANES": "Several lanes are marked or named as the customer; only the first counts.",
    "W-MISSING-ID": "An element had no id; it was given one.",
    "W-DUPLICATE-ID": "Two elements share an id; the later one was given a new id.",
    "W-DANGLING-REF": "A reference points at an element that does not exist; it was ignored.",
    "W-DI-MISSING-ELEMENT": "Diagram information points at an element that does not exist; it was ignored.",
    "W-BAD-BOUNDS": "A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored.",
    "W-BAD-WAYPOINT": "An edge has a waypoint that is not a finite number; the edge's route was ignored.",
    "W-NO-DI": "Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn.",
    "W-BAD-ATTRIBUTE": "A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored.",
    "W-NESTED-LANES": "The file has nested lanes (lanes inside lanes); they are kept as sub-lanes.",
    "W-LANE-MISSING-NODE": "A step is in no lane although its process has lanes.",
    "W-MULTIPLE-LANES": "A step is referenced by several sibling lanes; the first one counts.",
    "W-FLOW-MISSING-END": "A sequence flow has no source or target; it is kept in the file but not shown.",
    "W-MULTIPLE-DIAGRAMS": "The file has several diagrams; the one with the most shapes is shown and the others are kept.",
    "W-VERTICAL-LANES": "Lanes or pools are drawn vertically; they are shown as drawn.",
    "W-LANES-REPAIRED": "Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which.",
    "W-NEWER-FORMAT": "The file uses a newer Customer Process Modeler format; unknown attributes are kept.",
    "W-LANE-FOREIGN-NODE": "A lane lists a step of another pool's process; the step stays in its own pool and the reference is kept in the file.",
    "W-BOUNDARY-UNATTACHED": "A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event.",
    "W-EMPTY-DEFINITIONS": "The file contains no process and no diagram; it opens as an empty model.",
    "W-EDGE-FEW-WAYPOINTS": "A flow's diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.",
    "W-GARBLED-TEXT": "Text looks garbled by a wrong encoding (such as 'PrÃ¼fung' for 'Prüfung'); it is shown and saved unchanged.",
    "W-XML-REPAIRED": "The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired.",
}


def describe(code: str) -> str:
    """The documented meaning of a warning code."""
    return WARNING_CODES[code]
