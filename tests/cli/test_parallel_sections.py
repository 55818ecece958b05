"""A large ``analyze --json`` report, run as the whole program on Linux, is made with two
forked children, one reading the file's diagram for its warnings and one computing half
the sections: the output is the one process's, byte for byte, whether the children
deliver, fail or fall silent; no other caller ever forks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from customer_modeler.bpmn import reader
from customer_modeler.cli import analyze as cli_analyze
from customer_modeler.cli import parallel_sections
from customer_modeler.cli.json_text import Encoded
from customer_modeler.cli.main import main
from customer_modeler.cli.parallel_sections import CHILD_SECTIONS

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.bpmn"))

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")

#: The command as the whole program, with a fork counted and the child's part replaced by
#: CHILD (Python lines, indented by four spaces) when given.
_PROGRAM = """
import os, sys
from customer_modeler.cli import parallel_sections

parallel_sections.worth_forking = lambda model: True  # any model, on any number of cores
parallel_sections.PATIENCE = {patience}
fork = os.fork

def counted_fork():
    pid = fork()
    if pid:
        print(f"forked {{pid}}", file=sys.stderr, flush=True)
    return pid

os.fork = counted_fork
{child}
from customer_modeler.cli.main import main
sys.argv = ["customer-modeler", "analyze", "--json", {path!r}]
sys.exit(main())
"""


def _whole_program(path: Path, child: str = "", patience: float = 30.0) -> subprocess.CompletedProcess[str]:
    script = _PROGRAM.format(path=str(path), child=child, patience=patience)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)


def _in_process(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["analyze", "--json", str(path)])
    return status, capsys.readouterr().out


def _forked_children(done: subprocess.CompletedProcess[str]) -> list[int]:
    """The children the parent forked: the one reading the diagram, then the sections'."""
    children = [int(line.split()[1]) for line in done.stderr.splitlines()
                if line.startswith("forked ")]
    assert len(children) == 2, done.stderr
    return children


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_report_is_the_one_of_one_process(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # given the report of one process
    expected = _in_process(path, capsys)
    # when the whole program forks a child for its sections
    done = _whole_program(path)
    # then children were forked, and the output and status are the same
    _forked_children(done)
    assert (done.returncode, done.stdout) == expected
    report = json.loads(done.stdout)
    assert all(report[name]["tables"] for name in CHILD_SECTIONS)  # sections with rows


def test_the_warnings_of_the_diagram_read_by_a_child_are_those_of_one_process(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # given a file with warnings about its process and about its diagram: a lane lists a
    # step that does not exist, a step has no shape and a shape draws nothing
    text = EXAMPLES[0].read_text(encoding="utf-8")
    text = text.replace("<bpmn:flowNodeRef>T01</bpmn:flowNodeRef>",
                        "<bpmn:flowNodeRef>T01</bpmn:flowNodeRef><bpmn:flowNodeRef>Gone</bpmn:flowNodeRef>", 1)
    text = text.replace('<bpmndi:BPMNShape id="T01_di" bpmnElement="T01">',
                        '<bpmndi:BPMNShape id="T01_di" bpmnElement="Nothing">', 1)
    path = tmp_path / "warned.bpmn"
    path.write_text(text, encoding="utf-8")
    expected = _in_process(path, capsys)
    # when the whole program reads the diagram in a child
    done = _whole_program(path)
    # then the warnings, their order and everything else are those of one process
    _forked_children(done)
    assert (done.returncode, done.stdout) == expected
    codes = [warning["code"] for warning in json.loads(done.stdout)["reader_warnings"]]
    assert codes == ["W-DANGLING-REF", "W-DI-MISSING-ELEMENT", "W-NO-DI"]


_BROKEN_DIAGRAM = ("from customer_modeler.bpmn import reader\n"
                   "def broken(*args):\n"
                   "    raise RuntimeError('boom')\n"
                   "reader.read_di = broken")


def test_a_diagram_that_cannot_be_read_refuses_the_file_as_reading_it_whole_does(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # given a reader that fails on the diagram (here and, by _BROKEN_DIAGRAM, in the whole
    # program): reading whole, the file is refused
    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(reader, "read_di", broken)
    path = EXAMPLES[0]
    status, out = _in_process(path, capsys)
    assert status == 1 and out == ""
    # when the whole program reads the diagram later, in a child or (a small model) at once
    forked = _whole_program(path, child=_BROKEN_DIAGRAM)
    monkeypatch.setattr(cli_analyze, "ends_with_the_command", lambda: True)
    monkeypatch.setattr(parallel_sections, "worth_forking", lambda model: False)
    at_once = main(["analyze", "--json", str(path)])
    # then it is refused the same way: one line on stderr, nothing on stdout, status 1
    said = capsys.readouterr()
    assert (at_once, said.out) == (1, "")
    assert (forked.returncode, forked.stdout) == (1, "")
    for err in (said.err, forked.stderr):
        assert f"error: {path}: The file could not be read because of an internal error " \
               "(RuntimeError: boom)" in err


def test_a_child_that_fails_leaves_the_sections_to_the_parent(
        capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES[0]
    expected = _in_process(path, capsys)
    done = _whole_program(path, child="parallel_sections._run_child = lambda jobs, pipe: os._exit(3)")
    _forked_children(done)
    assert (done.returncode, done.stdout) == expected


def test_a_child_that_sends_half_its_text_leaves_the_sections_to_the_parent(
        capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES[0]
    expected = _in_process(path, capsys)
    child = ("def half(jobs, pipe):\n"
             "    os.write(pipe, parallel_sections._LENGTH.pack(100) + b'{')\n"
             "    os._exit(0)\n"
             "parallel_sections._run_child = half")
    done = _whole_program(path, child=child)
    assert (done.returncode, done.stdout) == expected


def test_a_silent_child_is_ended_and_the_parent_does_its_sections(
        capsys: pytest.CaptureFixture[str]) -> None:
    # given a child that never answers, and a parent that waits half a second beyond its own work
    path = EXAMPLES[0]
    expected = _in_process(path, capsys)
    child = "import time\nparallel_sections._run_child = lambda jobs, pipe: time.sleep(600)"
    started = time.monotonic()
    done = _whole_program(path, child=child, patience=0.5)
    # then the output is the same, soon, and the child is gone
    assert (done.returncode, done.stdout) == expected
    assert time.monotonic() - started < 60
    for child_pid in _forked_children(done):
        with pytest.raises(ProcessLookupError):
            os.kill(child_pid, 0)


def test_a_caller_in_process_never_forks(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(parallel_sections, "worth_forking", lambda model: True)

    def no_fork() -> int:
        raise AssertionError("forked")

    monkeypatch.setattr(os, "fork", no_fork)
    assert main(["analyze", "--json", str(EXAMPLES[0])]) == 0
    assert json.loads(capsys.readouterr().out)["fail_points"]["tables"]


def test_only_large_models_on_several_cores_are_worth_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    class Model:
        steps = dict.fromkeys(range(parallel_sections.FORK_FROM))

    class Small:
        steps = dict.fromkeys(range(parallel_sections.FORK_FROM - 1))

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert parallel_sections.worth_forking(Model())  # type: ignore[arg-type]
    assert not parallel_sections.worth_forking(Small())  # type: ignore[arg-type]
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert not parallel_sections.worth_forking(Model())  # type: ignore[arg-type]


def test_the_childs_text_is_taken_only_whole() -> None:
    names = ["fail_points", "reader_warnings", "third"]
    pieces = [b'{\n    "a": 1\n  }', b"[]", b"null"]
    whole = b"".join(parallel_sections._LENGTH.pack(len(p)) + p for p in pieces)
    found = parallel_sections._results(memoryview(whole), names)
    assert [found[name].text for name in names] == pieces
    assert all(isinstance(found[name], Encoded) for name in names)
    assert parallel_sections._results(memoryview(whole[:-1]), names) == {}
    assert parallel_sections._results(memoryview(whole + b" "), names) == {}
    assert parallel_sections._results(memoryview(whole[:5]), names) == {}
