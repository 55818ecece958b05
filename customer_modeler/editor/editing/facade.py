"""Editor layer: :class:`DiagramEditor`, the one façade every UI path edits through.

Menus, shortcuts, tools and docks call its methods; it checks the rules, builds one
undo command per edit (composite edits as a parent command with children) and pushes
it on its ``QUndoStack``. It never touches the scene: the scene follows the model.
Lane edits live in :mod:`customer_modeler.editor.editing.lanes`.

An edit is all or nothing: the façade applies a command before it reaches the stack,
so one that fails (and has put back what it changed) leaves the stack as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack

from customer_modeler.bpmn.mojibake import garbled_names
from customer_modeler.editor.core_texts import attribute_name, unit_text
from customer_modeler.editor.editing import commands as cmd
from customer_modeler.editor.editing import undo_texts
from customer_modeler.editor.editing.errors import EditRefused, check_editable
from customer_modeler.editor.editing.lanes import LaneEditing
from customer_modeler.editor.editing.removal import remove_steps_and_flows
from customer_modeler.editor.geometry.lane_layout import descendants, flow_changes, widen_to
from customer_modeler.editor.geometry.flow_router import FlowRouter
from customer_modeler.editor.geometry.routing import snap
from customer_modeler.editor.step_kinds import STEP_KINDS
from customer_modeler.model.attributes import (
    FLOW_ATTRIBUTE_BY_NAME,
    LANE_ATTRIBUTE_BY_NAME,
    STEP_ATTRIBUTE_BY_NAME,
    AttributeSpec,
)
from customer_modeler.model.copies import ModelCopies
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Flow, Rect, Step
from customer_modeler.model.lanes import lane_at
from customer_modeler.model.rules import check_connect

GRID = 10.0
#: Room kept between a step and the right end of its lane.
RIGHT_MARGIN = 40.0

__all__ = ["DiagramEditor", "EditRefused", "count_text", "label_of"]


def label_of(element: Any) -> str:
    return getattr(element, "name", "") or element.id


def count_text(verb: str, n: int, noun: str, name: str) -> str:
    """'Move step 'Order'' for one element, 'Move 3 steps' for several."""
    return undo_texts.count_text(verb, n, noun, name)


class DiagramEditor(QObject):
    """Edits one :class:`ProcessModel` through undoable commands.

    Parameters
    ----------
    model
        The document being edited.
    grid
        Snap distance for positions (0 turns snapping off).
    """

    def __init__(self, model: ProcessModel, parent: QObject | None = None, grid: float = GRID) -> None:
        super().__init__(parent)
        self.model = model
        self.grid = grid
        self.undo_stack = QUndoStack(self)
        self.lanes = LaneEditing(self)
        #: The document's copies (analysis runs, the last saved model, recovery copies),
        #: sharing what no edit changed.
        self.copies = ModelCopies(model)

    def push(self, command: cmd.EditCommand) -> None:
        """Run ``command`` and put it on the undo stack.

        A command that raises has already put back whatever it changed; it then never
        reaches the stack, whose commands, index and clean state stay as they were.
        """
        command.apply_before_push()
        self.undo_stack.push(command)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- steps --------------------------------------------------------------------------
    def add_step(self, kind_key: str, lane_id: str, center: tuple[float, float]) -> str:
        """Create a step of a palette kind centred at ``center`` in lane ``lane_id``.

        Returns
        -------
        str
            The new step's id.
        """
        kind = STEP_KINDS[kind_key]
        lane = self.model.lanes[lane_id]
        width, height = kind.size
        bounds = self._snapped(Rect(center[0] - width / 2, center[1] - height / 2, width, height))
        if lane.bounds is not None:
            bounds = _inside_vertically(bounds, lane.bounds)
        step = Step(
            id=self.model.new_id(kind.id_prefix), kind=kind.bpmn_kind, name=kind.default_name,
            lane=lane_id, process=self._process_of(lane_id), bounds=bounds,
            visible=kind.visible, channel=kind.channel,
        )
        parent = cmd.MacroCommand(QCoreApplication.translate("UndoText", "Add {kind}").format(kind=kind.label.lower()))
        cmd.AddStepCommand(self.model, step, parent)
        self._widen_for(parent, lane_id, bounds)
        self.push(parent)
        return step.id

    def move_steps(self, bounds: dict[str, Rect], merge: bool = False, text: str | None = None,
                   snap_to_grid: bool = True) -> None:
        """Move steps to new bounds in one undo step; a step's lane follows its centre.

        ``text`` names the edit (default "Move …"); ``snap_to_grid`` False keeps the
        bounds exactly (aligning edges, snapping to another step's guide).

        Raises
        ------
        EditRefused
            When a step would leave every lane, or is read-only.
        """
        bounds = dict(bounds)
        changes: list[cmd.Change] = []
        shift: dict[str, tuple[float, float]] = {}
        widen: dict[str | None, float] = {}
        for step_id, rect in bounds.items():
            step = self.model.steps[step_id]
            check_editable(step)
            rect = self._snapped(rect) if snap_to_grid else _without_noise(rect)
            lane = lane_at(self.model, *rect.center)
            if lane is None and self.model.lanes:
                raise EditRefused(QCoreApplication.translate("EditRefused", "'{name}' must stay inside a lane.").format(
                    name=label_of(step)))
            fields: dict[str, Any] = {"bounds": rect}
            if lane is not None and lane.id != step.lane:
                fields["lane"] = lane.id
            if lane is not None:
                widen[lane.pool] = max(widen.get(lane.pool, 0.0), rect.x + rect.width + RIGHT_MARGIN)
            old = step.bounds or rect
            shift[step_id] = (rect.x - old.x, rect.y - old.y)
            bounds[step_id] = rect
            changes.append(("step", step_id, fields))
        for pool, right in widen.items():
            changes.extend(widen_to(self.model, pool, right))
        changes.extend(flow_changes(self.model, shift, bounds))
        first = label_of(self.model.steps[next(iter(bounds))]) if bounds else ""
        text = text or count_text("Move", len(bounds), "step", first)
        merge_id = cmd.NUDGE_MERGE_ID if merge else -1
        self.push(cmd.UpdateElementsCommand(self.model, changes, text, merge_id=merge_id))

    def nudge_steps(self, step_ids: list[str], dx: float, dy: float) -> None:
        """Move steps by exactly (dx, dy), as one block: the grid does not snap them one by
        one, which would move off-grid steps by different amounts, bend every route between
        them and route each of those anew (a whole journey of 10,000 steps: two minutes).
        Consecutive nudges of the same steps merge into one undo step."""
        bounds = {}
        for step_id in step_ids:
            rect = self.model.steps[step_id].bounds
            if rect is not None:
                bounds[step_id] = rect.moved(dx, dy)
        if bounds:
            self.move_steps(bounds, merge=True, snap_to_grid=False)

    def paste_elements(self, steps: list[Step], flows: list[Flow], verb: str = "Paste") -> list[str]:
        """Add new steps (each in its ``lane``) and the flows between them as one undo step.

        Returns
        -------
        list[str]
            The ids of the new steps.
        """
        if not steps:
            raise EditRefused(QCoreApplication.translate("EditRefused", "There are no steps to paste."))
        name = steps[0].name or steps[0].id
        parent = cmd.MacroCommand(count_text(verb, len(steps), "step", name))
        for step in steps:
            cmd.AddStepCommand(self.model, step, parent)
        for flow in flows:
            cmd.AddFlowCommand(self.model, flow, parent)
        for step in steps:
            if step.lane is not None and step.bounds is not None:
                self._widen_for(parent, step.lane, step.bounds)
        self.push(parent)
        return [step.id for step in steps]

    # -- flows --------------------------------------------------------------------------
    def connect(self, source_id: str, target_id: str) -> str:
        """Add a sequence flow, routed orthogonally around the other steps.

        Raises
        ------
        ConnectionRefused
            When the rules of BPMN do not allow this flow (the message says why).
        """
        check_connect(self.model, source_id, target_id)
        source = self.model.steps[source_id]
        flow_id = self.model.new_id("Flow")
        points = FlowRouter(self.model).route(source_id, target_id, flow_id)
        flow = Flow(id=flow_id, source=source_id, target=target_id,
                    process=source.process, container=source.container, waypoints=points)
        self.push(cmd.AddFlowCommand(self.model, flow))
        return flow.id

    def set_waypoints(self, flow_id: str, points: tuple[tuple[float, float], ...]) -> None:
        """Replace a flow's route (bend points dragged)."""
        flow = self.model.flows[flow_id]
        points = tuple((float(x), float(y)) for x, y in points)
        if points == flow.waypoints:
            return
        text = QCoreApplication.translate("UndoText", "Move bend point of '{name}'").format(name=label_of(flow))
        self.push(cmd.UpdateElementsCommand(self.model, [("flow", flow_id, {"waypoints": points})], text))

    # -- any element ------------------------------------------------------------------
    def rename(self, element_id: str, name: str) -> None:
        """Give a step, flow or lane a new name (one undo step; nothing when unchanged)."""
        kind, element = self._find(element_id)
        name = name.strip()
        if name == element.name:
            return
        text = {"step": QCoreApplication.translate("UndoText", "Rename step '{old}' to '{new}'"),
                "flow": QCoreApplication.translate("UndoText", "Rename flow '{old}' to '{new}'"),
                "lane": QCoreApplication.translate("UndoText", "Rename lane '{old}' to '{new}'"),
                }.get(kind, f"Rename {kind} '{{old}}' to '{{new}}'").format(old=label_of(element), new=name)
        self.push(cmd.UpdateElementsCommand(self.model, [(kind, element_id, {"name": name})], text))

    def set_attribute(self, element_id: str, name: str, text: str) -> None:
        """Set a customer attribute from the text of a property field ("" = not set).

        Raises
        ------
        AttributeError_
            When the text is not a valid value (the message says what is expected).
        """
        kind, element = self._find(element_id)
        spec = self._spec(kind, name)
        value: Any = (() if spec.kind == "list" else None) if not text.strip() else spec.parse(text)
        if getattr(element, name) == value:
            return
        shown = (f"{text.strip()} {unit_text(spec.unit)}".strip() if text.strip()
                 else QCoreApplication.translate("UndoText", "not set"))
        field = attribute_name(spec)
        field = field[:1].lower() + field[1:]
        label = QCoreApplication.translate("UndoText", "Set {field} of '{name}' to {value}").format(
            field=field, name=label_of(element), value=shown)
        self.push(cmd.UpdateElementsCommand(self.model, [(kind, element_id, {name: value})], label))

    def remove(self, element_ids: list[str], verb: str = "Delete") -> None:
        """Delete steps (with their flows), flows and lanes (with their steps) as one undo step.

        ``verb`` starts the undo text ("Cut" when the clipboard took them).

        Raises
        ------
        EditRefused
            When nothing deletable is given, or a read-only element is.
        """
        model = self.model
        lanes = [i for i in element_ids if i in model.lanes]
        steps = [i for i in element_ids if i in model.steps]
        flows = [i for i in element_ids if i in model.flows]
        for step_id in steps:
            check_editable(model.steps[step_id])
        if not (lanes or steps or flows):
            raise EditRefused(QCoreApplication.translate("EditRefused", "Select steps, flows or lanes to delete."))
        count = len(lanes) + len(steps) + len(flows)
        if count == 1:
            kind, element = self._find((lanes or steps or flows)[0])
            text = undo_texts.removal_text(verb, kind, label_of(element), 1)
        else:
            text = undo_texts.removal_text(verb, "", "", count)
        parent = cmd.MacroCommand(text)
        gone = remove_steps_and_flows(model, parent, steps, flows)
        inner = {i for lane_id in lanes for i in descendants(model, lane_id) if i != lane_id}
        for lane_id in lanes:
            if lane_id not in inner:  # nested lanes go with their enclosing lane
                gone |= self.lanes.remove_into(parent, lane_id, gone)
        self.push(parent)

    def repair_text_encoding(self) -> int:
        """Give every garbled name (text decoded twice, such as 'PrÃ¼fung') the text it was
        meant to have, in one undo step; returns how many names changed (0: nothing pushed)."""
        changes: list[cmd.Change] = [(kind, element_id, {"name": name})
                                     for kind, element_id, name in garbled_names(self.model)]
        if not changes:
            return 0
        first = self._find(changes[0][1])[1] if changes[0][0] != "pool" else self.model.pools[changes[0][1]]
        text = count_text("Repair text encoding of", len(changes), "name", label_of(first))
        self.push(cmd.UpdateElementsCommand(self.model, changes, text))
        return len(changes)

    # -- model-level data ---------------------------------------------------------------
    def set_model_data(self, field_name: str, value: Any, text: str,
                       step_changes: dict[str, dict[str, Any]] | None = None) -> bool:
        """Replace the model's ``systems``, ``resources`` or ``scenario`` as one undo step.

        ``step_changes`` (step id → fields) go along in the same step: the steps that use
        a renamed or removed system. Returns False, pushing nothing, when nothing changes.
        """
        if getattr(self.model, field_name) == value and not step_changes:
            return False
        parent = cmd.MacroCommand(text)
        cmd.SetModelDataCommand(self.model, field_name, value, text, parent)
        if step_changes:
            changes: list[cmd.Change] = [("step", i, f) for i, f in step_changes.items()]
            cmd.UpdateElementsCommand(self.model, changes, text, parent)
        self.push(parent)
        return True

    # -- helpers ------------------------------------------------------------------------
    def _find(self, element_id: str) -> tuple[str, Any]:
        for kind, container in (("step", self.model.steps), ("flow", self.model.flows),
                                ("lane", self.model.lanes)):
            if element_id in container:
                return kind, container[element_id]
        raise EditRefused(QCoreApplication.translate("EditRefused", "No editable element {id}.").format(id=element_id))

    @staticmethod
    def _spec(kind: str, name: str) -> AttributeSpec:
        table = {"step": STEP_ATTRIBUTE_BY_NAME, "flow": FLOW_ATTRIBUTE_BY_NAME,
                 "lane": LANE_ATTRIBUTE_BY_NAME}[kind]
        if name not in table:
            raise EditRefused(f"A {kind} has no attribute {name}.")
        return table[name]

    def _snapped(self, rect: Rect) -> Rect:
        """Snap the centre of ``rect`` to the grid (shapes of every size line up on centres)."""
        cx, cy = rect.center
        return Rect(snap(cx, self.grid) - rect.width / 2, snap(cy, self.grid) - rect.height / 2,
                    rect.width, rect.height)

    def _process_of(self, lane_id: str) -> str:
        pool = self.model.pools.get(self.model.lanes[lane_id].pool or "")
        return (pool.process_id if pool is not None and pool.process_id else self.model.process_id)

    def _widen_for(self, parent: cmd.MacroCommand, lane_id: str, bounds: Rect) -> None:
        """A follow-up that widens the lanes of ``lane_id``'s pool to hold ``bounds``,
        computed against the model as the earlier children leave it."""
        pool, right = self.model.lanes[lane_id].pool, bounds.x + bounds.width + RIGHT_MARGIN
        cmd.FollowUpCommand(self.model, lambda: widen_to(self.model, pool, right),
                            QCoreApplication.translate("UndoText", "Widen lanes"),
                            parent)


def _inside_vertically(bounds: Rect, lane: Rect) -> Rect:
    """``bounds`` moved up or down so that it lies inside the lane (when it fits)."""
    y = min(max(bounds.y, lane.y + 5), lane.y + lane.height - bounds.height - 5)
    return Rect(bounds.x, y, bounds.width, bounds.height)


def _without_noise(rect: Rect) -> Rect:
    """``rect`` without the binary noise a drag's offset adds (a step lined up with a
    guide at 66 % zoom landed at x 955.0000000000001, and was saved so); six decimals keep
    any position another tool wrote."""
    return Rect(round(rect.x, 6), round(rect.y, 6), round(rect.width, 6), round(rect.height, 6))
