"""Editor layer: the editor's language — Qt translators and the locale numbers and dates follow.

:func:`install_translation` runs before any window is made: it picks the language (the
one chosen in Preferences, else the system's when the editor speaks it, else English),
installs our translation and Qt's own for the standard dialogs, and makes that language
the default locale. The compiled ``cpm_<lang>.qm`` files ship inside the package
(``customer_modeler/translations``); ``packaging/update_translations.sh`` makes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Where the compiled translations ship.
TRANSLATIONS_DIR: Final = Path(__file__).resolve().parent.parent / "translations"
#: Languages with a translation; English is the source and needs none.
TRANSLATED: Final = ("th", "sv", "pt_BR", "el")
_installed: list[QTranslator] = []


def language_for(choice: str, system: QLocale | None = None) -> str:
    """The language to show: ``choice`` when set, else the system locale's when we speak it
    (any Portuguese gets Brazilian Portuguese), else English."""
    if choice:
        return choice
    name = (system or QLocale.system()).name()  # 'sv_SE', 'pt_PT', 'C'
    language = name.split("_")[0]
    if language == "pt":
        return "pt_BR"
    return language if language in TRANSLATED else "en"


def install_translation(choice: str = "", system: QLocale | None = None) -> str:
    """Install the translators for ``choice`` ('' = follow the system); returns the language used.

    Replaces the translators of an earlier call, so it can run again (as at start) after
    the preference changed.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = language_for(choice, system)
    QLocale.setDefault(QLocale(language) if choice else (system or QLocale.system()))
    if language == "en" or app is None:
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"cpm_{language}", str(TRANSLATIONS_DIR)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
