"""Docks and dialogs around the diagram: palette, properties, warnings, export options, shortcuts."""
