"""Analysis layer: the part of the HTML report that needs more than the report's numbers —
the swimlane diagram with the analyses' highlights.

:func:`diagram_figure` draws the model with :func:`~customer_modeler.notation.svg.
diagram_svg` (no Qt: the file's own shapes and routes) and marks every element an
analysis highlights, in its worst severity, with the analyses' badges; each step keeps
its ``data-element-id`` so the page can be searched and styled.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Final

from customer_modeler.model.document import ProcessModel
from customer_modeler.notation.diagram_view import DiagramView, Highlight
from customer_modeler.notation.svg import diagram_svg

#: The sections whose highlights go on the diagram, in report order.
SECTIONS: Final = ("streamline", "fail_points", "systems", "failure_demand")
RANK: Final = {"info": 0, "warning": 1, "error": 2}
#: Badges shown on one element at most (the rest are in the tables).
MAX_BADGES: Final = 1
#: Highlights left off the picture: every flow's traversal count would hide the steps.
LEFT_OFF: Final = frozenset({"traversals"})
LEGEND: Final = ('<p class="note">Rings mark what the analyses found: <b style="color:#d32f2f">'
                 'red</b> most serious, <b style="color:#f08c00">amber</b> worth a look, '
                 '<b style="color:#2f6fde">blue</b> for information; badges name the '
                 "finding. Steps the customer does not see are greyed.</p>")


def report_highlights(report: Mapping[str, object]) -> tuple[Highlight, ...]:
    """One highlight per element of the report's sections: its worst severity and badges."""
    worst: dict[str, str] = {}
    badges: dict[str, list[str]] = {}
    for name in SECTIONS:
        section = report.get(name)
        if not isinstance(section, Mapping):
            continue
        for found in section.get("highlights") or []:
            if found.get("kind") in LEFT_OFF:
                continue
            element, severity = str(found["element"]), str(found.get("severity") or "info")
            if RANK.get(severity, 0) >= RANK.get(worst.get(element, "info"), 0):
                worst[element] = severity
            badge = str(found.get("badge") or "")
            listed = badges.setdefault(element, [])
            if badge and badge not in listed:
                listed.append(badge)
    return tuple(Highlight(e, worst[e], " · ".join(badges[e][:MAX_BADGES])) for e in worst)


def diagram_figure(model: ProcessModel, report: Mapping[str, object]) -> str:
    """The diagram as an inline ``<svg>`` in a figure, with the highlights and a legend."""
    if not any(step.bounds is not None for step in model.steps.values()):
        return '<p class="none">No diagram: the file has no shapes to draw.</p>'
    view = DiagramView(highlights=report_highlights(report))
    svg = diagram_svg(model, view, standalone=False)
    svg = svg.replace("<svg ", '<svg style="width:100%;height:auto;max-height:none" ', 1)
    return (f'<figure class="diagram" data-diagram="swimlanes">{svg}'
            f"<figcaption>{escape(model.name or 'The journey')} as drawn in the file, with "
            "what the analyses found.</figcaption></figure>" + LEGEND)
