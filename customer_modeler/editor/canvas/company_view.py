"""Editor layer: View ▸ "Company as one entity" — the company's lanes shown as one band.

A pure view change (docs/design.md, "Purpose"): the
lanes whose role is not ``customer`` are hidden and one "Company" band is drawn over
each pool's run of them, so only the line of interaction with the customer remains.
Nothing in the model changes and nothing goes on the undo stack; steps stay where they
are and keep their lanes. The mapping is the analyses' company view (docs/methods.md §2.10):
every lane that is not the customer's belongs to the company.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from customer_modeler.editor.geometry.lane_layout import descendants
from customer_modeler.editor.items.lane_item import CompanyBandItem, LaneItem
from customer_modeler.model.document import ProcessModel


class ProcessScene(Protocol):
    """What the company view needs of the scene (the scene imports this module)."""

    model: ProcessModel
    lane_items: dict[str, LaneItem]
    off_page: Collection[str]
    company_bands: list[CompanyBandItem] | None
    header_width: float

    def lane_faces_customer(self, lane_id: str) -> bool: ...
    def addItem(self, item: QGraphicsItem) -> None: ...
    def removeItem(self, item: QGraphicsItem) -> None: ...


def company_lanes(scene: ProcessScene) -> list[str]:
    """The lanes merged into the company: every lane that is not (inside) the customer lane."""
    model = scene.model
    customer = model.customer_lane
    inside_customer = set(descendants(model, customer.id)) if customer is not None else set()
    return [lane_id for lane_id in model.lanes if lane_id not in inside_customer]


def show_company_view(scene: ProcessScene, on: bool) -> None:
    """Switch the company-as-one-entity view of ``scene`` on or off (view only)."""
    for band in scene.company_bands or []:
        scene.removeItem(band)
    scene.company_bands = [] if on else None
    merged = set(company_lanes(scene)) if on else set()
    for lane_id, item in scene.lane_items.items():
        item.setVisible(lane_id not in scene.off_page and lane_id not in merged)
    if not on:
        return
    groups: dict[str | None, list[str]] = {}
    for lane_id in merged:
        lane = scene.model.lanes[lane_id]
        if lane.parent is None and lane.bounds is not None and lane_id not in scene.off_page:
            groups.setdefault(lane.pool, []).append(lane_id)
    for lane_ids in groups.values():
        rect = QRectF()
        for lane_id in lane_ids:
            b = scene.model.lanes[lane_id].bounds
            rect = rect.united(QRectF(b.x, b.y, b.width, b.height)) if not rect.isEmpty() \
                else QRectF(b.x, b.y, b.width, b.height)
        faces = any(scene.lane_faces_customer(inner) for lane_id in lane_ids
                    for inner in descendants(scene.model, lane_id))
        band = CompanyBandItem(rect, faces, scene.header_width)
        band.horizontal = scene.model.lanes[lane_ids[0]].horizontal
        scene.addItem(band)
        scene.company_bands.append(band)
