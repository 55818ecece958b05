"""Analysis layer: the HTML table of how much journeys differ — the lead-time and contact
percentiles, standard deviation and variance of the report's Monte Carlo run.

Headers and units come from the display table (``display.FIELDS``), so the page, the
window and the text report call a figure by one name; a variance carries the squared unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from customer_modeler.analysis.report.display import View, kpi_unit, label
from customer_modeler.analysis.report.spread import FIGURES, MEASURES


def spread_table(spread: object, view: View) -> str:
    """The spread of lead time and contacts per journey, or "" without a Monte Carlo run."""
    if not isinstance(spread, Mapping):
        return ""
    rows = []
    for measure in MEASURES:
        stat = spread.get(measure)
        if not isinstance(stat, Mapping):
            continue
        cells = "".join(f'<td class="num">{escape(_figure(view, measure, key, stat[key]))}'
                        "</td>" for key in FIGURES)
        rows.append(f'<tr data-key="{escape(measure)}"><td>{escape(label(measure))}</td>'
                    f"{cells}</tr>")
    if not rows:
        return ""
    head = "".join(f"<th>{escape(text)}</th>" for text in (
        "Per journey", *(label(key) for key in FIGURES)))
    runs = spread.get("runs")
    return (f'<h3>How much journeys differ</h3><div class="scroll"><table data-table='
            f'"monte_carlo.spread" data-rows="{len(rows)}"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div><p class="note">From '
            f"{escape(view.profile.format(runs))} simulated journeys (Monte Carlo): one "
            "journey in ten takes longer than the 90th percentile, one in twenty longer than "
            "the 95th; one in ten has fewer contacts than the 10th percentile and one in ten "
            "more than the 90th.</p>")


def _figure(view: View, measure: str, key: str, value: object) -> str:
    """A figure with its measure's unit; a variance with the unit squared."""
    text = view.profile.format(value)
    unit = kpi_unit(measure, view.currency)
    if not unit or not isinstance(value, (int, float)):
        return text
    return f"{text} {unit}²" if key == "variance" else f"{text} {unit}"
