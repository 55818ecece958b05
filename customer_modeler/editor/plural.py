"""Editor layer: texts with a count, translated, with English plurals when untranslated.

Qt's ``translate(context, text, disambiguation, n)`` puts ``n`` in place of ``%n``. Our
English sources write the plural as 'step(s)'; with no translation (English) this reads
'1 step' or '3 steps'. Translations word counts so one form fits every number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """``text`` with ``%n`` = ``n`` in the user's language; English '(s)' made singular or plural."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    return result.replace("(s)", "" if n == 1 else "s")
