"""Every BPMN file of the shared interop corpus opens, round-trips and stays valid."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from tests.bpmn.roundtrip_check import foreign_content, model_differences
from tests.conftest import SHARED, shared_path

CORPUS = sorted((SHARED / "interop").rglob("*.bpmn")) if (SHARED / "interop").is_dir() else []


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(SHARED / "interop")) for p in paths]


def test_corpus_is_there() -> None:
    folder = shared_path("interop")
    assert len(list(folder.rglob("*.bpmn"))) >= 200


@pytest.fixture(scope="module")
def validator():
    tool = shared_path("tools", "validate_bpmn.py")
    spec = importlib.util.spec_from_file_location("validate_bpmn", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    schema = module.load_schema()

    def errors(data: bytes, path: Path) -> set[str]:
        path.write_bytes(data)
        ok, detail = module.validate_file(schema, path)
        if ok:
            return set()
        # compare messages without line numbers: writing moves lines around
        return {re.sub(r"^line \d+: ", "", part) for part in detail.split("; ")}

    return errors


@pytest.mark.parametrize("path", CORPUS, ids=_ids(CORPUS))
def test_corpus_file_round_trips(path: Path, tmp_path: Path, validator) -> None:
    # given a real export of another tool
    original = path.read_bytes()
    # when it is read, written and read again
    model, warnings = read_bpmn(original)
    written = write_bpmn(model)
    again, _ = read_bpmn(written)
    # then the model, the foreign content and the schema validity are kept
    assert model.steps, "every corpus file has flow nodes"
    fresh, _ = read_bpmn(original)
    assert model_differences(fresh, again) == []
    assert foreign_content(original) == foreign_content(written)
    errors_in = validator(original, tmp_path / "in.bpmn")
    errors_out = validator(written, tmp_path / "out.bpmn")
    assert errors_out <= errors_in, f"new schema errors: {errors_out - errors_in}"
    for warning in warnings:
        assert warning.code.startswith("W-") and warning.message
