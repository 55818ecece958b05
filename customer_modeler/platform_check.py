"""Which system libraries Qt needs on Linux, and a one-line answer when one is missing.

Qt's own libraries come with PySide6 (and with the packaged app), but it links a few of the
system's: without them importing Qt ends in an ``ImportError`` traceback that names a file,
not what to install. This check loads each library first and names the Debian package of any
that is missing. No Qt here.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterable

#: Libraries Qt needs to draw at all (offscreen pictures included), with their Debian packages.
DRAWING: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
}
#: What a window on an X11 (or XWayland) screen needs on top of that.
WINDOW: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages(window: bool, loads: Callable[[str], bool] = _loads,
                     platform: str = sys.platform) -> list[str]:
    """The Debian packages whose libraries cannot be loaded (none off Linux)."""
    if not platform.startswith("linux"):
        return []
    needed: Iterable[tuple[str, str]] = DRAWING.items()
    if window:
        needed = [*needed, *WINDOW.items()]
    return sorted({package for library, package in needed if not loads(library)})


def missing_libraries_message(window: bool, loads: Callable[[str], bool] = _loads,
                              platform: str = sys.platform) -> str | None:
    """One sentence saying what to install, or None when Qt can start."""
    packages = missing_packages(window, loads, platform)
    if not packages:
        return None
    return ("Qt needs system libraries that are not installed; install them with: "
            f"sudo apt-get install {' '.join(packages)}")
