"""``customer-modeler analyze FILE --set 'ELEMENT.FIELD=VALUE'``: the report of a scenario,
saying which values were set and the scorecard before and after; the file is not changed.
In process with a stand-in reader for worked example A, and as a user runs it on the
bundled Order journey."""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import ReadResult
from customer_modeler.cli import analyze as cli_analyze
from customer_modeler.model import ProcessModel
from tests.analysis.factory import example_a

REPO = Path(__file__).resolve().parents[2]
ORDER = REPO / "resources" / "examples" / "order-journey.bpmn"
TOL = 1e-6
#: The failure-demand what-if of worked example A: a better product page.
BETTER_PAGE = "'G1'->'T3'.prob=0.1"


def run(monkeypatch: pytest.MonkeyPatch, model: ProcessModel, *extra: str) -> int:
    monkeypatch.setattr(cli_analyze, "open_model", lambda path, **options: ReadResult(model, []))
    parser = argparse.ArgumentParser()
    cli_analyze.add_arguments(parser)
    return cli_analyze.run(parser.parse_args(["model.bpmn", *extra]))


def test_json_of_the_worked_example_what_if(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    model = example_a()
    assert run(monkeypatch, model, "--set", BETTER_PAGE, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    kpis = {r["kpi"]: r for r in report["scenario"]["kpis"]}
    calls = kpis["contacts"]
    assert (calls["before"], calls["after"]) == pytest.approx((0.428571, 0.111111), abs=TOL)
    assert kpis["customer_time"]["delta"] == pytest.approx(-5.396825, abs=TOL)
    assert report["kpis"]["contacts"] == pytest.approx(0.111111, abs=TOL)  # the scenario's
    assert [(r["element"], r["before"], r["after"], r["why"])
            for r in report["scenario"]["set"]] == [
        ("G1-T3", 0.3, 0.1, "set"), ("G1-T4", 0.7, pytest.approx(0.9), "rebalanced")]
    assert model.flows["G1-T3"].prob == 0.3  # the model read from the file is unchanged


def test_text_says_which_values_were_set(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, example_a(), "--set", BETTER_PAGE) == 0
    out = capsys.readouterr().out
    assert "Scenario (the file is not changed)" in out
    assert "the flow from 'G1' to 'T3': Branch probability 0.3 → 0.1" in out
    assert ("the flow from 'G1' to 'T4': Branch probability 0.7 → 0.9 (rest of the split, "
            "in proportion)") in out
    assert "Contacts" in out and "0.428571 → 0.111111 (-0.317460)" in out
    assert "35.285714 → 29.888889 min (-5.396825 min)" in out  # customer time


def test_csv_files_hold_the_scenario(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, example_a(), "--set", BETTER_PAGE, "--csv", str(tmp_path)) == 0
    with (tmp_path / "scenario-set.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["element"], r["field"], r["after"]) for r in rows] == [
        ("G1-T3", "prob", "0.1"), ("G1-T4", "prob", "0.9")]
    with (tmp_path / "scenario-kpis.csv").open(encoding="utf-8", newline="") as stream:
        kpis = {r["kpi"]: r for r in csv.DictReader(stream)}
    assert float(kpis["customer_time"]["delta"]) == pytest.approx(-5.396825, abs=TOL)


def test_a_setting_that_cannot_be_applied_exits_2(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, example_a(), "--set", "T3.speed=2") == 2
    error = capsys.readouterr().err
    assert error.startswith("error: --set a step has no field 'speed'; accepted: ")
    assert "Duration (duration)" in error


def test_the_order_journey_as_a_user_runs_it() -> None:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    before = ORDER.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "customer_modeler", "analyze", str(ORDER), "--set",
         "'Decision'->'Buys elsewhere'.prob=0.3", "--set", "IVR routing.prob=0.5"],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 2
    assert "'IVR routing' names 2 elements" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "customer_modeler", "analyze", str(ORDER), "--json", "--set",
         "'Decision'->'Buys elsewhere'.prob=0.3", "--set", "F07.prob=0.1"],
        capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    after = {r["element"]: r["after"] for r in report["scenario"]["set"]}
    assert after["F12"] == 0.3 and after["F07"] == 0.1 and after["F06"] == pytest.approx(0.9)
    assert ORDER.read_bytes() == before
