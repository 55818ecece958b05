"""Benchmarks: the runner — ``python -m benchmarks [--sizes …] [--repeat N] [--json]``.

For each size it writes the generated journey to a file and measures, as medians over the
stated repetitions: read, model, scene and first paint (and together: open in the editor),
save, all analyses in process (printing the Monte Carlo runs used), ``info`` and
``analyze --json`` as whole processes, pan repaint, one drag step, apply and undo of a move
(also back to the saved state), zoom to fit + paint, and the peak RSS with the model open in
the editor (a process of its own per size); once per run, start-up to a shown window with
the bundled example (warm, median of 5). When bpmn-moddle and bpmn-js are here, their
figures for the same file are taken in the same run, one repetition of theirs after each of
ours, and ours are printed as ratios of theirs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks import core, workers
from benchmarks.editor_worker import MOVE_BY, TARGET
from benchmarks.generate import generate_model
from benchmarks.report import machine, print_table
from benchmarks.timing import median, seconds

DEFAULT_SIZES = (1_000, 10_000, 100_000)
#: Sizes from which ``--large-repeat`` applies instead of ``--repeat``.
LARGE = 50_000


class Samples:
    """The repetitions of every measure of one size, ours and theirs."""

    def __init__(self) -> None:
        self.ours: dict[str, list[float]] = defaultdict(list)
        self.theirs: dict[str, list[float]] = defaultdict(list)
        self.facts: dict[str, Any] = {}

    def add(self, side: dict[str, list[float]], answer: dict[str, float], prefix: str = "",
            keys: tuple[str, ...] | None = None) -> None:
        for key, value in answer.items():
            if keys is None or key in keys:
                side[prefix + key].append(value)

    @contextlib.contextmanager
    def attempt(self, what: str) -> Iterator[None]:
        """Run a group of measures; a failure (say, code being changed under the run) is
        kept as the group's error, and the other groups go on."""
        try:
            yield
        except Exception as error:  # noqa: BLE001 - reported in the table
            self.facts.setdefault("errors", {})[what] = f"{type(error).__name__}: {error}"
            log(f"  {what} failed: {error}")

    def medians(self) -> dict[str, Any]:
        return {"ours": {k: median(v) for k, v in self.ours.items() if v},
                "theirs": {k: median(v) for k, v in self.theirs.items() if v},
                "samples": {**self.ours, **{f"theirs:{k}": v for k, v in self.theirs.items()}},
                **self.facts}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description="Time the editor, the file format and the analyses on generated journeys.")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="steps of the generated journeys, comma-separated (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="repetitions of the open, save, read, analyses and commands (default 5)")
    parser.add_argument("--large-repeat", type=int, default=None,
                        help=f"repetitions for sizes of {LARGE:,} steps and more (default: --repeat)")
    parser.add_argument("--gesture-repeat", type=int, default=11,
                        help="repetitions of each gesture (pan, drag, move, zoom; default 11)")
    parser.add_argument("--no-bpmn-io", action="store_true", help="leave bpmn-moddle and bpmn-js out")
    parser.add_argument("--bpmn-js-up-to", type=int, default=None, metavar="STEPS",
                        help="time bpmn-js only on sizes up to STEPS (its import of the largest "
                        "files can take many minutes)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--table", type=Path, metavar="JSON",
                        help="measure nothing: print the tables of the figures a --json run saved")
    args = parser.parse_args(argv)
    args.sizes = [int(size.replace("_", "")) for size in args.sizes.split(",") if size.strip()]
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.table:
        print_table(json.loads(args.table.read_text(encoding="utf-8")))
        return 0
    with tempfile.TemporaryDirectory(prefix="cpm-bench-") as folder:
        work = Path(folder)
        env = isolated_env(work)
        results: dict[str, Any] = {"command": " ".join(["python -m benchmarks", *argv]),
                                   "date": datetime.date.today().isoformat(),
                                   "machine": machine(), "sizes": {}, "repeat": args.repeat,
                                   "gesture_repeat": args.gesture_repeat,
                                   "default_runs": core.default_runs()}
        core.compile_commands(env)
        core.warm_analyses()
        for size in args.sizes:
            log(f"{size:,} steps …")
            results["sizes"][str(size)] = measure_size(size, work, env, args).medians()
        log("start-up …")
        results["startup"] = core.startup(env)
    if args.json:
        json.dump(results, sys.stdout, indent=1)
        print()
    else:
        print_table(results)
    return 0


def measure_size(size: int, work: Path, env: dict[str, str], args: argparse.Namespace) -> Samples:
    """Every measure of one size, ours alternating with theirs where theirs are here."""
    from customer_modeler.bpmn.writer import save_bpmn_file

    repeat = args.large_repeat if args.large_repeat and size >= LARGE else args.repeat
    samples = Samples()
    path = work / f"generated-{size}.bpmn"
    model = generate_model(size)
    save_bpmn_file(model, path)
    samples.facts.update(steps=len(model.steps), flows=len(model.flows), lanes=len(model.lanes),
                         file_mb=path.stat().st_size / 2**20, repeat=repeat)
    del model
    with_moddle = not args.no_bpmn_io and workers.moddle_available()
    with_js = (not args.no_bpmn_io and workers.bpmn_js_available()
               and (args.bpmn_js_up_to is None or size <= args.bpmn_js_up_to))
    samples.facts.update(bpmn_moddle=with_moddle, bpmn_js=with_js)
    with maybe(with_moddle, workers.moddle_worker) as moddle:
        model = measure_files(samples, path, work, repeat, moddle)
    log("  analyses …")
    with samples.attempt("analyses"):
        for _ in range(repeat):
            runs: list[int] = []
            samples.ours["analyses"].append(seconds(lambda: runs.append(core.all_analyses(model))))
            samples.facts["runs"] = runs[0]
    del model
    gc.collect()
    log("  commands …")
    with samples.attempt("commands"):
        for _ in range(repeat):
            samples.ours["cli_info"].append(core.command(["info", str(path)], env))
            samples.ours["cli_analyze"].append(core.command(["analyze", "--json", str(path)], env))
    log("  editor …")
    with samples.attempt("editor"), workers.editor_worker(env) as ours, \
            maybe(with_js, workers.bpmn_js_worker) as theirs:
        measure_editor(samples, path, repeat, args.gesture_repeat, ours, theirs)
    with samples.attempt("peak RSS"):
        rss = peak_rss(path, env)
        samples.ours["peak_rss"].append(rss)
    return samples


