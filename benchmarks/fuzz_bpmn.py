"""Long randomised fuzzing of BPMN reading and writing, run by hand (the suite runs the same
checks with fixed seeds for about a minute).

Two kinds of cases, for as many minutes as asked:

* mutations of the bundled examples and the interop corpus files (when the test-data
  folder is beside the clone): each must open with warnings or be refused with our one
  error, never raise anything else or hang, and what opens must save and reopen unchanged;
* random models (the hypothesis strategies of the tests): write → read gives every field
  back and, when the schema is available, the file is valid BPMN 2.0.

Every input that breaks a check is written to ``tests/bpmn/fuzz_regressions/`` (named by its
hash) for the suite to replay; commit those files with the fix.

    python benchmarks/fuzz_bpmn.py --minutes 10 [--seed N] [--no-corpus]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from customer_modeler.bpmn.reader import read_bpmn  # noqa: E402
from customer_modeler.bpmn.writer import write_bpmn  # noqa: E402
from tests.bpmn.fuzzing import REGRESSIONS, check, mutate, seed_files  # noqa: E402
from tests.bpmn.model_strategies import exact_differences, random_models  # noqa: E402

#: Share of the time spent on random models (the rest on mutations).
MODEL_SHARE = 0.25
MODEL_BATCH = 50


class Run:
    """Counts and the findings of one fuzzing run."""

    def __init__(self) -> None:
        self.mutation_cases = 0
        self.model_cases = 0
        self.findings: list[tuple[str, Path]] = []

    def keep(self, data: bytes, problem: str) -> None:
        REGRESSIONS.mkdir(exist_ok=True)
        path = REGRESSIONS / f"{hashlib.sha1(data).hexdigest()[:16]}.bpmn"
        if not path.exists():
            path.write_bytes(data)
        self.findings.append((problem, path))
        print(f"FOUND {problem}\n  kept as {path.name}", flush=True)


def mutation_batch(run: Run, seeds: list[tuple[Path, bytes]], rng: random.Random, until: float) -> None:
    while time.monotonic() < until:
        _name, data = rng.choice(seeds)
        case = mutate(data, rng)
        run.mutation_cases += 1
        problem = check(case)
        if problem is not None:
            run.keep(case, problem)


def model_batch(run: Run, schema_problems) -> None:
    @settings(max_examples=MODEL_BATCH, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(model=random_models())
    def one(model) -> None:
        run.model_cases += 1
        data = write_bpmn(model)
        try:
            again, _ = read_bpmn(data)
            problem = "; ".join(exact_differences(model, again)[:2]) or schema_problems(data)
        except Exception as exc:  # noqa: BLE001 - any exception is the finding
            problem = f"{type(exc).__name__}: {exc}"
        if problem:
            run.keep(data, f"random model: {problem}"[:300])

    one()


def schema_checker():
    """A function naming the first XSD error of a document ('' when valid or no schema)."""
    tool = Path(__file__).resolve().parents[2] / "shared" / "tools" / "validate_bpmn.py"
    if not tool.exists():
        print("no BPMN schema beside the clone: random models are not validated")
        return lambda data: ""
    import importlib.util

    from lxml import etree
    spec = importlib.util.spec_from_file_location("validate_bpmn", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema = module.load_schema()

    def problems(data: bytes) -> str:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
        if schema.validate(etree.fromstring(data, parser).getroottree()):
            return ""
        return f"not valid BPMN 2.0: {schema.error_log[0].message}"
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=None, help="default: a fresh random seed")
    parser.add_argument("--no-corpus", action="store_true", help="mutate the bundled examples only")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    seeds = [(path.name, path.read_bytes()) for path in seed_files(corpus=not args.no_corpus)]
    schema_problems = schema_checker()
    print(f"seed {seed}; {len(seeds)} files to mutate; {args.minutes:g} minutes", flush=True)
    run = Run()
    start = time.monotonic()
    end = start + args.minutes * 60
    next_report = start + 60
    while time.monotonic() < end:
        slice_end = min(end, time.monotonic() + 10)
        mutation_batch(run, seeds, rng, slice_end - 10 * MODEL_SHARE)
        if time.monotonic() < end:
            model_batch(run, schema_problems)
        if time.monotonic() >= next_report:
            next_report += 60
            print(f"{(time.monotonic() - start) / 60:.1f} min: {run.mutation_cases} mutations, "
                  f"{run.model_cases} random models, {len(run.findings)} findings", flush=True)
    minutes = (time.monotonic() - start) / 60
    print(f"done in {minutes:.1f} min: {run.mutation_cases} mutated files and {run.model_cases} "
          f"random models checked, {len(run.findings)} findings (seed {seed})")
    return 1 if run.findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
