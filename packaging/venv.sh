#!/usr/bin/env bash
# Creates .venv and installs the project into it with the given extras (`packaging/venv.sh test`, or
# no argument for the editor alone). pip runs only when pyproject.toml or the extras changed since the
# last install, and shows its progress: a first install takes a minute or two.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=${1:-}
spec=.
[[ -n $extras ]] && spec=".[$extras]"
stamp=.venv/.installed-${extras:-editor}

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Python 3.11 or newer is needed (found: $(python3 --version 2>&1 || echo none))." >&2
  exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
  echo "Creating the virtual environment in .venv ..." >&2
  python3 -m venv .venv || {
    echo "python3 cannot create a virtual environment; install it with: sudo apt-get install python3-venv" >&2
    exit 1
  }
fi
if [[ -f $stamp && $stamp -nt pyproject.toml ]]; then
  exit 0
fi
echo "Installing the project${extras:+ with its $extras extras} into .venv (a minute or two the first time) ..." >&2
set +e
.venv/bin/python -m pip install --disable-pip-version-check --editable "$spec" 2>&1 \
  | tee .venv/pip-install.log | grep --line-buffered -E '^(Collecting|Successfully installed)' >&2
status=${PIPESTATUS[0]}
set -e
if [[ $status -ne 0 ]]; then
  tail -n 5 .venv/pip-install.log >&2
  echo "Installing into .venv failed (the whole log is .venv/pip-install.log)." >&2
  exit 1
fi
touch "$stamp"
