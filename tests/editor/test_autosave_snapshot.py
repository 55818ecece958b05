"""The recovery copy's snapshot: the GUI thread copies only the model, the worker the kept
XML; the bytes are what saving the document at the moment of the snapshot writes."""

from __future__ import annotations

from customer_modeler.bpmn.reader import read_bpmn
from customer_modeler.bpmn.writer import write_bpmn
from customer_modeler.editor.window.snapshot import finish_copy, take_snapshot
from customer_modeler.resources import example_path


def _opened_example():
    model = read_bpmn(example_path().read_bytes()).model
    write_bpmn(model)  # as after a save: the kept XML is synchronised and owned
    return model


def test_edits_after_the_snapshot_do_not_reach_the_copy() -> None:
    model = _opened_example()
    step = next(s for s in model.steps.values() if s.kind == "task")
    flows = model.flows_of(step.id)
    expected = write_bpmn(read_bpmn(write_bpmn(model)).model)  # what saving now would write
    snapshot = take_snapshot(model)
    assert snapshot.twin.origin is None and snapshot.origin is model.origin  # the tree waits for the worker
    # the user goes on editing before the worker copies the kept XML
    model.update_step(step.id, name="Renamed later")
    for flow in flows:
        model.remove_flow(flow.id)
    model.remove_step(step.id)
    copy = finish_copy(snapshot)
    assert copy.origin is not model.origin and copy.steps[step.id] is not step
    assert write_bpmn(copy) == write_bpmn(read_bpmn(write_bpmn(copy)).model)
    again = read_bpmn(write_bpmn(copy)).model
    assert step.id in again.steps and again.steps[step.id].name != "Renamed later"
    assert write_bpmn(copy) == expected


def test_the_copy_keeps_deleted_xml_for_undo() -> None:
    """A step deleted and saved keeps its XML for an undo; the copy's twin gets it back."""
    model = _opened_example()
    task = next(s for s in model.steps.values() if s.kind == "task")
    flows = [(f, model.remove_flow(f.id)) for f in model.flows_of(task.id)]
    index = model.remove_step(task.id)
    write_bpmn(model)  # saved without it: its XML is kept, detached
    model.add_step(task, index)  # undo
    for flow, flow_index in reversed(flows):
        model.add_flow(flow, flow_index)
    expected = write_bpmn(finish_copy(take_snapshot(model)))
    assert expected == write_bpmn(model)  # the copy re-attached the same XML the live save does


def test_a_written_copy_s_xml_is_freed_in_pieces_and_the_document_keeps_its_own() -> None:
    # given a copy of the example, written as a recovery copy is, and a large element in
    # it: 200 annotations under one extension element, under an element of one child
    from lxml import etree

    from customer_modeler.editor.window.snapshot import _PIECE, drop_copied_xml

    model = _opened_example()
    before = write_bpmn(model)
    copy = finish_copy(take_snapshot(model))
    write_bpmn(copy)
    root = copy.origin.tree.getroot()
    holder = etree.SubElement(etree.SubElement(root, "wrapper"), "many")
    for i in range(4 * _PIECE):
        etree.SubElement(holder, "note").text = str(i)
    del holder
    # when its XML is dropped
    drop_copied_xml(copy)
    # then the copy has none, every element of the copied tree is gone, and the document
    # writes what it wrote before
    assert copy.origin is None and len(root) == 0
    assert write_bpmn(model) == before


def test_the_worker_makes_the_copy_s_lookups_as_the_model_keeps_them() -> None:
    # given the example after edits that change the lookups: a step deleted with its flows
    # and put back in the middle (as an undo does), a flow moved to another source
    model = _opened_example()
    step = next(s for s in model.steps.values() if s.kind == "task" and model.incoming(s.id))
    removed = []
    with model.changes_together():
        for flow in model.flows_of(step.id):
            removed.append((flow, model.remove_flow(flow.id)))
        removed.append((step, model.remove_step(step.id)))
    with model.changes_together():
        for element, index in reversed(removed):
            (model.add_step if element is step else model.add_flow)(element, index)
    flow = next(f for f in model.flows.values() if f.source != step.id and f.target != step.id)
    model.update_flow(flow.id, source=step.id)

    def lookups(m):  # noqa: ANN001, ANN202
        return ({lane: [s.id for s in m.steps_in_lane(lane)] for lane in [*m.lanes, None]},
                {s: ([f.id for f in m.outgoing(s)], [f.id for f in m.incoming(s)]) for s in m.steps})

    # when the GUI thread takes the snapshot without lookups and the worker finishes it
    snapshot = take_snapshot(model)
    copy = finish_copy(snapshot)
    # then the copy lists every lane's steps and every step's flows as the model does
    assert lookups(copy) == lookups(model)
