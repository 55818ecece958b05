"""The full report of ``analyze`` and ``compare`` (``analysis.full_report``) and its HTML
page (``analysis.html_report``), in process on models built in code and on the bundled
examples: keys, shared work (one engine, one Monte Carlo run, one scorecard per model),
stopping errors, the CSV layout and the page's escaping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from customer_modeler.analysis.report.full import (
    ANALYSES,
    csv_tables,
    full_report,
    pair_report,
    run_analysis,
    prepare_model,
    stopped,
)
from customer_modeler.analysis.report.html import compare_html, report_html
from customer_modeler.analysis.report.scorecard_report import analysis_report
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model import ProcessModel
from tests.analysis.counting import calls  # noqa: F401 - a fixture
from tests.analysis.factory import case_trap, example_a

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
REPORT_KEYS = {"name", "title", "kpis", "tables", "highlights", "issues"}


def bundled(name: str) -> ProcessModel:
    return read_bpmn_file(EXAMPLES / f"{name}.bpmn").model


def full(model: ProcessModel, **options: Any) -> dict[str, Any]:
    """``full_report`` typed for reading its nested values."""
    report: dict[str, Any] = full_report(model, **options)
    return report


def pair(a: ProcessModel, b: ProcessModel, **options: Any) -> dict[str, Any]:
    result: dict[str, Any] = pair_report(a, b, **options)
    return result


def test_every_analysis_key_with_the_common_report_shape() -> None:
    report = full(example_a())
    assert set(report) == {"kpis", "coverage", "visits", "issues", "notes", "monte_carlo", *ANALYSES}
    for name in ANALYSES:
        if name == "what_if":
            continue
        section = report[name]
        assert isinstance(section, dict) and set(section) == REPORT_KEYS
        assert section["name"] == name and section["tables"]


def test_the_scorecard_part_is_the_analysis_report() -> None:
    # given the same model, runs and seed
    model = example_a()
    # when both reports are built
    whole, plain = full(model), analysis_report(model)
    # then kpis, visits and issues agree exactly (the same seed gives the same pe_mc)
    assert {k: whole[k] for k in ("kpis", "coverage", "visits", "issues")} == plain
    assert whole["kpis"]["effort_index"] == pytest.approx(6.421429, abs=1e-6)


def test_one_model_has_no_what_if_and_says_why() -> None:
    report = full(example_a())
    assert report["what_if"] is None
    assert "current journey with a variant" in report["notes"]["what_if"]
    assert "compare" in report["notes"]["what_if"]
    variant = full(bundled("order-journey-account-executive"), analysis="what_if")
    assert "'Order journey (current)'" in variant["notes"]["what_if"]


def test_one_analysis_gives_only_its_key() -> None:
    report = full(example_a(), analysis="fail_points")
    assert set(report) == {"kpis", "coverage", "visits", "issues", "notes", "monte_carlo", "fail_points"}
    assert report["notes"] == {}
    with pytest.raises(ValueError, match="unknown analysis"):
        full(example_a(), analysis="compare")


def test_each_model_is_analysed_once(calls: dict[str, int]) -> None:
    full(bundled("order-journey"))
    assert calls == {"engine": 1, "monte_carlo": 1, "scorecard": 1}


def test_a_pair_is_analysed_once_per_model(calls: dict[str, int]) -> None:
    result = pair(bundled("order-journey"), bundled("order-journey-account-executive"))
    assert calls == {"engine": 2, "monte_carlo": 2, "scorecard": 2}
    assert result["variant"] is True and isinstance(result["what_if"], dict)
    kpis = result["what_if"]["kpis"]
    assert kpis["net_delta_per_year"] == pytest.approx(-449_753.27, abs=0.01)
    assert kpis["break_even_margin_per_kept_order"] == pytest.approx(489.75, abs=0.01)


def test_a_competitor_is_no_variant() -> None:
    result = pair(bundled("order-journey"), bundled("competitor-online-first"))
    assert result["variant"] is False and result["what_if"] is None
    assert result["compare"]["kpis"]["node_similarity"] == pytest.approx(0.6, abs=1e-9)


def test_a_stopping_error_leaves_issues_only() -> None:
    report = full(case_trap())
    assert stopped(report) and report["kpis"] is None
    for name in ANALYSES:
        section = report[name]
        if section is None:
            continue
        assert not any(section["tables"].values())
        assert "E-TRAP" in {i["code"] for i in section["issues"]}


def test_run_analysis_refuses_unknown_names() -> None:
    with pytest.raises(ValueError, match="streamline"):
        run_analysis("nonsense", prepare_model(example_a(), runs=0))


def test_csv_layout_has_a_file_per_table() -> None:
    report = full(example_a())
    files = csv_tables(report)
    expected = {"scorecard.csv", "visits.csv", "issues.csv"}
    for name in ANALYSES:
        if report[name] is not None:
            expected |= {f"{name}-{table}.csv" for table in report[name]["tables"]}
    assert set(files) == expected
    kpis = report["kpis"]
    assert len(files["scorecard.csv"]) == len(kpis) - 1 + len(kpis["p_outcome"])
    assert {"kpi": "p_outcome.success", "value": kpis["p_outcome"]["success"]} \
        in files["scorecard.csv"]
    assert files["visits.csv"][0] == {"step": "S", "visits": report["visits"]["S"]}


def test_html_escapes_model_text() -> None:
    # given a model whose names carry markup
    model = example_a()
    model.update_step("T2", name='<script>alert("x")</script> & more')
    # when its page is rendered
    page = report_html(full(model), "A <b>bold</b> name")
    # then no markup of the model reaches the page unescaped
    assert "<script>" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;" in page and "A &lt;b&gt;bold&lt;/b&gt; name" in page


def test_html_of_a_stopped_model_lists_the_issues() -> None:
    page = report_html(full(case_trap()), "trap")
    assert "No scorecard" in page and "E-TRAP" in page and "<svg" not in page
    assert page.count("n/a: an error stops this analysis") == len(ANALYSES) - 1
    assert "<table" in page  # the issues table only


def test_html_is_reproducible_and_offline() -> None:
    model = bundled("order-journey")
    first, second = (report_html(full(model), "Order", generator="g") for _ in "12")
    assert first == second
    assert "http://" not in first.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in first and "<script" not in first


def test_long_emotion_curves_are_drawn_as_lines_only() -> None:
    from customer_modeler.analysis.report.svg_charts import DETAIL_LIMIT, CurvePoint, emotion_curve_svg

    points = [CurvePoint(f"T{i}", i % 3 - 1, i % 3 - 1.2, "F") for i in range(DETAIL_LIMIT + 1)]
    svg = emotion_curve_svg(points)
    assert svg.count("<polyline") == 2 and "<circle" not in svg
    assert emotion_curve_svg(points[:DETAIL_LIMIT]).count('class="point expected"') \
        == DETAIL_LIMIT


def test_compare_page_without_a_variant_explains_the_missing_what_if() -> None:
    result = pair(bundled("order-journey"), bundled("competitor-online-first"), runs=0)
    page = compare_html(result, "Ours versus theirs")
    assert 'data-section="compare"' in page and 'data-section="what_if"' in page
    assert "not a variant" in page and 'data-chart="tornado"' not in page
