"""A plain subcommand run as the whole program ends its process as soon as its output is
out, without freeing what it read: the output and the exit status are those of the same
subcommand called in process, where nothing is kept."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from customer_modeler.cli import support
from customer_modeler.cli.main import main

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "order-journey.bpmn"


def _program(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "customer_modeler", *args], capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("args", [["info", str(EXAMPLE)], ["info", "--json", str(EXAMPLE)],
                                  ["analyze", "--json", "--analysis", "systems", str(EXAMPLE)]])
def test_same_output_and_status_as_in_process(args: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    # given the subcommand's output in process
    status = main(args)
    expected = capsys.readouterr().out
    # when it is the whole program
    done = _program(*args)
    # then
    assert (done.returncode, done.stdout) == (status, expected)


def test_a_refusal_still_reaches_stderr_with_status_1(tmp_path: Path) -> None:
    done = _program("info", str(tmp_path / "missing.bpmn"))
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and "does not exist" in done.stderr


def test_in_process_callers_keep_nothing() -> None:
    assert main(["info", str(EXAMPLE)]) == 0
    assert support._kept_to_the_end is None


def test_the_whole_program_runs_without_the_cyclic_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    # given the subcommand as the whole program (its arguments in sys.argv), its end observed
    from customer_modeler.cli import main as entry

    seen: list[bool] = []

    def end(code: int) -> None:
        seen.append(gc.isenabled())
        raise SystemExit(code)

    monkeypatch.setattr(entry, "_end_process", end)
    monkeypatch.setattr(sys, "argv", ["customer-modeler", "info", str(EXAMPLE)])
    try:
        with pytest.raises(SystemExit):
            entry.main()
    finally:
        support._kept_to_the_end = None
        gc.enable()
    # then the collector was off while it ran; a caller in process keeps its collector
    assert seen == [False]
    assert main(["info", str(EXAMPLE)]) == 0 and gc.isenabled()
