"""The Analysis menu's jobs start from the same preparation as the command line: the same
engine, seeded Monte Carlo run and scorecard per model (``analysis.prepare``), so the
dock shows exactly the reports ``analyze`` and ``compare`` print — computed once per
model — and opens on the main table the command line summarises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from customer_modeler.analysis.report.full import full_report, pair_report
from customer_modeler.analysis.report.main_tables import MAIN_TABLES
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor.analysis_ui.jobs import (
    compare_job,
    flat_kpis,
    scorecard_job,
    single_job,
    what_if_job,
    what_if_values_job,
)
from customer_modeler.model import ProcessModel
from tests.analysis.counting import calls  # noqa: F401 - a fixture

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def bundled(name: str) -> ProcessModel:
    return read_bpmn_file(EXAMPLES / f"{name}.bpmn").model


def test_single_analyses_show_what_analyze_prints() -> None:
    model = bundled("order-journey")
    printed = full_report(model)
    for key in ("streamline", "fail_points", "failure_demand"):
        outcome = single_job(key, model.copy())
        assert outcome.report == printed[key], key
        assert outcome.main_table == MAIN_TABLES[key].table


def test_the_scorecard_shows_the_prepared_kpis() -> None:
    model = bundled("order-journey")
    outcome = scorecard_job(model.copy())
    assert outcome.report is not None
    kpis = full_report(model, analysis="streamline")["kpis"]
    assert outcome.report["kpis"] == flat_kpis(kpis)
    assert outcome.main_table == "visits"


def test_compare_and_what_if_show_what_compare_prints() -> None:
    ours, theirs = bundled("order-journey"), bundled("competitor-online-first")
    assert compare_job(ours.copy(), theirs.copy()).report == pair_report(ours, theirs)["compare"]
    variant = bundled("order-journey-account-executive")
    outcome = what_if_job(ours.copy(), variant.copy())
    assert outcome.report == pair_report(ours, variant)["what_if"]
    assert outcome.main_table == "verdict"


def test_a_comparison_prepares_each_model_once(calls: dict[str, int]) -> None:
    compare_job(bundled("order-journey"), bundled("competitor-online-first"))
    assert calls == {"engine": 2, "monte_carlo": 2, "scorecard": 2}


def test_what_if_values_gives_the_delta_and_leaves_its_model_alone(calls: dict[str, int]) -> None:
    from customer_modeler.analysis.scenario import Setting

    model = bundled("order-journey")
    outcome = what_if_values_job(model, [Setting("F12", "prob", "0.3")])
    assert outcome.error is None and calls["engine"] == 2
    rows = {row["kpi"]: row for row in outcome.report["rows"]}
    assert rows["contacts"]["before"] == pytest.approx(1.3025) and rows["contacts"]["after"] < 1.3025
    assert [(c.element_id, c.why) for c in outcome.report["changes"]][0] == ("F12", "set")
    assert model.flows["F12"].prob == 0.1


def test_what_if_values_refuses_in_a_sentence() -> None:
    from customer_modeler.analysis.scenario import Setting

    outcome = what_if_values_job(bundled("order-journey"), [Setting("Nobody", "duration", "5")])
    assert outcome.report is None
    assert outcome.error == "No step, lane or flow is called 'Nobody' (nor has that id)"


def test_a_job_runs_with_the_collector_held_off_and_gives_it_back(qapp) -> None:
    import gc

    from customer_modeler.editor.analysis_ui.jobs import Outcome
    from customer_modeler.editor.analysis_ui.runner import AnalysisRunner

    seen: list[bool] = []

    def job() -> Outcome:
        seen.append(gc.isenabled())
        return Outcome("scorecard", "Scorecard", "")

    runner = AnalysisRunner()
    assert gc.isenabled()
    runner.run("scorecard", "Scorecard", job)
    assert runner.wait(20_000)
    assert seen == [False]
    assert gc.isenabled()


def test_a_queued_job_the_runner_drops_lets_go_of_its_models_at_once(qapp) -> None:
    """A job asked for while another runs waits in the queue holding its copies; dropped
    (a newer job, or cancelled as a dialog closes), it frees them then, not after a later
    job that may never come."""
    import gc
    import threading
    import weakref

    from customer_modeler.editor.analysis_ui.jobs import Outcome
    from customer_modeler.editor.analysis_ui.runner import AnalysisRunner

    running, release = threading.Event(), threading.Event()

    def holding() -> Outcome:
        running.set()
        release.wait(20)
        return Outcome("scorecard", "Scorecard", "")

    runner = AnalysisRunner()
    runner.run("scorecard", "Scorecard", holding)
    assert running.wait(20)
    for drop in (lambda: runner.run("scorecard", "Scorecard", holding), runner.cancel):
        model = ProcessModel("queued")
        watched = weakref.ref(model)
        runner.run("scorecard", "Scorecard", lambda model=model: Outcome("scorecard", model.name, ""))
        del model
        drop()
        gc.collect()
        assert watched() is None
    release.set()
    assert runner.wait(20_000)


def test_the_full_report_holds_the_collector_off_for_its_whole_run(monkeypatch) -> None:
    import gc

    from customer_modeler.analysis.report import full

    seen: list[bool] = []
    run_analysis = full.run_analysis

    def watched(name: str, prepared: object) -> object:
        seen.append(gc.isenabled())
        return run_analysis(name, prepared)  # type: ignore[arg-type]

    monkeypatch.setattr(full, "run_analysis", watched)
    full_report(bundled("order-journey"))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_file_read_for_a_comparison_keeps_no_tree_and_compares_the_same(tmp_path) -> None:
    from customer_modeler.bpmn.source import SourceDocument
    from customer_modeler.editor.analysis_ui.jobs import read_model

    # a file of another tool (a comment of its own): read as every command reads, it keeps its tree
    data = (EXAMPLES / "competitor-online-first.bpmn").read_bytes()
    path = tmp_path / "theirs.bpmn"
    path.write_bytes(data.replace(b"<bpmn:process ", b"<!-- theirs -->\n  <bpmn:process ", 1))
    assert isinstance(read_bpmn_file(path).model.origin, SourceDocument)
    # read for a comparison, it is only analysed: its tree goes at once
    theirs = read_model(path)
    assert theirs.origin is None
    ours = bundled("order-journey")
    assert compare_job(ours.copy(), theirs).report == compare_job(ours.copy(), read_bpmn_file(path).model).report
