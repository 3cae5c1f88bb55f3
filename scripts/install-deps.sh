#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Arr Score Exporter needs, and only those that are missing.
#   scripts/install-deps.sh          what building and running the app needs
#   scripts/install-deps.sh --tests  also what the tests and checks need (PostgreSQL, openssl, aiosmtpd, Xvfb, Chromium,
#                                    clang-format 14 and clang-tidy 19 for scripts/check-format.sh and run-tidy.sh,
#                                    xdotool for scripts/screenshots.sh, clang 19 with its sanitizer and
#                                    libFuzzer runtimes and llvm-symbolizer (a report's stack with file:line)
#                                    for scripts/run-sanitizers.sh and run-fuzz.sh)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
          qt6-l10n-tools qt6-tools-dev libyaml-cpp-dev qtkeychain-qt6-dev libcurl4-openssl-dev
          libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libsqlite3-dev libpq-dev zlib1g-dev libsimdjson-dev
          qt6-translations-l10n)
if [ "${1:-}" = "--tests" ]; then
    packages+=(postgresql openssl xvfb xauth imagemagick chromium dbus gnome-keyring libsecret-1-0 python3
              # tst_cli_notify: a real SMTP server on 127.0.0.1 (tests/support/smtpsink.py)
              python3-aiosmtpd
              clang-format clang-tidy-19 clang-tools-19 xdotool
              # tst_scheduleunits: systemd-analyze verify checks the units of `arrscore schedule install`
              systemd
              # scripts/run-sanitizers.sh and run-fuzz.sh: clang with its sanitizer and libFuzzer runtimes
              clang-19 libclang-rt-19-dev llvm-19
              # scripts/build-deb.sh and check-package.sh: debhelper, man pages, the validators
              debhelper dpkg-dev fakeroot help2man lintian appstream desktop-file-utils)
fi
# --tests: axe-core for tst_report_browser, from the npm registry as tests/integration/report-a11y/package-lock.json
# pins it: npm ci once nodejs and npm are in, when node_modules is missing or older than the lock. (NodeSource's
# nodejs brings its own npm and conflicts with Debian's npm package.)
if [ "${1:-}" = "--tests" ]; then
    packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
fi
report_a11y="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/integration/report-a11y"
install_node_modules() {
    [ "$with_tests" = "--tests" ] || return 0
    [ -d "$report_a11y/node_modules" ] && [ "$report_a11y/node_modules" -nt "$report_a11y/package-lock.json" ] && return 0
    echo "Installing axe-core into $report_a11y/node_modules (npm ci)" >&2
    npm ci --prefix "$report_a11y" --no-audit --no-fund --loglevel=error
    touch "$report_a11y/node_modules"
}
with_tests="${1:-}"

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && { install_node_modules; exit 0; }

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
install_node_modules
