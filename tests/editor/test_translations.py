"""The translation machinery: the .ts sources complete and current with the code, the
committed .qm files compiled from them, shipped with the package, and the loader's choice
of language (the system's unless one was chosen; Portuguese of Portugal gets Brazil's)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QLocale

from customer_modeler.editor.i18n import TRANSLATED, TRANSLATIONS_DIR, install_translation, language_for

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "update_translations.sh"


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool, beside this Python or on the PATH (skip when absent)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> list[tuple[str, str, etree._Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    root = etree.parse(str(ts)).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_has_a_finished_translation(language):
    ts = TRANSLATIONS_DIR / f"cpm_{language}.ts"
    found = messages(ts)
    assert len(found) >= 30
    unfinished = [(context, source) for context, source, translation in found
                  if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (translation.text or "").strip()]
    assert unfinished == []
    assert etree.parse(str(ts)).getroot().get("language") == language


#: Texts that truly read the same in a language as in English (loanwords, value-added codes,
#: units); any other translation equal to its English source is a text left untranslated.
SAME_AS_ENGLISH: dict[str, set[tuple[str, str]]] = {
    "th": set(),
    "sv": {("Choice", "app"), ("Choice", "video"), ("Choice", "system"), ("Choice", "partner"),
           ("Diagram", "System"), ("ModelMenu", "S&cenario…"), ("ScenarioDialog", "Scenario"),
           ("StepKind", "Start"), ("AnalysisLabel", "Parameter"), ("AnalysisLabel", "Status"),
           ("WhatIfDialog", "Element"), ("ResultsDock", "info"), ("AnalysisSide", "what-if")},
    "pt_BR": {("Attribute", "Volume"), ("Choice", "web"), ("Choice", "app"), ("Choice", "chat"),
              ("ExportDialog", "{width} × {height} pixels")},
    "el": {("Choice", "email")},
}


def _has_words(text: str) -> bool:
    """True when a text holds a word to translate: two lowercase letters in a row once the
    placeholders ({name}, %1) are taken out; codes (VA, RPN), units (min, h) and formats do not."""
    bare = re.sub(r"\{[^}]*\}|%L?\d|%n", "", text)
    return re.search(r"[a-z]{2}", bare) is not None and bare not in {"min"}


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_the_english_text_left_as_it_was(language):
    same = {(context, source) for context, source, translation in messages(TRANSLATIONS_DIR / f"cpm_{language}.ts")
            if translation is not None and translation.get("type") != "unfinished"
            and translation.text == source and _has_words(source)}
    assert same <= SAME_AS_ENGLISH[language], sorted(same - SAME_AS_ENGLISH[language])


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_qm_is_compiled_from_its_ts(language, tmp_path):
    compiled = tmp_path / f"cpm_{language}.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS_DIR / f"cpm_{language}.ts"),
                    "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == (TRANSLATIONS_DIR / f"cpm_{language}.qm").read_bytes(), \
        "run packaging/update_translations.sh and commit the .qm files"


def test_the_ts_files_hold_every_text_the_code_marks_for_translation(tmp_path):
    """lupdate over the editor's sources into copies finds nothing new to translate."""
    lupdate = qt_tool("pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "customer_modeler" / "editor").rglob("*.py"))
    for language in TRANSLATED:
        copy = tmp_path / f"cpm_{language}.ts"
        shutil.copy(TRANSLATIONS_DIR / f"cpm_{language}.ts", copy)
        subprocess.run([lupdate, *sources, str(REPO / "customer_modeler" / "app.py"), "-locations", "none",
                        "-no-obsolete", "-ts", str(copy)], check=True, timeout=120, capture_output=True)
        new = [source for _, source, translation in messages(copy)
               if translation is None or translation.get("type") == "unfinished"]
        assert new == [], f"untranslated in {language}: run packaging/update_translations.sh"
    assert {"&File", "&Edit", "&View", "&Insert", "&Model", "&Analysis", "&Help", "Preferences"} <= \
        {source for _, source, _ in messages(TRANSLATIONS_DIR / "cpm_sv.ts")}


def test_the_translations_ship_with_the_package_and_the_app():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert {"*.qm", "*.ts"} <= set(pyproject["tool"]["setuptools"]["package-data"]["customer_modeler.translations"])
    assert '"customer_modeler" / "translations"' in (REPO / "packaging" / "customer-modeler.spec").read_text()
    assert SCRIPT.exists() and SCRIPT.stat().st_mode & 0o111


@pytest.mark.parametrize(("choice", "system", "expected"), [
    ("", "sv_SE", "sv"), ("", "sv_FI", "sv"), ("", "th_TH", "th"), ("", "el_GR", "el"),
    ("", "pt_BR", "pt_BR"), ("", "pt_PT", "pt_BR"), ("", "de_DE", "en"), ("", "C", "en"),
    ("el", "sv_SE", "el"), ("en", "th_TH", "en"),
])
def test_the_language_is_the_chosen_one_else_the_systems_when_we_speak_it(choice, system, expected):
    assert language_for(choice, QLocale(system)) == expected


def test_installing_a_language_translates_and_sets_the_locale_and_can_be_undone(qapp):
    try:
        assert install_translation("", QLocale("pt_PT")) == "pt_BR"
        assert QCoreApplication.translate("MainMenu", "&File") == "&Arquivo"
        assert install_translation("el") == "el"
        assert QCoreApplication.translate("MainMenu", "&Help") == "&Βοήθεια"
        assert QLocale().language() == QLocale.Language.Greek
        assert install_translation("th") == "th"
        assert QCoreApplication.translate("PreferencesDialog", "Dark") == "มืด"
        assert install_translation("en") == "en"
        assert QCoreApplication.translate("MainMenu", "&File") == "&File"
    finally:
        install_translation("")
    assert QLocale() == QLocale.system()


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_text_with_a_count_is_translated_for_every_count(language, qapp):
    """Asked with the count, Qt looked for a plural form our files do not hold: in Greek,
    Swedish and Portuguese the undo texts and status messages came out in English for
    every count but one ("Align 58 steps left")."""
    from customer_modeler.editor import plural

    counted = [(context, source, translation.text) for context, source, translation
               in messages(TRANSLATIONS_DIR / f"cpm_{language}.ts") if "%n" in source]
    assert len(counted) >= 20
    try:
        install_translation(language)
        for context, source, translated in counted:
            for n in (1, 2, 58):
                assert plural.translate(context, source, None, n) == \
                    translated.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s"), source
    finally:
        install_translation("")
