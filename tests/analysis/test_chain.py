"""The block-wise chain solver against the textbook dense formulas of docs/methods.md §2.3-§2.6,
on random models with loops (small, so the dense reference is cheap)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis.engine import chain as chain_module
from customer_modeler.analysis.engine.censored import next_kept, transitions
from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.solve import (
    backward,
    backward_column,
    column,
    forward,
    forward_column,
)
from customer_modeler.analysis.engine.failure_chain import effective_fail_prob, failure_summary
from customer_modeler.analysis.engine.hitting import (
    absorption,
    conditional_expectation,
    hit_probabilities,
    visit_variance,
)
from customer_modeler.model import Flow, ProcessModel, Step
from tests.analysis.factory import FlowRow, StepRow, journey
from customer_modeler.analysis.engine.chain import ReducedBlock

LANES = (("CUS", "customer"), ("D1", "department"), ("D2", "department"), ("SYS", "system"))


def random_model(seed: int, n: int = 14) -> ProcessModel:
    """A chain of n tasks with random forward skips, rework loops and failure flows; every
    task keeps a forward edge, so every step can finish."""
    rng = random.Random(seed)
    steps: list[StepRow] = [("S", "start", "CUS")]
    for i in range(n):
        steps.append((f"T{i}", "task", rng.choice(LANES)[0], dict(
            duration=rng.randint(1, 9), fail_prob=rng.choice((0.0, 0.05, 0.2)))))
    steps.append(("E", "end", "CUS"))
    flows: list[FlowRow] = [("S", "T0")]
    for i in range(n):
        targets = {f"T{i + 1}" if i + 1 < n else "E"}
        if rng.random() < 0.4:
            targets.add(f"T{rng.randrange(0, i + 1)}")  # rework loop (or self-loop)
        if rng.random() < 0.3 and i + 2 < n:
            targets.add(f"T{rng.randrange(i + 2, n)}")
        probs = [rng.uniform(0.1, 1.0) for _ in targets]
        total = sum(probs)
        for target, p in zip(sorted(targets), probs):
            attrs = {"failure": True} if rng.random() < 0.15 else {}
            flows.append((f"T{i}", target, p / total if len(targets) > 1 else None, attrs))
    return journey(LANES, steps, flows)


class Dense:
    """W, s and N = (I − W)⁻¹ over the reachable steps, the textbook way."""

    def __init__(self, engine: Engine, failure_free: bool = False) -> None:
        self.nodes = engine.reachable
        self.index = {n: i for i, n in enumerate(self.nodes)}
        size = len(self.nodes)
        self.w = np.zeros((size, size))
        self.w_fail = np.zeros((size, size))
        ends = set(engine.ends)
        for u, v, data in engine.graph.edges(data=True):
            if u in self.index and v in self.index and u not in ends:
                self.w[self.index[u], self.index[v]] = data["w"]
                self.w_fail[self.index[u], self.index[v]] = data["w_fail"]
        self.s = np.zeros(size)
        for start, p in engine.starts.items():
            self.s[self.index[start]] = p
        self.n = np.linalg.inv(np.eye(size) - self.w)

    def solve(self, w: np.ndarray) -> np.ndarray:
        return np.linalg.solve((np.eye(len(self.nodes)) - w).T, self.s)


SEEDS = range(12)


@pytest.fixture(autouse=True, params=[200, 4, 1], ids=["dense", "reduced", "reduced-deep"])
def dense_limit(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Every test runs with dense blocks, and again with components reduced through
    feedback nodes (the path large models take), nested when the limit is tiny."""
    monkeypatch.setattr(chain_module, "DENSE_LIMIT", request.param)
    return int(request.param)


