"""Editor layer, no widgets: what each Analysis menu entry computes, and what goes on the diagram.

Every job takes models the window copied (``ModelCopies.copy``, whose steps and flows other
copies share, so a job reads them and never changes them) and returns an
:class:`Outcome`: the analysis's common report (docs/methods.md §3–§8; the scorecard is put
in the same shape), the :class:`Mark` per element to draw on *this* diagram, and
:class:`Ghost` outlines of removed steps. Jobs run in a worker thread, so they touch
nothing but their arguments. Like the command line, each model is prepared once
(:func:`~customer_modeler.analysis.prepare.prepare_model`: one engine, one seeded Monte
Carlo run and one scorecard), shared by the reports that need them.

Which highlights belong on the diagram shown: a comparison's report also names the
other model's elements (the competitor's "idea" steps, a variant's added steps); those
are left off and counted in ``Outcome.elsewhere``, and a variant's ids are translated
to ours through the change list. E- issues of a single-model analysis mark their
elements red (the scorecard marks W- issues amber too). The sentences a job writes itself
(notes, subjects, refusals) are translated where they are made; the report's own words are
translated when the dock shows them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor.analysis_texts import badge_text
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Rect

if TYPE_CHECKING:
    from customer_modeler.analysis.prepare import Prepared
    from customer_modeler.analysis.scenario import Setting

Row = dict[str, Any]
Report = dict[str, Any]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
#: Columns that may hold element ids of the diagram, most telling first.
ID_COLUMNS = ("element", "step", "ours", "lane", "from_step", "gateway", "elements", "steps",
              "users", "visible_steps")



def _untitled(model: ProcessModel) -> str:
    return model.name or QCoreApplication.translate("AnalysisJobs", "Untitled")


@dataclass
class Mark:
    """Everything one element gets from a report: the worst severity and the badges."""

    element: str
    severity: str = "info"
    badges: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    @property
    def badge(self) -> str:
        """The badges joined for the small label ("F · W · ★")."""
        return " · ".join(self.badges)


@dataclass(frozen=True)
class Ghost:
    """A removed step drawn where it was (dashed), from the other model's geometry."""

    element: str
    name: str
    bounds: Rect


@dataclass
class Outcome:
    """The result of one menu entry, ready for the dock and the highlight layer."""

    key: str
    title: str
    subject: str
    report: Report | None = None
    marks: list[Mark] = field(default_factory=list)
    ghosts: list[Ghost] = field(default_factory=list)
    #: Highlights that belong to the other model's diagram (not drawn here).
    elsewhere: int = 0
    #: A sentence for the dock: why there is nothing, or what to know.
    note: str = ""
    #: Set when the analysis could not run (refused file, exception): shown in red.
    error: str | None = None
    #: Per table, the columns whose values are ids on this diagram (else :data:`ID_COLUMNS`).
    id_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Tables, or rows with ``side`` equal to this, that name the other model's elements.
    foreign_tables: frozenset[str] = frozenset()
    foreign_side: str | None = None
    elapsed: float = 0.0
    #: The sentences the results open with (see ``analysis.report.headlines``), in English,
    #: and as the core's data (code and parameters) for the dock to write in the user's words.
    headlines: list[str] = field(default_factory=list)
    headline_lines: list[Any] = field(default_factory=list)
    #: {id: name} of the elements the tables name, the model's currency, and the words
    #: of the sides ("competitor": ours/theirs, "variant": current/what-if).
    names: dict[str, str] = field(default_factory=dict)
    currency: str = "CU"
    sides: str = "competitor"

    @property
    def main_table(self) -> str:
        """The table the dock opens on: the first of the report's main tables that has rows."""
        from customer_modeler.analysis.report.main_tables import MAIN_TABLES

        main = MAIN_TABLES.get(self.key)
        tables = self.report.get("tables", {}) if self.report else {}
        return main.first_filled(tables) if main is not None else ""

    @property
    def stopping_issues(self) -> list[Row]:
        """The E- issues of the report (they stop an analysis)."""
        issues = self.report.get("issues", []) if self.report else []
        return [i for i in issues if str(i.get("code", "")).startswith("E-")]


class FileRefused(Exception):
    """A chosen file that cannot be read as BPMN (the message says why)."""


# -- shared preparation ----------------------------------------------------------------------

def read_model(path: str | Path) -> ProcessModel:
    """Read a model for a comparison; raise :class:`FileRefused` with a readable reason."""
    from customer_modeler.bpmn.errors import BpmnReadError
    from customer_modeler.bpmn.reader import read_bpmn_file

    try:
        model = read_bpmn_file(path).model
    except BpmnReadError as refusal:
        raise FileRefused(QCoreApplication.translate("AnalysisJobs", "Cannot open {name}: {reason}").format(name=Path(path).name,
                                                                      reason=refusal)) from None
    model.origin = None  # only analysed, never saved: its tree (ten times the file) goes now
    return model


