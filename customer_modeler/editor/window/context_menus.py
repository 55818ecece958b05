"""Editor layer: right-click menus on the canvas — on a step, a flow, a lane or empty space.

A right-click first selects what is under the cursor (keeping a selection it is part
of), then offers what applies there. Every entry calls a window or façade method, as
the menu bar does; the menu is shown without blocking and kept in
``window.context_menu`` until the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.lane_item import LaneItem
from customer_modeler.editor.items.step_item import StepItem
from customer_modeler.editor.panels.palette import kind_icon
from customer_modeler.editor.step_kinds import STEP_KINDS
from customer_modeler.editor.core_texts import choice_text
from customer_modeler.model.elements import LANE_ROLES
from customer_modeler.model.lanes import lane_at


def install_context_menus(window: Any) -> None:
    """Let the canvas of ``window`` answer right-clicks."""
    window.context_menu = None
    window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.view.customContextMenuRequested.connect(lambda pos: open_canvas_menu(window, pos))


def open_canvas_menu(window: Any, pos: QPoint) -> QMenu:
    """Build and show the menu for viewport position ``pos``."""
    scene_pos = window.view.mapToScene(pos)
    item = _item_at(window, scene_pos)
    if item is not None:
        element_id = window.scene.element_id(item)
        if element_id not in window.scene.selected_ids():
            window.scene.select_ids([element_id])
    menu = QMenu(window)
    menu.setObjectName("canvas-context-menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(item, StepItem):
        _step_entries(window, menu, item)
    elif isinstance(item, FlowItem):
        _flow_entries(window, menu)
    elif isinstance(item, LaneItem):
        _lane_entries(window, menu, item)
    else:
        window.scene.clearSelection()
        _canvas_entries(window, menu, scene_pos)
    old = window.context_menu
    if old is not None and shiboken6.isValid(old) and old.isVisible():  # a closed menu is deleted
        old.close()
    window.context_menu = menu
    menu.popup(window.view.viewport().mapToGlobal(pos))
    return menu


def _item_at(window: Any, scene_pos: QPointF) -> Any:
    """The step, flow or lane header under the cursor (the topmost one)."""
    for item in window.scene.items(scene_pos):
        if isinstance(item, (StepItem, FlowItem, LaneItem)) and item.isVisible():
            return item
    return None


def _add(menu: QMenu, text: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    action.setEnabled(enabled)
    return action


def _shared(window: Any, menu: QMenu, key: str) -> None:
    """Put a menu-bar action in the context menu (same text, shortcut and slot)."""
    action = window.actions.get(key)
    if action is not None:
        menu.addAction(action)


def _properties_entry(window: Any, menu: QMenu) -> None:
    menu.addSeparator()
    _add(menu, QCoreApplication.translate("ContextMenu", "&Properties"), lambda: show_properties(window))


def show_properties(window: Any) -> None:
    """Bring the properties dock forward with the name field ready to type in."""
    window.properties.show()
    window.properties.raise_()
    field = window.properties.fields.get("name")
    if field is not None:
        field.setFocus()


def _step_entries(window: Any, menu: QMenu, item: StepItem) -> None:
    from customer_modeler.editor.editing.kind_change import change_kind, family, kind_of_step

    step = window.editor.model.steps[item.step_id]
    editable = not item.read_only
    _shared(window, menu, "rename")
    _shared(window, menu, "delete")
    menu.addSeparator()
    kinds = menu.addMenu(QCoreApplication.translate("ContextMenu", "Change &Kind"))
    kinds.setEnabled(editable)
    current = kind_of_step(step)
    group = QActionGroup(kinds)
    last_family = None
    for kind in STEP_KINDS.values():
        if last_family is not None and family(kind.bpmn_kind) != last_family:
            kinds.addSeparator()
        last_family = family(kind.bpmn_kind)
        action = _add(kinds, kind.label, lambda k=kind.key: window._try(
            lambda: change_kind(window.editor, step.id, k)))
        action.setIcon(kind_icon(kind))
        action.setCheckable(True)
        action.setChecked(kind.key == current)
        group.addAction(action)
    _add(menu, QCoreApplication.translate("ContextMenu", "&Connect from Here"), lambda: connect_from(window, step.id),
         enabled=editable and step.type != "end")
    _properties_entry(window, menu)


def connect_from(window: Any, step_id: str) -> None:
    """Start a flow at ``step_id``: the next click on a step ends it."""
    window.scene.select_ids([step_id])
    action = window.actions["connect"]
    if action.isChecked():
        action.setChecked(False)
        window.toggle_connect()
    action.setChecked(True)
    window.toggle_connect()


def _flow_entries(window: Any, menu: QMenu) -> None:
    _add(menu, QCoreApplication.translate("ContextMenu", "&Rename"), window.rename_selection)
    _shared(window, menu, "delete")
    _properties_entry(window, menu)


def _lane_entries(window: Any, menu: QMenu, item: LaneItem) -> None:
    lane = window.editor.model.lanes[item.lane_id]
    _add(menu, QCoreApplication.translate("ContextMenu", "&Rename Lane"), window.rename_selection)
    _add(menu, QCoreApplication.translate("ContextMenu", "&Delete Lane"), window.delete_selection)
    menu.addSeparator()
    _add(menu, QCoreApplication.translate("ContextMenu", "Set as &Customer Lane"), window.mark_customer_lane,
         enabled=lane.role != "customer")
    roles = menu.addMenu(QCoreApplication.translate("ContextMenu", "Set &Role"))
    for role in LANE_ROLES:
        if role == "customer":
            continue
        action = _add(roles, choice_text(role).capitalize(), lambda r=role: window.set_lane_role(r))
        action.setCheckable(True)
        action.setChecked(lane.role == role)
    _properties_entry(window, menu)


def _canvas_entries(window: Any, menu: QMenu, scene_pos: QPointF) -> None:
    lane = lane_at(window.editor.model, scene_pos.x(), scene_pos.y())
    add = menu.addMenu(QCoreApplication.translate("ContextMenu", "&Add Step Here"))
    add.setEnabled(lane is not None)
    if lane is not None:
        for kind in STEP_KINDS.values():
            action = _add(add, kind.label, lambda k=kind.key, lane_id=lane.id: add_step_at(
                window, k, lane_id, scene_pos))
            action.setIcon(kind_icon(kind))
    for key in ("add_lane", "add_system_lane"):
        _shared(window, menu, key)
    menu.addSeparator()
    for key in ("paste", "select_all", None, "zoom_fit", "zoom_reset"):
        if key is None:
            menu.addSeparator()
        else:
            _shared(window, menu, key)


def add_step_at(window: Any, kind_key: str, lane_id: str, pos: QPointF) -> None:
    def add() -> None:
        step_id = window.editor.add_step(kind_key, lane_id, (pos.x(), pos.y()))
        window.scene.select_ids([step_id])
    window._try(add)
