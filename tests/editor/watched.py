"""Test helper: weak references to the models a job function is given, to check that no
copy outlives its run."""

from __future__ import annotations

import weakref
from typing import Any

import pytest


def models_given(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str,
                 position: int) -> list[weakref.ref]:
    """Wrap ``owner.name`` so that each call records a weak reference to its argument at
    ``position`` (the model) and then does what it did."""
    models: list[weakref.ref] = []
    original = getattr(owner, name)

    def watched(*args: Any) -> Any:
        models.append(weakref.ref(args[position]))
        return original(*args)

    monkeypatch.setattr(owner, name, watched)
    return models
