"""Our files in bpmn.io: bpmn-moddle and bpmnlint (`recommended`) over every file we write.

- Our own files (the bundled examples, the same re-saved, and random models of the writer's
  property strategy): bpmn-moddle gives no warning and bpmnlint no error; every bpmnlint
  warning rule that fires on them is explained in docs/interop.md.
- Round-tripped corpus files (the interop corpus of the optional test-data folder): read → write adds no bpmn-moddle warning
  and no bpmnlint error that the input did not have.

Each group of files goes through one Node process (see conftest.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.model import ProcessModel, Rect
from tests.bpmn.model_strategies import random_models
from tests.conftest import SHARED, shared_path
from tests.interop.conftest import BpmnIo, BpmnIoResult

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "resources" / "examples"
INTEROP_DOC = REPO / "docs" / "interop.md"
CORPUS_DIR = SHARED / "interop"
CORPUS = sorted(CORPUS_DIR.rglob("*.bpmn")) if CORPUS_DIR.is_dir() else []
RANDOM_MODEL_COUNT = 30

#: What JavaScript's String.prototype.trim() removes (bpmnlint's label-required trims names).
JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008" \
                "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

OwnFiles = dict[str, tuple[ProcessModel, BpmnIoResult]]
CorpusResults = dict[Path, tuple[BpmnIoResult, BpmnIoResult]]


def _random_models(count: int) -> list[ProcessModel]:
    """``count`` models drawn from the writer's property strategy, the same on every run."""
    drawn: list[ProcessModel] = []

    @settings(max_examples=count, derandomize=True, database=None, phases=[Phase.generate],
              deadline=None, suppress_health_check=list(HealthCheck))
    @given(model=random_models(branching=False))
    def collect(model: ProcessModel) -> None:
        drawn.append(model)

    collect()
    for model in drawn:
        _bound_pools(model)
    return drawn[:count]


def _bound_pools(model: ProcessModel) -> None:
    """Give each pool the box around its lanes, as the editor's layout does for every model.

    The strategy leaves pools without geometry; a pool without bounds gets no BPMNShape,
    which bpmnlint reports as no-bpmndi — a property of that test data, not of real models.
    """
    for pool in model.pools.values():
        boxes = [lane.bounds for lane in model.lanes.values() if lane.pool == pool.id and lane.bounds]
        if pool.bounds is None and boxes:
            left, top = min(b.x for b in boxes), min(b.y for b in boxes)
            right, bottom = max(b.x + b.width for b in boxes), max(b.y + b.height for b in boxes)
            model.update_pool(pool.id, bounds=Rect(left - 30, top, right - left + 30, bottom - top))


@pytest.fixture(scope="module")
def own_files(bpmn_io: BpmnIo, tmp_path_factory: pytest.TempPathFactory) -> OwnFiles:
    """Every own file by name (bundled/NAME, resaved/NAME, random/N): its model and bpmn.io's verdict."""
    folder = tmp_path_factory.mktemp("own")
    files: dict[str, tuple[ProcessModel, Path]] = {}
    for path in sorted(EXAMPLES.glob("*.bpmn")):
        model, _ = read_bpmn(path.read_bytes())
        files[f"bundled/{path.stem}"] = (model, path)
        resaved = folder / f"resaved-{path.name}"
        resaved.write_bytes(write_bpmn(model))
        files[f"resaved/{path.stem}"] = (model, resaved)
    for index, model in enumerate(_random_models(RANDOM_MODEL_COUNT)):
        path = folder / f"random-{index:02}.bpmn"
        path.write_bytes(write_bpmn(model))
        files[f"random/{index:02}"] = (model, path)
    results = bpmn_io(path for _, path in files.values())
    return {name: (model, results[path.resolve()]) for name, (model, path) in files.items()}


def _own_names() -> list[str]:
    bundled = sorted(p.stem for p in EXAMPLES.glob("*.bpmn"))
    return ([f"bundled/{n}" for n in bundled] + [f"resaved/{n}" for n in bundled]
            + [f"random/{i:02}" for i in range(RANDOM_MODEL_COUNT)])


def _is_blank(model: ProcessModel, element_id: str | None) -> bool:
    element = model.element(element_id or "")
    name = getattr(element, "name", None)
    return element is not None and not (name or "").strip(JS_WHITESPACE)


