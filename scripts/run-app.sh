#!/usr/bin/env bash
# Installs what is missing, builds Arr Score Exporter and starts the desktop app. With no Radarr/Sonarr
# configured, the app offers its bundled demo library.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset app >/dev/null
cmake --build --preset app
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No desktop session (DISPLAY is not set). Start the app from a desktop terminal, or look at it" >&2
    echo "headless: xvfb-run build/app/app/arrscore-gui" >&2
    exit 1
fi
exec build/app/app/arrscore-gui "$@"
