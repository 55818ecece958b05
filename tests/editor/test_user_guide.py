"""Help ▸ User Guide opens the shipped guide, which is the guide of the project page and
ships with the package and the packaged app."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from customer_modeler.help import USER_GUIDE

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_guide_is_the_docs_guide():
    assert USER_GUIDE.read_text(encoding="utf-8") == \
        (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")


def test_guide_covers_what_a_new_user_needs():
    text = USER_GUIDE.read_text(encoding="utf-8")
    for heading in ("## Drawing a journey", "## The customer lane and the line of visibility",
                    "## The properties that feed the analyses", "## The analyses and how to read them",
                    "## Opening other tools' files"):
        assert heading in text
    for analysis in ("Scorecard", "Where to Streamline", "Fail Points", "Compare with a Competitor",
                     "System Change", "What-If", "Repeat Contacts"):
        assert analysis in text


def test_guide_ships_with_the_package_and_the_packaged_app():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.md" in config["tool"]["setuptools"]["package-data"]["customer_modeler.help"]
    spec = (ROOT / "packaging" / "customer-modeler.spec").read_text(encoding="utf-8")
    assert '(str(root / "customer_modeler" / "help" / "user-guide.md"), "customer_modeler/help")' \
        in spec


def test_f1_opens_the_guide_rendered(window, qtbot):
    QTest.keyClick(window.view, Qt.Key.Key_F1)
    guide = window.user_guide
    assert guide.isVisible() and guide.windowTitle() == "User Guide"
    rendered = guide.browser.toPlainText()
    assert "Drawing a journey" in rendered and "## " not in rendered  # Markdown, rendered
    guide.close()
