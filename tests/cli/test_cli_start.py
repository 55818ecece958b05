"""Starting the program as a newcomer would: the installed command, with and without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from customer_modeler import __version__
from customer_modeler.cli.main import no_display

COMMAND = Path(sys.executable).with_name("customer-modeler")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_the_installed_command_tells_its_version() -> None:
    done = run(["--version"], dict(os.environ))
    assert done.returncode == 0
    assert done.stdout.strip() == f"customer-modeler {__version__}"


def test_the_editor_without_a_screen_says_so_in_one_line() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = run([], env)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: no display: run the editor under xvfb-run, or set QT_QPA_PLATFORM=offscreen"]


def test_what_counts_as_a_screen() -> None:
    assert no_display({}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "darwin")


def test_selftest_opens_the_example_analyses_it_and_exports_a_picture(tmp_path: Path) -> None:
    picture = tmp_path / "selftest.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = run(["selftest", "--keep", str(picture)], env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok    bundled example", "ok    editor window", "ok    analyses", "ok    PNG export"]
    assert lines[-1] == "selftest passed"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
