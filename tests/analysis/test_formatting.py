"""How report values read in each output (``analysis.formatting``): the rules of every
named profile, and the outputs that write their cells with them (aligned text, CSV, HTML
and its charts, the what-if change list)."""

from __future__ import annotations

import csv
import io
import math

import pytest

from customer_modeler.analysis.compare.analysis import prepare
from customer_modeler.analysis.formatting import (
    CHANGE,
    CHART,
    CHART_MONEY,
    COMPARE_TEXT,
    CSV,
    DOCK,
    FIGURE,
    HTML,
    MONEY,
    PROFILES,
    TEXT,
    Digits,
    Profile,
    format_cell,
)
from customer_modeler.analysis.report.html import report_html
from customer_modeler.analysis.what_if.analysis import change_rows
from customer_modeler.cli.analyze import csv_bytes, print_report
from customer_modeler.cli.compare import print_comparison
from tests.analysis.factory import example_a

NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize(("value", "shown"), [
    (None, "n/a"), (True, "yes"), (NAN, "n/a"), (12.477375, "12.477375"), (0.77, "0.77"),
    (2.0, "2"), (-1e-9, "0"), (999.9999999, "1000"), (1000.0, "1,000.00"),
    (-449_753.2712, "-449,753.27"), (9_999, "9999"), (10_000, "10,000"),
    (("T1", "T2"), "T1 T2"), (["a", "b"], "a b"), ("Order", "Order"),
])
def test_the_dock_drops_trailing_zeros_and_groups_large_numbers(value: object,
                                                                 shown: str) -> None:
    assert DOCK.format(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (None, "n/a"), (False, "no"), (NAN, "n/a"), (1234, "1,234"), (3.0, "3"),
    (-0.0, "-0"), (123.456, "123.46"), (12.3456, "12.35"), (0.000123456, "0.0001235"),
    (0.0000123, "1.23e-05"), (1e15, "1,000,000,000,000,000.00"), (INF, "inf"),
    (["a"], "['a']"),
])
def test_html_shows_four_significant_digits_below_100(value: object, shown: str) -> None:
    assert HTML.format(value) == shown


@pytest.mark.parametrize(("value", "shown"), [
    (None, "n/a"), (NAN, "nan"), (1234.5678, "1234.57"), (123_456.789, "123,456.79"),
    (12_345_678, "12345678"), ("x" * 40, "x" * 40), ("x" * 41, "x" * 39 + "…"),
    ({"success": 0.77, "abandon": 0.23}, "success 0.770000, abandon 0.230000"),
])
def test_text_cells_have_six_significant_digits_and_are_cut_at_40(value: object,
                                                                   shown: str) -> None:
    assert TEXT.format(value) == shown


def test_text_figures_have_six_decimals_and_their_unit() -> None:
    assert FIGURE.format(79.31, "min") == "79.310000 min"
    assert FIGURE.format(17) == "17"
    assert FIGURE.format(True, "") == "yes"
    assert FIGURE.format({"success": 0.77}) == "success 0.770000"
    assert format_cell(18.788625, FIGURE, "CU") == "18.788625 CU"
    # a profile that leaves units to the label ignores them
    assert HTML.format(79.31, "min") == "79.31"


def test_compare_text_groups_from_1000_and_keeps_text_whole() -> None:
    assert COMPARE_TEXT.format(999.5) == "999.5"
    assert COMPARE_TEXT.format(1000.0) == "1,000.00"
    assert COMPARE_TEXT.format(12_345) == "12345"
    assert COMPARE_TEXT.format("y" * 60) == "y" * 60
    assert MONEY.format(-449_753.2712) == "-449,753.27"
    assert MONEY.format(5) == "5.00"
    assert MONEY.format(None) == "n/a"


@pytest.mark.parametrize("value", [0.1, 1 / 3, -2.5e-300, 1e22, 123_456_789, NAN])
def test_csv_cells_read_back_exactly(value: float) -> None:
    text = CSV.format(value)
    assert math.isnan(float(text)) if value != value else float(text) == value


def test_csv_writes_none_empty_and_booleans_as_words() -> None:
    assert [CSV.format(v) for v in (None, True, False, "a b")] == ["", "true", "false", "a b"]


def test_change_values_are_as_short_as_exact() -> None:
    assert [CHANGE.format(v) for v in (None, True, 2.50, 0.1, 1e-7, ("a", "b"), 3)] == \
        ["", "true", "2.5", "0.1", "1e-07", "a b", "3"]


