"""``customer-modeler analyze FILE [--analysis NAME] [--json] [--csv DIR] [--html OUT]`` and
``compare A B --html OUT`` as a user runs them (``python -m customer_modeler`` in a
subprocess) on the bundled examples: the JSON keys, one key per ``--analysis``, the CSV
files against the JSON, and the HTML page read with ``html.parser`` (every section and
every chart with its bars and points; no browser)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from customer_modeler.analysis.report.display import TRANSLATION_FIELDS
from customer_modeler.cli import analyze as cli_analyze
from customer_modeler.bpmn.reader import ReadResult
from tests.analysis.factory import case_trap

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "resources" / "examples"
CURRENT = EXAMPLES / "order-journey.bpmn"
VARIANT = EXAMPLES / "order-journey-account-executive.bpmn"
COMPETITOR = EXAMPLES / "competitor-online-first.bpmn"
ANALYSES = ("streamline", "fail_points", "systems", "what_if", "failure_demand")
REPORT_KEYS = {"name", "title", "kpis", "tables", "highlights", "issues"}


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "customer_modeler", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=REPO)


def analyze_json(*args: str | Path) -> dict[str, Any]:
    result = cli("analyze", *args, "--json")
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


class Page(HTMLParser):
    """Sections, charts (with the classes of their marks) and tables of a report page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.charts: dict[str, dict[str, int]] = {}
        self.tables: dict[str, dict[str, int]] = {}
        self.tags: set[str] = set()
        self._chart: str | None = None
        self._table: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.add(tag)
        if tag == "section":
            self.sections.append(str(found["data-section"]))
        elif tag == "figure" and "data-chart" in found:
            self._chart = str(found["data-chart"])
            self.charts[self._chart] = {}
        elif tag == "table" and "data-table" in found:
            self._table = str(found["data-table"])
            self.tables[self._table] = {"rows": int(str(found["data-rows"])), "shown": 0}
        elif self._chart is not None and found.get("class"):
            marks = self.charts[self._chart]
            marks[str(found["class"])] = marks.get(str(found["class"]), 0) + 1
        elif self._table is not None and tag == "tr":
            self.tables[self._table]["shown"] += 1
        if tag == "svg" and self._chart is not None:
            self.charts[self._chart]["svg"] = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure":
            self._chart = None
        elif tag == "table":
            self._table = None


@pytest.fixture(scope="module")
def current_json() -> dict[str, Any]:
    return analyze_json(CURRENT)


@pytest.fixture(scope="module")
def current_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Page, str]:
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = cli("analyze", CURRENT, "--html", out)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    return Page(text), text


@pytest.mark.parametrize("path", [CURRENT, VARIANT, COMPETITOR], ids=lambda p: p.stem)
def test_json_has_every_analysis_key(path: Path) -> None:
    report = analyze_json(path)
    assert set(report) == {"kpis", "coverage", "visits", "issues", "notes", "customer", "reader_warnings", "monte_carlo",
                           *ANALYSES}
    assert report["what_if"] is None and "compare" in report["notes"]["what_if"]
    for name in ANALYSES:
        if name != "what_if":
            assert set(report[name]) == REPORT_KEYS and report[name]["name"] == name
            assert report[name]["tables"], name


def test_json_figures_of_the_current_journey(current_json: dict[str, Any]) -> None:
    fail_points = current_json["fail_points"]["tables"]["fail_points"]
    assert [r["element"] for r in fail_points[:3]] == ["F07", "T14", "T04"]
    assert current_json["failure_demand"]["kpis"]["fdr"] == pytest.approx(0.791747, abs=1e-6)
    assert current_json["streamline"]["kpis"]["handoffs"] == pytest.approx(5.49, abs=1e-9)


@pytest.mark.parametrize("name", ANALYSES)
def test_one_analysis_gives_only_its_key(name: str) -> None:
    report = analyze_json(CURRENT, "--analysis", name)
    assert set(report) == {"kpis", "coverage", "visits", "issues", "notes", "customer", "reader_warnings", "monte_carlo",
                           name}


def test_unknown_analysis_is_refused() -> None:
    result = cli("analyze", CURRENT, "--analysis", "compare")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_csv_files_match_the_json(tmp_path: Path, current_json: dict[str, Any]) -> None:
    # given a folder that does not exist yet
    out = tmp_path / "new" / "csv"
    # when the CSV files are written
    result = cli("analyze", CURRENT, "--csv", out)
    assert result.returncode == 0, result.stderr
    # then there is one file per table, plus scorecard, visits and issues
    expected = {"scorecard.csv", "visits.csv", "issues.csv"}
    for name in ANALYSES:
        if current_json[name] is not None:
            expected |= {f"{name}-{t}.csv" for t in current_json[name]["tables"]}
    assert {p.name for p in out.iterdir()} == expected
    for name in ANALYSES:
        for table, rows in (current_json[name] or {"tables": {}})["tables"].items():
            found = read_csv(out / f"{name}-{table}.csv")
            assert len(found) == len(rows), (name, table)
            if rows:
                # the JSON's data for the window's translation is not a CSV column
                assert list(found[0]) == [k for k in rows[0] if k not in TRANSLATION_FIELDS], \
                    (name, table)
    kpis = current_json["kpis"]
    card = {row["kpi"]: row["value"] for row in read_csv(out / "scorecard.csv")}
    assert len(card) == len(kpis) - 1 + len(kpis["p_outcome"])
    assert float(card["effort_index"]) == kpis["effort_index"]
    assert float(card["p_outcome.success"]) == kpis["p_outcome"]["success"]
    assert len(read_csv(out / "visits.csv")) == len(current_json["visits"])
    flows = read_csv(out / "fail_points-fail_points.csv")
    # an unnamed failure flow is named by its ends; UTF-8 survives
    assert flows[0]["name"] == "'IVR routing' → 'Misrouted call: explain and transfer to Sales'"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_html_has_every_section(current_page: tuple[Page, str]) -> None:
    page, _ = current_page
    assert page.sections == ["scorecard", "diagram", *ANALYSES, "issues"]
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags


