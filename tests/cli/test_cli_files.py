"""The headless command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file
from tests.bpmn.factories import journey_model
from tests.bpmn.roundtrip_check import model_differences
from tests.conftest import shared_path


def run_cli(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "customer_modeler", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture()
def journey_file(tmp_path: Path) -> Path:
    path = tmp_path / "journey.bpmn"
    save_bpmn_file(journey_model(), path)
    return path


def test_info_json_counts(journey_file: Path) -> None:
    result = run_cli("info", journey_file, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"lanes": 3, "steps": 7, "flows": 7, "message_flows": 0,
                                         "warnings": []}


def test_info_text_names_the_customer_lane(journey_file: Path) -> None:
    result = run_cli("info", journey_file)
    assert result.returncode == 0
    assert "lanes: 3, steps: 7, flows: 7" in result.stdout and "customer lane: Customer" in result.stdout


def test_info_counts_a_foreign_file_with_nested_lanes_and_pools() -> None:
    path = shared_path("interop", "bpmn.io (Camunda Modeler) 18.6.1", "C.1.0-export.bpmn")
    result = run_cli("info", path, "--json")
    info = json.loads(result.stdout)
    assert result.returncode == 0
    assert info["lanes"] >= 3 and info["message_flows"] > 0
    assert "W-NESTED-LANES" not in {w["code"] for w in info["warnings"]}  # its child lane sets are empty
    assert all(set(w) == {"code", "elements", "message"} for w in info["warnings"])


def test_refused_file_gives_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "evil.bpmn"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
    result = run_cli("info", bad)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ") and "DOCTYPE" in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_file_is_refused_cleanly(tmp_path: Path) -> None:
    result = run_cli("info", tmp_path / "nope.bpmn")
    assert result.returncode == 1 and result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_convert_to_bpmn_round_trips(journey_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.bpmn"
    result = run_cli("convert", journey_file, out)
    assert result.returncode == 0, result.stderr
    assert model_differences(journey_model(), read_bpmn_file(out).model) == []


def test_convert_never_leaves_a_half_written_file(journey_file: Path, tmp_path: Path) -> None:
    # given an output path the final rename cannot replace (a folder of that name)
    out = tmp_path / "out.bpmn"
    out.mkdir()
    (out / "keep.txt").write_text("still here")
    # when converting into it
    result = run_cli("convert", journey_file, out)
    # then the command fails cleanly, nothing is lost and no temporary file is left
    assert result.returncode == 1 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "keep.txt").read_text() == "still here"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.bpmn", "out.bpmn"]


def test_convert_refuses_unknown_output_type(journey_file: Path, tmp_path: Path) -> None:
    result = run_cli("convert", journey_file, tmp_path / "x.docx")
    assert result.returncode == 1 and "use .bpmn" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_headless_commands_do_not_import_qt(journey_file: Path, tmp_path: Path) -> None:
    code = ("import sys; from customer_modeler.cli.main import main; "
            f"main(['info', {str(journey_file)!r}]); "
            f"main(['convert', {str(journey_file)!r}, {str(tmp_path / 'o.bpmn')!r}]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_convert_plain_for_other_tools(journey_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plain.bpmn"
    result = run_cli("convert", journey_file, out, "--plain", "--bpsim")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert b"cpm:" not in data and b"bpsim:Probability" in data
