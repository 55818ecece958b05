"""Model layer: the customer process as plain Python objects (no Qt, no XML).

Import the pieces from here: ``ProcessModel``, ``Lane``, ``Step``, ``Flow`` ...
"""

from customer_modeler.model.document import ProcessModel
from customer_modeler.model.elements import (
    Artifact,
    Flow,
    Lane,
    ModelInfo,
    Pool,
    Rect,
    Resource,
    Step,
    System,
)
from customer_modeler.model.errors import ConnectionRefused, ModelError

__all__ = [
    "Artifact", "ConnectionRefused", "Flow", "Lane", "ModelError", "ModelInfo", "Pool",
    "ProcessModel", "Rect", "Resource", "Step", "System",
]
