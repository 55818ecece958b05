"""Any BPMN file: the customer suggestion rule, ``--customer``/``--customer-b``, reader
warnings and E- codes in the output, the queue-aware ``compare`` of worked example D
(docs/methods.md §6b), and every corpus file of other tools analysed with the suggested
customer."""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from lxml import etree

from customer_modeler import analysis
from customer_modeler.analysis import prepare
from customer_modeler.bpmn.namespaces import cpm
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.bpmn.writer import save_bpmn_file, write_bpmn
from customer_modeler.cli import analyze as cli_analyze
from customer_modeler.model import Flow, Lane, Pool, ProcessModel, Step
from customer_modeler.model.customer import find_candidate, suggest_customer, with_customer
from tests.analysis.factory import example_a
from tests.analysis.test_queues import example_d_current, example_d_redesigned

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "interop"


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "customer_modeler", *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"})
    return done.returncode, done.stdout, done.stderr


def test_compare_of_the_ivr_redesign_is_queue_aware(tmp_path: Path) -> None:
    save_bpmn_file(example_d_current(), tmp_path / "current.bpmn")
    save_bpmn_file(example_d_redesigned(), tmp_path / "speech.bpmn")
    status, out, err = run_cli("compare", tmp_path / "current.bpmn", tmp_path / "speech.bpmn",
                               "--json")
    assert status == 0, err
    (row,) = [r for r in json.loads(out)["compare"]["tables"]["scorecard"]
              if r["kpi"] == "customer_time"]
    assert row["ours"] == pytest.approx(9.019675, abs=1e-6)
    assert row["theirs"] == pytest.approx(5.198366, abs=1e-6)
    assert row["delta"] == pytest.approx(-3.821309, abs=1e-6)


def test_analyze_scorecard_and_systems_section_agree_on_the_queue(tmp_path: Path) -> None:
    save_bpmn_file(example_d_current(), tmp_path / "current.bpmn")
    status, out, err = run_cli("analyze", tmp_path / "current.bpmn", "--json")
    assert status == 0, err
    report = json.loads(out)
    queued = {r["kpi"]: r["current"] for r in report["systems"]["tables"]["scorecard"]}
    assert report["kpis"]["customer_time"] == pytest.approx(9.019675, abs=1e-6)
    assert queued["customer_time"] == pytest.approx(report["kpis"]["customer_time"], abs=1e-9)


def test_analyze_stops_on_an_unusable_input_and_shows_the_reader_warning(
        tmp_path: Path) -> None:
    root = etree.fromstring(write_bpmn(example_a()))
    root.xpath("//*[@id='T3']")[0].set(cpm("fail_prob"), "15")
    path = tmp_path / "bad.bpmn"
    path.write_bytes(etree.tostring(root))
    status, out, _err = run_cli("analyze", path)
    assert status == 1
    assert ("E-BAD-INPUT          'T3': Failure probability '15' cannot be used; accepted is "
            "a number from 0 to 1") in out
    assert "While reading the file (2)" in out  # the value, and the missing diagram
    assert "W-BAD-ATTRIBUTE" in out and "W-NO-DI" in out


def two_pools() -> ProcessModel:
    """A bank's pool with two lanes and an applicant pool that talks only to the bank."""
    model = ProcessModel("loan")
    model.add_pool(Pool("P_BANK", "Bank", "PR_BANK"))
    model.add_pool(Pool("P_APP", "Applicant", "PR_APP"))
    model.add_lane(Lane("L_DESK", "Front desk", pool="P_BANK"))
    model.add_lane(Lane("L_RISK", "Risk", pool="P_BANK"))
    rows = [("BS", "startEvent", "L_DESK", "PR_BANK"), ("CHECK", "task", "L_DESK", "PR_BANK"),
            ("RATE", "task", "L_RISK", "PR_BANK"), ("BE", "endEvent", "L_RISK", "PR_BANK"),
            ("AS", "startEvent", None, "PR_APP"), ("APPLY", "task", None, "PR_APP"),
            ("READ", "task", None, "PR_APP"), ("AE", "endEvent", None, "PR_APP")]
    for step_id, kind, lane, process in rows:
        model.add_step(Step(step_id, kind, step_id.capitalize(), lane=lane, process=process))
    for a, b in (("BS", "CHECK"), ("CHECK", "RATE"), ("RATE", "BE"), ("AS", "APPLY"),
                 ("READ", "AE")):
        model.add_flow(Flow(f"{a}-{b}", a, b))
    model.add_flow(Flow("m1", "APPLY", "CHECK", message=True))
    model.add_flow(Flow("m2", "RATE", "READ", message=True))
    return model


