"""The palette in every language and both themes: each entry's text fits the width it is
drawn in (measured with the font's metrics against the style's text rectangle), a
narrowed palette elides and its tooltips say the entry whole, and a switch to the dark
theme redraws the palette's and Insert's icons in the dark colours at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem

from customer_modeler.editor import style
from customer_modeler.editor.i18n import TRANSLATED, install_translation
from customer_modeler.editor.panels.palette import KEY_ROLE
from customer_modeler.editor.step_kinds import STEP_KINDS
from tests.editor.factory import make_model
from tests.editor.preferences_helpers import choose, clean_preferences, open_dialog  # noqa: F401

pytestmark = pytest.mark.usefixtures("clean_preferences")


def build_window(qtbot):  # noqa: ANN001, ANN201
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(make_model(), title="Small journey")
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"
    window.show()
    qtbot.waitExposed(window)
    return window


def text_room(palette: QListWidget, item: QListWidgetItem) -> tuple[int, int]:
    """(width the entry's text needs, width the style gives it) as the list draws the entry."""
    option = QStyleOptionViewItem()
    option.initFrom(palette)
    option.rect = palette.visualItemRect(item)
    option.font = item.font()
    option.fontMetrics = QFontMetrics(item.font())
    option.text = item.text()
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if not item.icon().isNull():
        option.icon = item.icon()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
    option.decorationSize = palette.iconSize()
    option.decorationPosition = QStyleOptionViewItem.Position.Left
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    option.textElideMode = palette.textElideMode()
    text_rect = palette.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, palette)
    margin = palette.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, palette) + 1
    visible = min(text_rect.right(), palette.viewport().width() - 1) - text_rect.left() + 1
    return QFontMetrics(item.font()).horizontalAdvance(item.text()), visible - 2 * margin


def cut_entries(palette: QListWidget) -> list[tuple[str, int, int]]:
    """Entries whose text does not fit the room they are drawn in."""
    found = []
    for row in range(palette.count()):
        item = palette.item(row)
        needed, room = text_room(palette, item)
        if needed > room:
            found.append((item.text(), needed, room))
    return found


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_every_palette_entry_fits_in_every_language(language, qtbot):
    assert install_translation(language) == language
    window = build_window(qtbot)
    palette = window.palette
    if language != "en":
        customer_action = palette.item_for("customer_action").text()
        assert customer_action != "Customer action", "the translation was not loaded"
    qtbot.waitUntil(lambda: palette.width() >= palette.fitting_width() - 1)
    assert palette.count() == len(STEP_KINDS) + 2
    assert cut_entries(palette) == []
    assert palette.horizontalScrollBar().maximum() == 0


def test_a_palette_narrowed_by_hand_elides_and_its_tooltips_say_the_entry_whole(qtbot):
    install_translation("pt_BR")
    window = build_window(qtbot)
    palette = window.palette
    window.resizeDocks([window.palette_dock], [palette.minimumSizeHint().width()], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: palette.width() < palette.fitting_width() - 40)
    cut = {text for text, _needed, _room in cut_entries(palette)}
    phone = palette.item_for("touchpoint:phone")
    assert phone.text() in cut
    assert phone.text() in phone.toolTip()
    assert palette.horizontalScrollBar().maximum() == 0   # elided, not scrolled out of sight


def icon_image(icon) -> QImage:  # noqa: ANN001
    return icon.pixmap(32).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def close_to(colour: QColor, expected: QColor, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), expected.red()),
                                                     (colour.green(), expected.green()),
                                                     (colour.blue(), expected.blue())))


def stroke_colour(image: QImage, fill: QColor) -> QColor:
    """The opaque pixel farthest from the fill: the outline's ink."""
    def distance(c: QColor) -> int:
        return abs(c.red() - fill.red()) + abs(c.green() - fill.green()) + abs(c.blue() - fill.blue())
    opaque = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
              if image.pixelColor(x, y).alpha() == 255]
    return max(opaque, key=distance)


def test_a_switch_to_dark_redraws_the_palette_and_insert_icons_in_the_dark_colours(qtbot):
    window = build_window(qtbot)
    palette = window.palette
    entry = palette.item_for("customer_action")
    insert = window.actions["insert_customer_action"]
    header = next(palette.item(r) for r in range(palette.count()) if not palette.item(r).data(KEY_ROLE))
    light = icon_image(entry.icon())
    # a customer action: a white box in dark ink
    assert light.pixelColor(10, 16) == style.LIGHT.visible_fill
    assert close_to(stroke_colour(light, style.LIGHT.visible_fill), style.LIGHT.ink)
    assert header.foreground().color() == style.LIGHT.lane_colours["department"][2]

    dialog = open_dialog(window, qtbot)
    choose(dialog.theme, "dark")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    qtbot.waitUntil(lambda: icon_image(entry.icon()) != light)

    dark = icon_image(entry.icon())
    assert dark.pixelColor(10, 16) == style.DARK.visible_fill
    assert close_to(stroke_colour(dark, style.DARK.visible_fill), style.DARK.ink)
    assert icon_image(insert.icon()) == dark   # Insert ▸ Customer action looks like the palette's
    assert header.foreground().color() == style.DARK.lane_colours["department"][2]

    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: icon_image(entry.icon()) == light)
    assert icon_image(insert.icon()) == light
