"""Editor layer: :class:`MainWindow` — the diagram in the centre, palette left, properties right.

It owns one document at a time: the model, its :class:`DiagramEditor`, the
:class:`ProcessScene` mirroring it and the gesture controller. Menus live in
:mod:`window_actions`, file commands in :mod:`files`; the window only wires them and
forwards menu commands to the façade.

The Analysis menu's controller can be made just after the first paint
(``analysis_after_paint``): importing its widgets took a good part of the editor's start.
The analysis engine, with numpy and networkx (about 45 MB), is imported only when an
analysis first runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox

from customer_modeler import __version__, gc_pause
from customer_modeler.editor.panels.warnings_dock import WarningsDock
from customer_modeler.editor.editing.facade import DiagramEditor, EditRefused
from customer_modeler.editor.window.files import FileController, new_model
from customer_modeler.editor.window.export_actions import ExportController
from customer_modeler.editor.tools.controller import GestureController
from customer_modeler.editor.module_sources import forget_module_sources
from customer_modeler.editor.panels.palette import PaletteWidget
from customer_modeler.editor.panels.properties import PropertiesDock
from customer_modeler.editor.canvas.scene import ProcessScene
from customer_modeler.editor.canvas.view import DiagramView
from customer_modeler.editor.window.actions import build_actions
from customer_modeler.editor.window.icons import redraw_action_icons
from customer_modeler.editor.window.closing import close_document
from customer_modeler.editor.window.context_menus import install_context_menus
from customer_modeler.editor.panels.find_bar import FindBar
from customer_modeler.editor.panels.minimap import MinimapDock
from customer_modeler.editor.preferences import store as preferences
from customer_modeler.editor.window.arrange_actions import arrange_selection
from customer_modeler.editor.window.clipboard_actions import ClipboardController
from customer_modeler.editor.window.copy_ahead import CopyAhead
from customer_modeler.model.document import ProcessModel

if TYPE_CHECKING:
    from customer_modeler.editor.analysis_ui.menu import AnalysisController

APP_NAME = "Customer Process Modeler"


#: The smallest zoom of a first view at which names can still be read.
READABLE_ZOOM = 0.6


class MainWindow(QMainWindow):
    """One editor window showing one document.

    Parameters
    ----------
    model, title
        The document to show (a new one when None) and its title when it has no file.
    analysis_after_paint
        Make the Analysis menu, its results dock and its controller only once the diagram
        has been painted (or when :attr:`analysis` is first asked for), so that the window
        shows before the menu's modules are imported. The editor's start asks for this.
    """

    def __init__(self, model: ProcessModel | None = None, title: str | None = None, *,
                 analysis_after_paint: bool = False) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.editor: DiagramEditor | None = None
        self.scene: ProcessScene | None = None
        self.controller: GestureController | None = None
        self.untitled = QCoreApplication.translate("MainWindow", "Untitled")
        self._shown_once = False
        self.undo_group = QUndoGroup(self)
        self.view = DiagramView(ProcessScene(), self)
        self.view.setObjectName("diagram-view")
        self.view.show_grid = preferences.current().show_grid
        self.view.grid_pitch = float(preferences.current().grid_size)
        self.setCentralWidget(self.view)
        self._build_docks()
        self._build_status_bar()
        self.files = FileController(self)
        self.exports = ExportController(self)
        self.find_bar = FindBar(self, self.view, self.reveal)
        self.clipboard = ClipboardController(self)
        self.actions = build_actions(self)
        self._analysis: AnalysisController | None = None
        if analysis_after_paint:
            self.view.viewport().installEventFilter(self)  # see eventFilter
            self.analysis_menu.aboutToShow.connect(lambda: self.analysis)  # in case it never painted
        else:
            self._analysis = self._make_analysis()
        install_context_menus(self)
        self.view.files_dropped.connect(self.open_dropped)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.set_document(model or new_model(), None, title=title)

    @property
    def analysis(self) -> AnalysisController:
        """The Analysis menu's controller (made now if it waits for the first paint)."""
        if self._analysis is None:
            self._analysis = self._make_analysis()
        return self._analysis

    def _make_analysis(self) -> AnalysisController:
        from customer_modeler.editor.analysis_ui.menu import AnalysisController

        controller = AnalysisController(self)
        if self.editor is not None:  # made after the document: it follows it from here
            controller.set_document(self.editor.model, self.scene, self.editor)
        forget_module_sources()  # the last of the editor's modules are imported now
        return controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The first paint of the diagram of a window made with analysis_after_paint: the
        # analysis follows once that paint is on the screen.
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self.analysis)
        return super().eventFilter(watched, event)

    def _build_docks(self) -> None:
        self.palette = PaletteWidget()
        self.palette.kind_armed.connect(self.arm_kind)
        self.palette_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Palette"), self)
        self.palette_dock.setObjectName("palette-dock")
        self.palette_dock.setWidget(self.palette)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.properties = PropertiesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.warnings = WarningsDock(self)
        self.warnings.elements_clicked.connect(self.reveal)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings)
        self.warnings.hide()
        self.minimap = MinimapDock(self.view, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.minimap)
        # the palette as wide as its longest entry in the user's language
        self.resizeDocks([self.palette_dock, self.properties], [self.palette.sizeHint().width(), 360],
                         Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        self.selection_label = QLabel(QCoreApplication.translate("MainWindow", "Nothing selected"))
        self.zoom_label = QLabel("100 %")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    # -- document -------------------------------------------------------------------------
    def set_document(self, model: ProcessModel, path: Path | None, warnings: list | None = None,
                     title: str | None = None) -> None:
        """Show ``model`` (read from ``path``) with a fresh undo history."""
        old_scene, old_editor, old_controller = self.scene, self.editor, self.controller
        self.editor = DiagramEditor(model, self, grid=preferences.current().snap_distance)
        self.scene = ProcessScene(model, self, progressive=True)
        self.copy_ahead = CopyAhead(self.editor.copies, self.editor)
        self.view.setScene(self.scene)
        self.controller = GestureController(self.scene, self.view, self.editor, self)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.controller.kind_armed.connect(self._kind_armed)
        self.controller.connect_armed.connect(self.actions["connect"].setChecked)
        self.scene.set_company_view(self.actions["company_view"].isChecked())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.undo_group.addStack(self.editor.undo_stack)
        self.undo_group.setActiveStack(self.editor.undo_stack)
        self.editor.undo_stack.cleanChanged.connect(lambda _clean: self.update_title())
        self.editor.undo_stack.indexChanged.connect(lambda _i: self._selection_changed())
        self.properties.set_editor(self.editor)
        self.warnings.set_warnings(warnings or [])
        if self._analysis is not None:
            self._analysis.set_document(model, self.scene, self.editor)
        self.minimap.follow_scene()
        self.find_bar.set_model(model, lambda step_id: step_id in self.scene.step_items
                                or step_id in self.scene.pending)
        self.files.path = path
        self.untitled = title or model.name or QCoreApplication.translate("MainWindow", "Untitled")
        if old_controller is not None:
            # else it stays the window's child, answers the view's palette drops on the
            # closed document, and keeps all of that document alive
            old_controller.deleteLater()
        if old_editor is not None:
            self.undo_group.removeStack(old_editor.undo_stack)
            old_editor.deleteLater()
        if old_scene is not None:
            old_scene.detach()
            _document_closed(old_editor.model)
            old_scene.destroyed.connect(_settle_soon)  # its document is gone: see gc_pause
            old_scene.deleteLater()
        self.update_title()
        self._selection_changed()
        self.show_whole_diagram()

    def show_whole_diagram(self) -> None:
        """The first view of a model: the whole diagram while its names stay readable (at
        least :data:`READABLE_ZOOM`, at most 100 %); a longer journey is shown with every
        lane from its start, and the minimap shows the whole."""
        rect = self.scene.diagram_rect().adjusted(-20, -20, 20, 20)
        viewport = self.view.viewport().rect()
        if rect.isEmpty() or viewport.width() < 50 or viewport.height() < 50:
            return
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if whole >= READABLE_ZOOM:
            self.view.set_zoom(min(1.0, whole))
            self.view.centerOn(rect.center())
            return
        zoom = min(1.0, max(READABLE_ZOOM, viewport.height() / rect.height()))
        self.view.set_zoom(zoom)
        width, height = viewport.width() / zoom, viewport.height() / zoom
        self.view.centerOn(QPointF(rect.left() + width / 2, rect.top() + min(height, rect.height()) / 2))

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.show_whole_diagram()
            # Again once the docks and toolbar have their final size, unless the zoom changed since.
            zoom = self.view.zoom()
            QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self.view.zoom() == zoom
                              and self.show_whole_diagram())

    def update_title(self) -> None:
        """'order.bpmn[*] — Customer Process Modeler'; the mark shows unsaved changes."""
        if not shiboken6.isValid(self):
            return  # a dirty undo stack says "clean" once more while the window is destroyed
        name = self.files.path.name if self.files.path else self.untitled
        name += " (read-only)" if self.files.read_only else ""
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.editor is not None and self.editor.is_modified())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and isinstance(self.actions, dict):
            redraw_action_icons(self.actions)  # a theme change: icons in its ink

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.maybe_save():
            self.files.close_document()
            if self._analysis is not None:
                self._analysis.stop_drawing()
            if self.scene is not None:
                self.scene.detach()
            _document_closed(self.editor.model)
            event.accept()
        else:
            event.ignore()

    def open_dropped(self, paths: list[str]) -> None:
        if paths:
            self.files.open(paths[0])

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.open_dropped([p for p in paths if p.lower().endswith((".bpmn", ".xml"))])

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.files.recent():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.files.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "No recent files")).setEnabled(False)

    def quit_application(self) -> None:
        QApplication.closeAllWindows()

    # -- selection ------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        if self.scene is None or not shiboken6.isValid(self.selection_label):
            return  # signals that arrive while the window is being destroyed
        ids = self.scene.selected_ids()
        self.selection_label.setText(QCoreApplication.translate("MainWindow", "{count} selected").format(
            count=QLocale().toString(len(ids))) if ids else QCoreApplication.translate("MainWindow", "Nothing selected"))
        if ids != self.properties.shown_ids:
            self.properties.show_ids(ids)

    def reveal(self, ids: list[str]) -> None:
        """Select the elements of ``ids`` and scroll to the first."""
        self.scene.select_ids(ids)
        item = next((self.scene.item_of(i) for i in ids if self.scene.item_of(i)), None)
        if item is not None:
            self.view.centerOn(item.sceneBoundingRect().center())

    def select_all(self) -> None:
        """Select every step and flow, telling the selection's followers once, not per item
        (each tells the properties panel the whole selection: quadratic in a large model)."""
        self.scene.select_all()

    # -- edits (all through the façade) ---------------------------------------------------
    def _try(self, edit) -> None:  # noqa: ANN001
        try:
            edit()
        except (EditRefused, ValueError) as refusal:
            self.statusBar().showMessage(str(refusal), 5000)

    def delete_selection(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self._try(lambda: self.editor.remove(ids))

    def nudge_selection(self, dx: float, dy: float) -> None:
        ids = self.scene.selected_editable_step_ids()
        if ids:
            self._try(lambda: self.editor.nudge_steps(ids, dx, dy))

    def arrange_selection(self, key: str) -> None:
        """Edit ▸ Arrange: align, distribute or tidy the selected steps (one undo step)."""
        arrange_selection(self, key)

    def rename_selection(self) -> None:
        from customer_modeler.editor.tools.inline_edit import edit_label_at

        ids = self.scene.selected_ids()
        item = self.scene.item_of(ids[0]) if len(ids) == 1 else None
        if item is not None:
            pos = item.header_scene_rect().center() if hasattr(item, "header_scene_rect") else \
                item.mapToScene(item.boundingRect().center())
            if hasattr(item, "node_rect"):
                pos = item.mapToScene(item.node_rect().center())
            edit_label_at(self.controller, pos)

    def _selected_lane(self) -> str | None:
        lanes = [i for i in self.scene.selected_ids() if i in self.editor.model.lanes]
        return lanes[0] if len(lanes) == 1 else None

    def mark_customer_lane(self) -> None:
        lane_id = self._selected_lane()
        if lane_id is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Select the lane that is the customer."), 5000)
            return
        self._try(lambda: self.editor.lanes.set_role(lane_id, "customer"))

    def set_lane_role(self, role: str) -> None:
        lane_id = self._selected_lane()
        if lane_id is not None:
            self._try(lambda: self.editor.lanes.set_role(lane_id, role))

    def move_customer_lane_to_top(self) -> None:
        self._try(self.editor.lanes.move_customer_to_top)

    def add_lane(self, role: str) -> None:
        name = (QCoreApplication.translate("MainWindow", "IT/Systems") if role == "system"
                else QCoreApplication.translate("UndoText", "New lane"))
        lane_id = self.editor.lanes.add(name, role)
        self.scene.select_ids([lane_id])

    def arm_kind(self, key: str) -> None:
        self.controller.arm(key)

    def _kind_armed(self, key: str | None) -> None:
        if key is None:  # placed, or cancelled: the palette shows nothing armed any more
            self.palette.disarm()

    def cancel_gesture(self) -> None:
        """Esc: abandon the gesture under way and disarm the tools; with none under way,
        clear the selection, as desktop diagram editors do."""
        controller = self.controller
        if controller.tool is None and controller.armed_kind is None and not controller.connecting:
            self.scene.select_items([])
        controller.cancel()
        self.palette.disarm()

    def toggle_connect(self) -> None:
        """Insert ▸ Connect: the connect tool on or off (the action is checkable)."""
        self.controller.arm_connect(self.actions["connect"].isChecked())

    def toggle_company_view(self) -> None:
        """View ▸ Company as One Entity: a view change only (no edit, nothing to undo)."""
        on = self.actions["company_view"].isChecked()
        self.scene.set_company_view(on)
        if on:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The company's lanes are merged in the view only; steps keep their lanes."), 5000)

    def toggle_grid(self) -> None:
        self.view.show_grid = self.actions["grid"].isChecked()
        self.view.viewport().update()

    # -- export and help ------------------------------------------------------------------
    def export_png_dialog(self) -> None:
        """File ▸ Export ▸ PNG Image… (SVG and PDF: ``self.exports``)."""
        self.exports.export("PNG")

    def export_png(self, path: str, scale: float = 1.0, transparent: bool = False) -> None:
        from customer_modeler.editor.canvas.export import save_png

        try:
            save_png(self.editor.model, path, scale, transparent)
        except (OSError, ValueError) as error:
            self.files.show_error(QCoreApplication.translate("Export", "Cannot export"), str(error))
            return
        self.statusBar().showMessage(QCoreApplication.translate("Export", "Exported {name}").format(
            name=Path(path).name), 4000)

    def close_document(self) -> None:
        """File ▸ Close (Ctrl+W): the document goes; the last window stays."""
        close_document(self)

    def show_user_guide(self) -> None:
        from customer_modeler.editor.panels.user_guide import UserGuideDialog

        guide = getattr(self, "user_guide", None)
        if guide is None:
            guide = self.user_guide = UserGuideDialog(self)
        guide.show()
        guide.raise_()

    def show_shortcuts(self) -> None:
        from customer_modeler.editor.panels.dialogs import ShortcutsDialog

        ShortcutsDialog(list(self.actions.values()), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, APP_NAME, f"{APP_NAME} {__version__}\n" + QCoreApplication.translate(
            "MainWindow", "Customer journeys as BPMN 2.0 swimlanes, the customer lane on top."))


def _document_closed(model: ProcessModel) -> None:
    """Tell the collector's keeper (gc_pause) how large a document just closed."""
    gc_pause.document_closed(len(model.steps) + len(model.flows))


def _settle_soon() -> None:
    """Once a replaced scene is deleted (with its editor and gestures), from the event loop:
    collect its document's cycles, then keep what stays out of the collector's walks."""
    QTimer.singleShot(0, gc_pause.settle)
