"""Command line: ``customer-modeler convert IN OUT`` — write a model as BPMN (ours or plain),
or draw it as PNG, SVG or PDF.

BPMN and SVG output never import Qt (the SVG is written from the notation description,
with the canvas's decisions made without Qt); PNG and PDF load Qt (offscreen) only when asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from customer_modeler.bpmn.plain import write_plain_bpmn
from customer_modeler.bpmn.writer import save_bpmn_file, write_atomically
from customer_modeler.cli.support import open_model
from customer_modeler.model.document import ProcessModel
from customer_modeler.platform_check import missing_libraries_message


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="IN")
    parser.add_argument("out", type=Path, metavar="OUT")
    parser.add_argument("--scale", type=float, default=1.0, help="PNG scale (default 1)")
    parser.add_argument("--dpi", type=float, help="PNG size in dots per inch (96 is scale 1)")
    parser.add_argument("--transparent", action="store_true",
                        help="PNG or SVG without the white background")
    parser.add_argument("--tiled", action="store_true",
                        help="PDF at the diagram's size over several pages instead of one page fitted")
    parser.add_argument("--plain", action="store_true",
                        help="BPMN for other tools: without our cpm: attributes and data")
    parser.add_argument("--bpsim", action="store_true",
                        help="with --plain: branch probabilities as BPSim parameters")


def run(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".bpmn", ".png", ".xml", ".svg", ".pdf"):
        print(f"error: {args.out}: cannot write {suffix or 'files without an extension'}; "
              "use .bpmn, .png, .svg or .pdf", file=sys.stderr)
        return 1
    missing = missing_libraries_message(window=False) if suffix in (".png", ".pdf") else None
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    result = open_model(args.file)
    if result is None:
        return 1
    try:
        if suffix in (".png", ".pdf"):
            scale = args.dpi / 96 if args.dpi else args.scale
            _export_image(result.model, args.out, scale, args.transparent, args.tiled)
        elif suffix == ".svg":
            _export_svg(result.model, args.out, args.transparent)
        elif args.plain:
            write_atomically(args.out, write_plain_bpmn(result.model, bpsim=args.bpsim))
        else:
            save_bpmn_file(result.model, args.out)
    except OSError as exc:
        print(f"error: {args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # e.g. a PNG scale that is zero, negative or far too large
        print(f"error: {args.out}: {exc}", file=sys.stderr)
        return 1
    return 0


def _export_image(model: ProcessModel, out: Path, scale: float, transparent: bool, tiled: bool) -> None:
    from customer_modeler.editor.canvas.export import export_file  # Qt only for PNG and PDF

    export_file(model, out, scale=scale, transparent=transparent, tiled=tiled)


def _export_svg(model: ProcessModel, out: Path, transparent: bool) -> None:
    from customer_modeler.editor.canvas.svg_view import diagram_view  # no Qt
    from customer_modeler.notation.svg import diagram_svg

    svg = diagram_svg(model, diagram_view(model), background=None if transparent else "#ffffff")
    write_atomically(out, svg.encode("utf-8"))
