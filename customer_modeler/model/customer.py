"""Model layer: the customer-lane rule of docs/design.md for lanes and pools of other tools.

A name means "the customer" when the whole name (trimmed, case-insensitive, without a
parenthetical) is a word for customer in a common language. "Customer Service" is a
department, not the customer.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

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