def measure_files(samples: Samples, path: Path, work: Path, repeat: int,
                  moddle: workers.Worker | None) -> Any:
    """Read and save, each repetition followed by bpmn-moddle's parse or write; the model read."""
    log("  read and save …")
    model: Any = None
    for _ in range(repeat):
        models: list[Any] = []
        samples.ours["read"].append(seconds(lambda: models.append(core.read(path))))
        model = models[0]
        if moddle is not None:
            samples.add(samples.theirs, moddle.ask("parse", str(path)), "moddle_", ("parse",))
    saved = work / "saved.bpmn"
    opened = core.read(path, for_editing=True)  # File ▸ Save after File ▸ Open
    for _ in range(repeat):
        samples.ours["save"].append(seconds(lambda: core.save(opened, saved)))
        if moddle is not None:
            samples.add(samples.theirs, moddle.ask("write"), "moddle_", ("write",))
    return model


def measure_editor(samples: Samples, path: Path, repeat: int, gestures: int,
                   ours: workers.Worker, theirs: workers.Worker | None) -> None:
    """Open, pan, drag, move and zoom in the editor; bpmn-js's open, pan, move and undo between;
    last, a new open whose scene is left to complete by itself for a second."""
    for _ in range(repeat):
        answer = ours.ask("open", str(path))
        for part in ("read", "model", "scene", "first_paint", "scene_rest", "gc_longest", "gc_total"):
            samples.ours[f"open_{part}"].append(answer[part])
        samples.ours["open"].append(answer["open"])
        samples.facts["items"] = answer["items"]
        samples.facts["first_items"] = answer["first_items"]
        if theirs is not None:
            log("  bpmn-js open …")
            samples.add(samples.theirs, theirs.ask("open", str(path)), "bpmn_js_")
    for _ in range(gestures):
        samples.add(samples.ours, ours.ask("pan"))
        if theirs is not None:
            samples.add(samples.theirs, theirs.ask("pan"), "bpmn_js_")
    with samples.attempt("drag"):
        for _ in range(gestures):
            answer = ours.ask("drag")
            if not answer["dragged"]:
                raise RuntimeError("the drag did not move the task")
            samples.add(samples.ours, answer, keys=("drag_step",))
    with samples.attempt("move"):
        for _ in range(gestures):
            samples.add(samples.ours, ours.ask("move"))
            if theirs is not None:
                samples.add(samples.theirs, theirs.ask("move", TARGET, MOVE_BY), "bpmn_js_")
                samples.add(samples.theirs, theirs.ask("undo"), "bpmn_js_")
    with samples.attempt("zoom to fit"):
        for _ in range(gestures):
            answer = ours.ask("fit")
            samples.add(samples.ours, answer, keys=("zoom_fit", "zoom_fit_after_edit"))
            samples.facts["fit_zoom"] = answer["zoom"]
    with samples.attempt("idle work"):  # last: it leaves the scene half made
        samples.add(samples.ours, ours.ask("idle", str(path)))
    if theirs is not None:
        samples.theirs["bpmn_js_rss"].append(theirs.ask("memory")["rss_mb"])


def peak_rss(path: Path, env: dict[str, str]) -> float:
    """Peak RSS in MB of a fresh editor process that opens ``path`` and paints it."""
    import subprocess

    done = subprocess.run([sys.executable, "-m", "benchmarks.editor_worker", "--peak-rss", str(path)],
                          env=env, capture_output=True, text=True, cwd=workers.REPO)
    if done.returncode != 0:
        raise RuntimeError(f"peak RSS: the editor failed: {done.stderr.strip()[-300:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_rss"])


@contextlib.contextmanager
def maybe(wanted: bool, start: Any) -> Iterator[workers.Worker | None]:
    """The worker ``start()`` makes when ``wanted``, closed afterwards; else None."""
    if not wanted:
        yield None
        return
    with start() as worker:
        yield worker


def isolated_env(work: Path) -> dict[str, str]:
    """The environment of every process the runner starts: Qt offscreen, and settings,
    recovery copies and caches in the run's own folder, never the person's.

    Python keeps the modules it compiles (in the run's folder), as in an installed copy,
    whose installer compiles them: an environment that turns that off
    (``PYTHONDONTWRITEBYTECODE``) would have every whole process compile our modules again.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(work / name.lower())
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    root = str(workers.REPO)
    env["PYTHONPATH"] = root + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else root
    return env


def log(text: str) -> None:
    """Progress on stderr, so the table (or JSON) alone goes to stdout."""
    print(text, file=sys.stderr, flush=True)
