"""The one-line answer when Qt's system libraries are missing (instead of an ImportError)."""

from __future__ import annotations

from customer_modeler.platform_check import DRAWING, WINDOW, missing_libraries_message, missing_packages


def test_nothing_is_missing_when_every_library_loads() -> None:
    assert missing_packages(window=True, loads=lambda name: True, platform="linux") == []
    assert missing_libraries_message(window=True, loads=lambda name: True, platform="linux") is None


def test_a_missing_library_is_named_by_its_package() -> None:
    absent = {"libGL.so.1", "libxcb-cursor.so.0"}
    loads = lambda name: name not in absent  # noqa: E731
    assert missing_packages(window=False, loads=loads, platform="linux") == ["libgl1"]
    assert missing_libraries_message(window=True, loads=loads, platform="linux") == (
        "Qt needs system libraries that are not installed; install them with: "
        "sudo apt-get install libgl1 libxcb-cursor0")


def test_only_linux_is_checked() -> None:
    assert missing_packages(window=True, loads=lambda name: False, platform="win32") == []


def test_the_window_needs_more_than_drawing() -> None:
    assert set(DRAWING).isdisjoint(WINDOW)
    assert len(missing_packages(window=True, loads=lambda name: False, platform="linux")) == \
        len(set(DRAWING.values()) | set(WINDOW.values()))
