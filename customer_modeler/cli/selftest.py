"""Command line: ``customer-modeler selftest`` — prove this installation works, offscreen.

Opens the bundled Order journey in an editor window (Qt offscreen, so no screen is needed),
runs every analysis on it, exports a PNG of the diagram and checks the picture is not blank.
Meant for the packaged app and fresh installs: exit status 0 when every check passed; otherwise
one line per failed check and status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from customer_modeler.platform_check import missing_libraries_message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep", type=Path, metavar="PNG",
                        help="also write the exported picture here")


def run(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # this check never needs a screen
    missing = missing_libraries_message(window=False)
    if missing:
        print(f"FAIL  system libraries: {missing}", file=sys.stderr)
        return 1
    checks: list[tuple[str, Callable[[], str]]] = [
        ("bundled example", _example_opens),
        ("editor window", _window_shows_example),
        ("analyses", _analyses_run),
        ("PNG export", lambda: _png_exports(args.keep)),
    ]
    failed = 0
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
            failed += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        print(f"ok    {name}: {detail} ({time.perf_counter() - started:.2f} s)")
    print("selftest passed" if not failed else f"selftest failed: {failed} of {len(checks)} checks")
    return 1 if failed else 0


def _read_example():  # noqa: ANN202
    from customer_modeler.bpmn.reader import read_bpmn_file
    from customer_modeler.resources import example_path

    return read_bpmn_file(example_path())


def _example_opens() -> str:
    from customer_modeler.resources import example_path

    result = _read_example()
    if result.warnings:
        raise ValueError(f"warnings on our own example: {len(result.warnings)}")
    return f"{example_path().name}, {len(result.model.steps)} steps"


def _window_shows_example() -> str:
    from PySide6.QtWidgets import QApplication

    from customer_modeler.editor.window.main_window import MainWindow
    from customer_modeler.resources import example_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    try:
        if not window.files.load(example_path()):
            raise ValueError("the window refused the bundled example")
        window.show()
        app.processEvents()
        shown = len(window.scene.step_items)
        if shown == 0:
            raise ValueError("the window shows no step")
        return f"{shown} steps drawn"
    finally:
        window.setWindowModified(False)
        window.close()
        window.deleteLater()
        app.processEvents()


def _analyses_run() -> str:
    from customer_modeler.analysis.report.full import ANALYSES, full_report, stopped

    report = full_report(_read_example().model, runs=500)
    if stopped(report):
        raise ValueError("an error stopped the scorecard")
    ran = [name for name in ANALYSES if report.get(name) is not None]
    if not ran:
        raise ValueError("no analysis gave a report")
    return f"scorecard and {', '.join(ran)}"


def _png_exports(keep: Path | None) -> str:
    from PySide6.QtGui import QImage

    from customer_modeler.editor.canvas.export import export_png

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "order-journey.png"
        export_png(_read_example().model, path)
        image = QImage(str(path))
        if image.isNull() or image.width() < 200 or image.height() < 100:
            raise ValueError("the picture is missing or too small")
        if len({image.pixel(x, y) for x in range(0, image.width(), 17)
                for y in range(0, image.height(), 17)}) < 3:
            raise ValueError("the picture is blank")
        if keep is not None:
            keep.write_bytes(path.read_bytes())
        return f"{image.width()}×{image.height()} pixels"
