"""The quick subcommands start quickly: ``info`` and ``convert`` to BPMN load neither the
analyses nor numpy (a third of a second before any file is read), while every subcommand's
arguments are still known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from customer_modeler.cli.main import SUBCOMMANDS, main

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "order-journey.bpmn"


def test_info_and_convert_leave_the_analyses_unloaded(tmp_path: Path) -> None:
    code = ("import sys; from customer_modeler.cli.main import main; "
            f"assert main(['info', {str(EXAMPLE)!r}]) == 0; "
            f"assert main(['convert', {str(EXAMPLE)!r}, {str(tmp_path / 'o.bpmn')!r}]) == 0; "
            "loaded = [m for m in sys.modules if m == 'numpy' or m.startswith('customer_modeler.analysis')]; "
            "assert not loaded, loaded")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o.bpmn").read_bytes().startswith(b"<?xml")


#: An option only each subcommand has.
OWN_OPTION = {"info": "--json", "convert": "--plain", "analyze": "--set", "compare": "--customer-b",
              "selftest": "--keep"}


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_still_has_its_arguments(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([name, "--help"])
    assert stop.value.code == 0
    usage = capsys.readouterr().out
    assert usage.startswith(f"usage: customer-modeler {name}")
    assert OWN_OPTION[name] in usage
