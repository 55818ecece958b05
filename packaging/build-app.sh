#!/usr/bin/env bash
# Builds the packaged app into dist/customer-modeler/ (PyInstaller, one folder), then checks
# that it starts: `info` on its bundled example, and the editor offscreen for two seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/debian-packages.sh tests
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable '.[packaging]'
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/customer-modeler.spec

app=dist/customer-modeler/customer-modeler
"$app" info dist/customer-modeler/_internal/resources/examples/order-journey.bpmn
QT_QPA_PLATFORM=offscreen "$app" --quit-after 2
echo "built and checked: $app"
