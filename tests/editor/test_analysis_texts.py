"""The analysis results in the user's language and units: the editor's lists hold every word
of the core's display table, headlines and coverage; in English with the file's units the
window writes exactly what the core writes; with hours and a currency chosen in Preferences
the dock converts durations and names the currency while the report keeps minutes; an n/a
key figure says why, in the words of the JSON's coverage field; numbers follow the locale."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale

from customer_modeler.analysis.engine import coverage
from customer_modeler.analysis.formatting import DOCK
from customer_modeler.analysis.report import display
from customer_modeler.analysis.report.headlines import TEMPLATES
from customer_modeler.analysis.report.scorecard_report import analysis_report
from customer_modeler.editor import analysis_texts as texts
from customer_modeler.editor.analysis_ui import jobs
from customer_modeler.editor.analysis_ui.dock_view import DockUnits, DockView
from customer_modeler.editor.i18n import install_translation
from customer_modeler.editor.preferences import store
from customer_modeler.editor.preferences.apply import apply_preferences
from customer_modeler.model.document import ProcessModel
from customer_modeler.resources import example_path
from tests.editor.preferences_helpers import clean_preferences  # noqa: F401
from tests.editor.test_analysis_menu import run


def example(name: str = "order-journey.bpmn") -> ProcessModel:
    from customer_modeler.bpmn.reader import read_bpmn_file

    return read_bpmn_file(example_path(name)).model


def every_outcome() -> list[jobs.Outcome]:
    """Every analysis of the Analysis menu on the bundled examples."""
    ours, variant = example(), example("order-journey-account-executive.bpmn")
    found = [jobs.scorecard_job(ours.copy())]
    found += [jobs.single_job(key, ours.copy()) for key in ("streamline", "fail_points", "failure_demand")]
    found.append(jobs.compare_job(ours.copy(), example("competitor-online-first.bpmn")))
    found.append(jobs.what_if_job(ours.copy(), variant.copy()))
    found.append(jobs.system_change_job(ours.copy(), variant.copy(), "before", "variant.bpmn"))
    return found


@pytest.fixture(scope="module")
def outcomes(qapp):
    return every_outcome()


# -- the lists keep in step with the core ----------------------------------------------------

def test_every_word_of_the_display_table_is_listed_for_translation():
    labels = {f.label for f in display.FIELDS.values()} | set(display.VARIANT_LABELS.values())
    titles = set(display.TABLE_LABELS.values()) | set(display.MENU_TITLES.values()) | set(display.CODE_WORDS.values())
    assert set(texts.FIELD_LABELS) == labels
    assert set(texts.TITLES) == titles - labels
    assert set(texts.SIDE_WORDS) == {w for side in display.SIDES.values() for w in side.values()}
    assert set(texts.RULE_WORDS) == set(display.RULES.values())
    assert set(texts.LEGENDS) == set(display.LEGEND.values()) | {f.legend for f in display.FIELDS.values() if f.legend}


def test_every_headline_and_coverage_sentence_is_listed_for_translation():
    assert texts.HEADLINES == TEMPLATES
    assert set(texts.COVERAGE) == set(coverage.WORDS.values()) | {coverage.NO_CUSTOMER_WORDS}
    for words, pattern in texts.COVERAGE.items():
        assert pattern == words.replace("{}", "%1", 1).replace("{}", "%2", 1)


# -- in English with the file's units: the core's own words ------------------------------------

@pytest.mark.parametrize("sides", ["competitor", "variant"])
def test_labels_and_headers_are_the_cores_in_english(qapp, sides):
    view = DockView(sides=sides, units=DockUnits())
    keys = [prefix + key for key in display.FIELDS for prefix in ("", *display.SIDE_PREFIXES)]
    keys += ["order_status", "p_outcome.success"]
    for key in keys:
        assert view.label(key) == display.label(key, sides), key
        assert view.header(key) == display.column_label(key, "CU", sides), key


def test_every_cell_and_headline_is_the_cores_in_english(qapp, outcomes):
    cells = 0
    for outcome in outcomes:
        view = DockView(outcome.names or None, outcome.currency, outcome.sides, DockUnits())
        core = display.View(DOCK, outcome.names or None, outcome.currency, outcome.sides)
        for rows in (outcome.report.get("tables") or {}).values():
            for row in rows[:300]:
                for key in view.columns(rows[:200]):
                    assert view.cell(key, row) == core.cell(key, row), (outcome.key, key, row)
                    cells += 1
        assert outcome.headline_lines, outcome.key
        for line in outcome.headline_lines:
            assert view.headline(line) == line.text, (outcome.key, line.code)
    assert cells > 2000


# -- units, currency, coverage and the locale in the window ---------------------------------

def number_of(text: str, unit: str) -> float:
    assert text.endswith(f" {unit}"), text
    return float(text[: -len(unit) - 1].replace(",", ""))


@pytest.mark.usefixtures("clean_preferences")
def test_hours_chosen_in_preferences_show_in_the_dock_while_the_report_keeps_minutes(qtbot, example_window):
    store.save(store.Preferences(time_unit="h", currency="€"))
    dock = run(qtbot, example_window, "Scorecard")
    minutes = dict((row["kpi"], row["value"]) for row in dock.table("kpis").rows)["customer_time"]
    assert minutes == pytest.approx(analysis_report(example_window.editor.model)["kpis"]["customer_time"])
    assert number_of(dock.kpi_text("customer_time"), "h") == pytest.approx(minutes / 60, abs=1e-6)
    assert dock.kpi_text("cost").endswith(" €")
    assert dock.kpi_text("p_outcome_success") == "77.0 %"   # shares are no durations
    visits = dock.table("visits")
    assert visits.header_texts()[visits.columns.index("visits")] == "Visits per journey"
    assert f"about {minutes / 60:.1f} h of their own time" in dock.headline_text()
    # back to the file's minutes: the dock follows at once
    apply_preferences(store.Preferences(time_unit="file"))
    store.save(store.Preferences(time_unit="file"))
    apply_preferences(store.current())
    assert number_of(dock.kpi_text("customer_time"), "min") == pytest.approx(minutes, abs=0.01)
    assert dock.kpi_text("cost").endswith(" CU")


@pytest.mark.usefixtures("clean_preferences")
def test_a_wait_table_shows_its_durations_in_the_chosen_unit(qtbot, example_window):
    dock = run(qtbot, example_window, "Fail Points")
    table = dock.table("wait_points")
    column = table.columns.index("wait")
    assert table.header_texts()[column] == "Wait (min)"
    minutes = table.column_values("wait")[0]
    store.save(store.Preferences(time_unit="h"))
    apply_preferences(store.current())
    table = dock.table("wait_points")
    assert table.header_texts()[column] == "Wait (h)"
    assert float(table.data(table.index(0, column))) == pytest.approx(minutes / 60, abs=1e-6)
    assert table.column_values("wait")[0] == minutes


@pytest.mark.usefixtures("clean_preferences")
def test_an_n_a_key_figure_says_why_in_the_words_of_the_coverage_field(qtbot, example_window):
    model = example_window.editor.model
    for step in [s for s in model.steps.values() if s.kind == "task"]:
        model.update_step(step.id, duration=None, wait=None)
    words = analysis_report(model)["coverage"]
    assert re.fullmatch(r"durations set on steps: 0 of \d+", words["lead_time"])
    dock = run(qtbot, example_window, "Scorecard")
    assert dock.kpi_text("lead_time") == f"n/a ({words['lead_time']})"
    assert dock.kpi_text("customer_time") == f"n/a ({words['customer_time']})"
    # a figure resting on all of its inputs shows no words
    assert dock.kpi_text("cost").endswith(" CU")
    # and the long words cut the value column, not push the numbers out of view
    table = dock.tables["kpis"]
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(0) + table.columnWidth(1) <= table.viewport().width() + 1


def test_an_n_a_figure_whose_inputs_are_all_set_does_not_blame_them(qapp, outcomes):
    # a Monte Carlo figure on a journey too long for any run: every emotion is set
    scorecard = outcomes[0]
    view = DockView(scorecard.names, scorecard.currency, units=DockUnits())
    complete = "emotions set on steps the customer sees: 6563 of 6563"
    assert view.kpi_value("pe_mc", None, complete) == view.kpi_value("pe_mc", None)
    assert "6563" not in view.kpi_value("pe_mc", None, complete)
    missing = "emotions set on steps the customer sees: 12 of 6563"
    assert view.kpi_value("pe_mc", None, missing).endswith("(emotions set on steps the customer sees: 12 of 6563)")
    # and words without counts (no customer lane) still say why
    from customer_modeler.analysis.engine.coverage import NO_CUSTOMER_WORDS

    assert view.kpi_value("pe_mc", None, NO_CUSTOMER_WORDS).endswith(f"({NO_CUSTOMER_WORDS})")


def test_coverage_words_are_translated_with_their_counts(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate",
                        staticmethod(lambda context, text, *args: f"<{text}>"))
    assert texts.coverage_text("durations set on steps: 3 of 9") == "<durations set on steps: 3 of 9>"
    assert texts.coverage_text("margins set on ends: 0 of 1") == "<margins set on ends: 0 of 1>"
    assert texts.coverage_text("something the core says anew") == "something the core says anew"


def test_numbers_take_the_locales_separators(qapp, outcomes):
    scorecard = outcomes[0]
    view = DockView(scorecard.names, scorecard.currency, units=DockUnits())
    minutes = scorecard.report["kpis"]["customer_time"]
    english = view.cell("value", {"kpi": "customer_time", "value": minutes})
    try:
        QLocale.setDefault(QLocale("de_DE"))
        german = view.cell("value", {"kpi": "customer_time", "value": minutes})
        big = view.cell("value", {"kpi": "cost", "value": 12345.5})
    finally:
        QLocale.setDefault(QLocale.system())
    assert english == f"{minutes:.2f} min" and german == f"{minutes:.2f} min".replace(".", ",")
    assert big == "12.345,50 CU"


# -- the badges on the diagram and the streamline evidence -----------------------------------

def test_every_badge_and_evidence_template_is_listed_for_translation():
    from customer_modeler.analysis import badges
    from customer_modeler.analysis.streamline import evidence

    assert texts.BADGES == badges.BADGES
    assert texts.EVIDENCE == evidence.EVIDENCE and texts.NO_LANE == evidence.NO_LANE


def test_every_badge_and_evidence_is_the_cores_in_english(qapp, outcomes):
    highlights = [h for outcome in outcomes for h in outcome.report.get("highlights") or []]
    assert {h["badge_code"] for h in highlights} >= {"streamline.time_share", "streamline.handoff",
                                                     "fail_points.fail", "compare.worse", "what_if.changed"}
    for highlight in highlights:
        assert texts.badge_text(highlight) == highlight["badge"], highlight
    candidates = outcomes[1].report["tables"]["candidates"]
    assert {row["evidence_code"] for row in candidates} >= {"C1", "C3"}
    for row in candidates:
        assert texts.evidence_text(row) == row["evidence"], row
    unknown = {"badge": "something new", "badge_code": "later.code", "badge_params": {"x_n": 1.0}}
    assert texts.badge_text(unknown) == "something new"


def greek_number(value: float, digits: str) -> str:
    return format(value, digits).replace(",", "\0").replace(".", ",").replace("\0", ".")


def test_badges_and_evidence_in_greek_after_a_run_from_the_menu(qtbot, example_window):
    window = example_window
    dock = window.analysis.dock
    try:
        assert install_translation("el") == "el"
        QLocale.setDefault(QLocale("el_GR"))
        before = dock.outcome
        window.actions["analysis_streamline"].trigger()
        qtbot.waitUntil(lambda: dock.outcome is not before and not window.analysis.runner.busy
                        and not window.analysis.layer.pending, timeout=20_000)
        report = dock.outcome.report
        shares = {h["element"]: h["badge_params"]["share_pct"] for h in report["highlights"]
                  if h["badge_code"] == "streamline.time_share"}
        step, share = max(shares.items(), key=lambda item: item[1])
        template = "{share_pct} του χρόνου πελάτη"
        shown = window.analysis.layer.item_of(step).badge.split(" · ")
        assert template.format(share_pct=f"{share:.0%}") in shown
        traversal = next(h for h in report["highlights"] if h["badge_code"] == "streamline.traversals"
                         and h["badge_params"]["traversals_n"] % 1)
        assert greek_number(traversal["badge_params"]["traversals_n"], ".2f") in \
            window.analysis.layer.item_of(traversal["element"]).badge.split(" · ")
        handoffs = [i for i in window.analysis.layer.live_items() if "handoff" in i.kinds]
        assert handoffs and all("μεταβίβαση" in i.badge and "handoff" not in i.badge for i in handoffs)
        table = dock.table("candidates")
        column = table.columns.index("evidence")
        row = next(r for r, found in enumerate(table.rows) if found["evidence_code"] == "C3")
        params = table.rows[row]["evidence_params"]
        expected = "επαναλαμβανόμενες παροχές του '{item}' ανά διαδρομή: {provisions_n}".format(
            item=params["item"], provisions_n=greek_number(params["provisions_n"], ".4g"))
        assert table.data(table.index(row, column)) == expected
        assert "," in greek_number(params["provisions_n"], ".4g")
    finally:
        QLocale.setDefault(QLocale.system())
        install_translation("en")
        install_translation("")
