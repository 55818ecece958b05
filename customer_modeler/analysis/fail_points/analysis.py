"""Analysis layer: Analysis 2, fail points and poor-experience risk (docs/methods.md §4).

One row per failing task (F = xᵥ·p_eff) and per failure flow (F = x_u·w(u, v)), scored
FMEA-style (occurrence from failures per 1000 journeys, RPN = S·O·D) and by the expected
impact EI = F·S, which ranks by default. Invisible fail points are traced to where the
customer notices them (the nearest visible tasks in G⁺). Also: the journey risk (P(≥1
failure), expected failures, P(failure at a moment of truth)), wait points, and the
emotion measures of :mod:`customer_modeler.analysis.fail_points.emotion`. Assumption shown to users:
every execution of a step in a loop fails independently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, cast

from customer_modeler.analysis.fail_points.emotion import EmotionSummary, emotion_summary
from customer_modeler.analysis.engine.pipeline import Engine, analyse
from customer_modeler.analysis.engine.failure_chain import effective_fail_prob, failure_summary
from customer_modeler.analysis.engine.hitting import hit_probability
from customer_modeler.analysis.issues import Issue, make_issue
from customer_modeler.analysis.badges import badge
from customer_modeler.analysis.engine.monte_carlo import MonteCarloResult
from customer_modeler.analysis.engine.paths import most_likely_path
from customer_modeler.analysis.engine.queues import QueueModel, queue_model
from customer_modeler.gc_pause import collection_paused
from customer_modeler.model.document import ProcessModel

#: (failures per 1000 journeys at least, occurrence rank): the AIAG design-FMEA table.
OCCURRENCE: Final = ((100.0, 10), (50.0, 9), (20.0, 8), (10.0, 7), (5.0, 6), (2.0, 5),
                     (1.0, 4), (0.5, 3), (0.1, 2))
#: The same thresholds, each lowered by float noise (worked out once, not per row).
_LOWEST: Final = tuple((threshold * (1.0 - 1e-12), rank) for threshold, rank in OCCURRENCE)
#: Sort orders of the fail-point table.
SORT_KEYS: Final = ("EI", "RPN")
#: EI terciles (highest first) as badge colours and highlight severities.
BANDS: Final = (("red", "error"), ("amber", "warning"), ("yellow", "info"))
NO_RECOVERY: Final = "no, only a probability"
#: The ``unrated`` flag by (severity rated, detection rated).
_UNRATED: Final = {(True, True): "", (False, True): "S", (True, False): "D",
                   (False, False): "S D"}

Row = dict[str, object]


def occurrence(per_1000: float) -> int:
    """The occurrence rank O (1-10) of a failure frequency per 1000 journeys."""
    for threshold, rank in _LOWEST:
        if per_1000 >= threshold:
            return rank
    return 1


def positive_successors(engine: Engine) -> dict[str, list[str]]:
    """The adjacency of G⁺ (edges with w > 0) over every graph node."""
    successors: dict[str, list[str]] = {n: [] for n in engine.steps}
    for edge in engine.edges:
        if edge.w > 0:
            successors[edge.source].append(edge.target)
    return successors


class SurfaceFinder:
    """Where the customer notices a failure (§4 step 4), with results kept per node.

    Breadth-first over G⁺ from a node: the visible tasks at the smallest hop distance,
    every tie listed in model order.
    """

    def __init__(self, engine: Engine) -> None:
        # The steps, not the engine: the engine keeps its finder (``surface_finder``), and
        # a finder holding the engine would make a cycle for the collector.
        self.steps = engine.steps
        self.successors = positive_successors(engine)
        self._order = {n: k for k, n in enumerate(engine.steps)}
        self._found: dict[str, tuple[list[str], int | None]] = {}

    def find(self, node: str) -> tuple[list[str], int | None]:
        """The nearest visible tasks from ``node`` and their hop distance.

        Returns
        -------
        (list of str, int or None)
            Hop distance 0 when ``node`` is itself a visible task; ``([], None)`` when no
            visible task follows.
        """
        step = self.steps[node]
        if step.visible and step.is_task:
            return [node], 0
        found = self._found.get(node)
        if found is None:
            found = self._found[node] = self._search(node)
        return found

    def _search(self, node: str) -> tuple[list[str], int | None]:
        steps = self.steps
        seen = {node}
        level = [node]
        hops = 0
        while level:
            found = [n for n in level if steps[n].is_task and steps[n].visible]
            if found:
                return sorted(found, key=self._order.__getitem__), hops
            following = []
            for current in level:
                for target in self.successors[current]:
                    if target not in seen:
                        seen.add(target)
                        following.append(target)
            level, hops = following, hops + 1
        return [], None


def surface_finder(engine: Engine) -> SurfaceFinder:
    """The engine's one :class:`SurfaceFinder`: fail points and the systems' footprint
    both ask where failures surface, often from the same steps."""
    return engine.once("surface_finder", SurfaceFinder)


def _row(element: str, kind: str, name: str, lane: str | None, visible: bool, p_eff: float,
         x: float, ratings: tuple[float, float, bool, bool],
         surfaces: tuple[list[str], int | None], mot: bool, recovery: str) -> Row:
    """One fail-point row, scored (per 1000, O, RPN, EI) from F = x·p_eff."""
    severity, detection, s_rated, d_rated = ratings
    f = x * p_eff
    rank = occurrence(1000.0 * f)
    unrated = _UNRATED[(s_rated, d_rated)]
    return {"rank": 0, "element": element, "kind": kind, "name": name, "lane": lane or "",
            "visible": visible, "p_eff": p_eff, "F": f, "per_1000": 1000.0 * f,
            "S": severity, "O": rank, "D": detection, "RPN": severity * rank * detection,
            "EI": f * severity, "moment_of_truth": mot, "surfaces_at": " ".join(surfaces[0]),
            "surface_hops": surfaces[1], "recovery_modelled": recovery, "unrated": unrated,
            "rank_EI": 0, "rank_RPN": 0, "band": ""}


def step_rows(engine: Engine, p_eff: Mapping[str, float], finder: SurfaceFinder) -> list[Row]:
    """Fail-point rows of the reachable tasks with p_eff > 0 (§4 step 1)."""
    rows: list[Row] = []
    steps, x = engine.steps, engine.visits
    for node in engine.reachable:
        p = p_eff.get(node, 0.0)
        if p <= 0.0:
            continue
        s = steps[node]
        rows.append(_row(node, "step", s.name, s.lane, s.visible, p, x[node],
                         (s.severity, s.detection, s.severity_rated, s.detection_rated),
                         finder.find(node), s.moment_of_truth, NO_RECOVERY))
    return rows


def flow_rows(engine: Engine, finder: SurfaceFinder) -> list[Row]:
    """Fail-point rows of the failure flows taken with positive probability (§4 step 1).

    p_eff of a flow row is its branch weight w(u, v); several failure flows between the
    same two steps share the edge's failure weight evenly. The flow is visible when its
    target is; its lane is the source's lane (where the routing goes wrong); it surfaces
    one hop further than its target does.
    """
    rows: list[Row] = []
    names = engine.graph.graph["names"]
    for edge in engine.edges:
        fail_w = edge.w - edge.w_ok
        x = engine.visits.get(edge.source, 0.0)
        if fail_w <= 0.0 or x <= 0.0:
            continue
        flows = [f for f in engine.graph.edges[edge.source, edge.target]["flows"] if f.failure]
        target = engine.steps[edge.target]
        visible = target.is_task and target.visible
        points, hops = finder.find(edge.target)
        surfaces = (points, None if hops is None else hops + 1)
        for flow in flows:
            ratings = (5.0 if flow.severity is None else float(flow.severity),
                       5.0 if flow.detection is None else float(flow.detection),
                       flow.severity is not None, flow.detection is not None)
            rows.append(_row(flow.id, "flow", flow.name or f"{names(edge.source)} → "
                             f"{names(edge.target)}",
                             engine.steps[edge.source].lane, visible, fail_w / len(flows), x,
                             ratings, surfaces, False, "yes"))
    return rows


def rank_rows(rows: list[Row], sort: str = "EI") -> list[Row]:
    """Sort fail-point rows and number them in place: ``rank``, ``rank_EI``, ``rank_RPN``
    and ``band``.

    EI order: EI descending, moments of truth first on a tie, then model order. RPN order:
    RPN descending, moments of truth first, then EI. ``band`` is the EI tercile within the
    model (red, amber, yellow); equal EI values share the better band.

    Raises
    ------
    ValueError
        When ``sort`` is not one of :data:`SORT_KEYS`.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"sort must be one of {SORT_KEYS}, not {sort!r}")
    ei_keys = sorted((-cast(float, r["EI"]), not r["moment_of_truth"], k)
                     for k, r in enumerate(rows))
    by_ei = [rows[key[2]] for key in ei_keys]
    # The EI order sorted stably by (RPN, moment of truth) keeps rows that tie there in EI
    # order, which is the RPN order's next key: EI is not compared again.
    by_rpn = sorted(by_ei, key=lambda r: (-cast(float, r["RPN"]), not r["moment_of_truth"]))
    first_rank: dict[object, int] = {}
    total = len(rows)
    for k, row in enumerate(by_ei):
        row["rank_EI"] = k + 1
        row["band"] = BANDS[min(2, 3 * first_rank.setdefault(row["EI"], k) // total)][0]
    for k, row in enumerate(by_rpn):
        row["rank_RPN"] = k + 1
    ranked = by_ei if sort == "EI" else by_rpn
    for k, row in enumerate(ranked):
        row["rank"] = k + 1
    return ranked


def _num(value: object) -> float:
    return float(value)  # type: ignore[arg-type]  # table cells built above are numbers


def double_failures(engine: Engine) -> list[Issue]:
    """W-FAIL-DOUBLE: a task with ``fail_prob`` > 0 whose next gateway (through any chain
    of gateways) has a failure flow; both are counted as separate failure modes."""
    names = engine.graph.graph["names"]
    failing: dict[str, list[str]] = {}
    for flow in engine.graph.graph["flows"]:
        if flow.failure:
            failing.setdefault(flow.source, []).append(flow.id)
    if not failing:
        return []
    issues: list[Issue] = []
    graph = engine.graph
    for node in engine.reachable:
        step = engine.steps[node]
        if not step.is_task or step.fail_prob <= 0.0:
            continue
        found = [f for g in _next_gateways(engine, graph.succ[node]) for f in failing.get(g, [])]
        if found:
            issues.append(make_issue("W-FAIL-DOUBLE", [node, *found], (
                f"{names(node)} can fail and the next gateway also has the failure flow(s) "
                f"{names.join(found)}: both are counted as separate failure modes")))
    return issues


def _next_gateways(engine: Engine, start: Iterable[str]) -> list[str]:
    gateways = ("xor", "or", "and")
    found = [n for n in start if engine.steps[n].type in gateways]
    seen = set(found)
    for gateway in found:  # grows while iterating: breadth-first through gateway chains
        for n in engine.graph.succ[gateway]:
            if n not in seen and engine.steps[n].type in gateways:
                seen.add(n)
                found.append(n)
    return found


def wait_point_rows(engine: Engine, queue: QueueModel | None = None) -> list[Row]:
    """Tasks with a tolerance whose wait exceeds it (§4 step 7), largest excess first.

    With a queue model the pooled steps' wait is W_q, and ``P_wait_gt_tol`` is Erlang C's
    P(wait > tol) per visit (None for unpooled steps). ``p_meet`` = P(the journey visits
    the step) = x/N_jj.
    """
    steps = engine.steps if queue is None else queue.engine.steps
    over = {} if queue is None else queue.p_over_tol
    rows: list[Row] = []
    for node in engine.reachable:
        s = steps[node]
        if not s.is_task or s.tolerance is None or s.wait <= s.tolerance:
            continue
        x = engine.visits[node]
        rows.append({"element": node, "name": s.name, "lane": s.lane or "", "x": x,
                     "wait": s.wait, "tolerance": s.tolerance,
                     "excess_per_visit": s.wait - s.tolerance,
                     "excess": x * (s.wait - s.tolerance),
                     "p_meet": x / engine.returns.get(node, 1.0),
                     "P_wait_gt_tol": over.get(node)})
    rows.sort(key=lambda r: -_num(r["excess"]))
    return rows


def fail_points_report(source: ProcessModel | Engine, *, sort: str = "EI",
                       mc: MonteCarloResult | None = None,
                       queue: QueueModel | None = None) -> dict[str, object]:
    """Analysis 2 as a report: fail points, journey risk, wait points and emotion.

    Parameters
    ----------
    source : ProcessModel or Engine
        A model (analysed here, with its queue model when it has pools and arrivals) or a
        solved engine.
    sort : {"EI", "RPN"}
        Order of the ``fail_points`` table (both ranks are columns either way).
    mc : MonteCarloResult, optional
        Supplies ``pe_mc`` and, with parallel branches, ``p_any_failure_mc``.
    queue : QueueModel, optional
        Queue-aware waits for the wait points (§4 step 7).

    Returns
    -------
    dict
        The common report: ``name`` "fail_points", ``title``, ``kpis``, ``tables``
        (``fail_points``, ``surfacing``, ``wait_points``, ``emotion``, ``emotion_curve``),
        ``highlights``, ``issues``. Only the issues when an E- issue stops the engine.

    Raises
    ------
    ValueError
        When ``sort`` is not one of :data:`SORT_KEYS`.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"sort must be one of {SORT_KEYS}, not {sort!r}")
    if isinstance(source, ProcessModel):
        engine = analyse(source)
        queue = queue_model(source, engine) if queue is None else queue
    else:
        engine = source
    issues = list(engine.issues) + ([] if queue is None else queue.issues)
    report: dict[str, object] = {"name": "fail_points",
                                 "title": "Fail points and poor-experience risk",
                                 "kpis": {}, "tables": {}, "highlights": []}
    if engine.solved and not engine.stopped:
        with collection_paused():
            issues.extend(_fill(report, engine, sort, mc, queue))
    report["issues"] = [issue.as_dict() for issue in issues]
    return report


def _fill(report: dict[str, object], engine: Engine, sort: str, mc: MonteCarloResult | None,
          queue: QueueModel | None) -> list[Issue]:
    """Compute every part of a solved engine's report; return the issues found."""
    p_eff = effective_fail_prob(engine)
    finder = surface_finder(engine)
    rows = step_rows(engine, p_eff, finder) + flow_rows(engine, finder)
    ranked = rank_rows(rows, sort) if rows else []
    waits = wait_point_rows(engine, queue)
    path = most_likely_path(engine)
    emotion = emotion_summary(engine, p_eff, path, mc=mc,
                              fail_points={str(r["element"]) for r in rows},
                              wait_points={str(r["element"]) for r in waits})
    report["kpis"] = _kpis(engine, p_eff, ranked, waits, emotion, mc)
    report["tables"] = {"fail_points": ranked, "surfacing": _surfacing(rows),
                        "wait_points": waits, "emotion": emotion.steps,
                        "emotion_curve": emotion.curve}
    report["highlights"] = _highlights(engine, ranked, waits, emotion)
    return double_failures(engine)


def _kpis(engine: Engine, p_eff: dict[str, float], rows: list[Row], waits: list[Row],
          emotion: EmotionSummary, mc: MonteCarloResult | None) -> dict[str, float | None]:
    """The journey risk summary, wait-point totals and emotion measures."""
    failures = failure_summary(engine)  # p_eff is the engine's own: the scorecard's answer
    at_mot = {n: p for n, p in p_eff.items() if p > 0.0 and engine.steps[n].moment_of_truth}
    kpis: dict[str, float | None] = {
        "p_any_failure": failures.p_any, "exp_failures": failures.expected,
        "p_mot_failure": failure_summary(engine, at_mot, flows=False).p_any if at_mot else 0.0,
        "fail_points": len(rows), "wait_points": len(waits),
        "wait_excess": sum(_num(r["excess"]) for r in waits),
        "p_wait_point": hit_probability(engine, [str(r["element"]) for r in waits])
        if waits else 0.0,
        "avg_expected_emotion": emotion.average, "pain_points": len(emotion.pain_points),
        "pe_design": emotion.pe_design, "pe_mc": emotion.pe_mc,
    }
    if engine.has_and:
        kpis["p_any_failure_mc"] = (None if mc is None or mc.p_any_failure is None
                                    else mc.p_any_failure.mean)
    return kpis


def _surfacing(rows: list[Row]) -> list[Row]:
    """Edges of the dashed "surfaces at" arrows: invisible fail point → visible task."""
    return [{"element": row["element"], "surfaces_at": point, "hops": row["surface_hops"]}
            for row in rows if not row["visible"]
            for point in str(row["surfaces_at"]).split()]


def _highlights(engine: Engine, rows: list[Row], waits: list[Row],
                emotion: EmotionSummary) -> list[Row]:
    """F badges by EI band, W badges, ★, dashed surfacing arrows, red failure flows, pains."""
    severity = dict(BANDS)
    names = engine.graph.graph["names"]
    found: list[Row] = []
    for row in rows:
        element = str(row["element"])
        found.append(badge(element, "fail_point", severity[str(row["band"])],
                           "fail_points.fail"))
        if row["kind"] == "flow":
            found.append(badge(element, "failure_flow", "error", "none"))
        elif row["surfaces_at"] and not row["visible"]:
            found.append(badge(element, "surfaces_at", "info", "fail_points.surfaces_at",
                               steps=names.join(str(row["surfaces_at"]).split())))
    found.extend(badge(str(r["element"]), "wait_point", "warning", "fail_points.wait")
                 for r in waits)
    found.extend(badge(n, "moment_of_truth", "info", "fail_points.moment_of_truth")
                 for n in engine.reachable if engine.steps[n].moment_of_truth)
    found.extend(badge(n, "pain_point", "info", "none") for n in emotion.pain_points)
    return found
