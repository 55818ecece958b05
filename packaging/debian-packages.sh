#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, if any are missing: `packaging/debian-packages.sh tests`
# (offscreen Qt and fonts, for the test suite) or `... editor` (also the X11 libraries of a real window).
# Uses apt-get as root, or sudo when that is available; otherwise prints the command to run.
set -euo pipefail

packages=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
          fonts-dejavu-core fonts-tlwg-loma-ttf)
if [[ ${1:-tests} == editor ]]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
fi

command -v dpkg-query >/dev/null || exit 0   # not a Debian-like system: nothing to do here
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null; then
  run=(sudo)
else
  echo "Qt needs these packages; please install them: apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "Installing Debian packages Qt needs: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
