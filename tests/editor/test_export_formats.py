"""SVG, PDF, print and copy-as-image, driven through the window's actions with the dialogs
answered by the test; the files checked with lxml, pdftoppm and headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPdfWriter

from customer_modeler.bpmn.reader import read_bpmn_file
from customer_modeler.editor import style
from customer_modeler.editor.analysis_ui.jobs import Mark
from customer_modeler.editor.canvas import export
from customer_modeler.editor.panels.dialogs import ExportOptions, ExportOptionsDialog
from customer_modeler.editor.window.export_actions import LAST_FOLDER, mark_overlay, svg_marks, with_extension
from customer_modeler.notation import svg_shapes
from tests.editor.factory import make_model

REPO = Path(__file__).resolve().parents[2]
ORDER_JOURNEY = REPO / "resources" / "examples" / "order-journey.bpmn"
SVG = "{http://www.w3.org/2000/svg}"


def pdf_pages(path: Path) -> list[QImage]:
    """The PDF's pages rendered by poppler (skip when it is not installed)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    out = Path(tempfile.mkdtemp())
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(out / "page")], check=True, timeout=60)
    return [QImage(str(p)) for p in sorted(out.glob("page*.png"))]


def answer(window, tmp_path: Path, name: str, options: ExportOptions = ExportOptions()) -> list[tuple]:
    asked: list[tuple] = []
    window.exports.ask_options = lambda fmt, has: asked.append((fmt, has)) or options
    window.exports.ask_path = lambda title, fmt: str(tmp_path / name)
    return asked


def test_export_menu_writes_svg_pdf_and_png_adding_the_extension(window, tmp_path):
    for key, fmt in (("export_svg", "SVG"), ("export_pdf", "PDF"), ("export_png", "PNG")):
        asked = answer(window, tmp_path, f"journey-{fmt}")  # typed without an extension
        window.actions[key].trigger()
        path = tmp_path / f"journey-{fmt}.{fmt.lower()}"
        assert asked == [(fmt, False)] and path.is_file(), window.errors
        assert window.statusBar().currentMessage() == f"Exported {path.name}"
    root = etree.parse(str(tmp_path / "journey-SVG.svg")).getroot()
    ids = {g.get("data-element-id") for g in root.iter(f"{SVG}g")}
    assert set(window.editor.model.steps) | set(window.editor.model.flows) <= ids
    assert len(pdf_pages(tmp_path / "journey-PDF.pdf")) == 1
    assert QImage(str(tmp_path / "journey-PNG.png")).width() > 100
    # the next dialog starts in the folder of the last export
    assert window.files.settings.value(LAST_FOLDER) == str(tmp_path)
    assert window.exports.start_path("PDF") == str(tmp_path / "Small journey.pdf")


def test_cancelled_dialogs_write_nothing(window, tmp_path):
    window.exports.ask_options = lambda fmt, has: None
    window.exports.ask_path = lambda title, fmt: pytest.fail("no file dialog after a cancel")
    window.actions["export_pdf"].trigger()
    window.exports.ask_options = lambda fmt, has: ExportOptions()
    window.exports.ask_path = lambda title, fmt: None
    window.actions["export_svg"].trigger()
    assert list(tmp_path.iterdir()) == []


def test_with_extension_adds_only_what_is_missing():
    assert with_extension(Path("a/b"), "PNG") == Path("a/b.png")
    assert with_extension(Path("a/b.PNG"), "PNG") == Path("a/b.PNG")
    assert with_extension(Path("a/v1.2"), "SVG") == Path("a/v1.2.svg")


def test_highlights_come_along_only_when_asked(window, tmp_path):
    model = window.editor.model
    step_id = next(iter(model.steps))
    marks = [(Mark(step_id, "error", ["F"]), None)]
    plain = export.render_image(model, 1.0)
    marked = export.render_image(model, 1.0, overlay=mark_overlay(marks))
    assert plain.size() == marked.size() and plain != marked
    assert export.render_image(model, 1.0) == plain  # a fresh scene each time
    svg = export.svg_document(model, highlights=svg_marks(marks))
    assert f'data-element-id="{step_id}" class="highlight error"' in svg
    assert 'class="highlights"' not in export.svg_document(model)


def test_an_svg_badge_too_long_for_one_line_holds_each_badge_whole_on_a_line(window):
    model = window.editor.model
    first, second = list(model.steps)[:2]
    long = ["1% of customer time", "↻ +0.52 visits", "repeat data: name"]
    marks = [(Mark(first, "warning", long), None), (Mark(second, "error", ["F", "W"]), None)]
    root = etree.fromstring(export.svg_document(model, highlights=svg_marks(marks)).encode())

    def badge_lines(step_id: str) -> list[str]:
        group = next(g for g in root.iter(f"{SVG}g") if g.get("data-element-id") == step_id
                     and g.get("class", "").startswith("highlight"))
        return ["".join(span.itertext()) for span in group.iter(f"{SVG}tspan")]

    assert badge_lines(first) == long  # as the window shows it: one a line, none cut
    assert badge_lines(second) == ["F · W"]  # short ones share a line


