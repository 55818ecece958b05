"""Models for the analysis tests, built in code (never from BPMN files).

``journey(lanes, steps, flows)`` builds a ProcessModel from compact rows; ``example_a()``
is worked example A of docs/methods.md §2.12; the ``case_*`` builders are the §2.13 edge cases.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from customer_modeler.model import Flow, Lane, ProcessModel, Step, System

KINDS = {"start": "startEvent", "end": "endEvent", "task": "task", "xor": "exclusiveGateway",
         "and": "parallelGateway", "or": "inclusiveGateway", "event": "intermediateThrowEvent"}

StepRow = tuple[str, str, str] | tuple[str, str, str, dict[str, Any]]
FlowRow = tuple[str, str] | tuple[str, str, float | None] | tuple[str, str, float | None,
                                                                  dict[str, Any]]


def journey(lanes: Sequence[tuple[str, str]], steps: Sequence[StepRow],
            flows: Sequence[FlowRow], systems: dict[str, float] | None = None) -> ProcessModel:
    """A model from rows: lanes (id, role); steps (id, kind, lane[, attrs]);
    flows (source, target[, prob[, attrs]]). Flow ids are ``source-target``."""
    model = ProcessModel("test journey")
    for lane_id, role in lanes:
        model.add_lane(Lane(lane_id, lane_id, role))
    model.systems = {k: System(k, k, fail_prob=p) for k, p in (systems or {}).items()}
    for row in steps:
        attrs = row[3] if len(row) > 3 else {}  # type: ignore[misc]
        model.add_step(Step(row[0], KINDS[row[1]], row[0], lane=row[2], **attrs))
    for row in flows:
        prob = row[2] if len(row) > 2 else None  # type: ignore[misc]
        attrs = row[3] if len(row) > 3 else {}  # type: ignore[misc]
        model.add_flow(Flow(f"{row[0]}-{row[1]}", row[0], row[1], prob=prob, **attrs))
    return model


EXAMPLE_A_LANES = (("CUS", "customer"), ("CSV", "department"), ("FUL", "department"))


def example_a() -> ProcessModel:
    """Worked example A (§2.12): browse, read, maybe call (loop), order, deliver."""
    steps: list[StepRow] = [
        ("S", "start", "CUS"),
        ("T1", "task", "CUS", dict(visible=True, channel="web", phase="research", duration=10,
                                   wait=0, cost=0, emotion=0, key="BROWSE")),
        ("T2", "task", "CUS", dict(visible=True, channel="web", phase="evaluate", duration=5,
                                   wait=0, cost=0, emotion=-1, key="READ_DESC")),
        ("G1", "xor", "CUS"),
        ("T3", "task", "CSV", dict(visible=True, channel="phone", phase="evaluate", duration=8,
                                   wait=4, tolerance=3, cost=6.0, emotion=1, fail_prob=0.10,
                                   severity=5, detection=6, data_in=("name", "product"),
                                   contact_reason="product info", avoidable=True,
                                   key="ASK_QUESTION")),
        ("T4", "task", "CUS", dict(visible=True, channel="web", phase="order", duration=8,
                                   wait=0, cost=2.0, emotion=1, fail_prob=0.004, severity=6,
                                   detection=8, systems=("PAY",),
                                   data_in=("name", "address", "payment"), key="PLACE_ORDER")),
        ("T5", "task", "FUL", dict(visible=True, channel="physical", phase="receive",
                                   duration=5, wait=2880, cost=7.0, emotion=2, fail_prob=0.12,
                                   severity=8, detection=9, moment_of_truth=True,
                                   key="DELIVER")),
        ("E", "end", "CUS"),
    ]
    flows: list[FlowRow] = [("S", "T1"), ("T1", "T2"), ("T2", "G1"), ("G1", "T3", 0.3),
                            ("G1", "T4", 0.7), ("T3", "T2"), ("T4", "T5"), ("T5", "E")]
    return journey(EXAMPLE_A_LANES, steps, flows, systems={"PAY": 0.004})


CF = (("CUS", "customer"), ("FUL", "department"))


def case_and_block() -> ProcessModel:
    """S→A(5)→AND→{B(10, cost 1), C(20, cost 2)}→AND→D(5)→E; A, D customer; B, C FUL."""
    return journey(CF, [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=5)), ("P", "and", "CUS"),
        ("B", "task", "FUL", dict(duration=10, cost=1)),
        ("C", "task", "FUL", dict(duration=20, cost=2)),
        ("J", "and", "CUS"), ("D", "task", "CUS", dict(duration=5)), ("E", "end", "CUS"),
    ], [("S", "A"), ("A", "P"), ("P", "B"), ("P", "C"), ("B", "J"), ("C", "J"), ("J", "D"),
        ("D", "E")])


def case_split(probs: Sequence[float | None]) -> ProcessModel:
    """S→X, an exclusive split with one branch per probability, each to its own end."""
    steps: list[StepRow] = [("S", "start", "CUS"), ("X", "xor", "CUS")]
    flows: list[FlowRow] = [("S", "X")]
    for k, p in enumerate(probs):
        steps += [(f"T{k}", "task", "CUS", dict(duration=1)), (f"E{k}", "end", "CUS")]
        flows += [("X", f"T{k}", p), (f"T{k}", f"E{k}")]
    return journey(CF, steps, flows)


def case_trap() -> ProcessModel:
    """S→A→XOR(0.5→E, 0.5→B), B→C, C→B."""
    return journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("X", "xor", "CUS"),
                        ("B", "task", "CUS"), ("C", "task", "FUL"), ("E", "end", "CUS")],
                   [("S", "A"), ("A", "X"), ("X", "E", 0.5), ("X", "B", 0.5), ("B", "C"),
                    ("C", "B")])


def case_loop_probability_one() -> ProcessModel:
    """S→A; A→A with p = 1; A→E with no p."""
    return journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("E", "end", "CUS")],
                   [("S", "A"), ("A", "A", 1.0), ("A", "E")])


def case_no_end_event() -> ProcessModel:
    """S→A→B, where B has no outgoing flow."""
    return journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("B", "task", "FUL")],
                   [("S", "A"), ("A", "B")])


def case_implicit_parallel() -> ProcessModel:
    """Task A with two unlabelled outgoing flows, joined by an AND gateway."""
    return journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=1)),
                        ("B", "task", "FUL", dict(duration=4)),
                        ("C", "task", "FUL", dict(duration=2)),
                        ("J", "and", "CUS"), ("E", "end", "CUS")],
                   [("S", "A"), ("A", "B"), ("A", "C"), ("B", "J"), ("C", "J"), ("J", "E")])


def generated_model(n_steps: int) -> ProcessModel:
    """A model from ``benchmarks/generate.py`` (loaded by path: benchmarks is no package)."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("benchmark_generate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model: ProcessModel = module.generate_model(n_steps)
    return model
