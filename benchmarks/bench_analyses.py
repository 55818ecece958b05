"""Benchmarks: time the six analyses together on a generated model (issue 5's scale target).

On the 10,000-step model of ``generate.py`` and a variant of it with changed branch
probabilities (0.7 → 0.6 and 0.3 → 0.4 at every exclusive split; same ids, so it is a
what-if variant), prints one row per stage, each the way the commands run it
(``analysis.full_report``): the engine and scorecard of each model (shared by every
analysis), streamline, fail points, systems and failure demand of the model, and compare
and what-if of the pair, then the six analyses' total and the grand total (best and
median of several repeats, wall-clock seconds), and apart from the totals the systems
analysis with the §6a change impact of the variant. Monte Carlo is excluded (``runs=0``) and
so is GED (docs/methods.md §5 bounds it to small models; the generated pair is far above the
bound). Target: the six analyses under 1 s. Each repeat starts after a full garbage
collection (untimed).

Run from the repository root: ``python benchmarks/bench_analyses.py [--size N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_model  # noqa: E402

from customer_modeler.analysis.compare.analysis import compare_report  # noqa: E402
from customer_modeler.analysis.engine.pipeline import analyse  # noqa: E402
from customer_modeler.analysis.report.full import Prepared, run_analysis  # noqa: E402
from customer_modeler.analysis.engine.scorecard import scorecard  # noqa: E402
from customer_modeler.analysis.systems.analysis import systems_report  # noqa: E402
from customer_modeler.analysis.what_if.analysis import is_variant, what_if_report  # noqa: E402
from customer_modeler.model import ProcessModel  # noqa: E402

TARGET_SECONDS = 1.0
SINGLE = ("streamline", "fail_points", "systems", "failure_demand")
STAGES = ("engine+scorecard (model)", "engine+scorecard (variant)", *SINGLE, "compare",
          "what_if")
#: Not part of ``analyze`` or ``compare``: systems with the §6a change impact of the variant.
EXTRA = "systems with change impact (extra, not in the totals)"


def variant_of(model: ProcessModel) -> ProcessModel:
    """The model with every 0.7/0.3 split changed to 0.6/0.4 (same ids: a what-if variant)."""
    variant = model.copy()
    for flow in list(variant.flows.values()):
        if flow.prob == 0.7:
            variant.update_flow(flow.id, prob=0.6)
        elif flow.prob == 0.3:
            variant.update_flow(flow.id, prob=0.4)
    return variant


def prepared(model: ProcessModel) -> Prepared:
    """Engine and scorecard, without Monte Carlo (as ``prepare_model(model, runs=0)``)."""
    engine = analyse(model)
    return Prepared(model, engine, None, scorecard(engine))


def one_repeat(model: ProcessModel, variant: ProcessModel) -> dict[str, float]:
    """Seconds per stage of one full run."""
    times: dict[str, float] = {}

    def timed(stage: str, action: Callable[[], object]) -> object:
        start = time.perf_counter()
        result = action()
        times[stage] = time.perf_counter() - start
        return result

    gc.collect()
    a = timed(STAGES[0], lambda: prepared(model))
    b = timed(STAGES[1], lambda: prepared(variant))
    assert isinstance(a, Prepared) and isinstance(b, Prepared)
    for name in SINGLE:
        timed(name, lambda: run_analysis(name, a))
    sides = (a.side, b.side)  # one pair of sides, shared like ``pair_report`` does
    timed("compare", lambda: compare_report(*sides))
    timed("what_if", lambda: what_if_report(*sides))
    timed(EXTRA, lambda: systems_report(model, changed=variant, engine=a.engine,
                                        changed_engine=b.engine, card=a.card,
                                        changed_card=b.card))
    return times


def main(argv: list[str]) -> int:
    """Print the benchmark table; exit status 1 when the analyses miss the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="steps (default 10,000)")
    parser.add_argument("--repeat", type=int, default=5, help="repeats (default 5)")
    args = parser.parse_args(argv)
    model = generate_model(args.size)
    variant = variant_of(model)
    assert is_variant(model, variant)
    runs = [one_repeat(model, variant) for _ in range(args.repeat)]
    print(f"Generated model: {len(model.steps)} steps, {len(model.flows)} flows; variant "
          f"with changed probabilities; {args.repeat} repeats, no Monte Carlo, no GED.")
    print("| stage | best s | median s |")
    print("|---|---|---|")
    for stage in STAGES:
        print(_row(stage, [r[stage] for r in runs]))
    analyses = [sum(r[s] for s in STAGES[2:]) for r in runs]
    totals = [sum(r[s] for s in STAGES) for r in runs]
    print(_row("**six analyses together**", analyses))
    print(_row("total (with both engines and scorecards)", totals))
    print(_row(EXTRA, [r[EXTRA] for r in runs]))
    verdict = "ok" if min(analyses) < TARGET_SECONDS else "over target"
    print(f"\nTarget: six analyses under {TARGET_SECONDS:g} s: {verdict} "
          f"(best {min(analyses):.3f} s, median {statistics.median(analyses):.3f} s).")
    return 0 if verdict == "ok" else 1


def _row(stage: str, seconds: list[float]) -> str:
    return f"| {stage} | {min(seconds):.3f} | {statistics.median(seconds):.3f} |"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
