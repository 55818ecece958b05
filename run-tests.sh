#!/usr/bin/env bash
# Installs everything the tests need and runs the whole test suite (Qt offscreen, no display needed):
# the Debian packages Qt needs, a virtual environment in .venv with the project and its test extras
# (which bring their own Node.js for the bpmn.io checks), and the npm packages of those checks.
# Extra arguments go to pytest, e.g. ./run-tests.sh tests/bpmn -x
set -euo pipefail
cd "$(dirname "$0")"

packaging/debian-packages.sh tests
packaging/venv.sh test
# The Node.js and npm of the test extras come first on PATH. That Node carries its own list of
# certificate authorities: let it also trust the system's (a company proxy's, for instance).
export PATH="$PWD/.venv/bin:$PATH"
if [[ -z ${NODE_EXTRA_CA_CERTS:-} && -f /etc/ssl/certs/ca-certificates.crt ]]; then
  export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
fi
if [[ ! -f tests/interop/node_modules/.package-lock.json \
      || tests/interop/package-lock.json -nt tests/interop/node_modules/.package-lock.json ]]; then
  echo "Installing the bpmn.io packages of the interop tests (npm ci) ..." >&2
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error) || {
    echo "npm ci in tests/interop failed: the bpmn.io interop tests cannot run." >&2
    exit 1
  }
fi

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
