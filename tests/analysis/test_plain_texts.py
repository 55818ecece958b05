"""Every text of the analyses that a person reads names things in words: the evidence,
advice and notes of the tables, the badges on the diagram, the issue messages and the
notes, and every table cell as the reports show it. None holds an element id of the
model (steps, flows, lanes, pools, systems, resource pools) or an internal snake_case key
(``annual_margin_per_account``). The ids and keys stay in their own columns of the
JSON, which these checks leave alone.

Run over the three bundled examples and over both compare pairs (a competitor and a
what-if variant), and over scenarios of the examples that reach the rarer messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

import pytest

from customer_modeler.analysis.formatting import TEXT
from customer_modeler.analysis.report.display import View, cell_text, element_names, value_kind
from customer_modeler.analysis.report.explain import explained_pair, explained_report
from customer_modeler.analysis.failure_demand.analysis import failure_demand_report
from customer_modeler.analysis.report.full import ANALYSES, full_report, pair_report
from customer_modeler.analysis.scenario import apply_scenario
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model.document import ProcessModel
from customer_modeler.resources import example_path

EXAMPLES = ("order-journey.bpmn", "competitor-online-first.bpmn",
            "order-journey-account-executive.bpmn")
#: snake_case keys ("[a-z]+_[a-z_]+") and formula subscripts ("π_var", "F_base") alike.
SNAKE = re.compile(r"\w+_\w+")
WORD = re.compile(r"[A-Za-z0-9_]+")
RUNS = 200


def example(name: str) -> ProcessModel:
    return read_bpmn_file(example_path(name)).model


def ids_of(models: Iterable[ProcessModel]) -> set[str]:
    """Every id a report could leak: steps, flows, lanes, pools, systems, resource pools."""
    found: set[str] = set()
    for model in models:
        for table in (model.steps, model.flows, model.lanes, model.pools, model.systems,
                      model.resources):
            found |= set(table)
    return found


def names_of(models: Iterable[ProcessModel]) -> list[str]:
    """What truly is a name and may hold an id-like word ('Automated answering system
    (IVR)'): the elements' display names, and the values the modeller typed that the
    change list shows as they are (data items and activity keys), longest first."""
    models = list(models)
    found = set(element_names(*models).values())
    for model in models:
        for step in model.steps.values():
            found |= set(step.data_in or ())
            found |= {step.key} if step.key else set()
    return sorted((n for n in found if n), key=len, reverse=True)


def offenders(text: str, ids: set[str], names: list[str]) -> list[str]:
    """The ids and snake_case keys in ``text`` once the allowed names are taken out."""
    for name in names:
        text = text.replace(name, " ")
    return [w for w in WORD.findall(text) if w in ids] + SNAKE.findall(text)


def report_texts(report: Mapping[str, object]) -> Iterator[tuple[str, str]]:
    """(where, text) of every human text of a report as the JSON holds it: the issue
    messages, notes, titles, badges, and the table columns shown verbatim."""
    for issue in report.get("issues") or ():
        yield "issues", str(issue["message"])
    for name, note in (report.get("notes") or {}).items():
        yield f"notes.{name}", str(note)
    for name in (*ANALYSES, "compare"):
        section = report.get(name)
        if not isinstance(section, Mapping):
            continue
        yield f"{name}.title", str(section.get("title") or "")
        for issue in section.get("issues") or ():
            yield f"{name}.issues", str(issue["message"])
        for mark in section.get("highlights") or ():
            yield f"{name}.badge", str(mark["badge"])
        for table, rows in section["tables"].items():
            for row in rows:
                for key, value in row.items():
                    if isinstance(value, str) and value_kind(key, row) == "text":
                        yield f"{name}.{table}.{key}", value


def shown_texts(readable: Mapping[str, object]) -> Iterator[tuple[str, str]]:
    """(where, text) of every headline and every table cell as the window, the text
    and the HTML page show them (display names, words for keys)."""
    names = readable.get("names")
    view = View(TEXT, names if isinstance(names, Mapping) else None,
                str(readable.get("currency") or "CU"), str(readable.get("sides") or "competitor"))
    for section, lines in (readable.get("headlines") or {}).items():
        for line in lines:
            yield f"{section}.headline", str(line["text"])
    for name in (*ANALYSES, "compare"):
        section = readable.get(name)
        if not isinstance(section, Mapping):
            continue
        for table, rows in section["tables"].items():
            headers, cells = view.table(rows)
            yield from ((f"{name}.{table} header", h) for h in headers)
            for row in cells:
                yield from ((f"{name}.{table}", cell) for cell in row)


def problems(texts: Iterable[tuple[str, str]], models: list[ProcessModel]) -> list[str]:
    ids, names = ids_of(models), names_of(models)
    return sorted({f"{where}: {found} in {text!r}" for where, text in texts
                   if (found := offenders(text, ids, names))})


@pytest.fixture(scope="module")
def singles() -> dict[str, tuple[dict, ProcessModel]]:
    return {name: (full_report(example(name), runs=RUNS), example(name)) for name in EXAMPLES}


@pytest.fixture(scope="module")
def pairs() -> dict[str, tuple[dict, ProcessModel, ProcessModel]]:
    current = example(EXAMPLES[0])
    return {name: (pair_report(current, example(name), runs=RUNS), current, example(name))
            for name in EXAMPLES[1:]}


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_analyze_report_names_no_id_and_no_key(singles, name):
    report, model = singles[name]
    assert problems(report_texts(report), [model]) == []
    assert problems(shown_texts(explained_report(report, model)), [model]) == []


@pytest.mark.parametrize("name", EXAMPLES[1:])
def test_a_compare_report_names_no_id_and_no_key(pairs, name):
    result, current, other = pairs[name]
    assert problems(report_texts(result), [current, other]) == []
    readable = explained_pair(result, current, other)
    assert problems(shown_texts(readable), [current, other]) == []


def test_the_checks_see_every_section_and_would_catch_an_id(singles, pairs):
    report, model = singles[EXAMPLES[0]]
    where = {w.split(".")[0] for w, _ in report_texts(report)}
    assert set(ANALYSES) - {"what_if"} <= where  # what_if is None for one model
    assert "notes" in {w.split(".")[0] for w, _ in report_texts(report)}
    compared = {w.split(".")[0] for w, _ in report_texts(pairs[EXAMPLES[2]][0])}
    assert {"compare", "what_if"} <= compared
    assert problems([("x", "T03 (CSV) passes the customer to T04")], [model]) == [
        "x: ['T03', 'CSV', 'T04'] in 'T03 (CSV) passes the customer to T04'"]
    assert problems([("x", "needs annual_margin_per_account")], [model]) == [
        "x: ['annual_margin_per_account'] in 'needs annual_margin_per_account'"]
    assert problems([("x", "net = Y·(π_var − π_base)")], [model]) == [
        "x: ['π_var', 'π_base'] in 'net = Y·(π_var − π_base)'"]
    assert problems([("x", "'Automated answering system (IVR)' fails")], [model]) == []


def codes_of(report: Mapping[str, object]) -> set[str]:
    sections = [report, *(report[n] for n in ANALYSES if isinstance(report.get(n), Mapping))]
    return {str(i["code"]) for section in sections for i in section.get("issues") or ()}


# Scenarios of the Order journey that reach the messages the examples never need.
RARE = {
    "a contact the company starts marked avoidable":
        (["Advise on products by phone.initiated_by=company"], "W-OUTBOUND-AVOIDABLE"),
    "a loop back into the phone menu taken nearly always":
        (["'Decision'->'IVR menu (product information)'.prob=0.89"], "W-NEAR-UNSTABLE"),
}


@pytest.mark.parametrize("case", RARE)
def test_the_rarer_issue_messages_name_no_id(case):
    settings, code = RARE[case]
    model = apply_scenario(example(EXAMPLES[0]), settings).model
    report = full_report(model, runs=RUNS)
    assert code in codes_of(report)
    assert problems(report_texts(report), [model]) == []


def test_a_step_without_a_lane_is_named_in_its_message():
    model = example(EXAMPLES[0]).copy()
    model.update_step("T04", lane=None)
    report = full_report(model, runs=RUNS)
    assert {"code": "W-NO-LANE", "elements": ["T04"],
            "message": "steps without a known lane are counted in a lane of their own: "
                       "'Advise on products by phone'"} in report["streamline"]["issues"]
    assert problems(report_texts(report), [model]) == []


def test_a_refused_sensitivity_names_its_branch():
    model = apply_scenario(example(EXAMPLES[0]), ["F33.prob=0"]).model  # online returns off
    report = failure_demand_report(model, alternatives={"F34": "F33"})
    refused = [i for i in report["issues"] if i["code"] == "W-SENSITIVITY-REFUSED"]
    assert [i["message"] for i in refused] == [
        "no sensitivity for the branch from 'Return channel' to 'IVR menu (returns)': the "
        "alternative branch is never taken, so its effect is not solved"]
    assert problems(report_texts({"failure_demand": report}), [model]) == []


def test_labour_counted_twice_names_the_lane_and_its_steps():
    baseline = apply_scenario(example(EXAMPLES[0]), ["Sales.fixed_cost_per_year=100000"]).model
    variant = example(EXAMPLES[2])
    result = pair_report(baseline, variant, runs=RUNS)
    double = [i for i in result["what_if"]["issues"] if i["code"] == "W-DOUBLE-COST"]
    assert double and double[0]["message"].startswith(
        "baseline: lane 'Sales' has a fixed cost, yet steps in it cost more than 0.5 CU per "
        "minute (labour counted twice?): 'Advise on products by phone', ")
    assert problems(report_texts(result), [baseline, variant]) == []


def test_the_json_keeps_ids_and_keys_in_their_own_columns(pairs):
    result, _, _ = pairs[EXAMPLES[2]]
    changes = result["what_if"]["tables"]["changes"]
    assert {"element": "T04", "attribute": "fail_prob"}.items() <= next(
        r for r in changes if r["attribute"] == "fail_prob").items()
    assert cell_text("attribute", "fail_prob", TEXT) == "Failure probability"
    assert cell_text("attribute", "data_in", TEXT) == "Data items"
    assert cell_text("attribute", "journeys_per_year", TEXT) == "Journeys per year"
    marks = {(m["element"], m["kind"]): m["badge"] for m in result["what_if"]["highlights"]}
    assert marks[("T04", "changed")] == ("changed: name, wait, cost, effort, emotion, failure "
                                          "probability, systems, data items")
    notes = {r["parameter"]: r["note"] for r in result["what_if"]["tables"]["break_even"]}
    assert notes["churn_reduction"] == ("needs the scenario's margin per account per year "
                                        "(Model ▸ Scenario…)")


def test_streamline_evidence_names_steps_and_lanes(singles):
    report, _ = singles[EXAMPLES[0]]
    evidence = {r["evidence"] for r in report["streamline"]["tables"]["candidates"]}
    assert ("'Misrouted call: explain and transfer to Sales' (Customer Service) passes the "
            "customer to 'Advise on products by phone' (Sales); transfers per journey: 0.1625"
            ) in evidence
    assert ("2 departments in the research phase; contacts per journey: Customer Service "
            "0.1625, Sales 0.65") in evidence
    c1 = next(r for r in report["streamline"]["tables"]["candidates"] if r["rule"] == "C1")
    assert c1["elements"] == "T03 T04"  # the ids stay, for programs