def test_the_checker_reports_problems_it_is_shown(bpmn_io: BpmnIo, tmp_path: Path) -> None:
    # given a file with an unresolved reference and a task that nothing connects
    bad = tmp_path / "bad.bpmn"
    bad.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" '
        'targetNamespace="urn:x"><bpmn:process id="P">'
        '<bpmn:startEvent id="S" name="start"><bpmn:outgoing>F</bpmn:outgoing></bpmn:startEvent>'
        '<bpmn:task id="T" name="lonely"/>'
        '<bpmn:endEvent id="E" name="end"><bpmn:incoming>F</bpmn:incoming></bpmn:endEvent>'
        '<bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E"/>'
        '<bpmn:sequenceFlow id="G" sourceRef="S" targetRef="MISSING"/>'
        '</bpmn:process></bpmn:definitions>', encoding="utf-8")
    # when bpmn.io checks it
    result = bpmn_io([bad])[bad.resolve()]
    # then the moddle warning and the lint errors are there, with element ids
    assert result.parse_error is None
    assert result.moddle_keys() == {("unresolved reference <MISSING>", "G")}
    assert ("no-disconnected", "T", "Element is not connected") in result.lint_error_keys()
    assert ("no-bpmndi", "T", "Element is missing bpmndi") in result.lint_error_keys()


@pytest.mark.parametrize("name", _own_names())
def test_our_file_has_no_bpmn_moddle_warnings(name: str, own_files: OwnFiles) -> None:
    _, result = own_files[name]
    assert result.parse_error is None
    assert [w.kind for w in result.moddle_warnings] == []


@pytest.mark.parametrize("name", _own_names())
def test_our_file_has_no_bpmnlint_errors(name: str, own_files: OwnFiles) -> None:
    model, result = own_files[name]
    # a random model may leave names blank; bpmnlint's label-required then speaks about the
    # model's content, not about the writer (bundled examples name everything)
    errors = [r for r in result.lint_errors
              if not (name.startswith("random/") and r.rule == "label-required" and _is_blank(model, r.id))]
    assert [(r.rule, r.id, r.message) for r in errors] == [], result.summary()


def test_every_bpmnlint_warning_on_our_files_is_documented(own_files: OwnFiles) -> None:
    documented = _documented_warning_rules()
    seen: dict[str, set[str]] = {}
    for name, (_, result) in own_files.items():
        for report in result.lint_warnings:
            seen.setdefault(report.rule, set()).add(name.split("/")[0])
    undocumented = {rule: sorted(kinds) for rule, kinds in seen.items() if rule not in documented}
    assert undocumented == {}, "explain these in docs/interop.md, or fix the writer"


def _documented_warning_rules() -> set[str]:
    """Rule names in the first column of the table under "bpmnlint warnings on our own files"."""
    text = INTEROP_DOC.read_text(encoding="utf-8")
    section = re.search(r"^## bpmnlint warnings on our own files\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section is not None, "docs/interop.md lacks the section 'bpmnlint warnings on our own files'"
    return set(re.findall(r"^\|\s*`([a-z-]+)`", section.group(1), re.M))


# -- round-tripped corpus files ---------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus_results(bpmn_io: BpmnIo, tmp_path_factory: pytest.TempPathFactory) -> CorpusResults:
    """For each corpus file: bpmn.io's verdict on it and on what we write after reading it."""
    folder = tmp_path_factory.mktemp("roundtrip")
    written: dict[Path, Path] = {}
    for index, path in enumerate(CORPUS):
        model, _ = read_bpmn(path.read_bytes())
        output = folder / f"{index:03}-{path.name}"
        output.write_bytes(write_bpmn(model))
        written[path] = output
    results = bpmn_io([*CORPUS, *written.values()])
    return {path: (results[path.resolve()], results[out.resolve()]) for path, out in written.items()}


def test_whole_corpus_is_checked(corpus_results: CorpusResults) -> None:
    folder = shared_path("interop")
    assert len(corpus_results) == len(list(folder.rglob("*.bpmn"))) >= 200


def _corpus_params() -> list[Any]:
    params = []
    for path in CORPUS:
        name = path.relative_to(CORPUS_DIR).as_posix()
        params.append(pytest.param(path, id=name))
    return params


@pytest.mark.parametrize("path", _corpus_params())
def test_round_trip_adds_no_bpmn_io_problems(path: Path, corpus_results: CorpusResults) -> None:
    before, after = corpus_results[path]
    # bpmn-moddle warnings (but "unsupported encoding": we write UTF-8) and bpmnlint errors
    new_warnings = after.moddle_keys() - before.moddle_keys()
    new_errors = after.lint_error_keys() - before.lint_error_keys()
    assert sorted(new_warnings, key=str) == [], "new bpmn-moddle warnings (message, element)"
    assert sorted(new_errors, key=str) == [], "new bpmnlint errors (rule, element, message)"
