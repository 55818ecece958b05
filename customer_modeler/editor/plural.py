"""Editor layer: texts with a count, translated, with English plurals when untranslated.

Our English sources write the plural as 'step(s)'; with no translation (English) this reads
'1 step' or '3 steps'. Translations word counts so one form fits every number, so a text
is looked up as it is, without the count, and ``%n`` is filled in afterwards. Asked with
the count, Qt looks for the plural form of a language that has one (Greek, Swedish,
Portuguese), finds none in our files, and gave the English text for every count but one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """``text`` with ``%n`` = ``n`` in the user's language; English '(s)' made singular or plural."""
    result = QCoreApplication.translate(context, text, disambiguation).replace("%n", str(n))
    return result.replace("(s)", "" if n == 1 else "s")
