"""The bundled example files are what our writer makes of the sample data, and valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.samples import SAMPLES
from tests.bpmn.roundtrip_check import model_differences

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.mark.parametrize("name", list(SAMPLES))
def test_bundled_file_matches_the_sample_data(name: str, schema_errors) -> None:
    path = EXAMPLES / f"{name}.bpmn"
    # the file is exactly what `python -m customer_modeler.samples resources/examples` writes
    assert path.read_bytes() == write_bpmn(SAMPLES[name]()), (
        f"{path.name} is stale: run python -m customer_modeler.samples resources/examples")
    model, warnings = read_bpmn_file(path)
    assert warnings == []
    assert model_differences(SAMPLES[name](), model) == []
    assert schema_errors(path.read_bytes()) == set()
    assert next(iter(model.lanes.values())).role == "customer"


def test_every_bundled_file_is_a_sample() -> None:
    assert sorted(p.stem for p in EXAMPLES.glob("*.bpmn")) == sorted(SAMPLES)
