"""Editor layer: Help ▸ User Guide — the shipped guide, rendered from its Markdown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from customer_modeler.help import USER_GUIDE


def guide_text() -> str:
    """The guide's Markdown, or a sentence saying it is missing (a broken install)."""
    try:
        return USER_GUIDE.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("UserGuide", "# User Guide\n\nThe guide is missing from this installation; "
                                          "it is docs/user-guide.md on the project page.")


class UserGuideDialog(QDialog):
    """A window with the guide; it stays open beside the editor (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "User Guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("user-guide-text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)
