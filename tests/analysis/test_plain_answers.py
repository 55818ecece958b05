"""Reports in plain answers: the display table names every key the reports use, the HTML
shows no raw key or bare id, the headlines' de-duplicated total never exceeds the
journey's customer time, and a system change is summarised by what the customer sees."""

from __future__ import annotations

import re

import pytest

from customer_modeler.analysis import analyse
from customer_modeler.analysis.badges import BADGES, badge_words
from customer_modeler.analysis.engine.coverage import WORDS as COVERAGE_WORDS
from customer_modeler.analysis.engine.queues import queue_model
from customer_modeler.analysis.report.change_summary import change_summary
from customer_modeler.analysis.report.display import (
    FIELDS,
    TRANSLATION_FIELDS,
    cell_text,
    column_label,
    field,
    label,
)
from customer_modeler.analysis.formatting import HTML
from customer_modeler.analysis.report.explain import explained_pair, explained_report
from customer_modeler.analysis.report.full import full_report, pair_report
from customer_modeler.analysis.report.headlines import TEMPLATES, Headline
from customer_modeler.analysis.report.html import compare_html, report_html
from customer_modeler.analysis.streamline.analysis import streamline_report
from customer_modeler.analysis.streamline.evidence import EVIDENCE, evidence_words
from customer_modeler.analysis.streamline.overlap import deduplicated_minutes
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.model import Resource
from customer_modeler.resources import example_path
from customer_modeler.samples import SAMPLES
from tests.analysis.factory import example_a, generated_model, journey
from tests.counts import ONE_THEN_PLURAL

SNAKE = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")
BARE_ID = re.compile(r"^[A-Z]{1,3}\d{2,}( [A-Z]{1,3}\d{2,})*$")
EXAMPLES = ("order-journey.bpmn", "competitor-online-first.bpmn",
            "order-journey-account-executive.bpmn")


def example(name: str):
    return read_bpmn_file(example_path(name)).model


@pytest.fixture(scope="module")
def reports():
    current = example(EXAMPLES[0])
    singles = {name: (full_report(example(name), runs=200), example(name)) for name in EXAMPLES}
    pairs = {name: pair_report(current, example(name), runs=200) for name in EXAMPLES[1:]}
    return current, singles, pairs


def keys_of(report: dict) -> set[str]:
    found = set()
    for section in (report, *(v for v in report.values() if isinstance(v, dict))):
        kpis = section.get("kpis")
        if isinstance(kpis, dict):
            found |= {k for k, v in kpis.items() if not isinstance(v, dict)}
            found |= {f"{k}_{i}" for k, v in kpis.items() if isinstance(v, dict) for i in v}
        for rows in (section.get("tables") or {}).values():
            for row in rows:
                found |= set(row)
                found |= {str(row[k]) for k in ("kpi", "parameter", "measure") if k in row}
    return found


def test_every_key_of_the_bundled_reports_has_a_display_name(reports):
    _, singles, pairs = reports
    keys = set().union(*(keys_of(r) for r, _ in singles.values()),
                       *(keys_of(r) for r in pairs.values()))
    missing = sorted(k for k in keys - TRANSLATION_FIELDS if field(k) is None)
    assert missing == []
    for key in keys:
        for sides in ("competitor", "variant"):
            assert not SNAKE.search(column_label(key, "EUR", sides)), key


def test_the_display_table_is_the_one_source_of_labels():
    import customer_modeler.analysis.report.full as full

    assert not hasattr(full, "KPI_LABELS") and not hasattr(full, "KPI_UNITS")
    assert all(not SNAKE.search(f.label) for f in FIELDS.values())


def test_values_read_as_people_read_them():
    assert cell_text("customer_minutes_share", 0.3152187618207035, HTML) == "31.5 %"
    assert cell_text("delta", -1.33e-15, HTML) == "0"
    assert label("p_any_failure") == "Chance of at least one failure"
    assert cell_text("rule", "C5", HTML) == "C5 non-value-adding steps"
    assert cell_text("step", "T03", HTML, names={"T03": "Check stock"}) == "Check stock"
    assert column_label("ours_customer_time", sides="variant") == "Customer time, current (min)"
    assert column_label("cost", currency="EUR") == "Cost to serve (EUR)"
    # a value column of a KPI row takes the KPI's kind
    row = {"kpi": "p_any_failure", "ours": 0.395677}
    assert cell_text("ours", 0.395677, HTML, row=row) == "39.6 %"


def page_problems(page: str) -> list[str]:
    heads = re.findall(r"<th\b[^>]*>(.*?)</th>", page)
    tiles = re.findall(r'<div class="kpi"><b>.*?</b><span>(.*?)</span>', page)
    cells = re.findall(r"<td\b[^>]*>(.*?)</td>", page)
    return ([t for t in heads + tiles if SNAKE.search(t) or BARE_ID.match(t)]
            + [c for c in cells if BARE_ID.match(c)])


