"""Large models: a loop around the whole journey is solved through feedback nodes (no
dense block of the model's size), and ordinary large models keep small blocks."""

from __future__ import annotations

import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis.engine import chain as chain_module
from customer_modeler.analysis.engine.chain import ReducedBlock
from customer_modeler.analysis.engine.hitting import visit_variance
from customer_modeler.model import Flow
from tests.analysis.factory import generated_model
from tests.analysis.test_chain import Dense


@pytest.mark.parametrize("dense_limit", [200, 4])
def test_a_loop_around_the_whole_journey_is_solved_without_a_dense_block(
        dense_limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chain_module, "DENSE_LIMIT", dense_limit)
    model = generated_model(600)
    last = [s for s in model.steps.values() if s.type == "task"][-1].id
    exit_flow = model.outgoing(last)[0]
    model.update_flow(exit_flow.id, prob=0.9)
    model.add_flow(Flow("again", last, "U0_a", prob=0.1))
    engine = analyse(model)
    # a 600-step journey with about 98 contacts, 1/0.9 times over: the plausibility
    # warning is right, and it is the only issue
    assert [i.code for i in engine.issues] == ["W-MANY-CONTACTS"] and engine.chain is not None
    big = [b for b in engine.chain.order if isinstance(b, ReducedBlock)]
    assert len(big) == 1 and len(big[0].members) > 500
    assert len(big[0].feedback) <= 3
    inner = [b for b in big[0].sub.order if not isinstance(b, int)]
    assert inner and max(len(b.members) for b in inner) <= max(10, dense_limit)
    dense = Dense(engine)
    x = dense.solve(dense.w)
    assert [engine.visits[n] for n in dense.nodes] == pytest.approx(x.tolist(), rel=1e-9)
    assert engine.visits["U0_a"] == pytest.approx(1 / 0.9)  # one pass, plus 10 % again
    variance = visit_variance(engine)
    j = dense.index["U3_e"]
    n_jj = dense.n[j, j]
    assert variance["U3_e"] == pytest.approx(x[j] * (2 * n_jj - 1) - x[j] ** 2, rel=1e-9)


def test_blocks_stay_small_on_a_large_model() -> None:
    engine = analyse(generated_model(2000))
    assert engine.chain is not None and not engine.stopped
    sizes = [len(block.members) for block in engine.chain.blocks]
    assert len(engine.reachable) > 2000 and max(sizes) <= 10
