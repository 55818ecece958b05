"""Report files (``analyze --csv DIR --html OUT`` and the window's Export Report): every CSV
file has a header row, an empty table too, and the list of known columns stays in step
with the columns the analyses write."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from customer_modeler.analysis.failure_demand.analysis import failure_demand_report
from customer_modeler.analysis.report.export import csv_bytes, csv_files, write_report
from customer_modeler.analysis.report.full import csv_tables, full_report, pair_report
from customer_modeler.analysis.report.table_columns import TABLE_COLUMNS, columns_of
from customer_modeler.analysis.streamline.analysis import streamline_report
from customer_modeler.analysis.systems.analysis import systems_report
from customer_modeler.bpmn.reader import read_bpmn_file
from tests.analysis.factory import CF, case_trap, example_a, journey
from tests.analysis.test_failure_demand import WEB
from tests.analysis.test_queues import example_d_current

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
Tables = dict[str, list[dict[str, object]]]


def header(content: bytes) -> list[str]:
    return next(csv.reader(io.StringIO(content.decode("utf-8"))))


@pytest.fixture(scope="module")
def examples() -> dict[str, object]:
    return {p.stem: read_bpmn_file(p).model for p in sorted(EXAMPLES.glob("*.bpmn"))}


@pytest.fixture(scope="module")
def tables(examples: dict[str, object]) -> list[Tables]:
    """The tables of every example, both comparisons, and models that fill the tables
    the examples leave empty (a back-office merge, a web loop, a what-if, resource pools)."""
    found: list[Tables] = [csv_tables(full_report(m)) for m in examples.values()]  # type: ignore[arg-type]
    order = examples["order-journey"]
    for other in ("competitor-online-first", "order-journey-account-executive"):
        found.append(csv_tables(pair_report(order, examples[other])))  # type: ignore[arg-type]
    merge = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"),
                         ("B", "task", "FUL", dict(duration=5)),
                         ("C", "task", "FUL", dict(duration=5, wait=60)), ("E", "end", "CUS")],
                    [("S", "A"), ("A", "B"), ("B", "C"), ("C", "E")])
    web = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", WEB),
                       ("B", "task", "CUS", WEB), ("X", "xor", "CUS"), ("E", "end", "CUS")],
                  [("S", "A"), ("A", "B"), ("B", "X"), ("X", "A", 0.3), ("X", "E", 0.7)])
    for name, report in (
            ("streamline", streamline_report(merge)),
            ("failure_demand", failure_demand_report(web)),
            ("failure_demand", failure_demand_report(example_a(), what_if={
                "G1-T3": 0.1, "G1-T4": 0.9})),
            ("systems", systems_report(example_d_current()))):
        found.append({f"{name}-{t}.csv": rows for t, rows in report["tables"].items()})
    return found


def test_known_columns_are_those_the_analyses_write(tables: list[Tables]) -> None:
    filled: set[str] = set()
    for files in tables:
        for name, rows in files.items():
            assert name in TABLE_COLUMNS, f"{name}: add its columns to TABLE_COLUMNS"
            if rows:
                filled.add(name)
                assert tuple(columns_of(name, rows)) == TABLE_COLUMNS[name], name
    unseen = set(TABLE_COLUMNS) - filled - {"issues.csv", "scenario-set.csv",
                                            "scenario-kpis.csv"}
    assert not unseen  # every known table was seen with rows at least once


def test_every_csv_file_of_the_order_journey_has_a_header(examples: dict[str, object]) -> None:
    files = csv_files(full_report(examples["order-journey"]))  # type: ignore[arg-type]
    empty = [name for name, rows in csv_tables(full_report(
        examples["order-journey"])).items() if not rows]  # type: ignore[arg-type]
    assert {"streamline-merges.csv", "systems-pools.csv", "issues.csv"} <= set(empty)
    for name, content in files.items():
        assert content.endswith(b"\n") and header(content) == list(TABLE_COLUMNS[name]), name
    assert files["streamline-merges.csv"] == b"first,second,lane,k,wait_minutes\n"
    assert files["issues.csv"] == b"code,elements,message\n"


def test_a_stopped_model_writes_headers_only(tmp_path: Path) -> None:
    written = write_report(full_report(case_trap()), "Trap", tmp_path / "csv", None,
                           write=lambda path, data: path.write_bytes(data))
    assert (tmp_path / "csv" / "scorecard.csv").read_bytes() == b"kpi,value\n"
    assert (tmp_path / "csv" / "visits.csv").read_bytes() == b"step,visits\n"
    assert all(p.stat().st_size > 0 for p in written)


def test_rows_write_their_own_columns_and_unknown_empty_tables_say_so() -> None:
    assert columns_of("streamline-merges.csv", [{"b": 1, "a": 2}]) == ["b", "a"]
    assert columns_of("something-new.csv", []) == ["(no rows)"]
    assert csv_bytes([], ["kpi", "value"]) == b"kpi,value\n"


def test_the_same_file_gives_the_same_files_in_every_run(tmp_path: Path) -> None:
    # Python orders sets of strings differently in each run; the loop cycles did follow it
    import os
    import subprocess
    import sys

    found = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "customer_modeler", "analyze",
                        str(EXAMPLES / "order-journey.bpmn"), "--csv", str(out)], check=True,
                       capture_output=True, timeout=120,
                       env=dict(os.environ, PYTHONHASHSEED=seed), cwd=EXAMPLES.parents[1])
        found.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert found[0]["streamline-loop_cycles.csv"].count(b"\n") > 1
    assert found[0] == found[1]


def test_the_page_shows_the_diagram_with_highlights_and_the_spread(
        examples: dict[str, object]) -> None:
    import re

    from customer_modeler.analysis.report.export import html_bytes
    from customer_modeler.analysis.report.html_diagram import report_highlights

    model = examples["order-journey"]
    report = full_report(model)  # type: ignore[arg-type]
    page = html_bytes(report, "Order journey", model=model).decode("utf-8")  # type: ignore[arg-type]
    start = page.index('<figure class="diagram"')
    svg = page[start:page.index("</figure>", start)]
    ids = set(re.findall(r'data-element-id="([^"]+)"', svg))
    assert set(model.steps) <= ids  # type: ignore[attr-defined]
    marks = report_highlights(report)
    assert {m.severity for m in marks} == {"error", "warning", "info"}
    for mark in marks:
        assert f'data-element-id="{mark.element_id}" class="highlight {mark.severity}"' in svg
    spread = report["monte_carlo"]
    assert spread["runs"] == 10_000
    lead = spread["lead_time"]
    assert lead["p50"] <= lead["p90"] <= lead["p95"]
    table = page[page.index('data-table="monte_carlo.spread"'):]
    table = table[:table.index("</table>")]
    from customer_modeler.analysis.formatting import HTML

    for key in ("p50", "p90", "p95"):  # of the lead time, in minutes
        assert f'<td class="num">{HTML.format(lead[key])} min</td>' in table
    assert lead["p90"] > 2 * lead["p50"]  # returns make the slow tail long
    contacts = spread["contacts"]
    assert contacts["variance"] == pytest.approx(contacts["sd"] ** 2)
    assert contacts["mean"] == pytest.approx(report["kpis"]["contacts"], abs=0.05)
    # the JSON keeps the page's diagram out
    assert "diagram" not in report
