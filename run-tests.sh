#!/usr/bin/env bash
# Installs everything the tests need and runs the whole test suite (Qt offscreen, no display needed):
# the Debian packages Qt needs, a virtual environment in .venv with the project and its test extras.
# Extra arguments go to pytest, e.g. ./run-tests.sh tests/bpmn -x
set -euo pipefail
cd "$(dirname "$0")"

packaging/debian-packages.sh tests
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable '.[test]'

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
