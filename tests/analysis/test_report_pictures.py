"""The report's pictures and spreads: the Monte Carlo band of the emotion curve (what the
middle 80 % of journeys feel at each touchpoint of the most likely path), the spread of
contacts and lead time against numpy on the recorded runs, and the HTML that shows them."""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pytest

from customer_modeler.analysis import analyse, monte_carlo
from customer_modeler.analysis.engine.emotion_band import curve_steps
from customer_modeler.analysis.engine.monte_carlo import RUN_LIMIT
from customer_modeler.analysis.engine.simulation import simulation_tables
from customer_modeler.analysis.engine.tokens import simulate_tokens
from customer_modeler.analysis.engine.walker import walk
from customer_modeler.analysis.formatting import HTML
from customer_modeler.analysis.prepare import REPORT_SEED
from customer_modeler.analysis.report.full import full_report
from customer_modeler.analysis.report.html import report_html
from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.resources import example_path
from tests.analysis.factory import example_a

SIMULATORS = {"walk": walk, "tokens": simulate_tokens}


@pytest.fixture(scope="module")
def order_journey() -> Any:
    return read_bpmn_file(example_path("order-journey.bpmn")).model


@pytest.mark.parametrize("method", ["walk", "tokens"])
def test_the_band_lies_around_the_design_curve(method: str) -> None:
    engine = analyse(example_a())
    result = monte_carlo(engine, 10_000, seed=3, method=method)
    band = result.emotion_band
    assert [p.element for p in band] == curve_steps(engine) == ["T1", "T2", "T4", "T5"]
    for point in band:
        step = engine.steps[point.element]
        planned, failed = float(step.emotion), float(step.fail_emotion)
        assert point.p10 <= point.p90
        # what a customer feels lies between the failed and the planned emotion ...
        assert min(planned, failed) <= point.p10 and point.p90 <= max(planned, failed)
        # ... and its mean is the expected emotion e′ of the design curve
        expected = _expected_emotion(engine, point.element)
        p = (planned - expected) / (planned - failed) if planned != failed else 0.0
        se = abs(planned - failed) * math.sqrt(p * (1 - p) / (point.met * result.completed))
        assert abs(point.mean - expected) <= 4 * se + 1e-12, point
        assert point.met == 1.0  # every journey of example A passes the path's touchpoints
    deliver = band[-1]  # T5 fails in 12 % of journeys: the band spans both feelings
    assert (deliver.p10, deliver.p90) == (-3.0, 2.0)
    assert deliver.p10 < _expected_emotion(engine, "T5") < deliver.p90


def _expected_emotion(engine: Any, node: str) -> float:
    from customer_modeler.analysis.engine.failure_chain import effective_fail_prob

    p = effective_fail_prob(engine)[node]
    step = engine.steps[node]
    return (1 - p) * float(step.emotion) + p * float(step.fail_emotion)


def test_tracking_the_band_draws_no_random_number_of_its_own() -> None:
    engine = analyse(example_a())
    tracked = monte_carlo(engine, 3000, seed=9)
    untracked = monte_carlo(engine, 3000, seed=9, track=[])
    assert untracked.emotion_band == () and len(tracked.emotion_band) == 4
    assert tracked.elapsed == untracked.elapsed and tracked.contacts == untracked.contacts
    assert tracked.pe == untracked.pe and tracked.visits == untracked.visits


@pytest.mark.parametrize("method", ["walk", "tokens"])
def test_band_and_spread_agree_with_numpy_on_the_recorded_runs(method: str) -> None:
    engine = analyse(example_a())
    result = monte_carlo(engine, 4000, seed=7, method=method)
    tables = simulation_tables(engine)
    track = np.array([["T1", "T2", "T4", "T5"].index(n) if n in ("T1", "T2", "T4", "T5")
                      else -1 for n in tables.nodes])
    records = SIMULATORS[method](tables, 4000, np.random.default_rng(7), RUN_LIMIT, track)
    done = ~records.runaway
    contacts = records.contacts[done]
    assert result.contacts is not None
    assert [result.contacts.p10, result.contacts.p50, result.contacts.p90,
            result.contacts.p95] == list(np.percentile(contacts, [10, 50, 90, 95]))
    assert result.contacts.sd ** 2 == pytest.approx(np.var(contacts, ddof=1), rel=1e-12)
    assert records.felt is not None
    for k, point in enumerate(result.emotion_band):
        felt = records.felt[done, k]
        assert (point.p10, point.p90) == tuple(np.percentile(felt, [10, 90]))
        assert point.mean == pytest.approx(float(felt.mean()))


