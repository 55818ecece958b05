#!/usr/bin/env bash
# Installs the editor (Debian packages Qt needs, a virtual environment in .venv) and starts it on the
# bundled Order journey. Arguments go to the editor, e.g. ./run-editor.sh my-journey.bpmn
set -euo pipefail
cd "$(dirname "$0")"

packaging/debian-packages.sh editor
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable .

exec .venv/bin/customer-modeler "$@"