def test_chart_labels_have_three_significant_digits() -> None:
    assert [CHART.format(v) for v in (1234.0, 1234, 250.5, 0.01234, None, True)] == \
        ["1,234", "1,234", "250.50", "0.0123", "n/a", "True"]
    assert CHART_MONEY.format(-1234.6) == "-1,235"


def test_the_first_rule_that_fits_the_magnitude_applies() -> None:
    profile = Profile("test", floats=(Digits(",.1f", 100), Digits(".3f", 1), Digits(".1e")),
                      ints=(Digits("+d"),), none="—", nan=None, max_chars=5)
    assert [profile.format(v) for v in (-1234.56, 12.0, 0.5, NAN, None, 7, "abcdefg")] == \
        ["-1,234.6", "12.000", "5.0e-01", "nan", "—", "+7", "abcd…"]
    assert Digits(".3f", trim=True).write(-0.0001) == "0"
    assert Digits(".3f", trim=True).write(2.500) == "2.5"


def test_every_profile_is_named_once() -> None:
    assert set(PROFILES.values()) == {FIGURE, TEXT, COMPARE_TEXT, MONEY, HTML, CHART,
                                      CHART_MONEY, DOCK, CSV, CHANGE}
    assert all(PROFILES[name].name == name for name in PROFILES)


# -- the outputs write their cells with their profiles ------------------------------------

def test_csv_files_write_cells_with_the_csv_profile() -> None:
    rows = [{"kpi": "a", "value": None}, {"kpi": "b", "value": True},
            {"kpi": "c", "value": 1 / 3}]
    read = list(csv.reader(io.StringIO(csv_bytes(rows).decode("utf-8"))))
    assert read == [["kpi", "value"], ["a", ""], ["b", "true"], ["c", CSV.format(1 / 3)]]


def test_analyze_text_writes_figures_and_table_cells_with_their_profiles() -> None:
    report = {"kpis": {"customer_time": 1234.5678, "cfc": 17}, "visits": {}, "issues": [],
              "streamline": {"title": "Streamline", "issues": [], "tables": {"candidates": [
                  {"rank": 1, "rule": "C1", "elements": "T1 T2", "customer_minutes": 1234.5678,
                   "cost": None}]}}}
    out = io.StringIO()
    print_report(report, "Example", out)
    text = out.getvalue()
    # the key figures read in words, the value still written by the FIGURE profile
    assert f"  Customer time            {FIGURE.format(1234.5678, 'min')}\n" in text
    row = next(line for line in text.splitlines() if line.startswith("    1 "))
    assert row.split() == ["1", "C1", "transfer", "chain", "T1", "T2", TEXT.format(1234.5678),
                           "n/a"]


def test_compare_text_writes_cells_with_its_profile() -> None:
    scorecard = [{"kpi": "cost", "ours": 1234.5678, "theirs": 0.5, "delta": None,
                  "pct_delta": None, "better": "ours"}]
    compare = {"title": "A vs B", "issues": [], "kpis": {
        "node_similarity": 0.123456789, "ged": 4, "ged_similarity": 0.5}, "tables": {
        "scorecard": scorecard, "similarity": [{}, {"status": "exact"}], "matched": [],
        "ours_only": [], "theirs_only": [], "phases": []}}
    out = io.StringIO()
    print_comparison({"compare": compare, "what_if": None}, out)
    text = out.getvalue()
    assert "Cost to serve  1,234.57 CU  0.5 CU  n/a     n/a          ours" in text
    assert COMPARE_TEXT.format(1234.5678) == "1,234.57"
    # similarities are shares: a percentage
    assert "Step-matching similarity: 12.3 %; graph edit distance 4 (exact)" in text


def test_html_cells_and_tiles_use_the_html_profile() -> None:
    report = {"kpis": {"cost": 1234.5678}, "visits": {}, "issues": [], "notes": {}}
    page = report_html(report, "Example")
    assert f"<td class=\"num\">{HTML.format(1234.5678)} CU</td>" in page
    assert HTML.format(1234.5678) == "1,234.57"


def test_the_what_if_change_list_writes_values_with_the_change_profile() -> None:
    base = example_a()
    variant = base.copy()
    step = next(s for s in base.steps.values() if s.duration)
    before = float(step.duration or 0)
    variant.update_step(step.id, duration=before + 0.25)
    rows = change_rows(prepare(base), prepare(variant))
    changed = next(r for r in rows if r["element"] == step.id and r["attribute"] == "duration")
    assert (changed["baseline"], changed["variant"]) == (CHANGE.format(before),
                                                          CHANGE.format(before + 0.25))
    assert changed["baseline"] == f"{before:g}"  # 10.0 reads "10", not "10.0"
