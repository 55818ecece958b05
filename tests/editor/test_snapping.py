"""Snapping while dragging: a step lines up with another step's centre or edge, guides
show it during the drag and are gone after; away from other steps the grid still rules."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsLineItem

from customer_modeler.editor.tools.snap_guides import Guide, SnapLines
from customer_modeler.model import Rect
from tests.editor import gestures as g


def guides(window) -> list[QGraphicsLineItem]:
    return [i for i in window.scene.items()
            if isinstance(i, QGraphicsLineItem) and i.data(0) == "snap-guide" and i.isVisible()]


def test_drag_snaps_to_another_steps_centre_with_a_guide_removed_at_release(window):
    model = window.editor.model
    model.steps["T_call"].bounds = Rect(293, 40, 120, 80)   # centre x 353: off the grid
    g.press(window.view, g.centre(window, "E_end"))         # (720, 240)
    for x in (650, 500, 400, 356):                          # ends 3 units right of that centre
        g.move(window.view, QPointF(x, 240))
    during = {(i.line().x1() == i.line().x2(), round(i.line().x1()), round(i.line().y1()))
              for i in guides(window)}
    # a vertical guide on T_call's centre line from above it down past the end event, and
    # a horizontal one on the middle line the end event shares with T_quote
    assert during == {(True, 353, 40 - 16), (False, 335 - 16, 240)}
    g.release(window.view, QPointF(356, 240))
    assert model.steps["E_end"].bounds.center == (353, 240)   # on the centre, not on the grid
    assert model.steps["E_end"].lane == "L_sales"
    assert window.actions["undo"].text() == "Undo Move step 'Quoted'"
    assert guides(window) == []


def test_drag_snaps_to_a_left_edge(window):
    model = window.editor.model
    grab = g.centre(window, "T_quote")
    g.drag(window.view, grab, grab + QPointF(-198, 2))      # left edge 292, 2 from T_call's 290
    assert model.steps["T_quote"].bounds.x == 290
    assert model.steps["T_quote"].bounds.center[1] == 240    # y: the grid, nothing near
    assert guides(window) == []


def test_far_from_other_steps_the_grid_still_rules(window):
    model = window.editor.model
    grab = g.centre(window, "T_quote")
    g.drag(window.view, grab, grab + QPointF(-53, 157))
    assert model.steps["T_quote"].bounds.center == (500, 400)
    assert model.steps["T_quote"].lane == "L_fulfil"


def test_alt_drag_does_not_snap_to_steps(window):
    model = window.editor.model
    model.steps["T_call"].bounds = Rect(293, 40, 120, 80)
    grab = g.centre(window, "T_quote")
    g.drag(window.view, grab, QPointF(356, 240), modifiers=Qt.KeyboardModifier.AltModifier)
    assert model.steps["T_quote"].bounds.center == (360, 240)   # the grid only
    assert guides(window) == []


def test_snap_lines_pick_the_nearest_line_within_the_tolerance():
    lines = SnapLines([Rect(100, 0, 40, 40), Rect(300, 200, 100, 50)])
    snap = lines.snap(Rect(132, 300, 10, 10), tolerance=5)   # right edge 142 near 140
    assert (snap.dx, snap.dy) == (-2, None)
    assert snap.guides == (Guide(True, 140, -16, 326),)
    assert lines.snap(Rect(160, 300, 10, 10), tolerance=5).dx is None
    # bottom 251 lies 1 from 250 (the second rect's bottom); top 241 is 16 from anything
    assert lines.snap(Rect(500, 221, 10, 30), tolerance=5).dy == -1


def test_a_step_lined_up_with_a_guide_keeps_no_binary_noise(window, tmp_path):
    """In the real window at 66 %, a step whose right edge was lined up with another's left
    edge landed at x 955.0000000000001 (the drag's offset in binary floating point), and the
    file said so. The drag hands the move to the editor with the guide's exact position."""
    from customer_modeler.bpmn.writer import save_bpmn_file

    model = window.editor.model
    b = model.steps["T_quote"].bounds
    noisy = b.x + 20 + 1e-13  # 20 units right, off by a rounding error of the drag's offset
    window.editor.move_steps({"T_quote": Rect(noisy, b.y + 1e-12, b.width, b.height)}, snap_to_grid=False)
    assert model.steps["T_quote"].bounds == Rect(b.x + 20, b.y, b.width, b.height)
    save_bpmn_file(model, tmp_path / "moved.bpmn")
    assert f'x="{b.x + 20:g}"'.encode() in (tmp_path / "moved.bpmn").read_bytes()
    # a position with decimals (another tool's, say) is kept
    window.editor.move_steps({"T_quote": Rect(b.x + 0.125, b.y, b.width, b.height)}, snap_to_grid=False)
    assert model.steps["T_quote"].bounds.x == b.x + 0.125
