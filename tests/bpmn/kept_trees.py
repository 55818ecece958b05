"""For tests of the kept tree itself (the written record, the lean tree, its saves)."""

from __future__ import annotations

import pytest

from customer_modeler.bpmn import reader


def keep_every_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file read for editing keeps its tree: one the direct writer could write back
    would keep none (``reader._holds_only_the_model``), and the test is about the tree."""
    monkeypatch.setattr(reader, "_holds_only_the_model", lambda model, facts: False)
