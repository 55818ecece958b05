"""``customer-modeler convert IN OUT.svg|OUT.pdf|OUT.png``, run as a user runs it; SVG without Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.cli.test_cli_files import journey_file, run_cli  # noqa: F401 - the fixture

SVG = "{http://www.w3.org/2000/svg}"


def test_convert_to_svg_imports_no_qt(journey_file: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "journey.svg"
    code = ("import sys; from customer_modeler.cli.main import main; "
            f"assert main(['convert', {str(journey_file)!r}, {str(out)!r}, '--transparent']) == 0; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    root = etree.parse(str(out)).getroot()
    assert root.find(f"{SVG}rect[@class='background']") is None  # transparent
    steps = [g for g in root.iter(f"{SVG}g") if "bpmn-activity" in (g.get("class") or "")]
    assert len(steps) >= 3


def test_convert_to_pdf_and_png(journey_file: Path, tmp_path: Path) -> None:  # noqa: F811
    pdf, png = tmp_path / "journey.pdf", tmp_path / "journey.png"
    assert run_cli("convert", journey_file, pdf).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    result = run_cli("convert", journey_file, png, "--dpi", "192")
    assert result.returncode == 0, result.stderr
    small = tmp_path / "small.png"
    assert run_cli("convert", journey_file, small).returncode == 0
    width = lambda p: int.from_bytes(p.read_bytes()[16:20], "big")  # noqa: E731 - PNG header
    assert width(png) == pytest.approx(2 * width(small), abs=2)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info


def test_convert_names_the_picture_formats_it_writes(journey_file: Path, tmp_path: Path) -> None:  # noqa: F811
    result = run_cli("convert", journey_file, tmp_path / "x.jpg")
    assert result.returncode == 1 and ".svg" in result.stderr and ".pdf" in result.stderr
