"""Samples layer: ``python -m customer_modeler.samples OUTDIR`` writes the built-in models.

Writes order-journey.bpmn, order-journey-account-executive.bpmn and
competitor-online-first.bpmn into OUTDIR (created when missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from customer_modeler.samples import SAMPLES


def main(argv: list[str] | None = None) -> int:
    """Write every sample model as ``<name>.bpmn`` into the folder given as the argument.

    Parameters
    ----------
    argv
        The arguments after the program name (default ``sys.argv[1:]``): one folder.

    Returns
    -------
    int
        0 when the files were written, 2 on a usage error.
    """
    from customer_modeler.bpmn.writer import write_bpmn  # the BPMN layer, only when writing

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m customer_modeler.samples OUTDIR", file=sys.stderr)
        return 2
    folder = Path(args[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in SAMPLES.items():
        path = folder / f"{name}.bpmn"
        path.write_bytes(write_bpmn(build()))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
