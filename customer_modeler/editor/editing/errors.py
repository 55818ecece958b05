"""Editor layer: :class:`EditRefused`, the refusal every editing path raises and shows,
and the checks that raise it for both halves of the façade (steps and lanes).

Its own module so that each half can refuse an edit without importing the other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from customer_modeler.model.elements import Step


class EditRefused(ValueError):
    """An edit the editor does not make; the message says why, for the status bar."""


def check_editable(step: Step) -> None:
    """Refuse to move or delete a step that another tool drew inside a sub-process."""
    if not step.editable or step.container is not None:
        raise EditRefused(QCoreApplication.translate(
            "EditRefused", "'{name}' comes from another tool and is read-only.").format(name=step.name or step.id))
