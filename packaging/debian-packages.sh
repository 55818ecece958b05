#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, if any are missing: `packaging/debian-packages.sh tests`
# (offscreen Qt and fonts, for the test suite) or `... editor` (also the X11 libraries of a real window).
# Uses apt-get as root, or sudo when it works without a password prompt; otherwise it stops with the
# one command to run (exit status 1), because nothing after it can work without these libraries.
set -euo pipefail

packages=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 desktop-file-utils
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
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "Qt needs a few system libraries. Install them, then run this again:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing the Debian packages Qt needs: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Done." >&2
