"""Benchmarks: what the runner measures — names, units, the targets, the bpmn.io counterparts.

One row per measure, in the order the table prints them. A target is the figure a size
must reach on the benchmark machine (None: no target at that size); ``theirs`` names the
bpmn.io figure the same work is compared with, as a ratio ours / theirs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str  # "s", "ms" or "MB"
    targets: dict[int, float]
    theirs: str | None = None


MEASURES = (
    Measure("open_read", "open, 1 of 4: read (parse and model)", "s", {}),
    Measure("open_model", "open, 2 of 4: model (the document in the editor)", "s", {}),
    Measure("open_scene", "open, 3 of 4: scene (its items)", "s", {}),
    Measure("open_first_paint", "open, 4 of 4: first paint", "s", {}),
    Measure("open", "open in the editor: read + model + scene + first paint", "s",
            {10_000: 1.0, 100_000: 10.0}, "bpmn_js_open"),
    Measure("open_scene_rest", "then, while idle: the rest of the scene (made at once here)", "s", {}),
    Measure("idle_longest", "while the rest is made by itself: longest wait of a click (first second)",
            "ms", {}),
    Measure("open_gc_longest", "longest garbage-collector pause in all of the opening", "ms", {}),
    Measure("open_gc_total", "garbage-collector pauses in all of the opening, together", "ms", {}),
    Measure("read", "read alone (in process, as every command reads)", "s", {}, "moddle_parse"),
    Measure("save", "save", "s", {10_000: 0.3, 100_000: 3.0}, "moddle_write"),
    Measure("analyses", "all analyses, in process", "s", {10_000: 1.0, 100_000: 10.0}),
    Measure("cli_info", "`customer-modeler info`, whole process", "s", {10_000: 0.8, 100_000: 6.0}),
    Measure("cli_analyze", "`customer-modeler analyze --json`, whole process", "s",
            {10_000: 1.5, 100_000: 15.0}),
    Measure("pan", "pan repaint", "ms", {10_000: 16, 100_000: 16}, "bpmn_js_pan"),
    Measure("drag_step", "one drag step (and its repaint)", "ms", {10_000: 16, 100_000: 16}),
    Measure("move_apply", "apply a move (and repaint)", "ms", {10_000: 16, 100_000: 16},
            "bpmn_js_move"),
    Measure("move_undo", "undo a move (and repaint)", "ms", {10_000: 16, 100_000: 16},
            "bpmn_js_undo"),
    Measure("move_undo_clean", "undo back to the saved state (and repaint)", "ms",
            {10_000: 16, 100_000: 16}),
    Measure("zoom_fit", "zoom to fit the whole diagram + paint", "ms",
            {10_000: 100, 100_000: 300}),
    Measure("zoom_fit_after_edit", "zoom to fit right after a move + paint", "ms",
            {10_000: 100, 100_000: 300}),
    Measure("peak_rss", "peak RSS with the model open in the editor", "MB",
            {10_000: 250, 100_000: 1536}, "bpmn_js_rss"),
)

#: The bpmn.io figures, with what each one is.
THEIRS = {
    "moddle_parse": "bpmn-moddle fromXML",
    "moddle_write": "bpmn-moddle toXML (indented)",
    "bpmn_js_import": "bpmn-js importXML",
    "bpmn_js_first_frame": "bpmn-js first frame after the import",
    "bpmn_js_open": "bpmn-js importXML + first frame",
    "bpmn_js_move": "bpmn-js move of the task + frame",
    "bpmn_js_undo": "bpmn-js undo + frame",
    "bpmn_js_pan": "bpmn-js scroll a third of the canvas + frame",
    "bpmn_js_rss": "Chromium's processes with the file open (RSS summed)",
}

#: Start-up is one figure for the whole run (the bundled example), with its own target.
STARTUP_TARGET = 0.5


def scale(measure: Measure, value: float) -> float:
    """``value`` (seconds, or MB) in the measure's unit."""
    return value * 1000 if measure.unit == "ms" else value


def shown(measure: Measure, value: float | None) -> str:
    """``value`` as the table shows it, with its unit."""
    if value is None:
        return "—"
    figure = scale(measure, value)
    if measure.unit == "MB":
        return f"{figure:,.0f} MB"
    digits = 1 if measure.unit == "ms" and figure >= 10 else 2 if measure.unit == "ms" else 3
    return f"{figure:,.{digits}f} {measure.unit}"
