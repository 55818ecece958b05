"""Benchmarks: a generator of large customer-process models for timing the analyses.

``generate_model(n)`` returns a ProcessModel with about ``n`` steps (flow nodes) over
8 lanes — the customer lane on top, five departments, a partner and an IT/Systems lane —
built from a repeating 10-step unit that holds an exclusive branch (split and merge,
0.7/0.3) and a rework loop (a seeded probability), with our customer attributes on every
step (the full set on tasks; visibility, phase and key on events and gateways) and full
diagram interchange (step bounds, flow waypoints, lane bounds). The same size and seed
always give the same model, and so the same file.

Run ``python benchmarks/generate.py N OUT.bpmn`` to write one as a BPMN file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from customer_modeler.model import Flow, Lane, ProcessModel, Rect, Step, System

LANES = (
    ("CUS", "Customer", "customer"), ("SAL", "Sales", "department"),
    ("FUL", "Fulfilment", "department"), ("CSV", "Customer Service", "department"),
    ("BIL", "Billing", "department"), ("RET", "Returns", "department"),
    ("CAR", "Carrier", "partner"), ("ITS", "IT/Systems", "system"),
)
SYSTEMS = {"WEB": 0.005, "PAY": 0.004, "ERP": 0.002, "CRM": 0.002, "PBX": 0.01, "MAIL": 0.01}
CHANNELS = {"CUS": "web", "SAL": "phone", "FUL": "physical", "CSV": "phone", "BIL": "email",
            "RET": "mail", "CAR": "physical", "ITS": "ivr"}
PHASES = ("research", "evaluate", "order", "revise", "receive", "return")
DATA = ("name", "address", "order_no", "payment", "reason", "need")
LANE_HEIGHT, HEADER, PITCH, LANE_TOP = 140.0, 30.0, 170.0, 0.0
SIZES = {"task": (120.0, 80.0), "event": (36.0, 36.0), "gateway": (50.0, 50.0)}
#: One unit of 10 steps: (name, kind, lane offset, column offset).
UNIT = (
    ("a", "task", 0, 0), ("b", "task", 1, 1), ("x", "exclusiveGateway", 1, 2),
    ("c", "task", 2, 3), ("d", "task", 3, 3), ("m", "exclusiveGateway", 1, 4),
    ("e", "task", 0, 5), ("f", "task", 4, 6), ("l", "exclusiveGateway", 0, 7),
    ("g", "task", 5, 8),
)


def generate_model(n_steps: int, seed: int = 0) -> ProcessModel:
    """A large, analysable model of about ``n_steps`` steps.

    Parameters
    ----------
    n_steps : int
        Number of flow nodes wanted (rounded to whole 10-step units, plus start and end).
    seed : int
        Seed for the attribute values, so a size always gives the same model.

    Returns
    -------
    ProcessModel
    """
    rng = random.Random(seed)
    model = ProcessModel(f"Generated journey ({n_steps} steps)")
    units = max(1, n_steps // len(UNIT))
    width = HEADER + (units * 9 + 3) * PITCH
    for row, (lane_id, name, role) in enumerate(LANES):
        model.add_lane(Lane(lane_id, name, role, role_set=True,
                            bounds=Rect(0.0, LANE_TOP + row * LANE_HEIGHT, width, LANE_HEIGHT)))
    model.systems = {k: System(k, k, fail_prob=p) for k, p in SYSTEMS.items()}
    start = Step("S0", "startEvent", "Start", lane="CUS")
    _flow_attributes(start, rng)
    _add_node(model, start, 0, 0)
    previous = "S0"
    for unit in range(units):
        previous = _add_unit(model, rng, unit, previous)
    end = Step("E0", "endEvent", "Done", lane="CUS", outcome="success", margin=40.0)
    _flow_attributes(end, rng)
    _add_node(model, end, 0, units * 9 + 1)
    _connect(model, previous, "E0")
    return model


def _add_unit(model: ProcessModel, rng: random.Random, unit: int, previous: str) -> str:
    ids = {name: f"U{unit}_{name}" for name, _, _, _ in UNIT}
    for name, kind, lane_offset, column in UNIT:
        lane_id = LANES[(unit + lane_offset) % len(LANES)][0] if kind == "task" else "CUS"
        step = Step(ids[name], kind, f"Step {unit}.{name}", lane=lane_id)
        if kind == "task":
            _attributes(step, rng, lane_id)
        else:
            _flow_attributes(step, rng)
        _add_node(model, step, LANES.index(next(lane for lane in LANES
                                                if lane[0] == lane_id)), unit * 9 + 1 + column)
    _connect(model, previous, ids["a"])
    rework = round(rng.uniform(0.05, 0.3), 2)
    for source, target, prob in (("a", "b", None), ("b", "x", None), ("x", "c", 0.7),
                                 ("x", "d", 0.3), ("c", "m", None), ("d", "m", None),
                                 ("m", "e", None), ("e", "f", None), ("f", "l", None),
                                 ("l", "e", rework), ("l", "g", round(1.0 - rework, 2))):
        _connect(model, ids[source], ids[target], prob)
    return ids["g"]


def _attributes(step: Step, rng: random.Random, lane_id: str) -> None:
    """Our customer attributes, set explicitly on every task."""
    step.channel = CHANNELS[lane_id]
    step.visible = lane_id != "ITS" or rng.random() < 0.5
    step.phase = rng.choice(PHASES)
    step.duration = float(rng.randint(1, 20))
    step.wait = float(rng.choice((0, 0, 2, 5, 60)))
    step.tolerance = 3.0 if step.channel == "phone" else None
    step.cost = round(rng.uniform(0, 8), 2)
    step.emotion = rng.randint(-2, 2)
    step.fail_prob = round(rng.uniform(0, 0.05), 3)
    step.severity, step.detection = float(rng.randint(1, 10)), float(rng.randint(1, 10))
    step.systems = tuple(rng.sample(sorted(SYSTEMS), rng.randint(0, 2)))
    step.data_in = tuple(rng.sample(DATA, rng.randint(0, 2)))
    step.value = rng.choice(("VA", "BVA", "NVA"))
    step.key = f"KEY_{step.id}"


def _flow_attributes(step: Step, rng: random.Random) -> None:
    """The attributes events and gateways carry: all of them sit in the customer lane."""
    step.visible = True
    step.phase = rng.choice(PHASES)
    step.key = f"KEY_{step.id}"


def _add_node(model: ProcessModel, step: Step, row: int, column: int) -> None:
    kind = {"startEvent": "event", "endEvent": "event"}.get(step.kind, "task")
    kind = "gateway" if step.kind.endswith("Gateway") else kind
    width, height = SIZES[kind]
    x = HEADER + column * PITCH + (PITCH - width) / 2
    y = LANE_TOP + row * LANE_HEIGHT + (LANE_HEIGHT - height) / 2
    step.bounds = Rect(x, y, width, height)
    model.add_step(step)


def _connect(model: ProcessModel, source: str, target: str, prob: float | None = None) -> None:
    a, b = model.steps[source].bounds, model.steps[target].bounds
    assert a is not None and b is not None
    (ax, ay), (bx, by) = a.center, b.center
    if bx > ax:
        start, end = (a.x + a.width, ay), (b.x, by)
    else:  # a loop back: leave from the bottom, come back into the bottom
        start, end = (ax, a.y + a.height), (bx, b.y + b.height)
    middle = (start[0] + end[0]) / 2 if bx > ax else None
    if middle is None:
        low = max(start[1], end[1]) + 20
        points = (start, (start[0], low), (end[0], low), end)
    else:
        points = (start, (middle, start[1]), (middle, end[1]), end)
    model.add_flow(Flow(f"F_{source}_{target}", source, target, prob=prob, waypoints=points))


def main(argv: list[str]) -> int:
    """``generate.py N OUT.bpmn``: write a generated model with N steps as BPMN."""
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python benchmarks/generate.py N OUT.bpmn", file=sys.stderr)
        return 2
    from customer_modeler.bpmn.writer import write_bpmn  # written by the BPMN layer

    Path(argv[1]).write_bytes(write_bpmn(generate_model(int(argv[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
