"""PNG export: headless through the CLI for every bundled example, and from a model in code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from customer_modeler.editor.canvas.export import PADDING, render_image
from customer_modeler.editor.canvas.scene import ProcessScene
from tests.editor.factory import make_model

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "resources" / "examples").glob("*.bpmn"))


def expected_size(model, scale: float) -> tuple[int, int]:
    scene = ProcessScene(model)
    rect = scene.diagram_rect()
    scene.detach()
    return (round((rect.width() + 2 * PADDING) * scale), round((rect.height() + 2 * PADDING) * scale))


def ink_share(image: QImage) -> float:
    """Share of sampled pixels that are not plain white (the image is not blank)."""
    step = max(1, image.width() // 200)
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)]
    return sum(1 for c in samples if c.name() != "#ffffff") / len(samples)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_cli_exports_each_bundled_example_offscreen(qtbot, example, tmp_path):
    from customer_modeler.bpmn.reader import read_bpmn_file

    out = tmp_path / f"{example.stem}.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "customer_modeler", "convert", str(example), str(out),
                           "--scale", "0.5"], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == expected_size(read_bpmn_file(example).model, 0.5)
    assert ink_share(image) > 0.05


def test_render_has_no_selection_and_honours_scale_and_background(qtbot):
    model = make_model(thai=True)
    white = render_image(model, scale=1.0)
    assert (white.width(), white.height()) == expected_size(model, 1.0)
    assert white.pixelColor(1, 1).name() == "#ffffff" and ink_share(white) > 0.05
    clear = render_image(model, scale=2.0, transparent=True)
    assert (clear.width(), clear.height()) == expected_size(model, 2.0)
    assert clear.pixelColor(1, 1).alpha() == 0
    with pytest.raises(ValueError):
        render_image(model, scale=0)
