"""Where the bundled files (example models, icons) are, however the program was installed.

In a source checkout or an editable install they are in the top-level ``resources/``
folder; a regular install puts them under ``<prefix>/share/customer-process-modeler``;
a packaged app carries them beside its code. No Qt, so the CLI can use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

DATA_NAME = "customer-process-modeler"
ORDER_JOURNEY = "order-journey.bpmn"


def resources_dir() -> Path:
    """The folder that holds ``examples/`` (and ``icons/``, ``fonts/``).

    Raises
    ------
    FileNotFoundError
        When the installation lacks its resources (a broken install).
    """
    here = Path(__file__).resolve().parent
    candidates = [
        Path(getattr(sys, "_MEIPASS", here)) / "resources",  # packaged app
        here.parent / "resources",  # source checkout, editable install
        Path(sys.prefix) / "share" / DATA_NAME,  # regular install (data files)
    ]
    for candidate in candidates:
        if (candidate / "examples").is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled resources are missing (looked in {candidates[1]})")


def example_path(name: str = ORDER_JOURNEY) -> Path:
    """The path of a bundled example model, e.g. ``order-journey.bpmn``."""
    return resources_dir() / "examples" / name


def fonts_dir() -> Path:
    """The folder of the bundled fonts (``fonts/``: DejaVu Sans for Greek, Loma for Thai)."""
    return resources_dir() / "fonts"
