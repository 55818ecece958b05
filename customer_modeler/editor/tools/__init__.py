"""Gestures on the diagram: one controller dispatching mouse and key events to tool objects (move, create, connect, bend, lane drags, in-place label editing)."""
