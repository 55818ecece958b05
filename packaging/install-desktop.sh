#!/usr/bin/env bash
# Puts Customer Process Modeler in the desktop's application menu for this user (no root):
# a .desktop entry, the app icon in every size, and the .bpmn file type opening with it.
#   packaging/install-desktop.sh [COMMAND]      COMMAND: the program to start (default: the packaged
#                                               app beside this script, else customer-modeler on PATH)
#   packaging/install-desktop.sh --uninstall
# Files go under ${XDG_DATA_HOME:-~/.local/share}; Linux desktops (freedesktop.org) only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
name=customer-process-modeler
icons=$here/../resources/icons
[[ -d $icons ]] || icons=$here/_internal/resources/icons   # inside the packaged app's folder

if [[ ${1:-} == --uninstall ]]; then
  rm -f "$data/applications/$name.desktop" "$data/mime/packages/$name.xml"
  find "$data/icons/hicolor" -name "$name.*" -delete 2>/dev/null || true
  echo "Removed Customer Process Modeler from the application menu."
  exit 0
fi

command=${1:-}
if [[ -z $command ]]; then
  if [[ -x $here/customer-modeler ]]; then command=$here/customer-modeler
  else command=$(command -v customer-modeler || true)
  fi
fi
if [[ -z $command || ! -x $command ]]; then
  echo "Say which program to start: packaging/install-desktop.sh /path/to/customer-modeler" >&2
  exit 1
fi
command=$(cd "$(dirname "$command")" && pwd)/$(basename "$command")

mkdir -p "$data/applications" "$data/mime/packages"
sed "s|^Exec=customer-modeler|Exec=\"$command\"|" "$here/$name.desktop" > "$data/applications/$name.desktop"
cp "$here/$name-mime.xml" "$data/mime/packages/$name.xml"
for png in "$icons"/hicolor/*/apps/$name.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$png" "$data/icons/hicolor/$size/apps/"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/$name.svg" "$data/icons/hicolor/scalable/apps/"

command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Customer Process Modeler is in the application menu; .bpmn files open with it ($command)."
