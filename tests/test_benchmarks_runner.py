"""The benchmark runner stays runnable: one tiny run prints every measure, and its generator
makes the journeys it promises. No timing is asserted — only that each figure was taken."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

from benchmarks.generate import LANES, generate_model
from benchmarks.measures import MEASURES

SIZE = 200
#: Measures of a model drawn a chunk at a time: a 200-step journey is drawn whole at once.
ONLY_LARGE = {"idle_longest"}


@pytest.fixture(scope="module")
def tiny_run() -> dict:
    """``python -m benchmarks`` on a 200-step journey, once, as JSON (bpmn.io left out)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", str(SIZE), "--repeat", "1",
         "--gesture-repeat", "1", "--no-bpmn-io", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_measure_is_taken(tiny_run):
    figures = tiny_run["sizes"][str(SIZE)]
    assert "errors" not in figures, figures["errors"]
    assert {m.key for m in MEASURES} - ONLY_LARGE <= set(figures["ours"])
    assert all(value > 0 for value in figures["ours"].values())
    assert tiny_run["startup"] > 0
    assert figures["runs"] > 0 and tiny_run["default_runs"] >= figures["runs"]
    assert figures["steps"] == 202 and figures["items"] > figures["steps"]
    assert figures["samples"]["drag_step"] and len(figures["samples"]["read"]) == 1


def test_the_open_is_split_into_its_parts(tiny_run):
    ours = tiny_run["sizes"][str(SIZE)]["ours"]
    parts = ours["open_read"] + ours["open_model"] + ours["open_scene"] + ours["open_first_paint"]
    assert parts == pytest.approx(ours["open"])


def test_the_table_shows_every_measure_with_a_figure(tiny_run, capsys):
    from benchmarks.report import print_table

    print_table(tiny_run)
    table = capsys.readouterr().out
    for measure in MEASURES:
        row = next(line for line in table.splitlines() if line.startswith(f"| {measure.label} |"))
        figure = row.split("|")[2].strip()
        assert (figure == "—") if measure.key in ONLY_LARGE else figure.endswith(measure.unit), row
    assert "start-up to a shown window" in table
    assert f"{tiny_run['sizes'][str(SIZE)]['runs']:,} Monte Carlo runs" in table


def test_the_generator_is_deterministic_and_complete():
    from customer_modeler.bpmn.writer import write_bpmn

    model = generate_model(SIZE)
    assert write_bpmn(model) == write_bpmn(generate_model(SIZE))
    assert len(model.lanes) == len(LANES)
    top = min(model.lanes.values(), key=lambda lane: lane.bounds.y)
    assert top.role == "customer"
    assert all(step.bounds is not None and step.key for step in model.steps.values())
    assert all(flow.waypoints for flow in model.flows.values())
    tasks = [s for s in model.steps.values() if s.kind == "task"]
    assert all(t.duration and t.channel and t.phase for t in tasks)
    for step in model.steps.values():
        outgoing = [f for f in model.flows.values() if f.source == step.id]
        if step.kind == "exclusiveGateway" and len(outgoing) > 1:
            assert sum(f.prob for f in outgoing) == pytest.approx(1.0)
    backwards = [f for f in model.flows.values()
                 if model.steps[f.target].bounds.x < model.steps[f.source].bounds.x]
    assert len(backwards) == SIZE // 10  # one rework loop per unit


def test_the_idle_work_of_a_large_scene_is_watched(qtbot, tmp_path):
    """The figure the tiny run cannot take: how long a click waits while a large scene
    completes by itself."""
    from benchmarks.editor_worker import EditorBench
    from customer_modeler.bpmn.writer import save_bpmn_file
    from customer_modeler.editor.canvas.pending_items import PROGRESSIVE_FROM
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "large.bpmn"
    save_bpmn_file(generate_model(PROGRESSIVE_FROM + 500), path)
    bench = EditorBench(QApplication.instance())
    try:
        answer = bench.idle(str(path))
        assert set(answer) == {"idle_longest"} and answer["idle_longest"] > 0
    finally:
        bench.window.close()


def test_the_bulk_edit_script_times_every_gesture(tmp_path):
    # given a generated 60-step journey in a file
    from customer_modeler.bpmn.writer import save_bpmn_file

    path = tmp_path / "journey.bpmn"
    save_bpmn_file(generate_model(60), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    # when the script runs on it, then it prints a time for each of its gestures
    done = subprocess.run([sys.executable, "benchmarks/bench_bulk_edits.py", str(path)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    from benchmarks.bench_bulk_edits import GESTURES

    rows = dict(line.split(maxsplit=1) for line in done.stdout.splitlines()[1:])
    assert list(rows) == list(GESTURES)
    assert all(text.endswith(" ms") and float(text.split()[0]) > 0 for text in rows.values())


def test_the_one_step_edit_script_times_every_gesture_and_leaves_nothing_unsaved(tmp_path):
    # given a generated 60-step journey in a file
    from customer_modeler.bpmn.writer import save_bpmn_file

    path = tmp_path / "journey.bpmn"
    save_bpmn_file(generate_model(60), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    # when the script runs on it twice per gesture
    done = subprocess.run([sys.executable, "benchmarks/bench_one_step_edits.py", str(path), "--repeat", "2"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    # then it ends with every edit undone, and prints a median and a longest for each gesture
    assert done.returncode == 0, done.stderr
    from benchmarks.bench_one_step_edits import GESTURES

    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    assert list(rows) == list(GESTURES)
    assert all(len(row) == 2 and 0 < float(row[0]) <= float(row[1]) for row in rows.values())


def test_the_window_session_script_runs_an_analysis_three_times(tmp_path):
    # given a generated 60-step journey in a file
    from customer_modeler.bpmn.writer import save_bpmn_file

    path = tmp_path / "journey.bpmn"
    save_bpmn_file(generate_model(60), path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    # when its analysis mode runs on it
    done = subprocess.run([sys.executable, "benchmarks/bench_window_session.py", "analysis", str(path)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    # then it tells, for each of three runs, the job and the drawing of its highlights
    assert done.returncode == 0, done.stderr
    runs = [line for line in done.stdout.splitlines() if line.startswith("run ")]
    assert [line.split(":")[0] for line in runs] == ["run 1", "run 2", "run 3"]
    counts = {int(line.split(" highlights")[0].rsplit(" ", 1)[1]) for line in runs}
    assert len(counts) == 1 and counts.pop() > 0


def test_the_window_session_script_times_select_all_before_and_after_the_scene_is_complete(tmp_path):
    # given a generated journey large enough to be drawn a chunk at a time
    from customer_modeler.bpmn.writer import save_bpmn_file
    from customer_modeler.editor.canvas.pending_items import PROGRESSIVE_FROM

    path = tmp_path / "journey.bpmn"
    model = generate_model(PROGRESSIVE_FROM + 500)
    save_bpmn_file(model, path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    # when its select mode runs on it
    done = subprocess.run([sys.executable, "benchmarks/bench_window_session.py", "select", str(path)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    # then it times Select All and Esc while items are still to be made, then on the whole scene
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("right after opening, ") and int(lines[0].split()[3].replace(",", "")) > 0
    assert [line.split(":")[0].strip() for line in lines[1:3] + lines[4:]] == ["Select All", "Esc"] * 2
    said = [line.split("(")[1] for line in lines[1:3] + lines[4:]]
    everything = len(model.steps) + len(model.flows)
    assert [int("".join(c for c in text if c.isdigit()) or 0) for text in said] == [everything, 0] * 2
    assert said[1] == said[3] == "Nothing selected)"
