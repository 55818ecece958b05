"""Editor layer: the user's preferences — what they are (``store``), how they show and apply
(``dialog``, ``apply``), the dark theme (``theme``) and display units (``units``)."""
