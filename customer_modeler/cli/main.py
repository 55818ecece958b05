"""Command line: ``customer-modeler`` (headless subcommands, or the editor).

``info`` and ``convert`` to BPMN never import Qt, so they run on machines without a
display or Qt libraries; ``convert`` to PNG and the editor load Qt only when asked.
Errors are one line on stderr (``error: FILE: reason``) and exit status 1.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from customer_modeler import __version__
from customer_modeler.platform_check import missing_libraries_message

SUBCOMMANDS = ("info", "convert", "analyze", "compare", "selftest")
#: What each subcommand does, for ``customer-modeler -h``.
_HELP = {
    "info": "count lanes, steps and flows; list the warnings",
    "convert": "write FILE as OUT (.bpmn or .png)",
    "analyze": "analyse a model: scorecard, visits, issues",
    "compare": "compare two models: A ours or the baseline, B theirs or a variant",
    "selftest": "check this installation offscreen: open the example, analyse, export",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``customer-modeler`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        parsed = _subcommand_parser(args[0]).parse_args(args)
        handler: Callable[[argparse.Namespace], int] = parsed.handler
        whole_program = argv is None and _ends_without_cleanup(args[0])
        if whole_program:
            from customer_modeler.cli.support import keep_opened_to_the_end  # these subcommands load it anyway

            keep_opened_to_the_end()
            # The cyclic collector would walk the model again and again and free next to
            # nothing before the process ends (analyze --json at 10,000 steps: 0.3-0.6 s of
            # 2.4-2.7 s; the peak memory was the same without it at 10,000 and 100,000 steps).
            gc.disable()
        try:
            code = handler(parsed)
        except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
            sys.stdout = None  # type: ignore[assignment]
            return 0
        if whole_program:
            _end_process(code)
        return code
    parsed = _editor_parser().parse_args(args)
    if no_display():
        print("error: no display: run the editor under xvfb-run, or set QT_QPA_PLATFORM=offscreen",
              file=sys.stderr)
        return 1
    offscreen = os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal")
    missing = missing_libraries_message(window=not offscreen)
    if missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    from customer_modeler.app import run_editor  # Qt only on this path

    return run_editor([str(p) for p in parsed.files], quit_after=parsed.quit_after)


#: Subcommands that never start Qt, so nothing of theirs needs cleaning up at exit.
_PLAIN_SUBCOMMANDS = frozenset({"info", "analyze", "compare"})


def _ends_without_cleanup(subcommand: str) -> bool:
    """Whether the process may end right after ``subcommand``, skipping Python's clean-up:
    a subcommand without Qt, in a process no profiler or tracer (coverage) watches."""
    return subcommand in _PLAIN_SUBCOMMANDS and sys.getprofile() is None and sys.gettrace() is None


def _end_process(code: int) -> NoReturn:
    """End the process with ``code`` once the output is out, without freeing the models
    the subcommand read (see :func:`~customer_modeler.cli.support.keep_opened_to_the_end`)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # as above: a reader that stopped early is no error
        code = 0
    sys.stderr.flush()
    os._exit(code)


def no_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """On Linux, Qt aborts the process when it finds no screen: say so in one line instead."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


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


def _subcommand_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser of the subcommands; only ``chosen``'s module is imported (all when None),
    so ``info`` and ``convert`` start without loading the analyses and numpy."""
    parser = argparse.ArgumentParser(prog="customer-modeler")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    for name in SUBCOMMANDS:
        subparser = commands.add_parser(name, help=_HELP[name])
        if chosen is None or name == chosen:
            module = _subcommand_module(name)
            module.add_arguments(subparser)
            subparser.set_defaults(handler=module.run)
    return parser


def _subcommand_module(name: str) -> ModuleType:
    """The module of one subcommand, imported when it is asked for (named statically, so
    packaging tools still find every one)."""
    if name == "info":
        from customer_modeler.cli import info
        return info
    if name == "convert":
        from customer_modeler.cli import convert
        return convert
    if name == "analyze":
        from customer_modeler.cli import analyze
        return analyze
    if name == "compare":
        from customer_modeler.cli import compare
        return compare
    from customer_modeler.cli import selftest
    return selftest
