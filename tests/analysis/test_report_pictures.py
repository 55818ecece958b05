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
