"""Notation layer: the light palette of exports and the notation primitives as SVG elements.

The colours are the window's own light colours (the editor's style module holds the same
values as Qt colours; a test keeps the two equal), so an export looks like the canvas
whatever theme the desktop uses. Dash patterns follow Qt's: a dash is 4 line widths
with 2 apart, a dot 1 with 2 apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from customer_modeler.notation.primitives import Primitive
from customer_modeler.notation.svg_text import num

INK = "#1f2d3d"
MUTED_INK = "#6b7785"
FLOW_INK = "#34495e"
FAILURE_FLOW = "#c0392b"
VISIBLE_FILL = "#ffffff"
BACKSTAGE_FILL = "#eef0f3"
BACKSTAGE_BORDER = "#a3adb8"
READ_ONLY_FILL = "#f6f6f6"
EYE = "#0b7a75"
LANE_BORDER = "#9aa7b6"
POOL_BAND_FILL = "#f0f3f7"
#: (body fill, header fill, header accent) per lane role.
LANE_COLOURS = {
    "customer": ("#fff7e8", "#ffe2b0", "#e08a00"),
    "department": ("#ffffff", "#e7edf5", "#5b7290"),
    "system": ("#f3f5f8", "#dde3ea", "#6d7b8c"),
    "partner": ("#fbf8ff", "#ebe3f7", "#7b5ea7"),
}
ROLE_TITLES = {"customer": "Customer", "department": "Department", "system": "System",
               "partner": "Partner · external"}
SEVERITY_COLOURS = {"error": "#d32f2f", "warning": "#f08c00", "info": "#2f6fde"}


@dataclass(frozen=True, slots=True)
class Paint:
    """The colours the notation's paint names stand for (see :mod:`primitives`)."""

    ink: str
    body: str
    paper: str = "#ffffff"

    def colour(self, name: str) -> str:
        return {"ink": self.ink, "body": self.body, "paper": self.paper}.get(name, "none")


def primitives_svg(primitives: Iterable[Primitive], paint: Paint, width_factor: float = 1.0) -> str:
    """The primitives as SVG elements, in order (later ones on top)."""
    return "".join(primitive_svg(p, paint, width_factor) for p in primitives)


def primitive_svg(primitive: Primitive, paint: Paint, width_factor: float = 1.0) -> str:
    """One primitive: ``<path>``, ``<circle>`` or ``<rect>`` with its fill and stroke."""
    look = _look(primitive, paint, width_factor)
    if primitive.kind == "circle":
        (x, y), r = primitive.points[0], primitive.radius
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}"{look}/>'
    if primitive.kind == "rect" and primitive.box is not None:
        b, r = primitive.box, primitive.radius
        corner = f' rx="{num(r)}" ry="{num(r)}"' if r else ""
        return (f'<rect x="{num(b.x)}" y="{num(b.y)}" width="{num(b.width)}" '
                f'height="{num(b.height)}"{corner}{look}/>')
    if not primitive.points:
        return ""
    return f'<path d="{path_data(primitive.points, primitive.closed)}"{look}/>'


def path_data(points: Iterable[tuple[float, float]], closed: bool = False) -> str:
    """SVG path data joining ``points`` (``closed`` joins the last to the first)."""
    parts = [f"{'M' if i == 0 else 'L'}{num(x)} {num(y)}" for i, (x, y) in enumerate(points)]
    return " ".join(parts) + (" Z" if closed else "")


def stroke_attrs(colour: str, width: float, dash: str = "solid") -> str:
    """Stroke attributes of a line ``width`` wide, dashed as Qt dashes it."""
    text = f' stroke="{colour}" stroke-width="{num(width)}"'
    if dash == "dash":
        text += f' stroke-dasharray="{num(4 * width)} {num(2 * width)}"'
    elif dash == "dot":
        text += f' stroke-dasharray="{num(width)} {num(2 * width)}"'
    return text


def _look(primitive: Primitive, paint: Paint, width_factor: float) -> str:
    fill = paint.colour(primitive.fill) if primitive.fill != "none" else "none"
    text = f' fill="{fill}"'
    if primitive.stroke == "none":
        return text + ' stroke="none"'
    text += stroke_attrs(paint.colour(primitive.stroke), primitive.width * width_factor, primitive.dash)
    cap = "round" if primitive.dash == "solid" else "butt"
    return text + f' stroke-linejoin="round" stroke-linecap="{cap}"'


def eye_svg(cx: float, cy: float, width: float = 14.0) -> str:
    """The eye of a step the customer sees (front stage), as the window draws it."""
    half_w, half_h = width / 2, width / 3.2
    outline = (f"M{num(cx - half_w)} {num(cy)} Q{num(cx)} {num(cy - 2 * half_h)} {num(cx + half_w)} {num(cy)} "
               f"Q{num(cx)} {num(cy + 2 * half_h)} {num(cx - half_w)} {num(cy)} Z")
    return (f'<g class="front-stage-mark"><path d="{outline}" fill="none" stroke="{EYE}" stroke-width="1.3"/>'
            f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(half_h * 0.75)}" fill="{EYE}"/></g>')
