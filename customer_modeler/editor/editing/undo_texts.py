"""Editor layer: the undo texts that count what they change, in the user's language.

'Move step 'Order'' for one element, 'Move 3 steps' for several: each verb and noun has
its own whole sentence (with Qt's %n plural forms), never one glued from parts, so every
language can order and inflect it as it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from customer_modeler.editor import plural


def _one(text: str, name: str) -> str:
    return text.format(name=name)


def count_text(verb: str, n: int, noun: str, name: str) -> str:
    """The undo text of ``verb`` on ``n`` elements of ``noun``; ``name`` names a single one."""
    key = (verb, noun)
    if key == ("Move", "step"):
        return _one(QCoreApplication.translate("UndoText", "Move step '{name}'"), name) if n == 1 else plural.translate("UndoText", "Move %n steps", None, n)
    if key == ("Paste", "step"):
        return _one(QCoreApplication.translate("UndoText", "Paste step '{name}'"), name) if n == 1 else plural.translate("UndoText", "Paste %n steps", None, n)
    if key == ("Duplicate", "step"):
        return (_one(QCoreApplication.translate("UndoText", "Duplicate step '{name}'"), name) if n == 1
                else plural.translate("UndoText", "Duplicate %n steps", None, n))
    if key == ("Repair text encoding of", "name"):
        return (_one(QCoreApplication.translate("UndoText", "Repair text encoding of name '{name}'"), name) if n == 1
                else plural.translate("UndoText", "Repair text encoding of %n names", None, n))
    return f"{verb} {noun} '{name}'" if n == 1 else f"{verb} {n} {noun}s"


def removal_text(verb: str, kind: str, name: str, count: int) -> str:
    """'Delete step 'Order'', 'Cut 3 elements'."""
    if count != 1:
        return plural.translate("UndoText", "Cut %n elements", None, count) if verb == "Cut" \
            else plural.translate("UndoText", "Delete %n elements", None, count)
    one = {("Delete", "step"): QCoreApplication.translate("UndoText", "Delete step '{name}'"),
           ("Delete", "flow"): QCoreApplication.translate("UndoText", "Delete flow '{name}'"),
           ("Delete", "lane"): QCoreApplication.translate("UndoText", "Delete lane '{name}'"),
           ("Cut", "step"): QCoreApplication.translate("UndoText", "Cut step '{name}'"),
           ("Cut", "flow"): QCoreApplication.translate("UndoText", "Cut flow '{name}'"),
           ("Cut", "lane"): QCoreApplication.translate("UndoText", "Cut lane '{name}'")}
    return one.get((verb, kind), f"{verb} {kind} '{{name}}'").format(name=name)
