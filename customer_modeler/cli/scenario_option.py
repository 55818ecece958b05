"""Command line: ``analyze --set 'ELEMENT.FIELD=VALUE'`` — analyse a scenario without
editing the file.

The settings are applied to a copy of the model
(:func:`~customer_modeler.analysis.scenario.apply_scenario`); the report is that of the
copy, with a ``scenario`` section that lists every value set (and every branch that took
its share of a changed probability) and the scorecard before and after. The readable
text opens with them, so nobody mistakes the figures for those of the file.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from customer_modeler.analysis.scenario import Scenario
    from customer_modeler.model.document import ProcessModel

#: Exit status of a setting that cannot be applied (a usage error, like argparse's).
BAD_SETTING = 2


def apply_settings(model: ProcessModel, settings: Sequence[str]) -> Scenario | None:
    """The scenario of ``--set``; None after ``error: --set …`` on stderr when refused."""
    from customer_modeler.analysis.scenario import ScenarioError, apply_scenario

    try:
        return apply_scenario(model, settings)
    except ScenarioError as refusal:
        print(f"error: --set {refusal}", file=sys.stderr)
        return None


def scenario_report(scenario: Scenario, baseline: ProcessModel,
                    after: Mapping[str, object] | None) -> dict[str, object]:
    """The ``scenario`` section: what was set, and the file's scorecard against ``after``
    (the scenario's), both from the same seeded preparation."""
    from customer_modeler.analysis.prepare import prepare_model
    from customer_modeler.analysis.scenario import scenario_section

    return dict(scenario_section(scenario, prepare_model(baseline).card, after))


def write_scenario(report: Mapping[str, object], out: TextIO) -> None:
    """The values set and every KPI the scenario changed, before → after (Δ)."""
    from customer_modeler.analysis.formatting import CHANGE, FIGURE
    from customer_modeler.analysis.report.display import field, label

    section = report.get("scenario")
    if not isinstance(section, Mapping):
        return
    out.write("Scenario (the file is not changed)\n")
    for row in section.get("set") or []:
        unit = f" {row['unit']}" if row["unit"] else ""
        how = "" if row["why"] == "set" else " (rest of the split, in proportion)"
        out.write(f"  {row['name']}: {row['label']} {CHANGE.format(row['before']) or 'not set'}"
                  f" → {CHANGE.format(row['after'])}{unit}{how}\n")
    changed = [r for r in section.get("kpis") or []
               if isinstance(r["delta"], (int, float)) and abs(r["delta"]) > 1e-9]
    if not changed:
        out.write("  No scorecard figure changes.\n" if section.get("kpis") else
                  "  No scorecard to compare: an error stops it.\n")
        return
    out.write("  Scorecard before → after (Δ)\n")
    for row in changed:
        key = str(row["kpi"])
        found = field(key)  # shares stay fractions here, so no "%"
        unit = found.unit() if found is not None else ""
        out.write(f"    {label(key):<34} {FIGURE.format(row['before'])} → "
                  f"{FIGURE.format(row['after'], unit or None)} ({_signed(row['delta'], unit)})\n")


def _signed(value: object, unit: str) -> str:
    from customer_modeler.analysis.formatting import FIGURE

    text = FIGURE.format(value, unit or None)
    return text if text.startswith("-") else f"+{text}"
