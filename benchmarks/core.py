"""Benchmarks: the measures without a window — read, save, the analyses, whole commands.

``read`` and ``save`` run in the runner's own process (``read_bpmn_file`` as every command
reads, and ``save_bpmn_file`` of the model read from the file as File ▸ Open reads it, as
File ▸ Save writes it: its first save and the saves after it); ``analyses``
is ``analyze``'s work in process: the engine, the default Monte Carlo policy (as many of
the default runs as the model affords) and the scorecard once, then every analysis.
``info`` and ``analyze --json`` run as whole processes, and start-up as the editor's own
start until its window shows the bundled example.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.timing import median

#: Start-ups measured after one untimed start that warms the disk cache.
STARTUPS = 5
#: The bundled example the untimed runs before the timed ones use.
_EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "order-journey.bpmn"


def read(path: Path, for_editing: bool = False) -> object:
    """The model of ``path`` as every command reads it, or as File ▸ Open reads it to be saved again."""
    from customer_modeler.bpmn.reader import read_bpmn_file

    return read_bpmn_file(path, for_editing=for_editing).model


def save(model: object, path: Path) -> None:
    """The model written to ``path`` as File ▸ Save writes it."""
    from customer_modeler.bpmn.writer import save_bpmn_file

    save_bpmn_file(model, path)  # type: ignore[arg-type]


def all_analyses(model: object) -> int:
    """Every analysis of ``analyze`` on ``model``, with the cyclic collector held off as
    ``full_report`` and the window's analysis jobs hold it; returns the Monte Carlo runs used."""
    from customer_modeler.analysis.prepare import prepare_model
    from customer_modeler.analysis.report.full import ANALYSES, run_analysis
    from customer_modeler.analysis.report.scorecard_report import base_report
    from customer_modeler.gc_pause import collection_paused

    with collection_paused():
        prepared = prepare_model(model)  # type: ignore[arg-type]
        base_report(prepared)
        for name in ANALYSES:
            run_analysis(name, prepared)
    return prepared.runs


def default_runs() -> int:
    """The Monte Carlo runs an analysis asks for before the size of the model is weighed."""
    from customer_modeler.analysis.engine.monte_carlo import DEFAULT_RUNS

    return DEFAULT_RUNS


def command(args: list[str], env: dict[str, str]) -> float:
    """Seconds of ``customer-modeler ARGS`` as a whole process (its output discarded)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "customer_modeler", *args], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"customer-modeler {' '.join(args[:1])} failed: {done.stderr.strip()}")
    return seconds


def compile_commands(env: dict[str, str]) -> None:
    """Run ``info`` and ``analyze --json`` once on the bundled example, untimed, so that
    Python has compiled every module they import into the run's folder, as an installer
    compiles an installed copy; else the first timed run of each (the only one at
    ``--repeat 1``) would compile numpy, networkx and ours too."""
    for args in (["info", str(_EXAMPLE)], ["analyze", "--json", str(_EXAMPLE)]):
        command(args, env)


def warm_analyses() -> None:
    """Run every analysis once on the bundled example, untimed: the first run in a process
    imports numpy, networkx and the analyses (0.4 s), which a session pays once, not at
    each analysis; else the first timed run (the only one at ``--repeat 1``) would pay it."""
    all_analyses(read(_EXAMPLE))


def startup(env: dict[str, str]) -> float:
    """Median seconds from starting the editor to its first paint of the bundled example."""
    _start_once(env)  # warm: the disk cache holds the interpreter, Qt and the example
    return median(_start_once(env) for _ in range(STARTUPS))


def _start_once(env: dict[str, str]) -> float:
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "benchmarks.startup_probe"], env=env,
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0 or not done.stdout.split():
        raise RuntimeError(f"the editor did not start: {done.stderr.strip()[-300:]}")
    return float(done.stdout.split()[0]) - start
