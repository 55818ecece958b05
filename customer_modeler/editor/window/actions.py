"""Editor layer: the window's actions, menus (File, Edit, View, Insert, Analysis, Help) and toolbar.

The menu titles go through Qt's translation (context ``MainMenu``).

Shortcuts come from ``QKeySequence.StandardKey`` where Qt has one. Every action calls
a window or façade method; none builds a command itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from customer_modeler.editor.window.arrange_actions import ARRANGE_COMMANDS
from customer_modeler.editor.window.export_actions import PRINT_MISSING, print_support
from customer_modeler.editor.window.icons import action_icon
from customer_modeler.editor.window.model_menu import add_model_menu
from customer_modeler.editor.window.text_repair import follow_garbled_names, repair_text_encoding
from customer_modeler.editor.panels.palette import kind_icon
from customer_modeler.editor.preferences import store as preferences
from customer_modeler.editor.core_texts import choice_text
from customer_modeler.editor.step_kinds import STEP_KINDS



class ActionHost(Protocol):
    """What the actions act on: the main window's widgets and slots (it imports this module)."""

    files: Any
    view: Any
    undo_group: Any
    palette_dock: Any
    properties: Any
    warnings: Any
    recent_menu: Any
    analysis_menu: Any
    model_inputs: Any
    clipboard: Any
    exports: Any
    add_lane: Callable[..., object]
    arrange_selection: Callable[..., object]
    arm_kind: Callable[..., object]
    cancel_gesture: Callable[[], object]
    delete_selection: Callable[[], object]
    export_png_dialog: Callable[[], object]
    fill_recent_menu: Callable[[], object]
    mark_customer_lane: Callable[[], object]
    move_customer_lane_to_top: Callable[[], object]
    nudge_selection: Callable[..., object]
    quit_application: Callable[[], object]
    rename_selection: Callable[[], object]
    select_all: Callable[[], object]
    set_lane_role: Callable[..., object]
    show_about: Callable[[], object]
    show_shortcuts: Callable[[], object]
    show_user_guide: Callable[[], object]
    close_document: Callable[[], object]
    find_bar: Any
    minimap: Any
    toggle_company_view: Callable[[], object]
    toggle_connect: Callable[[], object]
    toggle_grid: Callable[[], object]

    def menuBar(self) -> Any: ...
    def addToolBar(self, toolbar: Any) -> None: ...
    def close(self) -> bool: ...

Keys = QKeySequence.StandardKey


