"""Notation layer: one Qt-free description of how each BPMN element is drawn.

The canvas paints it with Qt, and an SVG writer can write it as it is, so both show the
same picture. Depends on the model only.
"""

from customer_modeler.notation.flows import FlowNotation, describe_connection, describe_flow
from customer_modeler.notation.glyphs import glyph
from customer_modeler.notation.nodes import NodeNotation, category_of, describe_step
from customer_modeler.notation.primitives import Primitive

__all__ = ["FlowNotation", "NodeNotation", "Primitive", "category_of", "describe_connection", "describe_flow",
           "describe_step", "glyph"]
