"""A request and its reply between the customer and the organisation: the reply that comes
back into the very step that asked is that step's answer, not a second visit (as the MIWG
C.1.0 invoice collaboration has twice, which used to give E-SINGULAR)."""

from __future__ import annotations

import pytest

from customer_modeler.analysis import analyse, scorecard
from customer_modeler.model import ProcessModel
from tests.analysis.factory import CF, journey

MESSAGE = {"message": True}


def request_and_reply(reply_to: str) -> ProcessModel:
    """The customer asks (A) and ends; the company looks it up (B, reached by the request
    only), answers (C) and ends; C's message goes to ``reply_to``."""
    steps = [("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=2)),
             ("W", "event", "CUS"), ("E", "end", "CUS"),
             ("B", "task", "FUL", dict(duration=5)), ("C", "task", "FUL", dict(duration=3)),
             ("X", "end", "FUL")]
    flows = [("S", "A"), ("A", "W"), ("W", "E"), ("B", "C"), ("C", "X"),
             ("A", "B", None, MESSAGE), ("C", reply_to, None, MESSAGE)]
    return journey(CF, steps, flows)


def test_a_reply_into_the_asking_step_is_no_second_visit():
    engine = analyse(request_and_reply("A"))
    codes = [issue.code for issue in engine.issues]
    assert "E-SINGULAR" not in codes and engine.solved
    assert ("A", "B") in engine.graph.edges and ("C", "A") not in engine.graph.edges
    assert [engine.visits[s] for s in ("A", "B", "C", "E", "X")] == pytest.approx([1, 1, 1, 1, 1])
    assert scorecard(engine)["lead_time"] == pytest.approx(2 + 5 + 3)


def test_a_message_to_a_step_that_did_not_ask_still_hands_the_journey_over():
    engine = analyse(request_and_reply("W"))
    assert ("C", "W") in engine.graph.edges and ("A", "B") in engine.graph.edges


def test_two_steps_that_only_message_each_other_stay_as_drawn():
    # neither message answers one the other led to: both hand the journey over
    model = journey(CF, [("S", "start", "CUS"), ("A", "task", "CUS"), ("E", "end", "CUS"),
                         ("B", "task", "FUL")],
                    [("S", "A"), ("A", "E"), ("A", "B", None, MESSAGE), ("B", "A", None, MESSAGE)])
    engine = analyse(model)
    assert ("A", "B") in engine.graph.edges and ("B", "A") in engine.graph.edges
