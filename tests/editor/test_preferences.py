"""Edit ▸ Preferences: opened from the menu, stored in the editor's settings, applied at
once — theme (exports stay light), grid and snapping, autosave interval, display units —
and the language after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.editor import style
from customer_modeler.editor.canvas.export import render_image, svg_document
from customer_modeler.editor.preferences import store
from customer_modeler.model import Rect
from tests.editor import gestures as g
from tests.editor.preferences_helpers import choose, clean_preferences, open_dialog  # noqa: F401

pytestmark = pytest.mark.usefixtures("clean_preferences")


def press(dialog, button) -> None:  # noqa: ANN001
    dialog.buttons.button(button).click()


def lightness(colour: QColor) -> int:
    return colour.lightness()


def dark_strokes(icon: QImage) -> int:
    """Opaque pixels of an icon in dark ink."""
    return sum(1 for x in range(icon.width()) for y in range(icon.height())
               if icon.pixelColor(x, y).alpha() == 255 and lightness(icon.pixelColor(x, y)) < 80)


def test_the_dialog_opens_from_the_edit_menu_showing_the_stored_preferences(window, qtbot):
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.actions["preferences"] in edit_menu.actions()
    dialog = open_dialog(window, qtbot)
    assert dialog.theme.currentData() == "light" and dialog.grid_size.value() == 10
    assert dialog.autosave.value() == 30 and dialog.snap_to_steps.isChecked()
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "ไทย", "Svenska", "Português (Brasil)", "Ελληνικά"]
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert store.load() == store.Preferences()


def test_dark_theme_changes_the_window_and_the_steps_but_exports_stay_light(window, qtbot):
    model = window.editor.model
    light_png = render_image(model)
    light_svg = svg_document(model)
    step = window.scene.step_items["T_quote"]
    zoom_icon = window.actions["zoom_in"].icon().pixmap(32).toImage()
    fill_before = window.view.grab().toImage().pixelColor(
        window.view.mapFromScene(step.mapToScene(QPointF(20, 20))))
    dialog = open_dialog(window, qtbot)
    choose(dialog.theme, "dark")
    press(dialog, QDialogButtonBox.StandardButton.Apply)

    assert lightness(QApplication.palette().window().color()) < 80
    # the widgets take the application's palette as its change event reaches them
    qtbot.waitUntil(lambda: lightness(QWidget.palette(window).window().color()) < 80)
    assert step._fill() == style.DARK.backstage_fill   # a back-stage step
    fill_after = window.view.grab().toImage().pixelColor(
        window.view.mapFromScene(step.mapToScene(QPointF(20, 20))))
    assert lightness(fill_before) > 200 and lightness(fill_after) < 80
    # the toolbar's icons are drawn again in light ink
    redrawn = window.actions["zoom_in"].icon().pixmap(32).toImage()
    assert dark_strokes(zoom_icon) > 20 and dark_strokes(redrawn) == 0
    # an export made while the window is dark is the light picture, pixel for pixel
    assert render_image(model) == light_png
    assert svg_document(model) == light_svg
    assert style.current_colours() is style.DARK  # and the window stays dark after it
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert store.load().theme == "dark"


def test_a_printed_page_is_light_while_the_window_is_dark(window):
    from customer_modeler.editor.canvas.export import diagram_source, drop_scene, export_scene, paint_pages

    class Page(QImage):  # a printer stand-in: one page, paint rect the whole image
        def __init__(self) -> None:
            super().__init__(400, 300, QImage.Format.Format_ARGB32)
            self.fill(QColor("white"))

        def pageLayout(self):  # noqa: ANN202
            return _FullPage(self)

        def resolution(self) -> int:
            return 96

    class _FullPage:
        def __init__(self, page) -> None:  # noqa: ANN001
            self.page = page

        def paintRectPixels(self, _dpi):  # noqa: ANN001, ANN202
            return self.page.rect()

    def page_of(model):  # noqa: ANN001, ANN202
        scene = export_scene(model)
        try:
            page = Page()
            paint_pages(page, scene, diagram_source(scene))
            return QImage(page)
        finally:
            drop_scene(scene)

    light = page_of(window.editor.model)
    store.save(store.Preferences(theme="dark"))
    from customer_modeler.editor.preferences.apply import apply_preferences

    apply_preferences(store.current())
    assert page_of(window.editor.model) == light


def test_grid_spacing_changes_the_drawn_grid_and_the_snapping(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.grid_size.setValue(40)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    view = window.view
    assert view.grid_pitch == 40 and view.drawn_pitch() == 40 and window.editor.grid == 40
    # the background itself, away from the lanes (they paint over it): dots on the 40 grid, none between
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.translate(400, 400)
    view.drawBackground(painter, QRectF(-400, -400, 200, 200))
    painter.end()
    assert image.pixelColor(40, 40) != style.PAPER and image.pixelColor(80, 120) != style.PAPER
    assert image.pixelColor(20, 20) == style.PAPER and image.pixelColor(60, 40) == style.PAPER
    window.editor.move_steps({"T_quote": Rect(503, 211, 120, 80)})
    assert window.editor.model.steps["T_quote"].bounds.center == (560, 240)   # on the 40 grid


def test_without_snapping_a_step_stays_where_it_is_dropped(window, qtbot):
    model = window.editor.model
    model.steps["T_call"].bounds = Rect(293, 40, 120, 80)   # centre x 353: off any grid
    dialog = open_dialog(window, qtbot)
    dialog.snap_to_grid.setChecked(False)
    dialog.snap_to_steps.setChecked(False)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.editor.grid == 0
    grab = g.centre(window, "T_quote")
    g.drag(window.view, grab, QPointF(356, 243))
    # neither the other step's centre (353) nor a grid line (360, 240): where the mouse left it
    assert model.steps["T_quote"].bounds.center == (356, 243)


def test_the_autosave_interval_applies_to_the_running_timer(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.autosave.setValue(7)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.files.autosave.timer.interval() == 7000
    assert store.load().autosave_seconds == 7


def dock_labels(window) -> set[str]:
    page = window.properties.scroll.widget()
    layout = page.findChild(QFormLayout) or page.layout()
    return {layout.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text()
            for r in range(layout.rowCount()) if layout.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None}


def test_hours_and_a_currency_symbol_show_in_the_dock_while_the_file_keeps_minutes(window, qtbot):
    model = window.editor.model
    model.steps["T_quote"].duration = 90.0
    model.steps["T_quote"].cost = 12.0
    g.click(window.view, g.centre(window, "T_quote"))
    duration = window.properties.findChild(QLineEdit, "field-duration")
    assert duration.text() == "90" and "Duration (min)" in dock_labels(window)

    dialog = open_dialog(window, qtbot)
    choose(dialog.time_unit, "h")
    choose(dialog.currency, "€")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    duration = window.properties.findChild(QLineEdit, "field-duration")
    assert duration.text() == "1.5"
    assert {"Duration (h)", "Cost (€)"} <= dock_labels(window)
    assert window.properties.units.with_unit(window.editor._spec("step", "duration"), 90.0) == "1.5 h"
    duration.editingFinished.emit()   # leaving the field unchanged writes nothing
    assert model.steps["T_quote"].duration == 90 and window.editor.undo_stack.count() == 0
    xml = write_bpmn(model).decode("utf-8")
    assert 'duration="90"' in xml and "€" not in xml

    duration.setText("2")
    duration.editingFinished.emit()
    assert model.steps["T_quote"].duration == 120 and duration.text() == "2"
    duration.setText("45 min")
    duration.editingFinished.emit()
    assert model.steps["T_quote"].duration == 45 and duration.text() == "0.75"
    assert 'duration="45"' in write_bpmn(model).decode("utf-8")


def test_a_file_with_its_own_currency_keeps_it(window, qtbot):
    window.editor.model.info.currency = "SEK"
    store.save(store.Preferences(currency="€"))
    g.click(window.view, g.centre(window, "T_quote"))
    assert "Cost (SEK)" in dock_labels(window)


def test_a_new_language_waits_for_a_restart_then_the_menus_speak_it(window, qtbot):
    from customer_modeler.app import start_appearance
    from customer_modeler.editor.window.main_window import MainWindow

    dialog = open_dialog(window, qtbot)
    note = dialog.findChild(QLabel, "language-restart-note")
    assert note.text() == "Takes effect after a restart."
    choose(dialog.language, "sv")
    assert note.text() == "Restart the editor to see it in the new language."
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.menuBar().actions()[0].text() == "&File"   # this window: after a restart
    assert store.load().language == "sv"

    start_appearance(QApplication.instance())   # what the editor does at start, before any window
    restarted = MainWindow()
    qtbot.addWidget(restarted)
    titles = [a.text().replace("&", "") for a in restarted.menuBar().actions()]
    assert titles == ["Arkiv", "Redigera", "Visa", "Infoga", "Modell", "Analys", "Hjälp"]
    assert QLocale().name() == "sv_SE" and QLocale().toString(1.5) == "1,5"
    reopened = open_dialog(restarted, qtbot)
    assert reopened.windowTitle() == "Inställningar"
    assert reopened.findChild(QLabel, "language-restart-note").text() == "Gäller efter omstart."
    reopened.reject()


def test_follow_the_system_reads_the_desktop_and_follows_its_changes(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from customer_modeler.editor.preferences import theme

    hints = QGuiApplication.styleHints()
    # offscreen the desktop says nothing (or light): the editor stays light
    assert hints.colorScheme() != Qt.ColorScheme.Dark
    dialog = open_dialog(window, qtbot)
    choose(dialog.theme, "system")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert theme.theme_manager().applied == "light" and style.current_colours() is style.LIGHT
    # the desktop turns dark: the editor follows without being asked
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.theme_manager().applied == "dark" and style.current_colours() is style.DARK
    assert lightness(QApplication.palette().window().color()) < 80
    # a theme chosen by hand is not overruled by the desktop
    theme.theme_manager().apply("light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.theme_manager().applied == "light"
