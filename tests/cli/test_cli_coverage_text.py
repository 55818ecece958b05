"""``analyze``'s text scorecard says on how many steps a figure's input is set when that is
not all of them, and why a figure is n/a: worked example A with durations left unset."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from customer_modeler.bpmn.writer import save_bpmn_file
from customer_modeler.cli.report_text import coverage_note
from customer_modeler.model import ProcessModel
from tests.analysis.factory import example_a

REPO = Path(__file__).resolve().parents[2]


def analyze(path: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "customer_modeler", "analyze", str(path),
                           "--analysis", "streamline", *args],
                          capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def without_durations(model: ProcessModel, step_ids: list[str]) -> ProcessModel:
    for step_id in step_ids:
        model.update_step(step_id, duration=None, wait=None)
    return model


def figure_line(text: str, label: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip().startswith(label + "  "))


def tasks(model: ProcessModel) -> list[str]:
    return [step.id for step in model.steps.values() if step.kind == "task"]


def test_a_figure_resting_on_some_durations_says_on_how_many(tmp_path):
    model = example_a()
    unset = tasks(model)[:2]
    path = tmp_path / "partly.bpmn"
    save_bpmn_file(without_durations(model, unset), path)
    given, of = len(tasks(model)) - len(unset), len(tasks(model))
    text = analyze(path)
    lead = figure_line(text, "Lead time")
    assert lead.endswith(f" min  (durations set on steps: {given} of {of})")
    assert "n/a" not in lead
    assert figure_line(text, "Customer time").endswith(
        f"(durations set on steps that take the customer's time: {given} of {of})")
    # costs are set on every step: the figure stands alone
    assert figure_line(text, "Cost to serve").endswith(" CU")
    # the words are those of the JSON's coverage field
    report = json.loads(analyze(path, "--json"))
    assert report["coverage"]["lead_time"] in lead and report["kpis"]["lead_time"] is not None


def test_a_figure_without_any_of_its_inputs_is_n_a_with_its_coverage(tmp_path):
    model = example_a()
    path = tmp_path / "untimed.bpmn"
    save_bpmn_file(without_durations(model, tasks(model)), path)
    text = analyze(path)
    of = len(tasks(model))
    assert figure_line(text, "Lead time").endswith(f"n/a  (durations set on steps: 0 of {of})")
    assert figure_line(text, "Customer time").endswith(
        f"n/a  (durations set on steps that take the customer's time: 0 of {of})")
    # example A has no margin on its end: n/a as well, with its own words
    assert figure_line(text, "Margin").endswith("n/a  (margins set on ends: 0 of 1)")


def test_the_coverage_words_beside_a_figure():
    assert coverage_note(None, "durations set on steps: 0 of 9") == "durations set on steps: 0 of 9"
    assert coverage_note(12.5, "durations set on steps: 6 of 9") == "durations set on steps: 6 of 9"
    assert coverage_note(12.5, "durations set on steps: 9 of 9") is None
    assert coverage_note(0.2, "failure probabilities set on steps: 3 of 5 (and failure flows)") == (
        "failure probabilities set on steps: 3 of 5, and failure flows")
    assert coverage_note(None, "no customer lane or pool: the customer's side is n/a") == (
        "no customer lane or pool: the customer's side is n/a")
    assert coverage_note(3.0, None) is None
