"""Everything the window shows passes through translation, and translated texts fit.

A pseudo-locale translator wraps every translated text in ⟦…⟧; a window built under it
must show no menu entry, dock title, palette entry, property label or dialog text
without the marks (model data, like step and lane names, is exempt). With Thai and
Greek installed, menu entries and dock titles fit their widgets and the shortcut list
shows every row unclipped. The core's code sentences are the editor's to translate, so
the editor's table must hold every code the core can emit.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMenu

from customer_modeler.editor.core_messages import MEANINGS, core_detail, core_message
from customer_modeler.editor.core_texts import ATTRIBUTE_NAMES
from customer_modeler.editor.i18n import install_translation
from tests.editor.factory import make_model

OPEN, CLOSE = "⟦", "⟧"
#: Menus whose entries are data: the recent files.
SKIPPED_MENUS = {"Open &Recent"}


class PseudoTranslator(QTranslator):
    """Every source text comes back marked, placeholders kept."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"{OPEN}{source}{CLOSE}" if source else source


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def build_window(qtbot):
    from customer_modeler.editor.window.main_window import MainWindow

    window = MainWindow(make_model(), title="Small journey")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_texts(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    """(where, text) of every entry of ``menu`` and its submenus, the recent files left out."""
    found = []
    for action in menu.actions():
        if action.isSeparator() or action.text() in SKIPPED_MENUS or \
                action.text().strip(OPEN + CLOSE) in SKIPPED_MENUS:
            continue
        found.append((path, action.text()))
        if action.statusTip():
            found.append((path + " (tip)", action.statusTip()))
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{path} ▸ {action.text()}")
    return found


def unmarked(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if text and OPEN not in text]


def test_every_menu_entry_and_tip_passes_through_translation(pseudo, qtbot):
    window = build_window(qtbot)
    texts = []
    for action in window.menuBar().actions():
        if action.text().strip(OPEN + CLOSE) in SKIPPED_MENUS:
            continue
        texts.append(("menu bar", action.text()))
        texts += menu_texts(action.menu(), action.text())
    assert len(texts) > 80
    assert unmarked(texts) == []


def test_docks_palette_properties_and_status_bar_pass_through_translation(pseudo, qtbot):
    window = build_window(qtbot)
    docks = [dock for dock in window.findChildren(QDockWidget) if dock.objectName() != "results-dock"
             and "analysis" not in dock.objectName()]
    texts = [(dock.objectName(), dock.windowTitle()) for dock in docks if dock.windowTitle()]
    texts += [("palette", window.palette.item(row).text()) for row in range(window.palette.count())]
    texts += [("palette tip", window.palette.item(row).toolTip()) for row in range(window.palette.count())
              if window.palette.item(row).toolTip()]
    texts.append(("selection", window.selection_label.text()))
    window.properties.show_ids(["T_call"])
    labels = [label.text() for label in window.properties.findChildren(QLabel) if label.text()]
    names = {step.name for step in window.editor.model.steps.values()} | {"Customer"}
    texts += [("properties", text) for text in labels if text not in names and "·" not in text]
    assert len(texts) > 30
    assert unmarked(texts) == []


def test_the_shortcut_dialog_passes_through_translation(pseudo, qtbot):
    from customer_modeler.editor.panels.dialogs import ShortcutsDialog

    window = build_window(qtbot)
    dialog = ShortcutsDialog(list(window.actions.values()), window)
    qtbot.addWidget(dialog)
    table = dialog.table
    whats = [("row", table.item(row, 0).text()) for row in range(table.rowCount())]
    headers = [("header", table.horizontalHeaderItem(c).text()) for c in range(table.columnCount())]
    assert OPEN in dialog.windowTitle()
    assert unmarked(whats + headers) == []


def untranslated(text: str, data: set[str]) -> str:
    """What is left of a shown text once every marked part, the model's names (``data``),
    numbers, markup and punctuation are taken out: words that did not pass translation."""
    rest = re.sub(r"<[^>]+>", " ", text)
    while True:
        fewer = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if fewer == rest:
            break
        rest = fewer
    for name in sorted(data, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return " ".join(re.findall(r"[^\W\d_]{2,}", rest))


def leftovers(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if text and untranslated(text, data)]


def model_names(window) -> set[str]:
    model = window.editor.model
    found = {model.name, "Untitled"} if model.name else set()
    for table in (model.steps, model.lanes, model.pools, model.flows, model.systems, model.resources):
        found |= {" ".join(str(getattr(item, "name", "") or "").split()) for item in table.values()}
    return {name for name in found if name}


def test_the_results_dock_with_a_finished_analysis_passes_through_translation(pseudo, example_window, qtbot):
    window = example_window  # made after the pseudo translator is installed
    dock = window.analysis.dock
    for key in ("fail_points", "failure_demand", "streamline", "scorecard"):
        before = dock.outcome
        window.actions[f"analysis_{key}"].trigger()
        qtbot.waitUntil(lambda: dock.outcome is not before and not window.analysis.runner.busy
                        and not window.analysis.layer.pending, timeout=20_000)
        assert dock.outcome.error is None
        texts = [("dock title", dock.windowTitle()), ("title", dock.title_label.text()),
                 ("headlines", dock.headline_label.text()), ("message", dock.message_label.text()),
                 ("status", window.statusBar().currentMessage()),
                 ("severity legend", dock.findChild(QLabel, "results-severity-legend").text()),
                 ("severity legend tip", dock.findChild(QLabel, "results-severity-legend").toolTip()),
                 ("rerun", dock.rerun_button.text())]
        texts += [("tab", title) for title in dock.tab_titles()]
        texts += [("key figures tab", dock.kpi_pane.tabText(i)) for i in range(dock.kpi_pane.count())]
        texts += [("key figure", label) for label in dock.kpi_labels()]
        for name in dock.tables:
            texts += [(f"{name} header", header) for header in dock.table(name).header_texts()]
        for index in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(index)
            texts.append(("legend", dock.legend_label.text()))
        badges = [("badge", item.badge) for item in window.analysis.layer.live_items()]
        assert any(OPEN in text for _, text in badges) or key == "scorecard", key
        texts += badges
        candidates = dock.table("candidates")
        if candidates is not None:
            column = candidates.columns.index("evidence")
            texts += [("evidence", candidates.data(candidates.index(row, column)))
                      for row in range(candidates.rowCount())]
        issues = dock.table("issues")
        if issues is not None:
            column = issues.columns.index("message")
            texts += [("issue", issues.data(issues.index(row, column))) for row in range(issues.rowCount())]
        assert OPEN in dock.headline_label.text() and len(texts) > 20, key
        assert leftovers(texts, model_names(window)) == [], key
    window.analysis.runner.wait(20_000)


def test_the_what_if_and_export_report_dialogs_pass_through_translation(pseudo, example_window, qtbot, monkeypatch,
                                                                     tmp_path):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    window = example_window  # made after the pseudo translator is installed
    window.actions["analysis_what_if_values"].trigger()
    dialog = window.analysis.what_if_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.compared, timeout=20_000):
        dialog.run_button.click()
        comparing = dialog.message.text()  # the answer arrives once the test waits
    table, settings = dialog.delta_table, dialog.settings
    texts = [("title", dialog.windowTitle()), ("message", dialog.message.text()),
             ("busy message", comparing)]
    texts += [("label", label.text()) for label in dialog.findChildren(QLabel) if label is not dialog.message]
    texts += [("button", button.text()) for button in dialog.findChildren(QPushButton)]
    texts += [("header", table.horizontalHeaderItem(c).text()) for c in range(table.columnCount())]
    texts += [("header", settings.horizontalHeaderItem(c).text()) for c in range(settings.columnCount())]
    texts += [("measure", table.item(row, 0).text()) for row in range(table.rowCount())]
    fields = settings.cellWidget(0, 1)
    texts += [("field", fields.itemText(i)) for i in range(fields.count())]
    assert table.rowCount() > 10
    asked: list[tuple[str, str, str]] = []

    def save_name(parent, caption, start, filters):  # noqa: ANN001
        asked.append((caption, start, filters))
        return str(tmp_path / "out.html"), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.actions["analysis_export_report"].trigger()
    caption, start, filters = asked[0]
    texts += [("export caption", caption), ("export filters", filters),
              ("export name", start.rsplit("/", 1)[-1]), ("export status", window.statusBar().currentMessage())]
    assert (tmp_path / "out.html").exists()
    assert leftovers(texts, model_names(window) | {"html", "csv"}) == []


@pytest.mark.parametrize("language", ["th", "el"])
def test_translated_menus_docks_and_shortcut_rows_fit(language, qtbot):
    from customer_modeler.editor.panels.dialogs import ShortcutsDialog

    try:
        assert install_translation(language) == language
        window = build_window(qtbot)
        assert window.menuBar().actions()[0].text() != "&File"
        for action in window.menuBar().actions():
            menu = action.menu()
            if menu is None or menu.isEmpty():
                continue
            hint = menu.sizeHint().width()
            metrics = QFontMetrics(menu.font())
            for entry in menu.actions():
                if entry.isSeparator():
                    continue
                text = entry.text().replace("&", "")
                assert metrics.horizontalAdvance(text) <= hint, (language, text)
        for dock in window.findChildren(QDockWidget):
            if dock.isVisible() and dock.windowTitle():
                width = QFontMetrics(dock.font()).horizontalAdvance(dock.windowTitle())
                assert width <= dock.width(), (language, dock.windowTitle())
        dialog = ShortcutsDialog(list(window.actions.values()), window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        metrics = QFontMetrics(table.font())
        for row in range(table.rowCount()):
            for column in range(2):
                text = table.item(row, column).text()
                assert metrics.horizontalAdvance(text) <= table.columnWidth(column), (language, text)
        assert table.horizontalScrollBar().maximum() == 0  # no column runs out of sight
        assert table.columnWidth(0) + table.columnWidth(1) <= table.viewport().width() + 1
    finally:
        install_translation("en")
        install_translation("")


def test_the_editor_knows_every_core_code_and_every_field_name():
    from customer_modeler.analysis.issues import CODES
    from customer_modeler.bpmn.warnings import WARNING_CODES
    from customer_modeler.model import attributes, model_inputs

    assert set(MEANINGS) == set(WARNING_CODES) | set(CODES)
    assert all(MEANINGS[code] == text for code, text in {**WARNING_CODES, **CODES}.items())
    specs = [spec for module in (attributes, model_inputs) for value in vars(module).values()
             for spec in (value if isinstance(value, tuple | list) else [value])
             if isinstance(spec, attributes.AttributeSpec)]
    specs += [spec for _title, group in model_inputs.SCENARIO_GROUPS for spec in group]
    assert {spec.display_name for spec in specs} <= set(ATTRIBUTE_NAMES)


def test_core_messages_are_translated_with_the_english_detail_kept(qapp):
    from customer_modeler.bpmn.warnings import ReadWarning

    warning = ReadWarning("W-EMPTY-DEFINITIONS", "The file contains no process and no diagram; it opens "
                          "as an empty model and anything else in it is kept.")
    assert core_message(warning) == warning.message and core_detail(warning) == ""
    try:
        install_translation("sv")
        assert core_message(warning) == "Filen innehåller ingen process och inget diagram; den öppnas som en tom modell."
        assert core_detail(warning) == warning.message
        unknown = ReadWarning("W-SOMETHING-NEW", "A new kind of trouble.")
        assert core_message(unknown) == "A new kind of trouble."
    finally:
        install_translation("en")
        install_translation("")
    assert QApplication.instance() is not None
