"""BPMN layer: which lane of a file is the customer's (the rule of docs/design.md).

In order: a lane with ``cpm:role="customer"`` (our files); else a pool so marked (a pool
the user chose as the customer in the editor), shown as the customer lane; else a lane
named for the customer; else a pool so named, likewise; else none. The warning says which
rule applied, so the user can check it.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from customer_modeler.bpmn.extension import read_lane_role
from customer_modeler.bpmn.namespaces import bpmn
from customer_modeler.bpmn.warnings import ReadWarning
from customer_modeler.model.customer import names_customer
from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Pool
from customer_modeler.model.lanes import customer_lane_on_top


@dataclass(frozen=True, slots=True)
class CustomerChoice:
    """``pool_id`` is set when a whole pool is the customer (``marked`` when the file
    says so with ``cpm:role``, else by its name); else lanes decide."""

    pool_id: str | None = None
    marked: bool = False

    def apply(self, model: ProcessModel, warnings: list[ReadWarning]) -> None:
        """Give exactly one lane the customer role, and say which rule applied."""
        if self.pool_id is not None and self.marked:
            pass  # the file says so: nothing to check
        elif self.pool_id is not None:
            lane = model.lanes[self.pool_id]
            warnings.append(ReadWarning(
                "W-CUSTOMER-BY-POOL-NAME", f"The pool '{lane.name}' is shown as the customer lane; "
                "its message flows count as flows of the journey.", (lane.id,)))
        else:
            _choose_lane(model, warnings)
        customer = model.customer_lane
        if customer is not None and not customer_lane_on_top(model):
            warnings.append(ReadWarning(
                "W-CUSTOMER-NOT-ON-TOP", f"The customer lane '{customer.name}' is not on top; use "
                "\"Move customer lane to top\" to move it.", (customer.id,)))


def _choose_lane(model: ProcessModel, warnings: list[ReadWarning]) -> None:
    if model.customer_lane is not None:  # marked with cpm:role (the reader keeps it to one)
        return
    named = next((lane for lane in model.lanes.values() if names_customer(lane.name)), None)
    if named is not None:
        model.update_lane(named.id, role="customer")
        named.extra.pop("role", None)  # the customer role is written in place of an unreadable one
        warnings.append(ReadWarning(
            "W-CUSTOMER-BY-LANE-NAME", f"The lane '{named.name}' is taken as the customer lane "
            "because of its name.", (named.id,)))
    else:
        warnings.append(ReadWarning(
            "W-NO-CUSTOMER-LANE", "No lane or pool is recognisably the customer's; mark one as the "
            "customer lane to analyse the journey.", ()))


def choose_customer(root: etree._Element, pools: list[Pool]) -> CustomerChoice:
    """Decide before reading lanes whether a pool plays the customer (no lane qualifies)."""
    lanes = list(root.iter(bpmn("lane")))
    if any(read_lane_role(lane) == "customer" for lane in lanes):
        return CustomerChoice()
    marked = {element.get("id") for element in root.iter(bpmn("participant"))
              if read_lane_role(element) == "customer"}
    for pool in pools:
        if pool.id in marked:
            return CustomerChoice(pool.id, marked=True)
    if any(names_customer(lane.get("name", "")) for lane in lanes):
        return CustomerChoice()
    for pool in pools:
        if names_customer(pool.name):
            return CustomerChoice(pool.id)
    return CustomerChoice()
