"""Every command the user guide shows runs: the lines of its code blocks that start with
``customer-modeler`` are run, as a user would type them, in a folder holding the bundled
examples. They must succeed and write what they promise (JSON, the HTML page, the CSV
folder); the options the guide names must exist, its menu entries must be the window's,
and the figures it quotes for the failure-demand scenario must be the program's."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from customer_modeler.resources import resources_dir

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide.md"
BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
PROGRAM = "customer-modeler"


def guide_commands() -> list[str]:
    """The command lines of the guide's code blocks (a trailing backslash continues one)."""
    text = GUIDE.read_text(encoding="utf-8")
    found: list[str] = []
    for block in BLOCK.findall(text):
        joined = re.sub(r"\\\n\s*", " ", block)
        found += [line.strip() for line in joined.splitlines()
                  if line.strip().startswith(PROGRAM + " ")]
    return found


COMMANDS = guide_commands()


def run(line: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """``line`` as the shell would split it, with this Python running the program."""
    words = shlex.split(line)
    assert words[0] == PROGRAM
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "customer_modeler", *words[1:]], cwd=folder,
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env=env)


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    """A folder holding copies of the bundled examples, as the guide's commands expect."""
    for source in (resources_dir() / "examples").glob("*.bpmn"):
        shutil.copy(source, tmp_path / source.name)
    return tmp_path


def test_the_guide_shows_the_commands_of_the_scenario_features():
    assert len(COMMANDS) >= 8
    joined = "\n".join(COMMANDS)
    for part in ("analyze ", "compare ", "--set ", "--customer ", "--json", "--html ",
                 "--csv ", "--analysis failure_demand", "->"):
        assert part in joined, part


@pytest.mark.parametrize("line", COMMANDS, ids=range(len(COMMANDS)))
def test_a_command_of_the_guide_runs(line: str, examples: Path):
    done = run(line, examples)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() and "error" not in done.stderr.lower()
    words = shlex.split(line)
    if "--json" in words:
        report = json.loads(done.stdout)
        assert isinstance(report["kpis"], dict) and report["monte_carlo"]["runs"] == 10_000
    if "--html" in words:
        page = (examples / words[words.index("--html") + 1]).read_text(encoding="utf-8")
        assert page.lstrip().lower().startswith("<!doctype html")
    if "--csv" in words:
        assert len(list((examples / words[words.index("--csv") + 1]).glob("*.csv"))) > 10
    for setting in (words[i + 1] for i, w in enumerate(words) if w == "--set"):
        assert "Scenario (the file is not changed)" in done.stdout, setting


def test_every_option_the_guide_names_exists():
    text = GUIDE.read_text(encoding="utf-8")
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", text))
    helps = [run(f"{PROGRAM} {command} --help", ROOT).stdout for command in
             ("analyze", "compare")]
    assert named and all(any(option in h for h in helps) for option in named), named


def test_the_guide_names_the_window_s_menu_entries():
    from customer_modeler.editor.analysis_ui.menu import ENTRIES

    texts = {key: text.replace("&", "") for key, text, _, _ in filter(None, ENTRIES)}
    guide = GUIDE.read_text(encoding="utf-8")
    assert f"**Analysis ▸ {texts['what_if_values']}**" in guide
    assert f"**Analysis ▸ {texts['export_report']}**" in guide
    assert f"**{texts['what_if']}**" in guide


def test_the_failure_demand_scenario_gives_the_figures_the_guide_quotes(examples: Path):
    line = next(c for c in COMMANDS if "--analysis failure_demand" in c and "--set" in c)
    done = run(line + " --json", examples)
    report = json.loads(done.stdout)
    changed = {row["name"]: (row["before"], row["after"]) for row in report["scenario"]["set"]}
    assert changed == {
        "the flow from 'Website answered my questions?' to 'IVR menu (product information)'":
            (0.4, 0.1),
        "the flow from 'Website answered my questions?' to 'Compare options and prices'":
            (0.6, 0.9)}
    kpis = {row["kpi"]: row for row in report["scenario"]["kpis"]}
    assert (round(kpis["contacts"]["before"], 2), round(kpis["contacts"]["after"], 2)) == \
        (1.30, 0.93)
    fdr = report["failure_demand"]["kpis"]["fdr"]
    guide = GUIDE.read_text(encoding="utf-8")
    assert "from 1.30 to 0.93 per journey" in guide
    assert f"to {fdr:.0%}".replace("%", " %") in guide
