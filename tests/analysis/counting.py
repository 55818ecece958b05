"""A fixture counting the expensive steps of an analysis run: engine solves, Monte Carlo runs
and (company-wide) scorecards, so tests can check that work is shared, not repeated.

Import ``calls`` into a test module to use it."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from customer_modeler.analysis.engine import pipeline as engine_module
from customer_modeler.analysis.engine import scorecard as kpis_module

# the package exports a function of the same name, so reach the module itself
mc_module = importlib.import_module("customer_modeler.analysis.engine.monte_carlo")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts of engine runs, Monte Carlo runs and scorecards (not departmental views)."""
    counts = {"engine": 0, "monte_carlo": 0, "scorecard": 0}

    def counting(key: str, function: Callable[..., Any],
                 when: Callable[..., bool] = lambda *a: True) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[key] += when(*args, **kwargs)
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(engine_module, "_analyse", counting("engine", engine_module._analyse))
    monkeypatch.setattr(mc_module, "simulation_tables",
                        counting("monte_carlo", mc_module.simulation_tables))
    monkeypatch.setattr(kpis_module, "_Context", counting(
        "scorecard", kpis_module._Context, lambda engine, lane_map: lane_map is None))
    yield counts
