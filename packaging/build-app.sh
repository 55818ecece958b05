#!/usr/bin/env bash
# Builds the packaged app into dist/customer-modeler/ (PyInstaller, one folder) and
# dist/customer-modeler-VERSION-linux-ARCH.tar.gz, prints its size, then checks it: `selftest`
# (the bundled example opened offscreen, analysed, exported as PNG) and `info`.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/debian-packages.sh tests
packaging/venv.sh packaging
started=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/customer-modeler.spec
app=dist/customer-modeler
# Python's own library comes with its debugging symbols: strip them (not numpy's libraries,
# which stripping breaks).
strip --strip-unneeded "$app"/_internal/libpython3*.so* "$app"/_internal/python3*/lib-dynload/*.so
cp packaging/install-desktop.sh packaging/customer-process-modeler.desktop \
   packaging/customer-process-modeler-mime.xml "$app"/
version=$("$app"/customer-modeler --version | awk '{print $2}')
archive=dist/customer-modeler-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$archive" customer-modeler
echo "built in $((SECONDS - started)) s: $(du -sm "$app" | cut -f1) MB unpacked, $(du -m "$archive" | cut -f1) MB as $archive"

"$app"/customer-modeler selftest
"$app"/customer-modeler info "$app"/_internal/resources/examples/order-journey.bpmn
.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_packaging.py
echo "built and checked: $app/customer-modeler"