def test_selection_and_window_state_never_reach_the_picture(window):
    before = export.render_image(window.editor.model, 1.0)
    window.select_all()
    window.toggle_grid()
    assert window.scene.selectedItems()
    assert export.render_image(window.editor.model, 1.0) == before


def test_png_options_dialog_scale_or_dpi(qtbot):
    dialog = ExportOptionsDialog("PNG", has_highlights=False)
    qtbot.addWidget(dialog)
    assert not dialog.highlights.isEnabled()
    dialog.size_unit.setCurrentIndex(1)  # dots per inch, the same size
    assert dialog.scale.value() == pytest.approx(192)
    dialog.scale.setValue(300)
    dialog.background.setCurrentIndex(1)
    chosen = dialog.export_options()
    assert chosen.scale == pytest.approx(300 / 96) and chosen.transparent and not chosen.highlights
    image = export.render_image(make_model(), export.scale_for_dpi(300))
    assert round(image.dotsPerMeterX() * 0.0254) == 300


def test_pdf_fitted_on_one_page_or_tiled_at_full_size(qtbot, tmp_path):
    model = read_bpmn_file(ORDER_JOURNEY).model
    one, tiled = tmp_path / "one.pdf", tmp_path / "tiled.pdf"
    assert export.save_pdf(model, one) == 1
    pages = export.save_pdf(model, tiled, tiled=True)
    assert pages > 1
    rendered = pdf_pages(one)
    assert len(rendered) == 1 and rendered[0].width() > rendered[0].height()  # A4 landscape
    assert len(pdf_pages(tiled)) == pages
    assert one.stat().st_size < 200_000  # vector: small


def test_print_previews_the_pages(window, tmp_path):
    painted: list[int] = []

    def preview(printer, paint):
        writer = QPdfWriter(str(tmp_path / "printed.pdf"))
        writer.setResolution(printer.resolution())
        writer.setPageLayout(printer.pageLayout())
        paint(writer)
        painted.append(printer.resolution())
        del writer

    window.exports.show_preview = preview
    action = window.actions["print"]
    assert action.isEnabled() and QKeySequence("Ctrl+P") in action.shortcuts()
    action.trigger()
    assert painted == [96]  # fonts at the diagram's size
    assert len(pdf_pages(tmp_path / "printed.pdf")) == 1


def test_copy_as_image_puts_png_and_svg_on_the_clipboard(window):
    clipboard = QGuiApplication.clipboard()
    try:
        window.actions["copy_image"].trigger()
        mime = clipboard.mimeData()
        assert mime.hasImage() and not QImage(mime.imageData()).isNull()
        root = etree.fromstring(bytes(mime.data("image/svg+xml")))
        assert {g.get("data-element-id") for g in root.iter(f"{SVG}g")} >= set(window.editor.model.steps)
    finally:
        clipboard.clear()  # an image left on the offscreen clipboard crashes Qt at exit


def test_export_colours_are_the_windows_light_colours():
    pairs = {"INK": "INK", "MUTED_INK": "MUTED_INK", "FLOW_INK": "FLOW_INK", "FAILURE_FLOW": "FAILURE_FLOW",
             "VISIBLE_FILL": "VISIBLE_FILL", "BACKSTAGE_FILL": "BACKSTAGE_FILL",
             "BACKSTAGE_BORDER": "BACKSTAGE_BORDER", "READ_ONLY_FILL": "READ_ONLY_FILL", "EYE": "EYE",
             "LANE_BORDER": "LANE_BORDER"}
    for ours, theirs in pairs.items():
        assert getattr(svg_shapes, ours) == getattr(style, theirs).name(), ours
    for role, colours in style.LANE_COLOURS.items():
        assert svg_shapes.LANE_COLOURS[role] == tuple(c.name() for c in colours)
    assert svg_shapes.ROLE_TITLES == style.ROLE_TITLES


def test_order_journey_svg_renders_in_headless_chromium(qtbot, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed")
    svg = tmp_path / "order.svg"
    svg.write_text(export.svg_document(read_bpmn_file(ORDER_JOURNEY).model), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1600,600",
                    svg.as_uri()], capture_output=True, timeout=120, check=False)
    image = QImage(str(shot))
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 4) for y in range(0, 600, 4)}
    body, header, _accent = svg_shapes.LANE_COLOURS["customer"]
    assert body in colours and header in colours  # the customer lane and its header are drawn
    assert len(colours) > 50  # shapes and antialiased text, not a blank or error page


