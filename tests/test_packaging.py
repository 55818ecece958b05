"""What a user installs: the desktop entry, icon and .bpmn file type, and the packaged app.

The packaged app is checked when `packaging/build-app.sh` has built it (it runs these tests
at its end); without a build those tests skip and say how to build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import IN_CI

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP = REPO / "dist" / "customer-modeler"
NAME = "customer-process-modeler"


def _install(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(["bash", str(PACKAGING / "install-desktop.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_entry_installs_for_the_user_and_validates(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("customer-modeler")
    done = _install(tmp_path, str(command))
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "applications" / f"{NAME}.desktop"
    text = entry.read_text()
    assert f'Exec="{command}" %F' in text
    assert "MimeType=application/x-bpmn;" in text
    for size in (16, 32, 48, 256):
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png").is_file()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg").is_file()
    assert "*.bpmn" in (tmp_path / "mime" / "packages" / f"{NAME}.xml").read_text()
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if IN_CI:
            pytest.fail("desktop-file-validate is missing (Debian package desktop-file-utils)")
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr

    removed = _install(tmp_path, "--uninstall")
    assert removed.returncode == 0
    assert not entry.exists()
    assert not list((tmp_path / "icons").rglob(f"{NAME}.*"))


def test_the_icon_sizes_are_rendered_from_the_svg() -> None:
    svg = (REPO / "resources" / "icons" / f"{NAME}.svg").read_text()
    assert 'viewBox="0 0 256 256"' in svg
    pngs = sorted((REPO / "resources" / "icons" / "hicolor").glob(f"*/apps/{NAME}.png"))
    assert {p.parent.parent.name for p in pngs} >= {"16x16", "32x32", "48x48", "256x256"}
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)


# -- the packaged app (after packaging/build-app.sh) -------------------------------------------

def _built() -> Path:
    if not (APP / "customer-modeler").is_file():
        pytest.skip("the packaged app is not built here (run packaging/build-app.sh)")
    return APP


def _size_mib(folder: Path) -> float:
    """Size in MiB, as du counts it."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def test_the_packaged_app_passes_its_selftest_offscreen() -> None:
    app = _built()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([str(app / "customer-modeler"), "selftest"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "selftest passed"


def test_the_packaged_app_is_lean_and_carries_no_system_libraries() -> None:
    app = _built()
    assert _size_mib(app) <= 150, f"{_size_mib(app):.0f} MiB unpacked"
    names = [p.name for p in (app / "_internal").rglob("*.so*")]
    for system in ("libgtk", "libgdk", "libglib", "libgio", "libssl", "libcrypto", "libX11",
                   "libxcb.so", "libfontconfig", "libfreetype", "libcairo", "libpango"):
        assert not [n for n in names if n.startswith(system)], system
    platforms = {p.name for p in (app / "_internal").rglob("platforms/*.so")}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert not list((app / "_internal").rglob("platformthemes/*.so"))
    archives = sorted((REPO / "dist").glob("customer-modeler-*-linux-*.tar.gz"))
    assert archives, "build-app.sh writes a .tar.gz beside the folder"
    assert archives[-1].stat().st_size / 2**20 <= 60
    with tarfile.open(archives[-1]) as archive:
        members = archive.getnames()
    assert "customer-modeler/customer-modeler" in members
    assert "customer-modeler/install-desktop.sh" in members
    assert any(re.search(r"resources/fonts/Loma\.ttf$", m) for m in members)