def timed(job: Callable[[], Outcome]) -> Outcome:
    """Run ``job`` and note how long it took."""
    start = time.perf_counter()
    outcome = job()
    outcome.elapsed = time.perf_counter() - start
    return outcome


# -- single-model analyses -------------------------------------------------------------------

def scorecard_job(model: ProcessModel) -> Outcome:
    """Analysis ▸ Scorecard: the §2.11 KPIs, the expected visits and every issue."""
    from customer_modeler.analysis.report.scorecard_report import analysis_report

    found = analysis_report(model)
    kpis = flat_kpis(found["kpis"]) if isinstance(found["kpis"], dict) else {}
    visits = [{"step": n, "name": model.steps[n].name if n in model.steps else "",
               "lane": model.steps[n].lane if n in model.steps else "", "visits": x}
              for n, x in found["visits"].items()]
    visits.sort(key=lambda row: -float(row["visits"]))
    report = {"name": "scorecard", "title": "Scorecard", "kpis": kpis, "coverage": found["coverage"],
              "tables": {"visits": visits}, "highlights": [], "issues": found["issues"]}
    outcome = Outcome("scorecard", "Scorecard", _untitled(model), report)
    outcome.marks = place(model, [], report["issues"], warnings_too=True)
    return explained(outcome, found["kpis"], model)


def explained(outcome: Outcome, section: object, *models: ProcessModel,
              sides: str = "competitor", changes: tuple[ProcessModel, ProcessModel] | None = None
              ) -> Outcome:
    """``outcome`` with its headlines, the names of ``models``' elements, the currency and
    the words of the sides; ``changes`` (before, after) adds the change list in short."""
    from customer_modeler.analysis.report.change_summary import change_summary
    from customer_modeler.analysis.report.display import MENU_TITLES
    from customer_modeler.analysis.report.explain import model_context
    from customer_modeler.analysis.report.headlines import change_headlines, headlines_for

    context = model_context(*models, sides=sides)
    found = headlines_for(outcome.key, section, context)
    if changes is not None:
        summary = change_summary(*changes)
        tables = outcome.report.get("tables", {}) if outcome.report else {}
        summary["touchpoints"] = [
            {"name": r["name"], "before": r["x_current"], "after": r["x_changed"],
             "delta": r["delta"]} for r in tables.get("touchpoints", [])]
        found += change_headlines(summary, context)
    outcome.headlines = [line.text for line in found]
    outcome.headline_lines = list(found)
    outcome.names = dict(context.names)
    outcome.currency, outcome.sides = context.currency, sides
    outcome.title = MENU_TITLES.get(outcome.key, outcome.title)
    return outcome


def flat_kpis(kpis: Mapping[str, object]) -> dict[str, object]:
    """The scorecard with nested mappings (``p_outcome``) spread into ``p_outcome_<key>``."""
    flat: dict[str, object] = {}
    for key, value in kpis.items():
        if isinstance(value, Mapping):
            flat.update({f"{key}_{inner}": v for inner, v in value.items()})
        else:
            flat[key] = value
    return flat


def single_job(key: str, model: ProcessModel) -> Outcome:
    """One of the single-model analyses: ``streamline``, ``fail_points``, ``failure_demand``."""
    from customer_modeler.analysis.prepare import prepare_model

    report = _SINGLE[key](prepare_model(model))
    outcome = Outcome(key, str(report["title"]), _untitled(model), report)
    outcome.marks = place(model, report["highlights"], report["issues"])
    return explained(outcome, report, model)


def _streamline(p: Prepared) -> Report:
    from customer_modeler.analysis.streamline.analysis import streamline_report

    return streamline_report(p.engine, card=p.card)


def _fail_points(p: Prepared) -> Report:
    from customer_modeler.analysis.fail_points.analysis import fail_points_report
    from customer_modeler.analysis.engine.queues import queue_model

    engine = p.engine
    queue = queue_model(p.model, engine) if engine.solved and not engine.stopped else None
    return fail_points_report(engine, mc=p.mc, queue=queue)


def _failure_demand(p: Prepared) -> Report:
    from customer_modeler.analysis.failure_demand.analysis import failure_demand_report
    from customer_modeler.analysis.failure_demand.what_if import journeys_per_year

    return failure_demand_report(p.engine, card=p.card, journeys=journeys_per_year(p.model))


_SINGLE = {"streamline": _streamline, "fail_points": _fail_points,
           "failure_demand": _failure_demand}


