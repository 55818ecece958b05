"""Customer Process Modeler: draw, check and analyse customer processes as BPMN 2.0.

Layers (imports point down): ``editor`` (Qt) → ``bpmn`` (lxml) and ``analysis``
(networkx, numpy) → ``model`` (pure Python). ``cli`` is the headless entry point.
"""

__version__ = "0.1.0"
