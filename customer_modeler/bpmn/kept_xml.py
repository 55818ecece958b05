"""BPMN layer: deleted elements keep their XML so that undo brings everything back.

When the user deletes a step, a flow or a lane, the writer takes its element (and its
diagram shape or edge) out of the kept tree but does not destroy it: the element, its
parent and its place are remembered in ``SourceDocument.detached``. When the *same*
model object reappears (undo re-inserts the very object the delete removed), the element
goes back where it was, with every vendor extension it carried. A new element that
merely reuses the id gets fresh XML instead.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.namespaces import bpmn, local_ref
from customer_modeler.bpmn.source import KeptElement, KeptPlace, SourceDocument
from customer_modeler.model.document import ProcessModel


def detach(doc: SourceDocument, element_id: str) -> None:
    """Take an element and its diagram out of the tree, remembering where they were."""
    places = []
    for mapping in (doc.elements, doc.shapes, doc.edges):
        element = mapping.pop(element_id, None)
        if element is None:
            continue
        parent = element.getparent()
        if parent is None:
            continue
        places.append(KeptPlace(element, parent, element.getprevious(), parent.index(element)))
        parent.remove(element)  # the element keeps its tail text, so the layout comes back too
    doc.written.forget(element_id)  # written again, in full, if it comes back
    owner = doc.owners.pop(element_id, None)
    if owner is not None and places:
        doc.detached[element_id] = KeptElement(owner, tuple(places))


def restore_reappeared(doc: SourceDocument, model: ProcessModel) -> None:
    """Put back the kept XML of every deleted element whose model object is back.

    The latest deletions are undone first, as undo does, so that positions recorded
    against one another line up again.
    """
    for element_id in reversed(list(doc.detached)):
        current = model.element(element_id)
        if current is None:
            continue
        kept = doc.detached.pop(element_id)
        if current is not kept.owner:
            continue  # a new element that reuses the id: it gets new XML
        for place in reversed(kept.places):
            _reinsert(place)
        element = kept.places[0].element
        doc.elements[element_id] = element
        doc.owners[element_id] = current
        for place in kept.places[1:]:
            mapping = doc.edges if place.element.tag.endswith("BPMNEdge") else doc.shapes
            mapping[element_id] = place.element
        _drop_refs_to_missing_flows(element, doc, model)


def record_owners(doc: SourceDocument, model: ProcessModel) -> None:
    """Remember which model object each kept element belongs to (after reading or saving)."""
    steps, flows = model.steps, model.flows  # most kept elements: no look-up through every kind
    doc.owners = {element_id: owner for element_id in doc.elements
                  if (owner := steps.get(element_id) or flows.get(element_id)
                      or model.element(element_id)) is not None}


def _reinsert(place: KeptPlace) -> None:
    previous = place.previous
    if previous is not None and previous.getparent() is place.parent:
        previous.addnext(place.element)
    else:
        place.parent.insert(min(place.index, len(place.parent)), place.element)
    _rebind_namespaces(place.element)


def _rebind_namespaces(element: etree._Element) -> None:
    """Make every element of a moved subtree name its namespace through a visible prefix.

    lxml, moving an element back into the document, may bind it to an ancestor's default
    namespace although the element itself undeclares it (``xmlns=""``, as some tools
    write): it would be saved in no namespace at all. Setting the tag again makes lxml
    pick a declaration that is really in scope.
    """
    for node in element.iter():
        if not isinstance(node.tag, str) or not node.tag.startswith("{"):
            continue
        namespace = node.tag[1:].partition("}")[0]
        if node.nsmap.get(node.prefix) != namespace:
            node.tag = node.tag


def _drop_refs_to_missing_flows(element: etree._Element, doc: SourceDocument,
                                model: ProcessModel) -> None:
    """A step back without some of its flows must not name them in incoming/outgoing."""
    for local in ("incoming", "outgoing"):
        for ref in list(element.iterchildren(bpmn(local))):
            flow_id = local_ref(ref.text)
            if flow_id not in model.flows and flow_id in doc.detached:
                element.remove(ref)