def test_a_looped_touchpoint_feels_the_mean_of_its_visits() -> None:
    from tests.analysis.factory import CF, journey

    model = journey(CF, [
        ("S", "start", "CUS"),
        ("A", "task", "CUS", dict(visible=True, emotion=1, fail_emotion=-3, fail_prob=0.5)),
        ("X", "xor", "CUS"), ("E", "end", "CUS")],
        [("S", "A"), ("A", "X"), ("X", "A", 0.4), ("X", "E", 0.6)])
    result = monte_carlo(analyse(model), 5000, seed=2)
    (point,) = result.emotion_band
    assert point.element == "A" and point.p10 == -3.0 and point.p90 == 1.0
    # runs that loop average their visits, so means between −3 and 1 occur
    tables = simulation_tables(analyse(model))
    track = np.array([0 if n == "A" else -1 for n in tables.nodes])
    felt = walk(tables, 5000, np.random.default_rng(2), RUN_LIMIT, track).felt
    assert felt is not None
    assert np.any((felt > -3.0) & (felt < 1.0))
    assert point.mean == pytest.approx(-1.0, abs=0.1)  # e′ = 0.5·1 + 0.5·(−3)


def test_the_report_spread_is_numpy_on_the_report_run(order_journey: Any) -> None:
    report = full_report(order_journey)
    spread = report["monte_carlo"]
    from customer_modeler.analysis.prepare import prepare_model

    engine = prepare_model(order_journey, runs=0).engine
    records = walk(simulation_tables(engine), spread["runs"],
                   np.random.default_rng(REPORT_SEED), RUN_LIMIT)
    for key, values in (("contacts", records.contacts), ("lead_time", records.elapsed)):
        stat = spread[key]
        p10, p50, p90, p95 = np.percentile(values, [10, 50, 90, 95])
        assert (stat["p10"], stat["p50"], stat["p90"], stat["p95"]) == (p10, p50, p90, p95)
        assert stat["variance"] == pytest.approx(np.var(values, ddof=1), rel=1e-9)
        assert stat["p10"] <= stat["p50"] <= stat["p90"] <= stat["p95"]
    assert spread["contacts"]["p90"] > spread["contacts"]["p10"]  # contacts are uneven


def test_the_page_shows_the_spread_with_names_and_units(order_journey: Any) -> None:
    report = full_report(order_journey)
    page = report_html(report, "Order journey")
    table = page[page.index('data-table="monte_carlo.spread"'):]
    table = table[:table.index("</table>")]
    heads = re.findall(r"<th>(.*?)</th>", table)
    assert heads == ["Per journey", "Mean", "10th percentile", "Median", "90th percentile",
                     "95th percentile", "Standard deviation", "Variance"]
    rows = dict(re.findall(r'<tr data-key="(\w+)"><td>(.*?)</td>', table))
    assert rows == {"lead_time": "Lead time", "contacts": "Contacts"}
    lead, contacts = report["monte_carlo"]["lead_time"], report["monte_carlo"]["contacts"]
    assert f'<td class="num">{HTML.format(lead["p95"])} min</td>' in table
    assert f'<td class="num">{HTML.format(lead["variance"])} min²</td>' in table
    contact_row = table[table.index('data-key="contacts"'):]
    for key in ("p10", "p50", "p90", "variance"):
        assert f'<td class="num">{HTML.format(contacts[key])}</td>' in contact_row


def test_the_page_draws_the_band_behind_the_curve_with_a_legend(order_journey: Any) -> None:
    report = full_report(order_journey)
    curve = report["fail_points"]["tables"]["emotion_curve"]
    assert all(r["felt_p10"] <= r["felt_p90"] for r in curve)
    page = report_html(report, "Order journey")
    start = page.index('data-chart="emotion-curve"')
    figure = page[start:page.index("</figure>", start)]
    band, line = figure.index('class="band"'), figure.index('class="line planned"')
    assert band < line  # drawn first, so behind the curves
    assert "10–90 % of simulated journeys" in figure
    assert "10th to 90th percentile" in figure  # the caption says what the band is
    # without a Monte Carlo run there is no band and no word of it
    bare = report_html(full_report(order_journey, runs=0), "Order journey")
    start = bare.index('data-chart="emotion-curve"')
    figure = bare[start:bare.index("</figure>", start)]
    assert 'class="band"' not in figure and "percentile" not in figure


# -- the comparison page ---------------------------------------------------------------------

SNAKE = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")


@pytest.fixture(scope="module")
def pages(order_journey: Any) -> dict[str, tuple[dict[str, Any], str]]:
    """The compare result and rendered page against the competitor and the variant."""
    from customer_modeler.analysis.report.explain import explained_pair
    from customer_modeler.analysis.report.full import pair_report
    from customer_modeler.analysis.report.html import compare_html

    found = {}
    for name in ("competitor-online-first", "order-journey-account-executive"):
        other = read_bpmn_file(example_path(f"{name}.bpmn")).model
        result = explained_pair(pair_report(order_journey, other, runs=500), order_journey,
                                other)
        found[name] = (result, compare_html(result, name))
    return found