@pytest.mark.parametrize("seed", SEEDS)
def test_visits_and_variance(seed: int) -> None:
    engine = analyse(random_model(seed))
    dense = Dense(engine)
    x = dense.solve(dense.w)
    assert [engine.visits[n] for n in dense.nodes] == pytest.approx(x.tolist(), abs=1e-9)
    n_matrix = dense.n
    variance = visit_variance(engine)
    for j, node in enumerate(dense.nodes):
        # N₂ = N(2·N_dg − I) − N∘N, mixed over the start distribution
        second = dense.s @ (n_matrix[:, j] * (2 * n_matrix[j, j] - 1))
        assert variance[node] == pytest.approx(second - x[j] ** 2, abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_next_kept_matches_the_censored_chain_formula(seed: int) -> None:
    engine = analyse(random_model(seed))
    dense = Dense(engine)
    rng = random.Random(seed)
    keep = sorted(rng.sample(dense.nodes, k=len(dense.nodes) // 2))
    k = [dense.index[n] for n in keep]
    u = [i for i in range(len(dense.nodes)) if i not in k]
    w = dense.w
    expected = w[np.ix_(k, k)] + w[np.ix_(k, u)] @ np.linalg.solve(
        np.eye(len(u)) - w[np.ix_(u, u)], w[np.ix_(u, k)])
    found = next_kept(engine, keep)
    for a, row in zip(keep, expected):
        assert [found[a].get(b, 0.0) for b in keep] == pytest.approx(row.tolist(), abs=1e-9)
    labelled = transitions(engine, keep, lambda a: ["all"])
    x = dense.solve(w)
    totals = x[k] @ expected
    assert [labelled.get("all", {}).get(b, 0.0) for b in keep] == pytest.approx(
        totals.tolist(), abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_hit_probabilities_of_many_sets_in_one_pass(seed: int) -> None:
    engine = analyse(random_model(seed))
    dense = Dense(engine)
    rng = random.Random(100 + seed)
    sets = {f"set{k}": rng.sample(dense.nodes, k=rng.randint(1, 4)) for k in range(6)}
    found = hit_probabilities(engine, sets)
    for name, members in sets.items():
        w = dense.w.copy()
        rows = [dense.index[m] for m in members]
        w[rows, :] = 0.0
        y = dense.solve(w)
        assert found[name] == pytest.approx(float(y[rows].sum()), abs=1e-9), name


@pytest.mark.parametrize("seed", SEEDS)
def test_failure_chain(seed: int) -> None:
    engine = analyse(random_model(seed))
    dense = Dense(engine)
    p_eff = effective_fail_prob(engine)
    p = np.array([p_eff[n] for n in dense.nodes])
    w_ok = np.diag(1 - p) @ (dense.w - dense.w_fail)
    y = dense.solve(w_ok)
    flow_fail = dense.w_fail.sum(axis=1)
    x = dense.solve(dense.w)
    summary = failure_summary(engine)
    assert summary.p_any == pytest.approx(float(y @ p + (y * (1 - p)) @ flow_fail), abs=1e-9)
    assert summary.expected == pytest.approx(float(x @ (p + flow_fail)), abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_absorption_and_conditional_expectation(seed: int) -> None:
    model = random_model(seed)
    model.add_step(Step("E2", "endEvent", "other end", lane="CUS"))
    for flow in model.outgoing("T2"):
        if flow.prob is None:  # keep T2 an exclusive split (two unlabelled flows = AND)
            model.update_flow(flow.id, prob=0.7)
    model.add_flow(Flow("T2-E2", "T2", "E2", prob=0.3))
    engine = analyse(model)
    dense = Dense(engine)
    e = dense.index["E"]
    h_dense = dense.n[:, e]
    h = absorption(engine, ["E"])
    assert [h[n] for n in dense.nodes] == pytest.approx(h_dense.tolist(), abs=1e-9)
    # Doob's h-transform, done literally: W^e = W h_v / h_u, s^e = s h / Σ s h
    keep = [i for i in range(len(dense.nodes)) if h_dense[i] > 1e-15]
    w_e = dense.w[np.ix_(keep, keep)] * h_dense[keep][None, :] / h_dense[keep][:, None]
    s_e = dense.s[keep] * h_dense[keep] / (dense.s @ h_dense)
    x_e = np.linalg.solve((np.eye(len(keep)) - w_e).T, s_e)
    metric = {n: float(engine.graph.nodes[n]["step"].duration) for n in dense.nodes}
    m = np.array([metric[dense.nodes[i]] for i in keep])
    assert conditional_expectation(engine, ["E"], metric) == pytest.approx(float(x_e @ m))


def test_reduction_is_used(dense_limit: int) -> None:
    engine = analyse(random_model(3, n=30))
    assert engine.chain is not None
    reduced = [item for item in engine.chain.order if isinstance(item, ReducedBlock)]
    assert bool(reduced) == (dense_limit < 200)


@pytest.mark.parametrize("small", [24, 0], ids=["listed-inverses", "array-inverses"])
@pytest.mark.parametrize("seed", SEEDS)
def test_one_label_passes_on_floats_repeat_the_labelled_passes(
        seed: int, small: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """forward_column and backward_column promise the labelled passes' very floats (the
    reports must not change by a bit), plain, with row scales and failure-free."""
    monkeypatch.setattr(chain_module, "_SMALL", small)
    engine = analyse(random_model(seed, n=30))
    chain = engine.chain
    assert chain is not None
    fail = effective_fail_prob(engine)
    starts = {chain.index[s]: p for s, p in engine.starts.items()}
    ends = {chain.index[e]: 1.0 for e in engine.ends}
    for scale in (None, [1.0 - fail.get(n, 0.0) for n in chain.nodes]):
        for ok in (False, True):
            labelled = column(forward(chain, {i: {0: p} for i, p in starts.items()},
                                      scale=scale, ok=ok))
            assert _bits(forward_column(chain, starts, scale=scale, ok=ok)) == _bits(labelled)
            labelled = column(backward(chain, {i: {0: h} for i, h in ends.items()},
                                       scale=scale, ok=ok))
            assert _bits(backward_column(chain, ends, scale=scale, ok=ok)) == _bits(labelled)


def _bits(values: list[float]) -> list[str]:
    return [v.hex() for v in values]
