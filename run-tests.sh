#!/usr/bin/env bash
# Installs everything the tests need and runs the whole test suite (Qt offscreen, no display needed):
# the Debian packages Qt needs, a virtual environment in .venv with the project and its test extras,
# and the npm packages of the bpmn.io interop tests (when Node.js 20+ is there).
# Extra arguments go to pytest, e.g. ./run-tests.sh tests/bpmn -x
set -euo pipefail
cd "$(dirname "$0")"

packaging/debian-packages.sh tests
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable '.[test]'

# The bpmn.io libraries the interop tests run (pinned in tests/interop/package-lock.json) need
# Node.js 20 or newer; without it those tests are skipped (and fail in CI).
node_major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\)\..*/\1/p' || true)
if [[ -n "$node_major" && "$node_major" -ge 20 ]] && command -v npm >/dev/null; then
    (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error) \
        || echo "note: npm ci in tests/interop failed; the bpmn.io interop tests will be skipped" >&2
else
    echo "note: Node.js 20 or newer is not installed ($(node --version 2>/dev/null || echo 'no node'));" \
         "the bpmn.io interop tests will be skipped" >&2
fi

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
