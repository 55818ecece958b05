"""The one preparation every report starts from (``analysis.prepare``): the engine, the
Monte Carlo run a model affords with the report seed, and the scorecard — the same
numbers as running those steps by hand — and the main table of each report, shared by
the command line and the editor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from customer_modeler.analysis.engine.monte_carlo import (
    DEFAULT_RUNS,
    MonteCarloResult,
    affordable_runs,
    monte_carlo,
)
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.scorecard import scorecard
from customer_modeler.analysis.prepare import REPORT_SEED, prepare_model
from customer_modeler.analysis.report.full import ANALYSES, full_report, pair_report
from customer_modeler.analysis.report.main_tables import MAIN_TABLES, MainTable
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model import ProcessModel
from tests.analysis.factory import case_trap, example_a, generated_model

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def bundled(name: str) -> ProcessModel:
    return read_bpmn_file(EXAMPLES / f"{name}.bpmn").model


def by_hand(model: ProcessModel) -> tuple[Engine, MonteCarloResult | None, dict | None]:
    """Engine, affordable Monte Carlo run with the report seed, scorecard: one by one."""
    engine = analyse(model)
    if not engine.solved or engine.stopped:
        return engine, None, None
    runs = affordable_runs(engine, DEFAULT_RUNS)
    mc = monte_carlo(engine, runs, REPORT_SEED) if runs else None
    return engine, mc, scorecard(engine, mc)


@pytest.mark.parametrize("make", [
    example_a, lambda: bundled("order-journey"), lambda: bundled("competitor-online-first"),
    lambda: generated_model(1000)])
def test_the_same_numbers_as_each_step_by_hand(make: Callable[[], ProcessModel]) -> None:
    model = make()
    prepared = prepare_model(model)
    engine, mc, card = by_hand(model)
    assert prepared.card == card and prepared.card is not None
    assert prepared.engine.visits == engine.visits
    assert mc is not None and prepared.mc is not None
    assert prepared.mc.visits == mc.visits and prepared.mc.pe == mc.pe
    assert prepared.runs == mc.runs == prepared.mc.runs
    assert prepared.seed == REPORT_SEED == prepared.mc.seed


def test_a_large_model_affords_fewer_runs() -> None:
    prepared = prepare_model(generated_model(1000))
    assert 1_000 <= prepared.runs < DEFAULT_RUNS
    assert prepared.runs == affordable_runs(prepared.engine)


def test_the_bundled_example_keeps_its_reference_figures() -> None:
    card = prepare_model(bundled("order-journey")).card
    assert card is not None
    assert card["effort_index"] == pytest.approx(12.477375, abs=1e-6)
    assert card["pe_mc"] == pytest.approx(0.8517, abs=1e-4)  # 10,000 runs, seed 1


def test_no_runs_gives_no_monte_carlo_fields() -> None:
    prepared = prepare_model(example_a(), runs=0)
    assert prepared.mc is None and prepared.runs == 0
    assert prepared.card is not None and prepared.card["pe_mc"] is None
    assert prepared.card == scorecard(analyse(example_a()))


def test_a_stopping_error_prepares_no_scorecard() -> None:
    prepared = prepare_model(case_trap())
    assert prepared.card is None and prepared.mc is None and prepared.runs == 0
    assert "E-TRAP" in {issue.code for issue in prepared.issues}
    assert prepared.side.card is None and prepared.side.engine is prepared.engine


def test_the_reports_start_from_the_prepared_model() -> None:
    model = bundled("order-journey")
    prepared = prepare_model(model)
    report = full_report(model, analysis="streamline")
    assert report["kpis"] == prepared.card
    assert report["issues"] == [issue.as_dict() for issue in prepared.issues]
    ours = {row["kpi"]: row["ours"] for row in
            pair_report(model, bundled("competitor-online-first"))["compare"]["tables"][
                "scorecard"]}
    assert prepared.card is not None
    assert ours["pe_mc"] == prepared.card["pe_mc"]  # the same Monte Carlo run
    assert ours["effort_index"] == prepared.card["effort_index"]


# -- the main table of each report ----------------------------------------------------------

def test_every_analysis_has_a_main_table_with_summary_columns() -> None:
    for name in (*ANALYSES, "compare"):
        assert MAIN_TABLES[name].columns, name


def test_the_main_table_is_the_first_preference_with_rows() -> None:
    main = MainTable(("verdict", "economics"))
    assert main.first_filled({"verdict": [], "economics": [{"item": "x"}]}) == "economics"
    assert main.first_filled({"verdict": [{"kpi": "x"}], "economics": [{}]}) == "verdict"
    assert main.first_filled({"changes": [{}]}) == ""
    assert main.table == "verdict"


def test_the_summary_columns_are_columns_of_the_real_tables() -> None:
    report = full_report(bundled("order-journey"))
    for name in ANALYSES:
        section = report[name]
        if section is None:
            continue
        main = MAIN_TABLES[name]
        rows = section["tables"][main.table]
        assert rows, name
        assert set(main.columns) <= set(rows[0]), name


def test_a_whole_report_leaves_nothing_for_the_cyclic_collector():
    """The window's worker runs the analyses and lets go of them: what they made is freed
    at once by its reference counts, not later by the collector while the window waits
    (networkx's views kept on the graph made it a cycle with all it holds)."""
    import gc

    model = read_bpmn_file(EXAMPLES / "order-journey.bpmn").model
    full_report(model)  # imports and first-use caches
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        prepared = prepare_model(model)
        graph = prepared.engine.graph
        for name in ANALYSES:
            full_report(model, analysis=name)
        assert graph.edges and graph.in_degree and graph.out_edges and graph.in_edges  # asked for
        del prepared, graph
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
