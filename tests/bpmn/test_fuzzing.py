"""Mutation fuzzing with fixed seeds: damaged copies of the bundled examples and the corpus
files open with warnings or are refused with BpmnReadError, never anything else; what
opens saves and reopens unchanged. Inputs the long run broke on are replayed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from customer_modeler.bpmn.errors import BpmnReadError
from customer_modeler.bpmn.reader import read_bpmn
from tests.bpmn.fuzzing import REGRESSIONS, CaseTimeout, check, mutate, seed_files, time_limit
from tests.conftest import shared_path

EXAMPLE_CASES = 400
CORPUS_CASES_PER_FILE = 5


def _failures(files: list[Path], cases: int, seed: int) -> tuple[list[str], int]:
    rng = random.Random(seed)
    failures, refused = [], 0
    for path in files:
        data = path.read_bytes()
        for _ in range(cases):
            case = mutate(data, rng)
            problem = check(case)
            if problem is not None:
                failures.append(f"{path.name}: {problem}")
            refused += _refused(case)
    return failures, refused


def _refused(data: bytes) -> bool:
    try:
        read_bpmn(data)
    except BpmnReadError:
        return True
    return False


def test_mutated_examples_open_with_warnings_or_are_refused() -> None:
    files = seed_files(corpus=False)
    failures, refused = _failures(files, EXAMPLE_CASES, seed=20250610)
    assert failures == []
    total = len(files) * EXAMPLE_CASES
    assert 0.1 * total < refused < 0.9 * total  # the mutations reach both outcomes


def test_mutated_corpus_files_open_with_warnings_or_are_refused() -> None:
    shared_path("interop")
    files = [p for p in seed_files() if p.parent != seed_files(corpus=False)[0].parent]
    failures, _ = _failures(files, CORPUS_CASES_PER_FILE, seed=7)
    assert failures == []


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.bpmn")), ids=lambda p: p.name)
def test_inputs_the_fuzzer_broke_on_are_handled(path: Path) -> None:
    assert check(path.read_bytes()) is None


def test_the_checks_catch_what_they_are_for(monkeypatch) -> None:
    """The check reports a foreign exception, a hang and a save that changes the model."""
    import tests.bpmn.fuzzing as fuzzing

    example = seed_files(corpus=False)[0].read_bytes()
    assert check(example) is None

    def crash(_data: bytes):
        raise KeyError("lane")
    monkeypatch.setattr(fuzzing, "read_bpmn", crash)
    assert check(example) == "KeyError: 'lane'"

    def hang(_data: bytes):
        while True:
            pass
    monkeypatch.setattr(fuzzing, "read_bpmn", hang)
    assert check(example, seconds=0.2).startswith("hang")

    monkeypatch.setattr(fuzzing, "read_bpmn", read_bpmn)
    monkeypatch.setattr(fuzzing, "write_bpmn", lambda model: example.replace(b'name="', b'name="x', 1))
    assert check(example).startswith("save changed the model")


def test_time_limit_interrupts_and_then_disarms() -> None:
    with pytest.raises(CaseTimeout), time_limit(0.05):
        while True:
            pass
    with time_limit(0.05):
        pass
    import time
    time.sleep(0.1)  # the alarm is off: nothing fires after the block
