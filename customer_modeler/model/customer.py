"""Model layer: the customer-lane rule of docs/design.md for lanes and pools of other tools.

A name means "the customer" when the whole name (trimmed, case-insensitive, without a
parenthetical) is a word for customer in a common language. "Customer Service" is a
department, not the customer. When no name says so, :func:`suggest_customer` still
suggests a lane or pool (a pool talking only to the organisation, else the top lane), so
a colleague's file can be analysed; :func:`with_customer` applies a choice to a copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import Lane

#: Words for "customer" (singular and plural) in common languages, casefolded
#: (casefolding matters: Greek final sigma becomes a plain sigma).
CUSTOMER_WORDS: Final = frozenset(
    word.casefold() for word in {
        "customer", "customers", "client", "clients", "consumer", "consumers", "buyer",
        "kunde", "kunden", "kund", "kunder", "klant", "klanten", "asiakas", "asiakkaat",
        "cliente", "clientes", "clienti", "cliënt", "klient", "klienci", "klienten",
        "zákazník", "zakaznik", "ügyfél", "vevő", "müşteri", "musteri",
        "πελάτης", "πελάτες", "клиент", "клиенты", "покупатель", "кліент", "клієнт",
        "ลูกค้า", "顾客", "客户", "顧客", "客戶", "お客様", "고객", "عميل", "العميل", "לקוח",
        "ग्राहक", "khách hàng", "pelanggan",
    }
)

_PARENTHETICAL = re.compile(r"\s*[\(\[][^)\]]*[\)\]]\s*")


def normalised_name(name: str) -> str:
    """The name as the rule compares it: NFC, no parenthetical, single spaces, casefolded."""
    text = unicodedata.normalize("NFC", name)
    text = _PARENTHETICAL.sub(" ", text)
    return " ".join(text.split()).casefold()


def names_customer(name: str) -> bool:
    """Whether a lane or pool name means the customer ("Customer (B2B)" yes, "Customer Service" no)."""
    return normalised_name(name) in CUSTOMER_WORDS


# -- which lane or pool is the customer: the suggestion rule -------------------------------

@dataclass(frozen=True, slots=True)
class CustomerCandidate:
    """A lane or pool that could be the customer (``kind`` "lane" or "pool")."""

    element_id: str
    name: str
    kind: str

    @property
    def label(self) -> str:
        """"lane 'Applicant'" — how messages name it."""
        return f"{self.kind} '{self.name}'" if self.name.strip() else f"the unnamed {self.kind}"


@dataclass(frozen=True, slots=True)
class CustomerSuggestion:
    """Every candidate (top to bottom, lanes of each pool after it), the one suggested and
    why (``rule``, a phrase for the user); ``chosen`` is None only without lane or pool.

    ``reason`` names the rule for a translated text: "marked", "named", "messaging" (with
    ``partner``, the organisation's pool name), "top-lane", "top-pool" or "none".
    """

    candidates: tuple[CustomerCandidate, ...]
    chosen: CustomerCandidate | None
    rule: str
    reason: str = "none"
    partner: str = ""


def customer_candidates(model: ProcessModel) -> list[CustomerCandidate]:
    """The lanes and pools of a model, top to bottom (a pool shown as a lane is a pool)."""
    found: list[CustomerCandidate] = []
    for lane in model.lanes.values():
        if lane.from_pool is not None:
            found.append(CustomerCandidate(lane.id, lane.name, "pool"))
    pools_with_lanes = {lane.pool for lane in model.lanes.values()}
    for pool in model.pools.values():
        found.append(CustomerCandidate(pool.id, pool.name, "pool"))
        if pool.id in pools_with_lanes:
            found.extend(CustomerCandidate(lane.id, lane.name, "lane")
                         for lane in model.lanes.values() if lane.pool == pool.id)
    found.extend(CustomerCandidate(lane.id, lane.name, "lane") for lane in model.lanes.values()
                 if lane.from_pool is None and lane.pool not in model.pools)
    return found


def suggest_customer(model: ProcessModel) -> CustomerSuggestion:
    """The customer by the rule of docs/design.md, strongest evidence first.

    1. a lane already playing the customer (marked in the file, or named for the customer
       by a word such as customer, client, Kunde, cliente, ลูกค้า, πελάτης);
    2. a pool so named;
    3. a pool that exchanges messages only with the organisation (the pool with the most
       steps), the top one when several do;
    4. the top lane (the first one without sub-lanes); without lanes, the top pool.
    """
    candidates = tuple(customer_candidates(model))
    by_id = {c.element_id: c for c in candidates}
    marked = model.customer_lane
    if marked is not None:
        if marked.role_set:
            return CustomerSuggestion(candidates, by_id[marked.id],
                                      "marked as the customer in the file", "marked")
        return CustomerSuggestion(candidates, by_id[marked.id], "named for the customer", "named")
    named = next((c for c in candidates if names_customer(c.name)), None)
    if named is not None:
        return CustomerSuggestion(candidates, named, "named for the customer", "named")
    messaging = _messaging_pool(model)
    if messaging is not None:
        return CustomerSuggestion(candidates, by_id[messaging[0]], "a pool that exchanges "
                                  f"messages only with the organisation '{messaging[1]}'",
                                  "messaging", messaging[1])
    parents = {lane.parent for lane in model.lanes.values()}
    top = next((c for c in candidates if c.kind == "lane" and c.element_id not in parents), None)
    if top is not None:
        return CustomerSuggestion(candidates, top, "the top lane", "top-lane")
    pool = next((c for c in candidates if c.kind == "pool"), None)
    if pool is not None:
        return CustomerSuggestion(candidates, pool, "the top pool", "top-pool")
    return CustomerSuggestion(candidates, None, "no lane or pool")


def _messaging_pool(model: ProcessModel) -> tuple[str, str] | None:
    """(pool id, organisation's name) for the top pool whose messages all go to and come
    from the organisation, the pool with the most steps."""
    pool_of_process = {p.process_id: p.id for p in model.pools.values() if p.process_id}
    lane_pool = {lane.id: lane.pool for lane in model.lanes.values()}

    def pool_of(element: str) -> str | None:
        step = model.steps.get(element)
        if step is not None:
            return pool_of_process.get(step.process or "")
        return element if element in model.pools else lane_pool.get(element)

    sizes: dict[str, int] = dict.fromkeys(model.pools, 0)
    for step in model.steps.values():
        pool = pool_of_process.get(step.process or "")
        if pool is not None:
            sizes[pool] += 1
    if len(sizes) < 2:
        return None
    organisation = max(sizes, key=sizes.__getitem__)
    partners: dict[str, set[str | None]] = {}
    for flow in model.message_flows():
        ends = (pool_of(flow.source), pool_of(flow.target))
        for mine, other in (ends, ends[::-1]):
            if mine is not None and mine != other:
                partners.setdefault(mine, set()).add(other)
    for pool in model.pools:
        if pool != organisation and partners.get(pool) == {organisation}:
            return pool, model.pools[organisation].name
    return None


def find_candidate(model: ProcessModel, wanted: str) -> CustomerCandidate | None:
    """The lane or pool named ``wanted`` (its id, or its name compared as the rule does)."""
    candidates = customer_candidates(model)
    exact = next((c for c in candidates if c.element_id == wanted), None)
    if exact is not None:
        return exact
    key = normalised_name(wanted)
    return next((c for c in candidates if normalised_name(c.name) == key), None)


def with_customer(model: ProcessModel, chosen: CustomerCandidate) -> ProcessModel:
    """A copy of the model in which ``chosen`` is the customer (the model is not changed).

    A lane simply takes the role; a pool becomes one customer lane holding all its
    top-level steps, as the reader shows a pool named for the customer.
    """
    twin = model.copy()
    current = twin.customer_lane
    if current is not None and current.id != chosen.element_id:
        twin.update_lane(current.id, role="department")
    if chosen.element_id in twin.lanes:
        twin.update_lane(chosen.element_id, role="customer")
        return twin
    pool = twin.pools.pop(chosen.element_id)  # shown as a lane from here on, like the reader does
    lanes = {lane.id for lane in twin.lanes.values() if lane.pool == pool.id}
    twin.add_lane(Lane(pool.id, pool.name, "customer", from_pool=pool.id), index=0)
    for step in list(twin.steps.values()):
        if step.container is None and (step.lane in lanes or (
                step.lane is None and step.process == pool.process_id)):
            twin.update_step(step.id, lane=pool.id)
    for lane_id in sorted(lanes, key=twin.lane_index, reverse=True):
        twin.remove_lane(lane_id)
    return twin