def build_actions(window: ActionHost) -> dict[str, QAction]:
    """Create the actions, fill the menu bar and toolbar; return the actions by key."""
    actions: dict[str, QAction] = {}

    def act(key: str, text: str, slot: Callable[[], object], *shortcuts, menu: QMenu | None = None,  # noqa: ANN002
            widget_scope: bool = False) -> QAction:
        action = QAction(text, window)
        action.setObjectName(f"action-{key}")
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if widget_scope:
            # Keys the view owns (arrows, Esc): never taken from a field being edited.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.view.addAction(action)
        action.triggered.connect(lambda _=False: slot())
        actions[key] = action
        if menu is not None:
            menu.addAction(action)
        return action

    bar = window.menuBar()
    files = bar.addMenu(QCoreApplication.translate("MainMenu", "&File"))
    act("new", QCoreApplication.translate("MainMenu", "&New"), window.files.new, Keys.New, menu=files)
    act("open", QCoreApplication.translate("MainMenu", "&Open…"), window.files.open, Keys.Open, menu=files)
    window.recent_menu = files.addMenu(QCoreApplication.translate("MainMenu", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    files.addSeparator()
    act("save", QCoreApplication.translate("MainMenu", "&Save"), window.files.save, Keys.Save, menu=files)
    act("save_as", QCoreApplication.translate("MainMenu", "Save &As…"), window.files.save_as, Keys.SaveAs, menu=files)
    act("save_variant", QCoreApplication.translate("MainMenu", "Save as What-if &Variant…"), window.files.save_as_variant,
        menu=files).setStatusTip(QCoreApplication.translate("MainMenu", "Save a copy that keeps every id and records which model it varies"))
    export = files.addMenu(QCoreApplication.translate("MainMenu", "&Export"))
    act("export_png", QCoreApplication.translate("MainMenu", "&PNG Image…"), window.export_png_dialog, menu=export)
    act("export_svg", QCoreApplication.translate("MainMenu", "&SVG Drawing…"), lambda: window.exports.export("SVG"), menu=export).setStatusTip(
        QCoreApplication.translate("MainMenu", "A vector drawing for web pages and documents; each element is tagged with its id and kind"))
    act("export_pdf", QCoreApplication.translate("MainMenu", "P&DF Document…"), lambda: window.exports.export("PDF"), menu=export)
    export.addSeparator()
    act("export_plain", QCoreApplication.translate("MainMenu", "&BPMN for Other Tools…"), lambda: window.files.export_plain(False),
        menu=export).setStatusTip(QCoreApplication.translate("MainMenu", "BPMN 2.0 without this editor's attributes, for strict tools"))
    act("export_plain_bpsim", QCoreApplication.translate("MainMenu", "BPMN for Other Tools with BPSim &Probabilities…"),
        lambda: window.files.export_plain(True), menu=export).setStatusTip(
        QCoreApplication.translate("MainMenu", "The same, with the branch probabilities as BPSim 2.0 parameters for simulators"))
    printing = act("print", QCoreApplication.translate("MainMenu", "&Print…"), window.exports.print_diagram, Keys.Print, menu=files)
    if print_support() is None:
        printing.setEnabled(False)
        printing.setToolTip(QCoreApplication.translate("Export", PRINT_MISSING))
        printing.setStatusTip(QCoreApplication.translate("Export", PRINT_MISSING))
    files.addSeparator()
    act("close", QCoreApplication.translate("MainMenu", "&Close"), window.close_document, "Ctrl+W", "Ctrl+F4", menu=files).setStatusTip(
        QCoreApplication.translate("MainMenu", "Close the document; the last window stays open"))
    act("quit", QCoreApplication.translate("MainMenu", "&Quit"), window.quit_application, "Ctrl+Q", menu=files)

    edit = bar.addMenu(QCoreApplication.translate("MainMenu", "&Edit"))
    undo = window.undo_group.createUndoAction(window, QCoreApplication.translate("MainMenu", "Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(Keys.Undo))
    redo = window.undo_group.createRedoAction(window, QCoreApplication.translate("MainMenu", "Redo"))
    redo.setShortcuts(_unique(QKeySequence.keyBindings(Keys.Redo)
                              + [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]))
    for key, action in (("undo", undo), ("redo", redo)):
        action.setIconText(key.capitalize())  # the toolbar stays short; the menu says what
        action.setObjectName(f"action-{key}")
        actions[key] = action
        edit.addAction(action)
    edit.addSeparator()
    act("cut", QCoreApplication.translate("MainMenu", "Cu&t"), window.clipboard.cut, Keys.Cut, menu=edit)
    act("copy", QCoreApplication.translate("MainMenu", "&Copy"), window.clipboard.copy, Keys.Copy, menu=edit)
    act("paste", QCoreApplication.translate("MainMenu", "&Paste"), window.clipboard.paste, Keys.Paste, menu=edit)
    act("duplicate", QCoreApplication.translate("MainMenu", "D&uplicate"), window.clipboard.duplicate, "Ctrl+D", menu=edit)
    act("copy_image", QCoreApplication.translate("MainMenu", "Copy as &Image"), window.exports.copy_as_image, menu=edit).setStatusTip(
        QCoreApplication.translate("MainMenu", "The whole diagram on the clipboard, as a picture and as an SVG drawing"))
    act("delete", QCoreApplication.translate("MainMenu", "&Delete"), window.delete_selection, Keys.Delete, "Backspace", menu=edit)
    act("select_all", QCoreApplication.translate("MainMenu", "Select &All"), window.select_all, Keys.SelectAll, menu=edit)
    act("rename", QCoreApplication.translate("MainMenu", "&Rename"), window.rename_selection, "F2", menu=edit)
    follow_garbled_names(window, act("repair_text", QCoreApplication.translate("MainMenu", "Repair Text &Encoding"),
                                     lambda: repair_text_encoding(window), menu=edit))
    edit.addSeparator()
    act("preferences", QCoreApplication.translate("MainMenu", "Pr&eferences…"), lambda: _open_preferences(window), Keys.Preferences,
        menu=edit).setMenuRole(QAction.MenuRole.PreferencesRole)
    edit.addSeparator()
    act("find", QCoreApplication.translate("MainMenu", "&Find…"), window.find_bar.open, Keys.Find, menu=edit)
    act("find_next", QCoreApplication.translate("MainMenu", "Find &Next"), window.find_bar.next, Keys.FindNext, menu=edit)
    act("find_previous", QCoreApplication.translate("MainMenu", "Find Pre&vious"), window.find_bar.previous, Keys.FindPrevious, menu=edit)
    arrange = edit.addMenu(QCoreApplication.translate("MainMenu", "Arra&nge"))
    for key, (text, _verb, _needed) in ARRANGE_COMMANDS.items():
        if key in ("distribute_horizontal", "tidy"):
            arrange.addSeparator()
        act(key, QCoreApplication.translate("Arrange", text), lambda k=key: window.arrange_selection(k), menu=arrange)
    edit.addSeparator()
    lanes = edit.addMenu(QCoreApplication.translate("MainMenu", "&Lanes"))
    act("mark_customer", QCoreApplication.translate("MainMenu", "&Mark as Customer Lane"), window.mark_customer_lane, menu=lanes)
    act("customer_to_top", QCoreApplication.translate("MainMenu", "Move Customer Lane to &Top"), window.move_customer_lane_to_top, menu=lanes)
    roles = lanes.addMenu(QCoreApplication.translate("MainMenu", "Set &Role"))
    for role in ("department", "system", "partner"):
        act(f"role_{role}", choice_text(role).capitalize(), lambda r=role: window.set_lane_role(r), menu=roles)
    for key, text, dx, dy in (("nudge_left", QCoreApplication.translate("MainMenu", "Move Left"), -10, 0),
                              ("nudge_right", QCoreApplication.translate("MainMenu", "Move Right"), 10, 0),
                              ("nudge_up", QCoreApplication.translate("MainMenu", "Move Up"), 0, -10),
                              ("nudge_down", QCoreApplication.translate("MainMenu", "Move Down"), 0, 10)):
        arrow = {"nudge_left": "Left", "nudge_right": "Right", "nudge_up": "Up", "nudge_down": "Down"}[key]
        act(key, text, lambda x=dx, y=dy: window.nudge_selection(x, y), arrow, widget_scope=True)
    act("cancel", QCoreApplication.translate("MainMenu", "Cancel Gesture"), window.cancel_gesture, Keys.Cancel, widget_scope=True)

    view = bar.addMenu(QCoreApplication.translate("MainMenu", "&View"))
    act("zoom_in", QCoreApplication.translate("MainMenu", "Zoom &In"), window.view.zoom_in, Keys.ZoomIn, "Ctrl+=", menu=view)
    act("zoom_out", QCoreApplication.translate("MainMenu", "Zoom &Out"), window.view.zoom_out, Keys.ZoomOut, menu=view)
    act("zoom_reset", QCoreApplication.translate("MainMenu", "&Actual Size (100 %)"), window.view.zoom_reset, "Ctrl+0", menu=view)
    act("zoom_fit", QCoreApplication.translate("MainMenu", "Zoom to &Fit"), window.view.zoom_to_fit, "Ctrl+9", menu=view)
    grid = act("grid", QCoreApplication.translate("MainMenu", "Show &Grid"), window.toggle_grid, menu=view)
    grid.setCheckable(True)
    grid.setChecked(preferences.current().show_grid)
    company = act("company_view", QCoreApplication.translate("MainMenu", "&Company as One Entity"), window.toggle_company_view, menu=view)
    company.setCheckable(True)
    company.setStatusTip(QCoreApplication.translate("MainMenu", "Show every lane but the customer's as one Company band (view only)"))
    view.addSeparator()
    for dock in (window.palette_dock, window.properties, window.warnings, window.minimap):
        view.addAction(dock.toggleViewAction())

    insert = bar.addMenu(QCoreApplication.translate("MainMenu", "&Insert"))
    act("add_lane", QCoreApplication.translate("MainMenu", "&Lane"), lambda: window.add_lane("department"), menu=insert)
    act("add_system_lane", QCoreApplication.translate("MainMenu", "&System Lane"), lambda: window.add_lane("system"), menu=insert)
    insert.addSeparator()
    connect = act("connect", QCoreApplication.translate("MainMenu", "&Connect"), window.toggle_connect, "C", menu=insert, widget_scope=True)
    connect.setCheckable(True)
    connect.setStatusTip(QCoreApplication.translate("MainMenu", "Click the step a flow starts at, then the step it goes to"))
    insert.addSeparator()
    for kind in STEP_KINDS.values():
        action = act(f"insert_{kind.key}", kind.label, lambda k=kind.key: window.arm_kind(k), menu=insert)
        action.setIcon(kind_icon(kind))

    model_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Model"))
    model_menu.setObjectName("menu-model")
    window.model_inputs = add_model_menu(window, model_menu, actions)

    # filled by analysis_menu.AnalysisController
    window.analysis_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Analysis"))
    window.analysis_menu.setObjectName("menu-analysis")

    help_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Help"))
    act("user_guide", QCoreApplication.translate("MainMenu", "&User Guide"), window.show_user_guide, Keys.HelpContents, menu=help_menu)
    act("shortcuts", QCoreApplication.translate("MainMenu", "&Keyboard Shortcuts"), window.show_shortcuts, "Ctrl+F1", menu=help_menu)
    act("about", QCoreApplication.translate("MainMenu", "&About"), window.show_about, menu=help_menu)

    toolbar = window.addToolBar(QCoreApplication.translate("MainMenu", "Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setIconSize(QSize(24, 24))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in ("new", "open", "save", None, "undo", "redo", None, "delete", None, "connect",
                "add_lane", None, "zoom_in", "zoom_out", "zoom_fit", None, "company_view"):
        if key is None:
            toolbar.addSeparator()
            continue
        action = actions[key]
        action.setIcon(action_icon(key))
        action.setIconText(QCoreApplication.translate("MainMenu", ICON_TEXTS[key]) if key in ICON_TEXTS
                           else action.iconText())
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if key not in SHOWN_WITH_TEXT and button is not None:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return actions


#: Toolbar buttons that keep their words beside the icon (modes and less familiar commands).
SHOWN_WITH_TEXT = frozenset({"connect", "add_lane", "company_view"})
ICON_TEXTS = {"add_lane": QT_TRANSLATE_NOOP("MainMenu", "Add Lane"),
              "company_view": QT_TRANSLATE_NOOP("MainMenu", "Company View")}


def _open_preferences(window: ActionHost) -> None:
    """Edit ▸ Preferences…; its dialog is imported when first opened, not with the menus."""
    from customer_modeler.editor.preferences.dialog import open_preferences

    open_preferences(window)


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