def test_html_charts_have_one_mark_per_row(current_page: tuple[Page, str],
                                           current_json: dict[str, Any]) -> None:
    page, _ = current_page
    tables = current_json["fail_points"]["tables"]
    curve = page.charts["emotion-curve"]
    assert curve["svg"] == 1
    assert curve["point planned"] == curve["point expected"] == len(tables["emotion_curve"])
    assert page.charts["fail-points"]["bar"] == min(12, len(tables["fail_points"]))
    reasons = current_json["failure_demand"]["tables"]["reasons"]
    assert page.charts["reasons"]["bar"] == len(reasons)
    handoffs = current_json["streamline"]["tables"]["handoffs"]
    lanes = {r["from_lane"] for r in handoffs} | {r["to_lane"] for r in handoffs}
    assert page.charts["handoff-heatmap"]["cell"] == len(lanes) ** 2


def test_html_tables_are_cut_to_their_top_rows(current_page: tuple[Page, str],
                                               current_json: dict[str, Any]) -> None:
    page, text = current_page
    steps = page.tables["streamline.steps"]
    assert steps["rows"] == len(current_json["streamline"]["tables"]["steps"]) > 15
    assert steps["shown"] == 1 + 15  # header row + the top 15
    assert f"Top 15 of {steps['rows']} rows shown" in text
    assert page.tables["streamline.views"]["shown"] == 1 + page.tables["streamline.views"]["rows"]


def test_html_names_the_model_without_a_date(current_page: tuple[Page, str]) -> None:
    _, text = current_page
    assert "<h1>Order journey (current)</h1>" in text
    assert "2025" not in text and "2026" not in text


def test_compare_html_has_the_tornado(tmp_path: Path) -> None:
    out = tmp_path / "compare.html"
    result = cli("compare", CURRENT, VARIANT, "--json", "--html", out)
    assert result.returncode == 0, result.stderr
    tornado = json.loads(result.stdout)["what_if"]["tables"]["tornado"]
    page = Page(out.read_text(encoding="utf-8"))
    assert page.sections == ["compare", "what_if", "issues"]
    assert page.charts["tornado"]["bar low"] == page.charts["tornado"]["bar high"] \
        == len(tornado) == 4
    assert "-449,753.27" in out.read_text(encoding="utf-8")  # net Δ per year (§7)


def test_compare_html_with_a_competitor_has_no_tornado(tmp_path: Path) -> None:
    out = tmp_path / "competitor.html"
    assert cli("compare", CURRENT, COMPETITOR, "--html", out).returncode == 0
    page = Page(out.read_text(encoding="utf-8"))
    assert page.sections == ["compare", "what_if", "issues"] and "tornado" not in page.charts


def test_unwritable_html_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "report.html"
    result = cli("analyze", CURRENT, "--html", out)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {out}: cannot write")
    assert not out.parent.exists()


def run_in_process(monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr(cli_analyze, "open_model", lambda path, **options: ReadResult(case_trap(), []))
    parser = argparse.ArgumentParser()
    cli_analyze.add_arguments(parser)
    return cli_analyze.run(parser.parse_args(["trap.bpmn", *extra]))


def test_stopped_model_still_writes_its_files(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    # given a model with a trap; when it is analysed with every output
    status = run_in_process(monkeypatch, "--csv", str(tmp_path / "csv"), "--html",
                            str(tmp_path / "r.html"))
    # then the exit status is 1, and the text, the CSV and the page list the issue
    assert status == 1
    assert "E-TRAP" in capsys.readouterr().out
    assert read_csv(tmp_path / "csv" / "issues.csv")[0]["code"] == "E-TRAP"
    assert (tmp_path / "csv" / "scorecard.csv").read_bytes() == b"kpi,value\n"  # header only
    assert "E-TRAP" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_readable_text_has_a_section_per_analysis() -> None:
    result = cli("analyze", CURRENT)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # headings in the Analysis menu's words; rows name elements and reasons in words
    for heading in ("Scorecard", "Where to streamline", "Fail points and poor experience",
                    "Systems seen from the customer's side", "What-if: compare with a "
                    "variant: n/a", "What drives repeat contacts"):
        assert heading in out
    assert "'IVR routing' → 'Misrouted call: explain and transfer to Sales'" in out
    assert "Product information" in out and "F07" not in out
    assert "product_information" not in out


def test_choices_follow_the_analyses() -> None:
    from customer_modeler.analysis.report.full import ANALYSES as REPORTED

    assert cli_analyze.ANALYSIS_CHOICES == REPORTED == ANALYSES
