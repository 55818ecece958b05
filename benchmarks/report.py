"""Benchmarks: the runner's figures as Markdown tables — ours against the targets, then bpmn.io's.

The first table has one column per size and the targets of 10,000 and 100,000 steps, each
figure marked ✓ where it meets its target and ✗ where it does not; the second puts every
bpmn.io figure of the same run beside ours, with the ratio ours / theirs.
"""

from __future__ import annotations

import datetime
import os
import platform
from pathlib import Path
from typing import Any

from benchmarks.measures import MEASURES, STARTUP_TARGET, THEIRS, Measure, scale, shown

TARGET_SIZES = (10_000, 100_000)


def print_table(results: dict[str, Any]) -> None:
    print(f"Date: {results.get('date', datetime.date.today().isoformat())}. "
          f"Machine: {results.get('machine', machine())}.")
    print(f"Command: {results.get('command', 'python -m benchmarks')}")
    sizes = results["sizes"]
    for size, figures in sizes.items():
        print(f"- {int(size):,} steps: {figures['steps']:,} steps and {figures['flows']:,} flows "
              f"over {figures['lanes']} lanes, {figures['file_mb']:.1f} MB, "
              f"{figures.get('items', 0):,} scene items ({figures.get('first_items', figures.get('items', 0)):,} "
              f"made before the first view); medians of {figures['repeat']} "
              f"repetitions ({results['gesture_repeat']} for each gesture); all analyses with "
              f"{figures.get('runs', 0):,} Monte Carlo runs (the default asks for "
              f"{results['default_runs']:,}); zoom to fit reached "
              f"{figures.get('fit_zoom', 0) * 100:.0f} %")
        for what, error in figures.get("errors", {}).items():
            print(f"  - {int(size):,} steps: {what} failed: {error}")
    print()
    print(f"| measure | {' | '.join(f'{int(s):,} steps' for s in sizes)} | "
          f"{' | '.join(f'target {t:,}' for t in TARGET_SIZES)} |")
    print(f"|---|{'---:|' * len(sizes)}{'---:|' * len(TARGET_SIZES)}")
    for measure in MEASURES:
        cells = [_cell(measure, int(size), figures["ours"].get(measure.key))
                 for size, figures in sizes.items()]
        targets = [_target(measure, size) for size in TARGET_SIZES]
        print(f"| {measure.label} | {' | '.join(cells)} | {' | '.join(targets)} |")
    startup = results["startup"]
    mark = "✓" if startup <= STARTUP_TARGET else "✗"
    blanks = " | ".join("" for _ in sizes)
    print(f"| start-up to a shown window, bundled example (warm, median of 5) | {startup:.3f} s "
          f"{mark} |{blanks} ≤ {STARTUP_TARGET} s | |".replace("|  |", "| |"))
    print_ratios(sizes)


def print_ratios(sizes: dict[str, Any]) -> None:
    """Ours beside bpmn.io's figures of the same run, as ratios ours / theirs."""
    rows = []
    for measure in MEASURES:
        for size, figures in sizes.items():
            theirs = figures["theirs"].get(measure.theirs or "")
            ours = figures["ours"].get(measure.key)
            if theirs and ours is not None:
                rows.append(f"| {int(size):,} | {measure.label} | {shown(measure, ours)} | "
                            f"{THEIRS[measure.theirs]} | {shown(measure, theirs)} | "
                            f"{ours / theirs:.2f} × |")
    if not rows:
        print("\nNo bpmn.io figures: bpmn-moddle and bpmn-js were not found.")
        return
    print("\n| steps | ours | figure | bpmn.io | figure | ours / theirs |")
    print("|---:|---|---:|---|---:|---:|")
    for row in rows:
        print(row)
    for size, figures in sizes.items():
        theirs = figures["theirs"]
        if "bpmn_js_import" in theirs:
            print(f"\nbpmn-js at {int(size):,} steps: importXML {theirs['bpmn_js_import']:.3f} s, "
                  f"first frame {theirs['bpmn_js_first_frame']:.3f} s.", end="")
    print()


def _cell(measure: Measure, size: int, value: float | None) -> str:
    target = measure.targets.get(size)
    if value is None or target is None:
        return shown(measure, value)
    return f"{shown(measure, value)} {'✓' if scale(measure, value) <= target else '✗'}"


def _target(measure: Measure, size: int) -> str:
    target = measure.targets.get(size)
    if target is None:
        return ""
    if measure.unit == "MB" and target >= 1024:
        return f"≤ {target / 1024:g} GB"
    return f"≤ {target:g} {measure.unit}"


def machine() -> str:
    """Cores, memory and CPU model of this machine, as the README states them."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:", 1)[1].split()[0])
        memory = f", {kb / 2**20:.0f} GiB memory"
    return f"{os.cpu_count()} cores{memory}, {cpu}, Python {platform.python_version()}"
