"""Command line: ``customer-modeler`` (headless subcommands, or the editor).

``info`` and ``convert`` to BPMN never import Qt, so they run on machines without a
display or Qt libraries; ``convert`` to PNG and the editor load Qt only when asked.
Errors are one line on stderr (``error: FILE: reason``) and exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from customer_modeler import __version__
from customer_modeler.cli import analyze as cli_analyze
from customer_modeler.cli import compare as cli_compare
from customer_modeler.bpmn.reader import ReadResult
from customer_modeler.cli.support import open_model
from customer_modeler.bpmn.plain import write_plain_bpmn
from customer_modeler.bpmn.writer import save_bpmn_file, write_atomically
from customer_modeler.model.document import ProcessModel

SUBCOMMANDS = ("info", "convert", "analyze", "compare")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``customer-modeler`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        parsed = _subcommand_parser().parse_args(args)
        handler: Callable[[argparse.Namespace], int] = parsed.handler
        try:
            return handler(parsed)
        except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
            sys.stdout = None  # type: ignore[assignment]
            return 0
    parsed = _editor_parser().parse_args(args)
    from customer_modeler.app import run_editor  # Qt only on this path

    return run_editor([str(p) for p in parsed.files], quit_after=parsed.quit_after)


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="customer-modeler",
        description="Draw and analyse customer processes (BPMN 2.0). With no FILE the bundled "
        f"Order journey opens. Subcommands: {', '.join(SUBCOMMANDS)} (try 'customer-modeler info -h').")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="BPMN files to open")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS",
                        help="close the editor after this many seconds (to check that it starts)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="customer-modeler")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    info = commands.add_parser("info", help="count lanes, steps and flows; list the warnings")
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=_info)
    convert = commands.add_parser("convert", help="write FILE as OUT (.bpmn or .png)")
    convert.add_argument("file", type=Path, metavar="IN")
    convert.add_argument("out", type=Path, metavar="OUT")
    convert.add_argument("--scale", type=float, default=1.0, help="PNG scale (default 1)")
    convert.add_argument("--plain", action="store_true",
                         help="BPMN for other tools: without our cpm: attributes and data")
    convert.add_argument("--bpsim", action="store_true",
                         help="with --plain: branch probabilities as BPSim parameters")
    convert.set_defaults(handler=_convert)
    analyze = commands.add_parser("analyze", help="analyse a model: scorecard, visits, issues")
    cli_analyze.add_arguments(analyze)
    analyze.set_defaults(handler=cli_analyze.run)
    compare = commands.add_parser(
        "compare", help="compare two models: A ours or the baseline, B theirs or a variant")
    cli_compare.add_arguments(compare)
    compare.set_defaults(handler=cli_compare.run)
    return parser


def info_counts(result: ReadResult) -> dict[str, object]:
    """The ``info --json`` object of DESIGN.md's CLI table."""
    model = result.model
    return {
        "lanes": sum(1 for lane in model.lanes.values() if lane.from_pool is None),
        "steps": len(model.steps),
        "flows": sum(1 for _ in model.sequence_flows()),
        "message_flows": sum(1 for _ in model.message_flows()),
        "warnings": [w.as_dict() for w in result.warnings],
    }


def _info(args: argparse.Namespace) -> int:
    result = open_model(args.file)
    if result is None:
        return 1
    counts = info_counts(result)
    if args.json:
        print(json.dumps(counts, indent=2, ensure_ascii=False))
        return 0
    print(f"{args.file}: {counts['lanes']} lanes, {counts['steps']} steps, {counts['flows']} flows, "
          f"{counts['message_flows']} message flows")
    customer = result.model.customer_lane
    print(f"customer lane: {customer.name if customer else '(none)'}")
    for warning in result.warnings:
        print(f"  {warning.code}: {warning.message}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".bpmn", ".png", ".xml"):
        print(f"error: {args.out}: cannot write {suffix or 'files without an extension'}; "
              "use .bpmn or .png", file=sys.stderr)
        return 1
    result = open_model(args.file)
    if result is None:
        return 1
    try:
        if suffix == ".png":
            _export_png(result.model, args.out, args.scale)
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


def _export_png(model: ProcessModel, out: Path, scale: float) -> None:
    from customer_modeler.editor.canvas.export import export_png  # Qt only for images

    export_png(model, out, scale=scale)
