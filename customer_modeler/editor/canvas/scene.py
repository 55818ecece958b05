"""Editor layer: :class:`ProcessScene` mirrors a :class:`ProcessModel` as graphics items.

It subscribes to the model's change events and adds, updates or removes exactly the
items an event concerns (and the lane headers whose "faces the customer" mark may
change), so a repaint covers only what changed. It keeps id ↔ item maps and never
writes the model; gestures live in :mod:`customer_modeler.editor.tools.controller`.
What a foreign file's diagram shows (one page of several, expanded sub-processes,
header sizes) is decided in :mod:`customer_modeler.editor.canvas.display`; the "company as
one entity" view in :mod:`customer_modeler.editor.canvas.company_view`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from customer_modeler import gc_pause
from customer_modeler.editor import style
from customer_modeler.editor.canvas import display
from customer_modeler.editor.canvas.company_view import show_company_view
from customer_modeler.editor.canvas.item_groups import ItemGroups, in_diagram_layer, is_group
from customer_modeler.editor.canvas.label_layout import place_labels_near, place_scene_labels
from customer_modeler.editor.canvas.label_order import LabelOrder
from customer_modeler.editor.canvas.pending_items import (
    FIRST_SPAN,
    PROGRESSIVE_FROM,
    ChunkSize,
    PendingItems,
    along,
)
from customer_modeler.editor.canvas.pending_selection import PendingSelection
from customer_modeler.editor.canvas.scene_index import SceneIndex, index_rect
from customer_modeler.editor.items.artifact_item import ArtifactItem
from customer_modeler.editor.items.association_item import AssociationItem
from customer_modeler.editor.items.flow_item import FlowItem
from customer_modeler.editor.items.lane_item import LaneItem
from customer_modeler.editor.items.pool_item import PoolItem
from customer_modeler.editor.items.step_item import StepItem, read_only
from customer_modeler.model.nesting import lane_ancestors, step_nesting_depth
from customer_modeler.editor.geometry.flow_router import flow_points
from customer_modeler.model import visibility
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Point, Rect, Step
from customer_modeler.model.events import ElementKind as Kind
from customer_modeler.model.events import (
    ChangesEnded,
    ElementAdded,
    ElementChanged,
    ElementRemoved,
    ModelDataChanged,
    ModelEvent,
)
from customer_modeler.notation.svg import connection_shown

MARGIN = 200.0
#: Levels of Qt's index left out for a large journey (see ``_add_the_start``). The index
#: files only the parents of the steps and flows (see item_groups), some 20 times fewer
#: items than the one cell per item Qt would choose counts.
INDEX_LEVELS_SPARED = 6


class ProcessScene(QGraphicsScene):
    """The graphics scene of one model (default BSP index: fast hit tests and repaints).

    ``progressive``: a model of more than :data:`PROGRESSIVE_FROM` steps shows its lanes and
    the start of its journey at once, and gets its other steps and flows a chunk at a time
    while the event loop is idle, nearest the view first (the window's scene); an item
    asked for by id is made at once, and :meth:`complete` makes them all.
    """

    def __init__(self, model: ProcessModel | None = None, parent=None,  # noqa: ANN001
                 progressive: bool = False) -> None:
        super().__init__(parent)
        self.progressive = progressive
        #: The steps and flows whose items are still to be made (a large model, just opened).
        self.pending = PendingItems()
        #: Of those, the ones selected (Select All before their items were made).
        self.pending_selection = PendingSelection()
        self._chunk = ChunkSize()
        #: The parents of the steps' and flows' items (see item_groups).
        self.groups = ItemGroups(self)
        self._fill_later = QTimer(self)
        self._fill_later.setSingleShot(True)
        self._fill_later.setInterval(0)
        self._fill_later.timeout.connect(self._make_some)
        self.model: ProcessModel | None = None
        self.lane_items: dict[str, LaneItem] = {}
        self.step_items: dict[str, StepItem] = {}
        self.flow_items: dict[str, FlowItem] = {}
        self.pool_items: dict[str, PoolItem] = {}
        self.artifact_items: dict[str, ArtifactItem | AssociationItem] = {}
        self._content = QRectF()
        self._shown = QRectF()
        self.header_width = style.LANE_HEADER_WIDTH
        #: Elements drawn on another page of the file: they get items, but hidden.
        self.off_page: frozenset[str] = frozenset()
        #: Sub-processes drawn with their content.
        self.expanded: set[str] = set()
        #: The company as one entity: None, or the band items that stand for the company lanes.
        self.company_bands: list | None = None
        #: Paint every detail at any scale (exports); the window's scene simplifies far out.
        self.full_detail = False
        self._labels_due = False
        #: Since the labels were last placed: the steps and flows edits touched, and the area
        #: they took before and after; None: every label is to be placed again.
        self._labels_touched: set[str] | None = set()
        self._labels_area = QRectF()
        #: Each step's and flow's place in the order labels are placed; None: to be counted.
        self._label_order: LabelOrder | None = None
        #: The diagram's rectangle as last measured (see :meth:`diagram_rect`); None: to measure.
        self._diagram: QRectF | None = None
        #: Flows an edit under way changed (or moved an end of): drawn once it has ended.
        self._flows_held: dict[str, None] = {}
        #: Selected items went with an edit under way: the selection is announced once it has ended.
        self._selection_held = False
        #: Lanes whose steps an edit under way changed, and whether the associations and the
        #: company band are to be shown again: refreshed once it has ended (_after_step_edit).
        self._lanes_held: dict[str | None, None] = {}
        self._connections_held = self._company_held = False
        #: Qt's index of the items: its depth, and a wait while one edit moves much of the scene.
        self.index = SceneIndex(self)
        self.changed.connect(self._content_changed)
        # Connected first: the selection's other followers read it after this has seen it.
        self.selectionChanged.connect(self._selection_changed)
        if model is not None:
            self.set_model(model)

    # -- model wiring ---------------------------------------------------------------------
    def set_model(self, model: ProcessModel) -> None:
        """Show ``model`` (replacing any previous one) and follow its events."""
        self.detach()
        self.clear()
        self.groups.clear()
        for mapping in (self.lane_items, self.step_items, self.flow_items, self.pool_items,
                        self.artifact_items):
            mapping.clear()
        self._label_order = None
        self.model = model
        self._diagram = None
        self.company_bands = None
        self.header_width = display.header_width_for(model, style.LANE_HEADER_WIDTH)
        self.off_page = display.off_page_ids(model)
        self.expanded = display.expanded_containers(model, self.off_page)
        for pool in model.pools.values():
            self._add_pool(pool.id)
        for lane in model.lanes.values():
            self._add_lane(lane.id)
        for pool, parent in dict.fromkeys((lane.pool, lane.parent) for lane in model.lanes.values()):
            self._place_visibility_lines(pool, parent)
        self.pending.clear()
        if self.progressive and len(model.steps) > PROGRESSIVE_FROM:
            self._add_the_start(model)
        else:
            for step in model.steps.values():
                self._add_step(step)
            for flow in model.flows.values():
                self._add_flow(flow)
        for artifact in model.artifacts.values():
            self._add_artifact(artifact)
        model.subscribe(self._on_event)
        self.place_labels()
        self._content = self._items_rect()
        self.update_scene_rect()

    # -- a large model, a chunk at a time ----------------------------------------------------
    def _add_the_start(self, model: ProcessModel) -> None:
        """Make the items of the journey's first :data:`FIRST_SPAN`; the rest wait.

        Qt sizes its index by the items there when it is first built (a few hundred here),
        and keeps that depth as items come: set now for every item to come, or each repaint
        of the full scene searches overfull cells. Fewer levels than the one cell per item
        Qt would choose (see :data:`INDEX_LEVELS_SPARED`): the index files the parents of
        the steps and flows only.
        """
        total = len(model.steps) + len(model.flows) + len(model.lanes) + len(model.artifacts)
        self.index.set_depth(max(5, math.ceil(math.log2(total)) - INDEX_LEVELS_SPARED))
        lanes = [lane.bounds.x for lane in model.lanes.values() if lane.bounds is not None]
        steps = [step.bounds.x for step in model.steps.values() if step.bounds is not None]
        start = min(lanes or steps or [0.0])
        later: list[tuple[float, str]] = []
        for elements, add in ((model.steps.values(), self._add_step), (model.flows.values(), self._add_flow)):
            for element in elements:
                x = along(element, model)
                if x <= start + FIRST_SPAN:
                    add(element)  # type: ignore[operator]
                else:
                    later.append((x, element.id))
        self.pending.fill(later)
        self._fill_later.start()

    def _make_some(self) -> None:
        """Make a chunk of the pending items, those nearest the view's centre first."""
        if self.model is None or not self.pending:
            return
        views = self.views()
        centre = (views[0].mapToScene(views[0].viewport().rect().center()).x() if views
                  else float("-inf"))
        start = time.perf_counter()
        ids = self.pending.take_near(centre, self._chunk.count)
        self._make_kept(ids)
        self._labels_now()  # the chunk's labels within its time, not in a pass of their own
        self._chunk.took(time.perf_counter() - start, len(ids))
        if self.pending:
            self._fill_later.start()
        else:  # the last chunk: the steps are filed by area now, not at the first press
            QTimer.singleShot(0, self, self._file_steps_by_area)

    def _file_steps_by_area(self) -> None:
        if self.model is not None:
            self.model.file_steps_by_area()

    def _make_kept(self, ids: list[str]) -> None:
        """:meth:`_make` a chunk or all of the pending items, which stay as long as the
        document: made without the collector, then kept out of its walks (see gc_pause)."""
        with gc_pause.collection_paused():
            self._make(ids)
            gc_pause.settle(closed_gone=False)

    def _make(self, ids: list[str]) -> None:
        """Make the items of ``ids`` (taken out of the pending ones) and place their labels."""
        assert self.model is not None
        made, area = [], QRectF()
        for element_id in ids:
            step, flow = self.model.steps.get(element_id), self.model.flows.get(element_id)
            if step is not None and element_id not in self.step_items:
                self._add_step(step)
                item = self.step_items[element_id]
            elif flow is not None and element_id not in self.flow_items:
                self._add_flow(flow)
                item = self.flow_items[element_id]
            else:
                continue
            made.append(element_id)
            if item.isVisible():
                area = area.united(item.sceneBoundingRect())
        if made:
            self._grow_scene_rect(area)
            self._labels_later(made, area)
        if self.pending_selection:
            self._select_made(self.pending_selection.take(made))

    def _select_made(self, ids: list[str]) -> None:
        """Select the items just made of elements selected before (the selection is the same)."""
        with QSignalBlocker(self):
            for element_id in ids:
                item = self.step_items.get(element_id) or self.flow_items.get(element_id)
                if item is not None:
                    item.setSelected(True)

    def complete(self) -> None:
        """Make every pending item now (select all, a search, what needs the whole scene)."""
        if self.model is not None and self.pending:
            self._make_kept(self.pending.take_all())
            QTimer.singleShot(0, self, self._file_steps_by_area)
        self._fill_later.stop()

    def detach(self) -> None:
        """Stop following the model (before the scene is dropped)."""
        self._fill_later.stop()
        self.pending.clear()
        self.pending_selection.clear()
        self.index.resume()
        if self.model is not None:
            self.model.unsubscribe(self._on_event)
            self.model = None

    def in_label_order(self, keys: set[str]) -> list[str]:
        """``keys`` (steps and flows) in the order labels are placed in: the model's, kept
        as it changes (see ``label_order``)."""
        return self._labels_ordered().sorted(keys)

    def _labels_ordered(self) -> LabelOrder:
        if self._label_order is None:
            assert self.model is not None
            self._label_order = LabelOrder(self.model)
        return self._label_order

    def place_labels(self) -> None:
        """Put the names beside events and gateways and the flow labels where none collide."""
        self._labels_due = False
        self._labels_touched, self._labels_area = set(), QRectF()
        place_scene_labels(self)

    def _labels_later(self, touched: list[str] | None, area: QRectF) -> None:
        """Place the labels near ``touched`` again once the edit in progress has sent all its
        changes (None: every label)."""
        if touched is None or self._labels_touched is None:
            self._labels_touched = None
        else:
            self._labels_touched.update(touched)
            self._labels_area = self._labels_area.united(area)
        if not self._labels_due:
            self._labels_due = True
            QTimer.singleShot(0, self, self._labels_now)

    def _labels_now(self) -> None:
        """Place the labels the edits since the last time moved; then the scene is indexed
        again if a large edit let the index wait."""
        try:
            self._place_due_labels()
        finally:
            self.index.resume()

    def _place_due_labels(self) -> None:
        if not self._labels_due or self.model is None:
            return
        with gc_pause.collection_paused():  # after new items or an edit: see gc_pause
            if self._labels_touched is None:
                self.place_labels()
            else:
                touched, area = self._labels_touched, self._labels_area
                self._labels_due = False
                self._labels_touched, self._labels_area = set(), QRectF()
                if touched:
                    place_labels_near(self, touched, area)
            gc_pause.settle(closed_gone=False)

    def _on_event(self, event: ModelEvent) -> None:
        if isinstance(event, ChangesEnded):
            self._draw_held_flows()
            self._refresh_held_lanes()
            if self._selection_held:
                self._selection_held = False
                self.selectionChanged.emit()
            return
        touched = self._touched_by(event)
        self.index.count(len(self.step_items) + len(self.flow_items))
        before = self._area_of(touched)
        if isinstance(event, ElementAdded):
            if event.kind in (Kind.STEP, Kind.FLOW) and self._label_order is not None:
                self._label_order.added(event.element.id, event.kind == Kind.STEP, event.index)
            self._element_added(event.kind, event.element)
        elif isinstance(event, ElementRemoved):
            if event.kind in (Kind.STEP, Kind.FLOW) and self._label_order is None:
                # counted now, with the place of what goes, for an undo to give it back
                self._labels_ordered().removed_before_count(event.element.id, event.kind == Kind.STEP,
                                                            event.index)
            self._element_removed(event.kind, event.element)
        elif isinstance(event, ElementChanged):
            self._element_changed(event.kind, event.element, event.changes)
        after = self._area_of(touched)
        self._keep_diagram(touched, before, after)
        self._labels_later(touched, before.united(after))

    def _keep_diagram(self, touched: list[str] | None, before: QRectF, after: QRectF) -> None:
        """Bring the kept diagram rectangle up to date after an edit: what the edit touched
        stood clear of its edges, so the rectangle only grows by where it stands now; else
        (lanes, pools, a step on the edge) it is measured again when next asked."""
        kept = self._diagram
        if (kept is None or touched is None or before.left() <= kept.left() or before.top() <= kept.top()
                or before.right() >= kept.right() or before.bottom() >= kept.bottom()):
            self._diagram = None
        elif not after.isEmpty():
            self._diagram = kept.united(after)

    def _touched_by(self, event: ModelEvent) -> list[str] | None:
        """The steps and flows whose labels an event may move; None: any label may move."""
        if isinstance(event, ModelDataChanged):  # the journey's own data: nothing drawn moves
            return []
        kind = getattr(event, "kind", None)
        element = getattr(event, "element", None)
        if kind == Kind.FLOW:
            return [element.id]
        if kind == Kind.STEP:  # the scene re-routes its flows without their own event
            return [element.id, *(flow.id for flow in self.model.flows_of(element.id))]
        return None

    def _area_of(self, ids: list[str] | None) -> QRectF:
        """Where the items of ``ids`` are drawn now (labels included)."""
        area = QRectF()
        for element_id in ids or ():
            item = self.step_items.get(element_id) or self.flow_items.get(element_id)
            if item is not None and item.isVisible():
                area = area.united(item.sceneBoundingRect())
        return area

    def _element_added(self, kind: Kind, element) -> None:  # noqa: ANN001
        self.pending.forget(element.id)  # an undo puts back an element not drawn yet: drawn now
        if kind == Kind.LANE:
            self._add_lane(element.id)
            self._place_visibility_lines(element.pool, element.parent)
            self._refresh_company_view()
            self.update_scene_rect()
        elif kind == Kind.STEP:
            self._add_step(element)
            self._after_step_edit(element.lane, connections=True)
        elif kind == Kind.FLOW:
            self._add_flow(element)
        elif kind == Kind.POOL:
            self._add_pool(element.id)
        elif kind == Kind.ARTIFACT:
            self._add_artifact(element)

    def _element_removed(self, kind: Kind, element) -> None:  # noqa: ANN001
        self.pending.forget(element.id)
        if self.pending_selection.forget(element.id):
            self._selection_lost_one()
        items = {Kind.LANE: self.lane_items, Kind.STEP: self.step_items, Kind.FLOW: self.flow_items,
                 Kind.POOL: self.pool_items, Kind.ARTIFACT: self.artifact_items}.get(kind)
        item = items.pop(element.id, None) if items is not None else None
        if item is not None:
            self._remove_item(item)
        if kind == Kind.STEP:
            self._after_step_edit(element.lane, connections=True)
        elif kind == Kind.LANE:
            self._refresh_pool(element.pool)
            self._place_visibility_lines(element.pool, element.parent)
            self._refresh_company_view()

    def _remove_item(self, item: QGraphicsItem) -> None:
        """Take an element's item out of the scene. Qt announces a changed selection at each
        selected item removed, and the window's followers read the whole selection each
        time: deleting 10,000 selected steps took minutes. Within an edit under way the
        selection is announced once, when the edit ends."""
        if not (item.isSelected() and self.model is not None and self.model.changing):
            self.removeItem(item)
            return
        self._selection_held = True
        with QSignalBlocker(self):
            self.removeItem(item)

    def _element_changed(self, kind: Kind, element, changes: dict) -> None:  # noqa: ANN001
        if kind == Kind.LANE:
            self._refresh_lane(element.id)
            if "role" in changes:
                for step in self.model.steps_in_lane(element.id):
                    self._sync_step(step)
            if "bounds" in changes:
                self._refresh_pool(element.pool)
                self.update_scene_rect()
            if {"bounds", "role"} & changes.keys():
                self._refresh_company_view()
        elif kind == Kind.STEP:
            self._sync_step(element)
            if "lane" in changes:
                self._after_step_edit(changes["lane"][0])
            if {"lane", "visible", "kind"} & changes.keys():
                self._after_step_edit(element.lane, company=True)
            if "bounds" in changes:  # an undo restores the waypoints before the step moves back
                for flow in self.model.flows_of(element.id):
                    self._sync_flow(flow)
                if element.id in self.step_items:
                    self._grow_scene_rect(self.step_items[element.id].sceneBoundingRect())
        elif kind == Kind.FLOW and element.id in self.flow_items:
            self._sync_flow(element)
        elif kind == Kind.POOL and element.id in self.pool_items:
            self.pool_items[element.id].name = element.name
            self._refresh_pool(element.id)
            self._refresh_company_view()

    # -- derived looks --------------------------------------------------------------------
    def step_visible(self, step: Step) -> bool:
        """The customer sees the step (the model's rule: its ``visible``, or the lane's default)."""
        return visibility.step_visible(self.model, step)

    def lane_faces_customer(self, lane_id: str) -> bool:
        """A company lane faces the customer when it holds a step the customer sees."""
        return visibility.lane_faces_customer(self.model, lane_id)

    def step_shown(self, step: Step) -> bool:
        """Drawn on this page: the step has a shape, and not only on another page of the file."""
        return step.bounds is not None and step.id not in self.off_page

    def flow_shown(self, flow: Flow) -> bool:
        """Drawn when both ends are (a message flow may end at a pool or a lane)."""
        if flow.id in self.off_page:
            return False
        for end in (flow.source, flow.target):
            step = self.model.steps.get(end)
            if (step is not None and not self.step_shown(step)) or end in self.off_page:
                return False
        return True

    def flow_points(self, flow: Flow) -> tuple[Point, ...]:
        """The flow's waypoints, or a route around the steps when the file gave none or broken ones."""
        return flow_points(self.model, flow)

    # -- items ----------------------------------------------------------------------------
    def _add_lane(self, lane_id: str) -> None:
        lane = self.model.lanes[lane_id]
        depth = len(lane_ancestors(self.model, lane_id))
        item = LaneItem(lane, self.lane_faces_customer(lane_id), depth, self.header_width,
                        visibility.role_stated(self.model, lane))
        item.set_header(display.band_size(self.model, lane),
                        display.vertical_header_height(self.model, lane))
        item.setVisible(lane_id not in self.off_page)
        self.lane_items[lane_id] = item
        self.addItem(item)
        parent = self.lane_items.get(lane.parent or "")
        if parent is not None:  # the enclosing lane now holds a sub-lane: a name band
            parent.set_header(display.band_size(self.model, self.model.lanes[lane.parent]),
                              parent.header_h)
        self._refresh_pool(lane.pool)

    def _add_step(self, step: Step) -> None:
        visible = self.step_visible(step)
        item = StepItem(step, visible, visibility.drawn_solid(self.model, step),
                        step.id in self.expanded, step_nesting_depth(self.model, step))
        item.setVisible(self.step_shown(step))
        self.step_items[step.id] = item
        bounds = step.bounds
        self.groups.add(item, bounds.x if bounds else 0.0, bounds.y if bounds else 0.0)

    def _add_flow(self, flow: Flow) -> None:
        item = FlowItem(flow, self.flow_points(flow))
        item.setVisible(self.flow_shown(flow))
        self.flow_items[flow.id] = item
        start = item.points[0] if item.points else None
        self.groups.add(item, start.x() if start else 0.0, start.y() if start else 0.0)

    def _add_pool(self, pool_id: str) -> None:
        pool = self.model.pools[pool_id]
        b = pool.bounds
        rect = QRectF(b.x, b.y, b.width, b.height) if b is not None else QRectF()
        self.pool_items[pool_id] = item = PoolItem(pool_id, pool.name, rect, pool.horizontal)
        self.addItem(item)
        self._refresh_pool(pool_id)

    def _add_artifact(self, artifact) -> None:  # noqa: ANN001
        if artifact.connection:
            self.artifact_items[artifact.id] = item = AssociationItem(artifact)
            item.setVisible(connection_shown(self.model, artifact, self.off_page))
        else:
            self.artifact_items[artifact.id] = item = ArtifactItem(artifact)
            item.setVisible(artifact.id not in self.off_page and artifact.bounds is not None)
        self.addItem(item)

    def _refresh_connections(self) -> None:
        """Associations show while the steps they join are there (a deleted step hides its lines)."""
        for artifact_id, item in self.artifact_items.items():
            if isinstance(item, AssociationItem):
                item.setVisible(connection_shown(self.model, self.model.artifacts[artifact_id], self.off_page))

    def _sync_step(self, step: Step) -> None:
        item = self.step_items.get(step.id)
        if item is not None:
            item.sync(step, self.step_visible(step), visibility.drawn_solid(self.model, step))
            item.setVisible(self.step_shown(step))

    def _sync_flow(self, flow: Flow) -> None:
        if self.model.changing:  # its step may have moved before its waypoints follow
            if flow.id in self.flow_items:
                self._flows_held[flow.id] = None
            return
        self._draw_flow(flow)

    def _draw_flow(self, flow: Flow) -> None:
        item = self.flow_items.get(flow.id)
        if item is not None:
            item.sync(flow, self.flow_points(flow))
            item.setVisible(self.flow_shown(flow))

    def _draw_held_flows(self) -> None:
        """Draw the flows the edit that just ended changed, each once, on its final waypoints
        and ends: drawn in the middle, a flow whose step had moved but not yet its waypoints
        would have been routed afresh around the steps for nothing."""
        held = [flow_id for flow_id in self._flows_held
                if flow_id in self.flow_items and flow_id in self.model.flows]
        self._flows_held = {}
        if not held:
            return
        before = self._area_of(held)
        for flow_id in held:
            self._draw_flow(self.model.flows[flow_id])
        after = self._area_of(held)
        self._keep_diagram(held, before, after)
        self._labels_later(held, before.united(after))

    def _after_step_edit(self, lane_id: str | None, connections: bool = False,
                         company: bool = False) -> None:
        """A step of the lane came, went or changed: the lane (does it face the customer?),
        and when asked the associations and the company band, are shown again. Each refresh
        reads every step of the lane: within an edit under way they wait until it has
        ended, once each (undoing the deletion of 10,000 steps spent 2 s on them)."""
        self._lanes_held[lane_id] = None
        self._connections_held |= connections
        self._company_held |= company
        if self.model is None or not self.model.changing:
            self._refresh_held_lanes()

    def _refresh_held_lanes(self) -> None:
        lanes, self._lanes_held = self._lanes_held, {}
        connections, company = self._connections_held, self._company_held
        self._connections_held = self._company_held = False
        for lane_id in lanes:
            self._refresh_lane(lane_id)
        if connections:
            self._refresh_connections()
        if company:
            self._refresh_company_view()

    def _refresh_lane(self, lane_id: str | None) -> None:
        item = self.lane_items.get(lane_id or "")
        if item is not None:
            lane = self.model.lanes[lane_id]
            item.sync(lane, self.lane_faces_customer(lane_id), visibility.role_stated(self.model, lane))
            self._place_visibility_lines(lane.pool, lane.parent)

    def _place_visibility_lines(self, pool: str | None, parent: str | None) -> None:
        """The line of visibility goes under the last lane of each run facing the customer.

        Only the sibling lanes of one pool are compared, from the items' cached "faces the
        customer" marks, so the cost follows the number of lanes, not of steps.
        """
        siblings = [lane for lane in self.model.lanes.values() if lane.pool == pool
                    and lane.parent == parent and lane.bounds is not None and lane.id in self.lane_items]
        siblings.sort(key=lambda lane: (lane.bounds.y, lane.bounds.x) if lane.horizontal
                      else (lane.bounds.x, lane.bounds.y))
        items = [self.lane_items[lane.id] for lane in siblings]
        for item, below in zip(items, [*items[1:], None]):
            line = item.faces_customer and (below is None or not below.faces_customer)
            if line != item.line_of_visibility:
                item.line_of_visibility = line
                item.update()

    def _refresh_pool(self, pool_id: str | None) -> None:
        """A pool is drawn over its shape and around its lanes (lane edits change it)."""
        item = self.pool_items.get(pool_id or "")
        if item is None:
            return
        pool = self.model.pools[pool_id]
        lanes = [lane.bounds for lane in self.model.lanes.values()
                 if lane.pool == pool_id and lane.parent is None and lane.bounds is not None]
        band = display.pool_band(pool.bounds, lanes, pool.horizontal)
        item.set_rect(pool_rect(pool.bounds, lanes, pool.horizontal, band), band)
        if pool_id in self.off_page:
            item.setVisible(False)

    def _refresh_company_view(self) -> None:
        if self.company_bands is not None:
            show_company_view(self, True)

    # -- views ----------------------------------------------------------------------------
    def set_company_view(self, on: bool) -> None:
        """Show the company's lanes merged into one band (a view change, not an edit)."""
        self._diagram = None
        show_company_view(self, on)

    def band_items(self) -> list:
        """The lane bands on screen (lanes, or the company band that stands for them)."""
        shown = [item for item in self.lane_items.values() if item.isVisible()]
        return shown + list(self.company_bands or [])

    # -- queries --------------------------------------------------------------------------
    def element_id(self, item: QGraphicsItem) -> str | None:
        for attribute in ("step_id", "flow_id", "lane_id", "artifact_id"):
            if hasattr(item, attribute):
                return getattr(item, attribute)
        return None

    def selected_ids(self) -> list[str]:
        """The selected elements: those of the selected items, then those not drawn yet."""
        found = (self.element_id(item) for item in self.selectedItems())
        return [element_id for element_id in found if element_id is not None] + \
            self.pending_selection.ids()

    def selected_editable_step_ids(self) -> list[str]:
        """The selected steps a person may move, copy or arrange (see :func:`read_only`)."""
        made = [item.step_id for item in self.selectedItems()
                if isinstance(item, StepItem) and not item.read_only]
        if not self.pending_selection or self.model is None:
            return made
        steps = self.model.steps
        return made + [element_id for element_id in self.pending_selection.ids()
                       if element_id in steps and not read_only(steps[element_id])]

    def select_all(self) -> None:
        """Select every step and flow drawn on this page, adding to the selection, and tell
        the selection's followers once. Those whose items are not made yet are selected by
        id (see pending_selection)."""
        self.pending_selection.select(self._drawn_here(self.pending.in_order()))
        self.select_items((*self.step_items.values(), *self.flow_items.values()), adding=True)

    def make_selected_items(self) -> None:
        """Make now the items of selected elements not drawn yet (a drag moves items)."""
        ids = self.pending_selection.ids()
        for element_id in ids:
            self.pending.forget(element_id)
        if ids:
            self._make_kept(ids)

    def _drawn_here(self, ids: list[str]) -> list[str]:
        """Those of ``ids`` (steps and flows) whose items are shown (:meth:`step_shown`,
        :meth:`flow_shown`): all of them when every step has a shape on this page."""
        if not ids or self.model is None:
            return []
        steps, flows = self.model.steps, self.model.flows
        if not self.off_page and all(step.bounds is not None for step in steps.values()):
            return ids
        return [element_id for element_id in ids
                if (element_id in steps and self.step_shown(steps[element_id]))
                or (element_id in flows and self.flow_shown(flows[element_id]))]

    def _selection_changed(self) -> None:
        if self.pending_selection:
            self.pending_selection.items_now(len(self.selectedItems()))

    def _selection_lost_one(self) -> None:
        """An element of the pending selection went: announce it, once an edit under way ends."""
        if self.model is not None and self.model.changing:
            self._selection_held = True
        else:
            self.selectionChanged.emit()

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly the items of ``ids``."""
        self.select_items([item for item in map(self.item_of, ids) if item is not None])

    def select_items(self, items: Iterable[QGraphicsItem], adding: bool = False) -> None:
        """Select ``items`` (``adding``: to the selection, else instead of it), announcing
        the new selection once. Qt announces it at each item, and the window's followers
        read the whole selection each time: pasting 4,000 steps took 14 s."""
        with QSignalBlocker(self):
            if not adding:
                self.clearSelection()
                self.pending_selection.clear()
            for item in items:
                item.setSelected(True)
        self.selectionChanged.emit()

    def item_of(self, element_id: str) -> QGraphicsItem | None:
        if self.pending.forget(element_id):  # asked for now: made now
            self._make([element_id])
        for mapping in (self.step_items, self.flow_items, self.lane_items, self.artifact_items):
            if element_id in mapping:
                return mapping[element_id]
        return None

    def step_item_at(self, pos: QPointF) -> StepItem | None:
        for item in self.items(pos):
            if isinstance(item, StepItem):
                return item
        return None

    def diagram_rect(self, exact: bool = False) -> QRectF:
        """The rectangle that holds the whole diagram as shown (export, zoom to fit, minimap).

        Measuring walks every item (half a second at 100,000 steps), so the last measure is
        kept until an edit, a view change or a change the scene reports outside it (a
        change inside it, such as a name placed afresh, may leave it a little large).
        ``exact`` measures again (what an export draws).
        """
        if self._diagram is None or exact:
            rect = QRectF()
            for item in self.items():
                if item.isVisible() and in_diagram_layer(item):
                    rect = rect.united(item.sceneBoundingRect())
            self._diagram = rect
        return QRectF(self._diagram)

    def _content_changed(self, areas: list[QRectF]) -> None:
        """Forget the diagram's measure when something changed outside it (Qt reports the
        changes of a gesture once control is back in the event loop)."""
        if self._diagram is not None and not all(self._diagram.contains(area) for area in areas):
            self._diagram = None

    def shown_rect(self) -> QRectF:
        """The area views scroll over: the diagram, its lanes and pools, and a margin. The
        scene rect is the square on it, for Qt's index (see ``scene_index.index_rect``)."""
        return QRectF(self._shown)

    def _items_rect(self) -> QRectF:
        """What the items cover, as ``itemsBoundingRect`` measures it but without the
        parents of the steps and flows, which reach further than their children (see
        group_bounds): the scrollable area stays the diagram's."""
        rect = QRectF()
        for item in self.items():
            if not is_group(item):
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def update_scene_rect(self) -> None:
        rect = QRectF(self._content)
        for item in (*self.lane_items.values(), *self.pool_items.values()):
            rect = rect.united(item.sceneBoundingRect())
        self._show(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _grow_scene_rect(self, rect: QRectF) -> None:
        self._content = self._content.united(rect)
        wanted = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if not self._shown.contains(wanted):
            self._show(self._shown.united(wanted))

    def _show(self, rect: QRectF) -> None:
        """Show ``rect``; the scene rect follows (a view follows through ``sceneRectChanged``)."""
        self._shown = rect
        self.setSceneRect(index_rect(rect))


def pool_rect(bounds: Rect | None, lanes: list[Rect], horizontal: bool, band: float) -> QRectF:
    """Where a pool is drawn: its shape, grown to hold its lanes (and their name band).

    A file may draw lanes outside their pool (Bizagi does); the pool then grows around
    them rather than leave them outside. No shape and no lanes: an empty rectangle.
    """
    rect = QRectF(bounds.x, bounds.y, bounds.width, bounds.height) if bounds else QRectF()
    for lane in lanes:
        lane_rect = QRectF(lane.x, lane.y, lane.width, lane.height)
        lane_rect = lane_rect.adjusted(-band, 0, 0, 0) if horizontal else lane_rect.adjusted(0, -band, 0, 0)
        rect = lane_rect if rect.isEmpty() else rect.united(lane_rect)
    return rect