# -- two-model analyses ----------------------------------------------------------------------

def system_change_job(before: ProcessModel, after: ProcessModel, shown: str,
                      other_name: str) -> Outcome:
    """What a system change does (§6): ``before`` → ``after``; ``shown`` is the side on screen.

    ``shown`` is ``"after"`` when the current edits are compared with the model as last
    opened or saved (removed steps become ghosts), ``"before"`` when the current model
    is compared with another file (that file's added steps are not drawn).
    """
    from customer_modeler.analysis.systems.analysis import systems_report

    report = systems_report(before, changed=after)
    here = after if shown == "after" else before
    subject = f"{_untitled(before)} → {other_name}" if shown == "before" else \
        QCoreApplication.translate("AnalysisJobs", "{name} → current edits").format(name=other_name)
    outcome = Outcome("system_change", str(report["title"]), subject, report)
    rows = report["tables"].get("changes", [])
    highlights = list(report["highlights"])
    if shown == "after":
        to_after = {r["element"]: r["changed_element"] for r in rows if r["change"] == "changed"}
        removed = [h for h in highlights if h["kind"] == "removed"]
        outcome.ghosts = ghosts_of(before, [str(h["element"]) for h in removed])
        highlights = [dict(h, element=to_after.get(h["element"], h["element"]))
                      for h in highlights if h["kind"] != "removed"]
        outcome.id_columns = dict.fromkeys(("changes", "touchpoints"), ("changed_element",))
        outcome.elsewhere = len(removed) - len(outcome.ghosts)
    else:
        outcome.elsewhere = sum(1 for h in highlights if h["kind"] == "added")
        highlights = [h for h in highlights if h["kind"] != "added"]
    outcome.marks = place(here, highlights, [])
    if not rows:
        outcome.note = QCoreApplication.translate("AnalysisJobs", "No changes: both models are the same.")
    return explained(outcome, report, here, after if here is before else before,
                     sides="variant", changes=(before, after))


def compare_job(ours: ProcessModel, theirs: ProcessModel) -> Outcome:
    """Compare with a competitor (§5): our diagram gets ours-only, worse and better marks."""
    from customer_modeler.analysis.compare.analysis import compare_report
    from customer_modeler.analysis.prepare import prepare_model

    report = compare_report(prepare_model(ours).side, prepare_model(theirs).side)
    subject = QCoreApplication.translate("AnalysisJobs", "{ours} versus {theirs}").format(ours=_untitled(ours), theirs=_untitled(theirs))
    outcome = Outcome("compare", "Compare with a competitor", subject, report,
                      foreign_tables=frozenset({"theirs_only"}), foreign_side="theirs")
    highlights = report["highlights"]
    outcome.elsewhere = sum(1 for h in highlights if h["kind"] == "theirs_only")
    outcome.marks = place(ours, [h for h in highlights if h["kind"] != "theirs_only"], [])
    return explained(outcome, report, ours, theirs)


def what_if_job(current: ProcessModel, other: ProcessModel) -> Outcome:
    """What-if (§7): the current model as the baseline of ``other``, or as its variant
    when the current model says in ``variant_of`` that it varies ``other`` (a variant
    saved from the original and opened in its place), or only it is a variant."""
    from customer_modeler.analysis.prepare import prepare_model
    from customer_modeler.analysis.what_if.analysis import is_variant, what_if_report

    names_other = bool(current.info.variant_of) and current.info.variant_of == other.name
    if other.info.variant_of == current.name:
        swapped = False
    else:
        swapped = names_other or (not is_variant(current, other) and is_variant(other, current))
    baseline, variant = (other, current) if swapped else (current, other)
    report = what_if_report(prepare_model(baseline).side, prepare_model(variant).side)
    subject = QCoreApplication.translate("AnalysisJobs", "{variant} (what-if of {baseline})").format(variant=_untitled(variant),
                                                             baseline=_untitled(baseline))
    outcome = Outcome("what_if", "What-if", subject, report)
    highlights: list[Row] = list(report["highlights"])
    tables: dict[str, list[Row]] = report["tables"]
    # The side on screen: its change kind, its lane-contacts kind and column, its id column.
    if swapped:
        here, there = ("added", "lov_after", "variant_contacts"), ("removed", "lov_before")
        outcome.id_columns = {"changes": ("element",)}
        outcome.note = QCoreApplication.translate("AnalysisJobs", "This model is the variant; the chosen file is its baseline.")
        ids: dict[object, object] = {}
    else:
        here, there = ("removed", "lov_before", "baseline_contacts"), ("added", "lov_after")
        outcome.id_columns = {"changes": ("baseline_element",)}
        ids = {r["element"]: r["baseline_element"] for r in tables.get("changes", [])
               if r["change"] == "changed"}
        if not is_variant(current, other):
            outcome.note = QCoreApplication.translate("AnalysisJobs", "{name} does not say it is a variant of this model; steps are "
                               "paired by id, else by key.").format(name=other.name or QCoreApplication.translate("AnalysisJobs", "The chosen file"))
    met = {r["lane"] for r in tables.get("lov_lanes", []) if r[here[2]]}
    mine = [dict(h, element=ids.get(h["element"], h["element"])) for h in highlights
            if h["kind"] not in there and (h["kind"] != here[1] or h["element"] in met)]
    outcome.elsewhere = sum(1 for h in highlights if h["kind"] == there[0])
    outcome.marks = place(current, mine, [])
    return explained(outcome, report, baseline, variant, sides="variant",
                     changes=(baseline, variant))


