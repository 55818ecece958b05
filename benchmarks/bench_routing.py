"""Benchmarks: time re-routing one flow around the steps of a large model.

Builds the generated model of 10,000 steps, picks flows at random (fixed seed) and
re-routes each one as an edit does: a new router over the model, the obstacles near
the two ends, the search. Prints the median, 95th percentile and worst time in
milliseconds; the target is the median well under one frame (16 ms at 60 Hz).

Run from the repository root: ``python benchmarks/bench_routing.py [--steps N] [--flows N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_model  # noqa: E402

from customer_modeler.editor.geometry.flow_router import FlowRouter  # noqa: E402

FRAME_MS = 1000 / 60


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--flows", type=int, default=200)
    args = parser.parse_args(argv)
    model = generate_model(args.steps)
    flows = random.Random(1).sample(list(model.flows.values()), min(args.flows, len(model.flows)))
    times = []
    for flow in flows:
        start = time.perf_counter()
        FlowRouter(model).route_flow(flow)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{len(model.steps)} steps, {len(model.flows)} flows; {len(times)} flows re-routed one at a time")
    print(f"median {statistics.median(times):.2f} ms   95th percentile {p95:.2f} ms   "
          f"worst {times[-1]:.2f} ms   (one frame: {FRAME_MS:.1f} ms)")
    return 0 if statistics.median(times) < FRAME_MS / 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
