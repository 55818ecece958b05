"""Pure-Python geometry of edits: orthogonal routes, bend points, and what lane edits imply for the steps and flows they hold."""
