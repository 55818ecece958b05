"""The command line's own texts read right for a count of one: a one-lane file for
``info``, a one-row table for ``analyze``, one changed attribute for ``compare``, and the
self-test's details (the counts follow the thing they count, as the analyses' texts do)."""

from __future__ import annotations

from pathlib import Path

import pytest

from customer_modeler.bpmn.writer import save_bpmn_file
from customer_modeler.model import ProcessModel
from tests.analysis.factory import journey
from tests.cli.test_cli_files import run_cli
from tests.counts import plurals_after_one

#: One lane, one step, one flow (the step asks again) and one message flow to a pool.
ONE_OF_EACH = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:x">
  <collaboration id="C">
    <participant id="PC" name="Customer" processRef="P"/>
    <participant id="PS" name="Shop"/>
    <messageFlow id="M" sourceRef="A" targetRef="PS"/>
  </collaboration>
  <process id="P">
    <laneSet id="LS"><lane id="L" name="Customer"><flowNodeRef>A</flowNodeRef></lane></laneSet>
    <task id="A" name="Ask again"/>
    <sequenceFlow id="F" sourceRef="A" targetRef="A"/>
  </process>
</definitions>
"""


def tiny_journey(duration: float = 5.0) -> ProcessModel:
    """Start, one task that can fail, end: one fail point, one row in its table."""
    return journey((("CUS", "customer"),), [
        ("S", "start", "CUS"),
        ("A", "task", "CUS", dict(visible=True, channel="web", duration=duration,
                                  fail_prob=0.1, severity=5, detection=5)),
        ("E", "end", "CUS")], [("S", "A"), ("A", "E")])


def test_info_counts_a_file_of_one_lane_step_and_flow(tmp_path: Path) -> None:
    path = tmp_path / "one.bpmn"
    path.write_text(ONE_OF_EACH, encoding="utf-8")
    result = run_cli("info", path)
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert first == f"{path}: lanes: 1, steps: 1, flows: 1, message flows: 1"
    assert plurals_after_one("\n".join([first.removeprefix(str(path)), *rest])) == []


def test_analyze_heads_a_table_of_one_row(tmp_path: Path) -> None:
    path = tmp_path / "tiny.bpmn"
    save_bpmn_file(tiny_journey(), path)
    result = run_cli("analyze", path, "--analysis", "fail_points")
    assert result.returncode == 0, result.stderr
    assert "  Fail points (rows: 1)\n" in result.stdout
    assert plurals_after_one(result.stdout.replace(str(path), "")) == []


def test_compare_counts_one_changed_attribute(tmp_path: Path) -> None:
    current, variant = tmp_path / "current.bpmn", tmp_path / "variant.bpmn"
    save_bpmn_file(tiny_journey(5.0), current)
    save_bpmn_file(tiny_journey(7.0), variant)  # the same steps: a variant of the current
    result = run_cli("compare", current, variant)
    assert result.returncode == 0, result.stderr
    assert "Changes (changed attributes: 1; the JSON lists them)\n" in result.stdout
    text = result.stdout.replace(str(current), "").replace(str(variant), "")
    assert plurals_after_one(text) == []


def test_the_selftest_details_read_right_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    import customer_modeler.analysis.report.full as full
    from customer_modeler.cli import selftest

    broken = SimpleNamespace(warnings=["W-NO-DI"], model=SimpleNamespace(steps={}))
    monkeypatch.setattr(selftest, "_read_example", lambda: broken)
    with pytest.raises(ValueError, match="^warnings on our own example: 1$"):
        selftest._example_opens()
    one = {name: None for name in full.ANALYSES} | {"streamline": {"kpis": {}}}
    monkeypatch.setattr(full, "full_report", lambda model, runs: one)
    monkeypatch.setattr(full, "stopped", lambda report: False)
    assert selftest._analyses_run() == "scorecard and streamline"