def test_rendered_reports_show_no_raw_key_and_no_bare_id(reports):
    current, singles, pairs = reports
    for name, (report, model) in singles.items():
        page = report_html(explained_report(report, model), name)
        assert page_problems(page) == [], name
        assert '<div class="headline">' in page
    for name, result in pairs.items():
        page = compare_html(explained_pair(result, current, example(name)), name)
        assert page_problems(page) == [], name
        assert page.count('data-table="compare.scorecard"') + page.count(
            'data-table="what_if.scorecard"') == 1, "one scorecard, never both"


def test_the_what_if_page_says_current_and_what_if_never_ours(reports):
    current, _, pairs = reports
    page = compare_html(explained_pair(pairs[EXAMPLES[2]], current, example(EXAMPLES[2])), "v")
    heads = re.findall(r"<th\b[^>]*>(.*?)</th>", page)
    assert "Current" in heads and "What-if" in heads
    assert not any(h in ("Ours", "Theirs", "Baseline", "Variant") for h in heads)


def models_to_check():
    yield "example A", example_a()
    for name, build in SAMPLES.items():
        yield name, build()
    for name in EXAMPLES:
        yield name, example(name)
    for size in (20, 60, 150):
        yield f"generated {size}", generated_model(size)


@pytest.mark.parametrize(("name", "model"), list(models_to_check()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_the_deduplicated_total_never_exceeds_the_customer_time(name, model):
    report = streamline_report(model)
    tables = report["tables"]
    total = deduplicated_minutes(tables["candidates"], tables["steps"])
    assert report["kpis"]["addressable_minutes"] == pytest.approx(total)
    assert total <= report["kpis"]["customer_time"] + 1e-9
    summed = sum(r["customer_minutes"] for r in tables["candidates"])
    largest = max((r["customer_minutes"] for r in tables["candidates"]), default=0.0)
    assert largest - 1e-9 <= total <= summed + 1e-9
    assert all(r["customer_minutes"] > 0 or r["cost"] > 0 for r in tables["candidates"])


def test_the_order_journey_headline_counts_each_step_once(reports):
    _, singles, _ = reports
    report, model = singles[EXAMPLES[0]]
    lines = explained_report(report, model)["headlines"]["streamline"]
    total = report["streamline"]["kpis"]["addressable_minutes"]
    summed = sum(r["customer_minutes"] for r in report["streamline"]["tables"]["candidates"])
    assert summed > report["kpis"]["customer_time"] * 0.9 > total  # overlap is real here
    assert lines[0]["code"] == "streamline.total"
    assert lines[0]["params"]["total_min"] == pytest.approx(total)
    assert lines[0]["text"] == (
        f"Together the candidates (10) address about {total:.0f} min of the customer's 79 min "
        "per journey (each step counted once).")
    assert lines[1]["text"].startswith("Asking for 'name' once instead of at 7 steps")


def test_every_template_renders_without_placeholders_left():
    for code, template in TEMPLATES.items():
        params = {p: (1.5 if p.endswith(("_min", "_h", "_pct", "_money", "_n")) else "x")
                  for p in re.findall(r"{(\w+)}", template)}
        text = Headline(code, params).text
        assert "{" not in text and "_" not in text, code


def test_a_count_of_one_reads_as_english_in_every_sentence():
    """"1 elements change", "1 steps are pain points": every count now stands where a
    number of one or many reads alike (a headline, a badge, the text of the JSON)."""
    # never one: a repeated data item is asked at two steps or more; the scorecard has 26 measures
    many = {"streamline.C3", "compare.measures"}
    for code, template in TEMPLATES.items():
        if code in many:
            continue
        params = {p: (1 if p.endswith(("_n", "_min", "_h", "_money")) else 0.5 if p.endswith("_pct") else "x")
                  for p in re.findall(r"{(\w+)}", template)}
        text = Headline(code, params).text
        assert not ONE_THEN_PLURAL.search(text), (code, text)
    summary = Headline("changes.summary", {"count_n": 1, "visible_n": 1, "backstage_n": 0,
                                           "rewired_n": 0}).text
    assert summary == "Elements that change: 1 (1 the customer sees, 0 back-stage); flows re-wired: 0."


def test_a_count_of_one_reads_as_english_in_every_evidence_cell_and_badge():
    """"loop of 1 steps: +1 visits", "1 non-value-adding steps take 1 customer minutes": a
    self-loop or a single step made the streamline evidence say so; every count of a cell
    now follows the thing it counts. A badge writes its numbers with two decimals ("+1.00
    visits"), which reads right before a plural."""
    one = {"department_parts": [{"department_lane": "Sales", "contacts_n": 1}],
           "department_lane": "Sales", "from_lane": "Sales", "to_lane": ""}
    # never one: C2 names a phase only when its steps lie in two departments or more
    many = {"departments_n": 2}
    texts = {}
    for code, template in EVIDENCE.items():
        params = {p: many.get(p, one.get(p, 1 if p.endswith("_n") else 0.5 if p.endswith("_pct")
                                             else "x"))
                  for p in re.findall(r"{(\w+)}", template)}
        texts[code] = evidence_words(code, params)
    for code, template in BADGES.items():
        params = {p: 1 if p.endswith("_n") else 0.5 if p.endswith("_pct") else "x"
                  for p in re.findall(r"{(\w+)}", template)}
        texts[code] = badge_words(code, params)
    assert not any("{" in text for text in texts.values())
    assert {code: text for code, text in texts.items() if ONE_THEN_PLURAL.search(text)} == {}


def test_a_count_of_one_reads_as_english_in_every_issue_and_coverage_text():
    """"offered 1 Erlangs with 1 servers", "about 1 runs of its busiest step", "1 branch(es)
    without a probability", "durations set on 1 of 1 steps": a one-server pool, a loop met
    once per journey, one branch left open and a one-step journey made the issues and the
    coverage words say so; each count now follows the thing it counts."""
    texts = {f"coverage.{key}": words.format(1, 1) for key, words in COVERAGE_WORDS.items()}
    pool = journey((("CUS", "customer"),), [
        ("S", "start", "CUS"), ("A", "task", "CUS", dict(duration=1, resource="POOL")),
        ("E", "end", "CUS")], [("S", "A"), ("A", "E")])
    pool.resources = {"POOL": Resource("POOL", "Agents", capacity=1)}
    pool.scenario = {"arrival_rate_per_min": 1.0}  # one Erlang on one server
    loop = journey((("CUS", "customer"),), [
        ("S", "start", "CUS"), ("G0", "xor", "CUS"), ("A", "task", "CUS"), ("G", "xor", "CUS"),
        ("E", "end", "CUS")], [("S", "G0"), ("G0", "A", 0.01), ("G0", "E", 0.99), ("A", "G"),
                                ("G", "A", 0.99), ("G", "E", 0.01)])  # 100 rounds, met once
    fill = journey((("CUS", "customer"),), [
        ("S", "start", "CUS"), ("G", "xor", "CUS"), ("A", "task", "CUS"), ("B", "task", "CUS"),
        ("E", "end", "CUS")], [("S", "G"), ("G", "A", 0.3), ("G", "B"), ("A", "E"), ("B", "E")])
    issues = [*queue_model(pool).issues, *analyse(loop).issues, *analyse(fill).issues]
    texts |= {issue.code: issue.message for issue in issues}
    assert {"E-UNSTABLE", "W-LIKELY-LOOP", "W-PROB-FILL"} <= set(texts)
    assert {code: text for code, text in texts.items() if ONE_THEN_PLURAL.search(text)} == {}


def test_the_change_summary_classifies_as_the_systems_analysis():
    before, after = example(EXAMPLES[0]), example(EXAMPLES[2])
    from customer_modeler.analysis.systems.analysis import diff_models

    rows = diff_models(before, after).rows
    summary = change_summary(before, after)
    elements = {(r["element_type"], r["change"], r["element"]) for r in rows}
    visible = {(r["element_type"], r["change"], r["element"]) for r in rows
               if r["customer_visible"]}
    assert summary["count"] == len(elements)
    assert summary["customer_visible"] == len(visible)
    assert summary["backstage"] == len(elements) - len(visible)
    assert sum(r["customer_visible"] + r["backstage"] for r in summary["rows"]) == len(elements)
    flows = {e for k, c, e in elements if k == "flow" and c != "changed"}
    assert summary["rewired_flows"] >= len(flows) > 0


def test_a_journey_without_durations_does_not_claim_zero_minutes():
    """Customer time n/a (no durations) must not read "about 0 min" in the headline."""
    from customer_modeler.analysis.report.headlines import Context, scorecard_headlines

    known = scorecard_headlines({"customer_time": 12.0, "touchpoints": 3.0, "contacts": 1.0,
                                 "p_any_failure": 0.1, "p_outcome_success": 0.9}, Context())
    unknown = scorecard_headlines({"customer_time": None, "touchpoints": 3.0, "contacts": 1.0,
                                   "p_any_failure": 0.1, "p_outcome_success": 0.9}, Context())
    assert "12" in known[0].text and "min" in known[0].text
    assert "not known" in unknown[0].text
    assert " min" not in unknown[0].text and "touchpoints: 3, contacts with us: 1" in unknown[0].text


def test_attribute_coverage_of_each_side_reads_as_a_share():
    """The side-by-side scorecard's "Attribute set" columns are shares of steps, not raw 0.88."""
    assert cell_text("coverage_ours", 0.8793, HTML) == "87.9 %"
    assert cell_text("coverage_variant", 1, HTML) == "100.0 %"
    assert label("coverage_theirs") == "Attribute set, theirs"
