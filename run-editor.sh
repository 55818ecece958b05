#!/usr/bin/env bash
# Installs the editor (Debian packages Qt needs, a virtual environment in .venv) and starts it on the
# bundled Order journey. Arguments go to the editor, e.g. ./run-editor.sh my-journey.bpmn
set -euo pipefail
cd "$(dirname "$0")"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  echo "No display: run this under xvfb-run, or set QT_QPA_PLATFORM=offscreen." >&2
  exit 1
fi
packaging/debian-packages.sh editor
packaging/venv.sh

exec .venv/bin/customer-modeler "$@"