# -- values tried on a copy -------------------------------------------------------------------

def what_if_values_job(model: ProcessModel, settings: Sequence[Setting]) -> Outcome:
    """Analysis ▸ What If…: the scorecard of ``model`` and of a copy with ``settings`` applied.

    The report holds the Δ (``rows``, as :func:`~customer_modeler.analysis.scenario.
    scorecard_delta` gives them) and the values that changed (``changes``). A setting the
    scenario refuses is the outcome's error, in its words. ``model``'s steps and flows may
    be shared with other copies: the scenario changes a copy of its own.
    """
    from customer_modeler.analysis.prepare import prepare_model
    from customer_modeler.analysis.scenario import ScenarioError, apply_scenario, scorecard_delta

    try:
        scenario = apply_scenario(model, settings)
    except ScenarioError as refusal:
        return Outcome("what_if_values", "What if", _untitled(model), error=refusal_text(refusal))
    rows = scorecard_delta(prepare_model(model).card, prepare_model(scenario.model).card)
    return Outcome("what_if_values", "What if", _untitled(model),
                   {"rows": rows, "changes": scenario.changes})


def refusal_text(refusal: Exception) -> str:
    """A scenario's refusal as a sentence: its words start in lower case, to follow a setting."""
    text = str(refusal)
    return text[:1].upper() + text[1:]


# -- highlights on this diagram --------------------------------------------------------------

def place(model: ProcessModel, highlights: Iterable[Row], issues: Iterable[Row],
          warnings_too: bool = False) -> list[Mark]:
    """Merge highlights (and the elements of E- issues) into one :class:`Mark` per element
    of ``model``, each badge in the user's language; highlights naming no element of
    ``model`` are dropped."""
    marks: dict[str, Mark] = {}
    known = model.steps.keys() | model.flows.keys() | model.lanes.keys()
    for found in highlights:
        element = str(found["element"])
        if element in known:
            _merge(marks, element, str(found["severity"]), badge_text(found), str(found["kind"]))
    for issue in issues:
        code = str(issue.get("code", ""))
        if code.startswith("E-") or (warnings_too and code.startswith("W-")):
            severity = "error" if code.startswith("E-") else "warning"
            for element in issue.get("elements", []) or []:
                if element in known:
                    _merge(marks, str(element), severity, code, "issue")
    return list(marks.values())


def _merge(marks: dict[str, Mark], element: str, severity: str, badge: str, kind: str) -> None:
    mark = marks.setdefault(element, Mark(element, severity))
    if SEVERITY_RANK.get(severity, 0) > SEVERITY_RANK.get(mark.severity, 0):
        mark.severity = severity
    if badge and badge not in mark.badges:
        mark.badges.append(badge)
    if kind not in mark.kinds:
        mark.kinds.append(kind)


def ghosts_of(model: ProcessModel, ids: Iterable[str]) -> list[Ghost]:
    """Ghost outlines for the steps of ``ids`` that ``model`` draws."""
    found = []
    for element in ids:
        step = model.steps.get(element)
        if step is not None and step.bounds is not None:
            found.append(Ghost(element, step.name, step.bounds))
    return found


def row_ids(outcome: Outcome, table: str, row: Mapping[str, object],
            known: Callable[[str], bool]) -> list[str]:
    """The ids of this diagram that a table row names (the first column that holds any).

    ``known`` says whether an id is on the diagram. Rows about the other model give none.
    """
    if table in outcome.foreign_tables or (
            outcome.foreign_side is not None and row.get("side") == outcome.foreign_side):
        return []
    columns = outcome.id_columns.get(table, ID_COLUMNS)
    if table not in outcome.id_columns and row:
        columns = (*columns, next(iter(row)))
    for column in columns:
        value = row.get(column)
        if isinstance(value, str) and value:
            ids = [token for token in value.split() if known(token)]
            if ids:
                return ids
    return []
