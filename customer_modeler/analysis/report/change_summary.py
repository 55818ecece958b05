"""Analysis layer: a system change or what-if variant in short — which changed elements
the customer sees and which are back-stage, how many flows were re-wired, and the
touchpoints customers meet more or less often.

A long change list (one row per changed attribute) says little by itself: a re-drawn
journey changes dozens of flows. The classification is the one of the systems analysis
(docs/methods.md §6a step 2: customer-visible or backstage), counted per element; the
touchpoints are its step 3 (Δ visits per visible task with a channel).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from customer_modeler.analysis.engine.pipeline import Engine
from customer_modeler.analysis.engine.queues import touchpoint_rows
from customer_modeler.analysis.systems.analysis import diff_models
from customer_modeler.model.document import ProcessModel

Row = dict[str, object]

#: Element kinds in the order the summary lists them.
KINDS: Final = ("lane", "step", "flow", "system", "resource", "scenario")
#: Touchpoints listed (largest change first); the rest is in the change list.
TOUCHPOINTS: Final = 10
#: Changes in visits below this are no change.
SMALL: Final = 1e-9


def change_summary(before: ProcessModel, after: ProcessModel,
                   engines: tuple[Engine, Engine] | None = None) -> dict[str, object]:
    """The change from ``before`` to ``after`` in short.

    Returns
    -------
    dict
        ``count`` (changed elements), ``customer_visible``, ``backstage``,
        ``rewired_flows`` (flows added, removed or given another end), ``rows`` (per
        element kind and change: ``kind``, ``change``, ``customer_visible``,
        ``backstage``) and ``touchpoints`` (``name``, ``before``, ``after``, ``delta`` per
        touchpoint whose visits change, largest first; empty without ``engines``).
    """
    diff = diff_models(before, after)
    elements: dict[tuple[str, str, str], bool] = {}
    rewired: set[str] = set()
    for row in diff.rows:
        key = (str(row["element_type"]), str(row["change"]), str(row["element"]))
        elements[key] = elements.get(key, False) or bool(row["customer_visible"])
        if row["element_type"] == "flow" and (row["change"] != "changed" or row["attribute"]
                                              in ("source", "target")):
            rewired.add(str(row["element"]))
    counts: dict[tuple[str, str], list[int]] = {}
    for (kind, change, _), seen in elements.items():
        count = counts.setdefault((kind, change), [0, 0])
        count[0 if seen else 1] += 1
    rows: list[Row] = [{"kind": kind, "change": change, "customer_visible": c[0],
                        "backstage": c[1]}
                       for (kind, change), c in sorted(counts.items(), key=_order)]
    visible = sum(1 for v in elements.values() if v)
    return {"count": len(elements), "customer_visible": visible,
            "backstage": len(elements) - visible, "rewired_flows": len(rewired),
            "rows": rows, "touchpoints": _touchpoints(engines, diff.pairs.get("step", {}))}


def _order(item: tuple[tuple[str, str], list[int]]) -> tuple[int, int]:
    kind, change = item[0]
    rank = KINDS.index(kind) if kind in KINDS else len(KINDS)
    return rank, ("added", "removed", "changed").index(change) if change in (
        "added", "removed", "changed") else 3


def _touchpoints(engines: tuple[Engine, Engine] | None,
                 pairs: Mapping[str, str]) -> list[Row]:
    if engines is None or not all(e.solved and not e.stopped for e in engines):
        return []
    found = touchpoint_rows(engines[0], engines[1], pairs)
    return [{"name": r["name"], "before": r["x_current"], "after": r["x_changed"],
             "delta": r["delta"]}
            for r in found if abs(float(r["delta"])) > SMALL][:TOUCHPOINTS]  # type: ignore[arg-type]


def summary_lines(summary: Mapping[str, object]) -> list[str]:
    """The summary as lines of text: one per element kind and change, then the
    touchpoints before → after (the command line and the HTML)."""
    rows: Sequence[Mapping[str, object]] = summary.get("rows") or []  # type: ignore[assignment]
    lines = [f"{_plural(str(r['kind']), int(r['customer_visible']) + int(r['backstage']))} "  # type: ignore[call-overload]
             f"{r['change']}: {r['customer_visible']} the customer sees, {r['backstage']} "
             "back-stage" for r in rows]
    return lines


def _plural(kind: str, count: int) -> str:
    words = {"step": "steps", "flow": "flows", "lane": "lanes", "system": "systems",
             "resource": "resource pools", "scenario": "scenario"}
    return f"{count} {words.get(kind, kind) if count != 1 or kind == 'scenario' else kind}"
