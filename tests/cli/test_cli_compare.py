"""``customer-modeler compare A B [--json]`` on the bundled examples (docs/design.md, "Command line"):
the account-executive variant reproduces the §7 economics (−449,753.27 CU per year,
break-even margin 489.75), the competitor gives similarity 0.6 with the §5 sets, refused
files and stopping errors exit 1.

Run as a user runs it (``python -m customer_modeler compare …`` in a subprocess) once the
subcommand is wired into ``cli.py``; until then through ``cli_compare.run`` in process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

from customer_modeler.cli import main as cli
from customer_modeler.cli import compare as cli_compare
from customer_modeler.bpmn.writer import save_bpmn_file
from tests.analysis.factory import case_trap

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "resources" / "examples"
CURRENT = EXAMPLES / "order-journey.bpmn"
VARIANT = EXAMPLES / "order-journey-account-executive.bpmn"
COMPETITOR = EXAMPLES / "competitor-online-first.bpmn"


def compare(*args: str | Path) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``compare`` with these arguments."""
    if "compare" in getattr(cli, "SUBCOMMANDS", ()):
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        done = subprocess.run([sys.executable, "-m", "customer_modeler", "compare",
                               *map(str, args)], capture_output=True, text=True, timeout=120,
                              env=env, cwd=REPO)
        return done.returncode, done.stdout, done.stderr
    parser = argparse.ArgumentParser(prog="customer-modeler compare")
    cli_compare.add_arguments(parser)
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli_compare.run(parser.parse_args([str(a) for a in args]))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def variant_json() -> dict[str, object]:
    status, out, err = compare(CURRENT, VARIANT, "--json")
    assert status == 0, err
    result: dict[str, object] = json.loads(out)
    return result


@pytest.fixture(scope="module")
def competitor_json() -> dict[str, object]:
    status, out, err = compare(CURRENT, COMPETITOR, "--json")
    assert status == 0, err
    result: dict[str, object] = json.loads(out)
    return result


def test_variant_reproduces_the_economics(variant_json: dict[str, object]) -> None:
    assert variant_json["variant"] is True
    assert set(variant_json) == {"a", "b", "variant", "compare", "what_if", "customer_a",
                                 "customer_b", "reader_warnings_a", "reader_warnings_b"}
    what_if = variant_json["what_if"]
    assert isinstance(what_if, dict) and what_if["name"] == "what_if"
    kpis = what_if["kpis"]
    assert kpis["net_delta_per_year"] == pytest.approx(-449753.27, abs=0.01)
    assert kpis["break_even_margin_per_kept_order"] == pytest.approx(489.75, abs=0.005)
    tornado = {r["parameter"]: r for r in what_if["tables"]["tornado"]}
    assert tornado["accounts_per_ae"]["net_at_low"] == pytest.approx(-589753.27, abs=0.01)


def test_variant_also_gets_the_side_by_side_scorecard(variant_json: dict[str, object]) -> None:
    compare_report = variant_json["compare"]
    assert isinstance(compare_report, dict) and compare_report["name"] == "compare"
    rows = {r["kpi"]: r for r in compare_report["tables"]["scorecard"]}
    assert rows["effort_index"]["ours"] == pytest.approx(12.477375, abs=1e-6)
    assert rows["effort_index"]["theirs"] == pytest.approx(7.418788, abs=1e-6)
    assert rows["pe_mc"]["ours"] is not None  # the Monte Carlo run fills PE_mc


def test_competitor_similarity_and_sets(competitor_json: dict[str, object]) -> None:
    assert competitor_json["variant"] is False and competitor_json["what_if"] is None
    report = competitor_json["compare"]
    assert isinstance(report, dict)
    assert report["kpis"]["node_similarity"] == pytest.approx(0.6, abs=1e-12)
    assert [r["element"] for r in report["tables"]["ours_only"]] == [
        "T02", "T03", "T07", "T10", "T11", "T16", "T18", "T19", "T20"]
    assert [r["element"] for r in report["tables"]["theirs_only"]] == ["T10"]
    ged = {r["measure"]: r for r in report["tables"]["similarity"]}["graph_edit_distance"]
    assert ged["status"] in ("exact", "upper bound") and ged["value"] <= 36


def test_readable_text() -> None:
    status, out, _ = compare(CURRENT, VARIANT)
    assert status == 0
    assert "Net change per year: -449,753.27 CU" in out
    assert "Margin per kept order           40 CU  489.753 CU" in out
    assert "Step-matching similarity: 82.4 %" in out
    assert "span limits, not workload" in out


def test_a_refused_file_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "missing.bpmn"
    status, out, err = compare(CURRENT, missing)
    assert status == 1 and out == ""
    assert err.startswith(f"error: {missing}: ")


def test_a_stopping_error_exits_1_and_lists_it(tmp_path: Path) -> None:
    trapped = tmp_path / "trap.bpmn"
    save_bpmn_file(case_trap(), trapped)
    status, out, _ = compare(CURRENT, trapped, "--json")
    assert status == 1
    report = json.loads(out)["compare"]
    assert report["tables"] == {}
    assert any(i["code"] == "E-TRAP" for i in report["issues"])
    status, out, _ = compare(CURRENT, trapped)
    assert status == 1 and "No comparison" in out and "E-TRAP" in out
