#!/usr/bin/env bash
# Refresh the translations: pyside6-lupdate collects the editor's translatable texts
# (self.tr(...), QCoreApplication.translate("Context", ...)) into the .ts sources, one per
# language, keeping what is already translated; pyside6-lrelease compiles them into the
# .qm files the editor loads. Translate new texts in the .ts files (Qt Linguist:
# pyside6-linguist), then run this again and commit both.
#   packaging/update_translations.sh            # collect and compile
#   packaging/update_translations.sh --compile  # compile only
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VIRTUAL_ENV:-.venv}/bin"
LUPDATE="${LUPDATE:-$BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$BIN/pyside6-lrelease}"
FOLDER=customer_modeler/translations
LANGUAGES=(th sv pt_BR el)

if [[ "${1:-}" != "--compile" ]]; then
    mapfile -t SOURCES < <(find customer_modeler/editor customer_modeler/app.py -name '*.py' | LC_ALL=C sort)
    for lang in "${LANGUAGES[@]}"; do
        "$LUPDATE" "${SOURCES[@]}" -source-language en -target-language "$lang" \
            -locations none -no-obsolete -ts "$FOLDER/cpm_$lang.ts"
    done
fi
for lang in "${LANGUAGES[@]}"; do
    "$LRELEASE" -silent "$FOLDER/cpm_$lang.ts" -qm "$FOLDER/cpm_$lang.qm"
done
