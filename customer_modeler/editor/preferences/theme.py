"""Editor layer: the light and dark themes — Qt's palette for the widgets, ours for the diagram.

Dark is Qt's Fusion style with a dark :class:`QPalette`, and the diagram drawn in
:data:`style.DARK`. "Follow the system" asks Qt for the desktop's colour scheme and
follows its changes; where the desktop does not say (a bare X server, offscreen), the
theme is light. Exports never see any of this: they paint in the light colours.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView

from customer_modeler.editor import style

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A dark palette for Fusion: dark surfaces, light text, a blue accent that stays readable."""
    colours = {
        Role.Window: "#2b2e33", Role.WindowText: "#e4e9f0", Role.Base: "#1f2226",
        Role.AlternateBase: "#272a2f", Role.ToolTipBase: "#32363c", Role.ToolTipText: "#e4e9f0",
        Role.PlaceholderText: "#8a95a1", Role.Text: "#e4e9f0", Role.Button: "#33373d",
        Role.ButtonText: "#e4e9f0", Role.BrightText: "#ff6b6b", Role.Light: "#454a52",
        Role.Midlight: "#3a3f46", Role.Mid: "#2a2d32", Role.Dark: "#17191c", Role.Shadow: "#0b0c0e",
        Role.Highlight: "#3d7fd6", Role.HighlightedText: "#ffffff", Role.Link: "#7fb6ff",
        Role.LinkVisited: "#b99ce0",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#6f7780"))
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#3a3f46"))
    return palette


def system_is_dark() -> bool:
    """The desktop asks for a dark scheme (False when it does not say)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """'light' or 'dark' for a chosen theme ('system' asks the desktop)."""
    if theme == "system":
        return "dark" if system_is_dark() else "light"
    return "dark" if theme == "dark" else "light"


class ThemeManager(QObject):
    """Applies the chosen theme to the application and keeps following the system when asked."""

    #: The theme in force changed: 'light' or 'dark'.
    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.chosen = "light"
        self.applied: str | None = None
        self._first_style = app.style().name()
        self._first_palette = QPalette(app.palette())
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, theme: str) -> str:
        """Use ``theme`` ('light', 'dark' or 'system'); returns what it resolved to."""
        self.chosen = theme
        resolved = resolve(theme)
        if resolved != self.applied:
            self._use(resolved)
        return resolved

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.chosen == "system":
            self.apply("system")

    def _use(self, resolved: str) -> None:
        # the diagram's colours first: widgets redraw their icons when the palette reaches them
        if resolved == "dark":
            style.use_colours(style.DARK)
            self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette())
        else:
            style.use_colours(style.LIGHT)
            if self.app.style().name().lower() != self._first_style.lower():
                self.app.setStyle(self._first_style)
            self.app.setPalette(self._first_palette)
        self.applied = resolved
        repaint_diagrams(self.app)
        self.changed.emit(resolved)


def repaint_diagrams(app: QApplication) -> None:
    """Repaint every diagram, minimap and pinned header in the new colours."""
    for widget in app.allWidgets():
        if isinstance(widget, QGraphicsView):
            widget.resetCachedContent()
            if widget.scene() is not None:
                widget.scene().update()
            widget.viewport().update()


def theme_manager(app: QApplication | None = None) -> ThemeManager:
    """The application's one theme manager, made on first use."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    # Kept on the application rather than found among its children: the search makes Python
    # types for Qt's own children (event dispatcher, session manager, style), some
    # milliseconds of the start.
    manager = getattr(app, "theme_manager", None)
    if manager is None or not shiboken6.isValid(manager):
        manager = app.theme_manager = ThemeManager(app)  # type: ignore[attr-defined]
    return manager
