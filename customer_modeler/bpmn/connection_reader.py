"""BPMN layer: read associations and data associations as read-only connections.

An ``association`` joins an artifact (a text annotation, mostly) to another element;
a ``dataInputAssociation`` or ``dataOutputAssociation`` inside an activity or event
joins a data object or data store to it. They become :class:`Artifact` records with
``source``, ``target`` and (from the diagram) ``waypoints``; the XML is not touched,
so they are written back exactly as read. A data association's side at its activity
names the activity itself (the file names the activity's data input or output, which
is not drawn). Elements without an id are skipped: no diagram can draw them.
"""

from __future__ import annotations

from lxml import etree

from customer_modeler.bpmn.ids import IdRegistry
from customer_modeler.bpmn.namespaces import bpmn, local_ref
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Artifact

DATA_ASSOCIATION_KINDS = ("dataInputAssociation", "dataOutputAssociation")
DIRECTIONS = ("None", "One", "Both")
_KIND_OF_TAG = {bpmn(kind): kind for kind in DATA_ASSOCIATION_KINDS}


def read_association(element: etree._Element, ids: IdRegistry) -> Artifact | None:
    """An ``association`` element as a connection (None when it has no id)."""
    if not (element.get("id") or "").strip():
        return None
    direction = (element.get("associationDirection") or "None").strip()
    return Artifact(ids.claim(element), "association", source=local_ref(element.get("sourceRef")) or None,
                    target=local_ref(element.get("targetRef")) or None,
                    direction=direction if direction in DIRECTIONS else "None")


def read_data_associations(host: etree._Element, host_id: str, ids: IdRegistry) -> list[Artifact]:
    """The data associations of one activity or event, in file order."""
    found = []
    for child in host:
        local = _KIND_OF_TAG.get(child.tag)  # one look-up: most children are incoming/outgoing
        if local is None or not (child.get("id") or "").strip():
            continue
        source: str | None = host_id
        target: str | None = host_id
        if local == "dataInputAssociation":
            source = _first_ref(child, "sourceRef")
        else:
            target = _first_ref(child, "targetRef")
        found.append(Artifact(ids.claim(child), local, source=source, target=target, direction="One"))
    return found


def _first_ref(element: etree._Element, name: str) -> str | None:
    ref = element.find(bpmn(name))
    return (local_ref(ref.text) or None) if ref is not None else None


def resolve_connection_ends(model: ProcessModel) -> None:
    """Forget the ends that name nothing the model shows, so an end that is deleted later
    hides the connection while an end that was never drawn does not."""
    for artifact in model.artifacts.values():
        if artifact.connection:
            if artifact.source is not None and model.element(artifact.source) is None:
                artifact.source = None
            if artifact.target is not None and model.element(artifact.target) is None:
                artifact.target = None
