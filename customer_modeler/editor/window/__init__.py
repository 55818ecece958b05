"""The main window: its actions and menus, the file life cycle (new, open, save) and the toolbar icons."""
