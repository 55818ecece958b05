"""Analysis layer: what a person needs beside a report to read it — the headlines, the
names of the elements, the currency and the words of the sides.

The readable text and the HTML page show a report with these; the JSON keeps the report
as it is (it is for programs), so they are added to a copy for the human outputs only.
"""

from __future__ import annotations

from collections.abc import Mapping

from customer_modeler.analysis.engine.pipeline import analyse
from customer_modeler.analysis.failure_demand.what_if import journeys_per_year
from customer_modeler.analysis.report.change_summary import change_summary
from customer_modeler.analysis.report.display import element_names
from customer_modeler.analysis.report.headlines import Context, change_headlines, headlines_for
from customer_modeler.model.document import ProcessModel

Report = dict[str, object]
#: The sections of an ``analyze`` report that open with headlines.
SECTIONS = ("streamline", "fail_points", "systems", "what_if", "failure_demand")


def model_context(*models: ProcessModel, sides: str = "competitor") -> Context:
    """The names of every model's elements, the first model's journeys per year and
    currency, and the words of the sides."""
    first = models[0]
    return Context(element_names(*models), journeys_per_year(first),
                   first.info.currency or "CU", sides)


def explained_report(report: Mapping[str, object], model: ProcessModel) -> Report:
    """A copy of an ``analyze`` report with ``headlines`` ({section: [{code, params,
    text}]}, the scorecard's under "scorecard"), ``names`` and ``currency``."""
    context = model_context(model)
    headlines = {name: [h.as_dict() for h in headlines_for(
        name, report.get("kpis") if name == "scorecard" else report.get(name), context)]
        for name in ("scorecard", *SECTIONS) if name == "scorecard" or name in report}
    return {**report, "headlines": headlines, "names": dict(context.names),
            "currency": context.currency}


def explained_pair(result: Mapping[str, object], a: ProcessModel, b: ProcessModel) -> Report:
    """A copy of a ``compare`` result with ``headlines``, ``names``, ``currency``,
    ``sides`` (ours/theirs for a competitor, current/what-if for a variant) and, for a
    variant, ``changes``: the change list in short with the touchpoints before and after."""
    sides = "variant" if result.get("variant") else "competitor"
    context = model_context(a, b, sides=sides)
    headlines = {name: [h.as_dict() for h in headlines_for(name, result.get(name), context)]
                 for name in ("compare", "what_if")}
    extra: Report = {}
    if sides == "variant":
        summary = change_summary(a, b, (analyse(a), analyse(b)))
        extra["changes"] = summary
        headlines["changes"] = [h.as_dict() for h in change_headlines(summary, context)]
    return {**result, **extra, "headlines": headlines, "names": dict(context.names),
            "currency": context.currency, "sides": sides}