def test_the_suggestion_takes_the_pool_that_only_talks_to_the_organisation() -> None:
    model = two_pools()
    suggestion = suggest_customer(model)
    assert suggestion.chosen is not None and suggestion.chosen.element_id == "P_APP"
    assert suggestion.rule == "a pool that exchanges messages only with the organisation 'Bank'"
    assert [c.label for c in suggestion.candidates] == [
        "pool 'Bank'", "lane 'Front desk'", "lane 'Risk'", "pool 'Applicant'"]
    chosen = with_customer(model, suggestion.chosen)
    assert model.customer_lane is None and "P_APP" in model.pools  # the model is untouched
    assert chosen.customer_lane is not None and chosen.customer_lane.name == "Applicant"
    assert {s.id for s in chosen.steps_in_lane("P_APP")} == {"AS", "APPLY", "READ", "AE"}
    engine = analysis.analyse(chosen)
    assert engine.visits["RATE"] == pytest.approx(1.0)
    assert engine.visits["READ"] == pytest.approx(1.0) and engine.visits["AE"] == 1.0


def test_a_name_wins_and_without_messages_the_top_lane_is_suggested() -> None:
    model = two_pools()
    model.update_lane("L_RISK", name="Kunde (privat)")
    assert suggest_customer(model).chosen == find_candidate(model, "L_RISK")
    assert suggest_customer(model).rule == "named for the customer"
    lanes = two_pools()
    for flow in ("m1", "m2"):
        lanes.remove_flow(flow)
    suggestion = suggest_customer(lanes)
    assert suggestion.chosen == find_candidate(lanes, "Front desk")
    assert suggestion.rule == "the top lane"


def test_analyze_says_which_customer_it_took_and_obeys_customer(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "loan.bpmn"
    save_bpmn_file(two_pools(), path)
    status, out, err = run_cli("analyze", path, "--analysis", "streamline")
    assert status == 0, err
    assert ("Customer: pool 'Applicant' (a pool that exchanges messages only with the "
            "organisation 'Bank'); choose another with --customer NAME|ID") in out
    status, out, _ = run_cli("analyze", path, "--customer", "front desk", "--json",
                             "--analysis", "streamline")
    report = json.loads(out)
    assert report["customer"]["element"] == "L_DESK"
    assert report["customer"]["rule"] == "chosen with --customer"
    status, out, err = run_cli("analyze", path, "--customer", "Nobody")
    assert status == 1 and out == ""
    assert err.strip() == (f"error: {path}: no lane or pool is called 'Nobody'; the lanes and "
                           "pools are pool 'Bank', lane 'Front desk', lane 'Risk', "
                           "pool 'Applicant'")


def test_compare_takes_a_customer_per_file(tmp_path: Path) -> None:
    save_bpmn_file(two_pools(), tmp_path / "a.bpmn")
    renamed = two_pools()
    renamed.update_pool("P_APP", name="Borrower")
    save_bpmn_file(renamed, tmp_path / "b.bpmn")
    status, out, err = run_cli("compare", tmp_path / "a.bpmn", tmp_path / "b.bpmn",
                               "--customer", "Applicant", "--customer-b", "Borrower", "--json")
    assert status == 0, err
    result = json.loads(out)
    assert (result["customer_a"]["name"], result["customer_b"]["name"]) == (
        "Applicant", "Borrower")
    status, _, err = run_cli("compare", tmp_path / "a.bpmn", tmp_path / "b.bpmn",
                             "--customer", "Applicant")
    assert status == 1 and "no lane or pool is called 'Applicant'" in err


def _named_ids(model: ProcessModel) -> set[str]:
    """Ids of elements that have a name: a message must use the name instead."""
    found = {s.id for s in model.steps.values() if s.name.strip()}
    found |= {lane.id for lane in model.lanes.values() if lane.name.strip()}
    return found | {f.id for f in model.flows.values()}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus of other tools' files is absent")
def test_every_corpus_file_is_analysed_with_the_suggested_customer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the outcome is what counts here, not Monte Carlo precision: 1,000 runs per file
    real = prepare.affordable_runs
    monkeypatch.setattr(prepare, "affordable_runs", lambda engine, runs: real(engine, 1_000))
    outcomes: collections.Counter[str] = collections.Counter()
    for path in sorted(CORPUS.rglob("*.bpmn")):
        parser = argparse.ArgumentParser()
        cli_analyze.add_arguments(parser)
        out, err = StringIO(), StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = cli_analyze.run(parser.parse_args([str(path), "--json"]))
        report = json.loads(out.getvalue())
        errors = [i for i in report["issues"] if i["code"].startswith("E-")]
        # without any lane or pool the customer-neutral scorecard is still reported
        stopping = [i for i in errors if i["code"] != "E-NO-CUSTOMER-LANE"]
        assert status == (1 if stopping else 0), path
        assert (report["kpis"] is None) == bool(stopping), path
        model = read_bpmn_file(path).model
        if model.lanes or model.pools:
            assert "E-NO-CUSTOMER-LANE" not in {i["code"] for i in errors}, path
            assert report["customer"]["element"] is not None, path
        named = _named_ids(model)
        for issue in errors:
            assert not any(re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", issue["message"])
                           for e in issue["elements"] if e in named), (path, issue)
        outcomes[("report" if status == 0 else "exit 1") + "".join(
            sorted({" " + i["code"] for i in errors}))] += 1
    print("corpus outcomes:", dict(outcomes))
    assert outcomes["report"] > 0
