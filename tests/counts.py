"""Texts that put a count of one before a plural noun ("1 lanes", "1 Erlangs", "1 step(s)").

The texts of the core and the command line name the thing and then the count ("lanes: 1"),
which reads right for any count; the tests of those texts look for what the old wording
gave with a one.
"""

from __future__ import annotations

import re

#: A one and then a plural, perhaps after a word that describes it, whatever its case or
#: hedged with "(s)" or "(es)" ("1 in 1,000", "1 per", "1 of 3" read right).
ONE_THEN_PLURAL = re.compile(r"\b1 (?!in |per |of )(?:[a-z-]+ )?[a-z-]+(?:s\b|\(e?s\))", re.I)


def plurals_after_one(text: str) -> list[str]:
    """Each place in ``text`` where a one stands before a plural noun."""
    return [match[0] for match in ONE_THEN_PLURAL.finditer(text)]
