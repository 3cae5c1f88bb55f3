#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Arr Score Exporter needs, and only those that are missing.
#   scripts/install-deps.sh          what building and running the app needs
#   scripts/install-deps.sh --tests  also what the tests and checks need (PostgreSQL, openssl, Xvfb, Chromium,
#                                    clang-format 14 and clang-tidy 19 for scripts/check-format.sh and run-tidy.sh,
#                                    xdotool for scripts/screenshots.sh, clang 19 with its sanitizer and
#                                    libFuzzer runtimes and llvm-symbolizer (a report's stack with file:line)
#                                    for scripts/run-sanitizers.sh and run-fuzz.sh)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
          qt6-l10n-tools qt6-tools-dev libyaml-cpp-dev qtkeychain-qt6-dev
          libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsqlite3-dev libpq-dev)
if [ "${1:-}" = "--tests" ]; then
    packages+=(postgresql openssl xvfb xauth imagemagick chromium dbus gnome-keyring libsecret-1-0 python3
              clang-format clang-tidy-19 clang-tools-19 xdotool clang-19 libclang-rt-19-dev llvm-19)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "These packages are missing and there is no apt-get to install them: ${missing[*]}" >&2
    echo "Install the equivalent Qt 6 (>= 6.4) and yaml-cpp development packages, then run this again." >&2
    exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
