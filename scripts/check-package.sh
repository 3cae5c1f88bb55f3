#!/usr/bin/env bash
# The proof that the Debian package works as a desktop user meets it, on this machine (as root or with sudo):
#   scripts/check-package.sh [dist/arrscore_<version>_<arch>.deb]   (without one, scripts/build-deb.sh builds it)
# 1. lintian on the package: no error and no warning today (it prints one info tag, hardening-no-fortify-functions
#    on arrscore: built with _FORTIFY_SOURCE, it just calls no function that has a checked variant)
# 2. apt-get install ./dist/arrscore_*.deb, with the dependencies it declares
# 3. arrscore --version from /usr/bin; the man pages, completion, icons, desktop entry and metainfo in place
# 4. desktop-file-validate and appstreamcli validate --no-net on the installed files
# 5. the app started under Xvfb the way the menu starts it (the desktop entry's Exec), and its window seen
# 6. apt-get remove --purge, then none of the package's files is left
# Needs what scripts/install-deps.sh --tests installs. Leaves a screenshot of the window in dist/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
start=$SECONDS
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
app_id=io.github.arrscore.ArrScoreExporter

step() { printf '\n== %s\n' "$*" >&2; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }

for tool in lintian desktop-file-validate appstreamcli xvfb-run xdotool import dpkg-deb; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh --tests"
done
if dpkg-query -W -f='${Status}' arrscore 2>/dev/null | grep -q "install ok installed"; then
    fail "arrscore is installed already; this check installs and removes it, so remove it first (apt-get remove arrscore)"
fi

deb=${1:-}
if [ -z "$deb" ]; then
    step "Building the package"
    deb=$(scripts/build-deb.sh)
fi
[ -f "$deb" ] || fail "no package at $deb"
version=$(dpkg-deb --field "$deb" Version)
echo "$deb: $(dpkg-deb --field "$deb" Depends)" >&2

step "lintian"
# --fail-on error: a warning is printed, not fatal (none today).
lintian --fail-on error --display-info "$deb" >&2 || fail "lintian found errors in $deb"

installed=0
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    if [ "$installed" -eq 1 ]; then
        "${sudo[@]}" apt-get remove --purge -y -qq arrscore >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

step "apt-get install ./$deb"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -qq "./${deb#./}" >&2
installed=1
files=$(dpkg-query -L arrscore)

step "The installed files"
first=$(/usr/bin/arrscore --version | head -1)
[ "$first" = "arrscore $version" ] || fail "arrscore --version says '$first', the package is $version"
/usr/bin/arrscore --version | grep -q '^Commit: [0-9a-f]\{12\}' || fail "arrscore --version names no commit"
/usr/bin/arrscore --version >&2
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/arrscore-gui --version | grep -q "^arrscore-gui $version$" \
    || fail "arrscore-gui --version does not answer without a display"
for f in /usr/share/man/man1/arrscore.1.gz /usr/share/man/man1/arrscore-gui.1.gz \
    /usr/share/bash-completion/completions/arrscore /usr/share/zsh/vendor-completions/_arrscore \
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    [ -s "$f" ] || fail "$f is missing"
done
for size in 16 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    [ "$(identify -format '%wx%h' "$png")" = "${size}x$size" ] || fail "$png is not ${size}x$size"
done
zcat /usr/share/man/man1/arrscore.1.gz | grep -q '^\.SH ENVIRONMENT' || fail "arrscore(1) has no ENVIRONMENT section"

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml >&2

step "The app, started as the menu starts it, under Xvfb"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/$app_id.desktop)
home=$(mktemp -d)
shot=dist/check-package-window.png
# A fresh home: the app opens on its welcome page, and nothing of the user's is read or written.
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share EXEC="$exec_line" SHOT=$shot \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" bash -c '
        unset QT_QPA_PLATFORM WAYLAND_DISPLAY
        $EXEC &
        pid=$!
        window=$(timeout 30 xdotool search --sync --onlyvisible --name "Arr Score Exporter") || {
            kill $pid 2>/dev/null; echo "no window titled Arr Score Exporter within 30 s" >&2; exit 1; }
        echo "window $window: $(xdotool getwindowname "$window"), $(xdotool getwindowgeometry "$window" | tail -1)" >&2
        sleep 1
        import -window root "$SHOT"
        kill -0 $pid || { echo "the app exited" >&2; exit 1; }
        kill $pid
        wait $pid 2>/dev/null || true
    ' || fail "arrscore-gui did not show its window"
rm -rf "$home"
echo "screenshot: $shot" >&2

step "apt-get remove --purge arrscore"
"${sudo[@]}" apt-get remove --purge -y -qq arrscore >&2
installed=0
dpkg-query -W -f='${Status}' arrscore 2>/dev/null | grep -q "install ok installed" && fail "arrscore is still installed"
left=()
while IFS= read -r f; do
    [ -f "$f" ] || [ -L "$f" ] && left+=("$f")
done <<<"$files"
[ ${#left[@]} -eq 0 ] || fail "left behind after the purge: ${left[*]}"
stray=$(find /usr/bin /usr/share -name '*arrscore*' -o -name "$app_id*" 2>/dev/null)
[ -z "$stray" ] || fail "left behind after the purge: $stray"

echo "check-package: $deb builds, passes lintian, installs, starts, validates and purges cleanly ($((SECONDS - start)) s)"