def test_better_is_outward_on_every_axis() -> None:
    from customer_modeler.analysis.report.svg_compare import outward

    assert outward(2.0, 4.0, False) == 1.0 and outward(4.0, 2.0, False) == 0.5
    assert outward(30.0, 40.0, True) == 0.75 and outward(40.0, 30.0, True) == 1.0
    assert outward(3.0, 0.0, False) == 0.0  # the other side needs none of it
    assert outward(-5.0, 10.0, True) == 0.0 and outward(7.0, 7.0, False) == 1.0


def _figure(page: str, kind: str) -> str:
    start = page.index(f'data-chart="{kind}"')
    return page[start:page.index("</figure>", start)]


@pytest.mark.parametrize(("name", "words"), [
    ("competitor-online-first", ("Ours", "Theirs")),
    ("order-journey-account-executive", ("Current", "What-if"))])
def test_the_radar_has_one_named_axis_per_comparable_measure(
        pages: dict[str, tuple[dict[str, Any], str]], name: str, words: tuple[str, str]) -> None:
    from html import escape

    from customer_modeler.analysis.report.display import label

    result, page = pages[name]
    rows = result["compare"]["tables"]["scorecard"]
    comparable = [r for r in rows if isinstance(r["ours"], (int, float))
                  and isinstance(r["theirs"], (int, float))]
    assert len(comparable) >= 20
    radar = _figure(page, "radar")
    titles = re.findall(r'<line class="axis"[^>]*><title>(.*?)</title>', radar)
    sides = "variant" if words[0] == "Current" else "competitor"
    assert titles == [escape(label(r["kpi"], sides)) for r in comparable]
    assert radar.count('class="radar side-1"') == radar.count('class="radar side-2"') == 1
    for word in words:
        assert f">{word}</text>" in radar
    other = {"Ours": "Current", "Theirs": "What-if", "Current": "Ours", "What-if": "Theirs"}
    assert not any(f">{other[w]}</text>" in page for w in words)  # never both labelings
    assert "better is outward" in radar  # the caption states the normalisation
    # the better side sits on the outer ring, the other inside it
    from customer_modeler.analysis.report.svg_compare import CENTRE, RADIUS

    side_1 = re.search(r'class="radar side-1"><polygon points="([^"]+)"', radar)
    assert side_1 is not None
    corners = [tuple(map(float, p.split(","))) for p in side_1.group(1).split()]
    for row, (x, y) in zip(comparable, corners):
        distance = math.hypot(x - CENTRE[0], y - CENTRE[1])
        if row["better"] in ("ours", "equal"):
            assert distance == pytest.approx(RADIUS, abs=0.2), row["kpi"]
        else:
            assert distance < RADIUS - 0.1, row["kpi"]


@pytest.mark.parametrize("name", ["competitor-online-first", "order-journey-account-executive"])
def test_the_compare_page_shows_both_curves_and_no_raw_key(
        pages: dict[str, tuple[dict[str, Any], str]], name: str) -> None:
    import html

    result, page = pages[name]
    curves = _figure(page, "emotion-curves")
    emotion = result["compare"]["tables"]["emotion"]
    for side in ("ours", "theirs"):
        steps = [r for r in emotion if r["side"] == side]
        assert steps
    assert curves.count('class="line planned"') == 2
    assert curves.count('class="point planned"') == len(emotion)
    assert page.index('data-chart="radar"') < page.index('data-chart="emotion-curves"')
    visible = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", page,
                                                           flags=re.S)))
    assert SNAKE.findall(visible) == []


def test_a_side_without_a_curve_says_so_and_two_without_draw_nothing() -> None:
    from customer_modeler.analysis.report.svg_compare import emotion_pair_svg

    rows = [{"side": "ours", "position": k + 1, "element": f"T{k}", "name": f"Step {k}",
             "emotion": e} for k, e in enumerate((0, -2, 1))]
    svg = emotion_pair_svg(rows, ("Ours", "Theirs"))
    assert svg.count('class="point planned"') == 3 and svg.count('class="line planned"') == 1
    assert "No visible step with an emotion" in svg and ">Theirs</text>" in svg
    assert emotion_pair_svg([], ("Ours", "Theirs")) == ""


def test_the_charts_name_steps_and_lanes_never_by_their_ids(order_journey: Any) -> None:
    page = report_html(full_report(order_journey), "Order journey")
    charts = "".join(re.findall(r'<figure class="chart".*?</figure>', page, re.S))
    words = " ".join(re.findall(r"<(?:text|title)\b[^>]*>(.*?)</(?:text|title)>", charts))
    ids = {*order_journey.steps, *order_journey.lanes}
    assert sorted(i for i in ids if re.search(rf"(?<![\w']){re.escape(i)}(?![\w'])", words)) \
        == []
    assert "Customer Service" in words and "Deliver order ★" in words