def test_png_of_a_long_journey_is_offered_the_scales_it_fits_at(qtbot, tmp_path):
    """A 300-step journey is about 46,000 units long: at the 2 × offered first its PNG would
    be refused once the file was chosen. The dialog offers what fits, says why, and the
    file has the pixels the dialog showed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from benchmarks.generate import generate_model
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(generate_model(300))
    qtbot.addWidget(window)
    window.show()
    window.exports.ask_path = lambda title, fmt: str(tmp_path / "long.png")
    seen: dict[str, object] = {}

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportOptionsDialog):
            QTimer.singleShot(20, answer_dialog)
            return
        seen.update(scale=dialog.scale.value(), largest=dialog.scale.maximum(),
                    pixels=dialog.pixels.text(), note=dialog.size_note.text(),
                    note_shown=dialog.size_note.isVisibleTo(dialog))
        dialog.size_unit.setCurrentIndex(1)  # in dots per inch, still no more than fits
        seen["dpi_largest"] = dialog.scale.maximum()
        dialog.size_unit.setCurrentIndex(0)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer_dialog)
    window.actions["export_png"].trigger()
    image = QImage(str(tmp_path / "long.png"))
    assert not image.isNull()
    largest = seen["largest"]
    assert 0.5 < largest < 1 and seen["scale"] == largest  # 2 × would not fit: the largest that does
    assert seen["dpi_largest"] <= largest * 96
    assert seen["pixels"] == f"{image.width()} × {image.height()} pixels"
    assert export.MAX_SIDE - 400 < image.width() <= export.MAX_SIDE
    assert seen["note_shown"] and f"fits at up to {largest:.2f} ×" in seen["note"]
    window.close()


def test_png_dialog_of_a_short_journey_keeps_its_sizes_without_a_note(window, qtbot):
    limits = export.png_limits(export.diagram_source(window.scene, exact=False))
    dialog = ExportOptionsDialog("PNG", False, window, limits)
    qtbot.addWidget(dialog)
    assert dialog.scale.value() == 2.0 and dialog.scale.minimum() == 0.25
    assert dialog.scale.maximum() == min(8.0, limits.largest)
    assert not dialog.size_note.text()
    dialog.scale.setValue(1.0)
    width, height = limits.pixels(1.0)
    assert dialog.pixels.text() == f"{width} × {height} pixels"


def test_a_png_too_large_is_refused_with_the_scale_that_fits():
    from benchmarks.generate import generate_model

    model = generate_model(300)
    with pytest.raises(ValueError, match=r"more than 32000 a side; choose a scale of at most 0\.\d+") as refused:
        export.render_image(model, 1.0)
    largest = float(str(refused.value).rsplit(" ", 1)[1].rstrip("."))
    image = export.render_image(model, largest)
    assert export.MAX_SIDE - 400 < image.width() <= export.MAX_SIDE


def test_copy_as_image_of_a_long_journey_copies_what_fits_and_says_so(qtbot):
    """At the 2 × Copy as Image paints at, a 300-step journey would be some 93,000 pixels
    wide: nothing was copied and no message showed. The picture is now at the largest
    scale that fits, the status bar says which, and the SVG keeps the full size."""
    from benchmarks.generate import generate_model
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(generate_model(300))
    qtbot.addWidget(window)
    window.show()
    clipboard = QGuiApplication.clipboard()
    try:
        window.actions["copy_image"].trigger()
        mime = clipboard.mimeData()
        image = QImage(mime.imageData())
        assert export.MAX_SIDE - 400 < image.width() <= export.MAX_SIDE
        largest = export.png_limits(export.diagram_source(window.scene)).largest
        said = window.statusBar().currentMessage()
        assert f"at {largest:g} × ({image.width()} × {image.height()} pixels)" in said
        assert "SVG copy is full size" in said
        root = etree.fromstring(bytes(mime.data("image/svg+xml")))
        assert float(root.get("width").removesuffix("px")) > export.MAX_SIDE  # the diagram's own size
    finally:
        clipboard.clear()  # an image left on the offscreen clipboard crashes Qt at exit
    window.close()


def test_copy_as_image_of_a_short_journey_is_at_twice_the_size(window):
    clipboard = QGuiApplication.clipboard()
    try:
        window.actions["copy_image"].trigger()
        image = QImage(clipboard.mimeData().imageData())
        width, height = export.png_limits(export.diagram_source(window.scene)).pixels(2.0)
        assert (image.width(), image.height()) == (width, height)
        assert window.statusBar().currentMessage() == "Copied the diagram as a picture"
    finally:
        clipboard.clear()
