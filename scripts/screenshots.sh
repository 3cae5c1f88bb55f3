#!/bin/bash
# Takes the screenshots of the app's main views shown in the README, under a private Xvfb display:
# the welcome page, then the demo library's Library (a file selected, its detail pane), Upgrade
# candidates (with what the demo's release check found, and the selected file's releases in its detail
# pane), Custom formats, Quality profiles, Changes, Dashboard, Searches, Audit (a finding selected, its timeline
# in the detail pane) and Compare (the demo's 1080p and 4K Radarr), in light and the dashboard dark; then
# Help's keyboard shortcuts, problem report and About boxes; then Settings' Notifications tab.
#
#   scripts/screenshots.sh [--language CODE] [PATH/TO/arrscore-gui]      (default build/dev/app/arrscore-gui)
#
# Needs xvfb, xdotool and imagemagick. Writes docs/screenshots/*.png. The app runs with a throw-away
# configuration and data folder, so your own settings and database are not touched. With --language de
# (or fr...) the app runs in that language and locale and the welcome page, Library, Upgrade candidates,
# Changes and Dashboard are written as NAME-de.png next to the English ones.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
language=
if [ "${1:-}" = --language ]; then
    language=${2:?screenshots.sh: --language needs a code such as de or fr}
    shift 2
fi
app=${1:-$here/build/dev/app/arrscore-gui}
out=$here/docs/screenshots
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "screenshots.sh: no app at $app; build it first (cmake --build build/dev)" >&2; exit 1; }
mkdir -p "$out"

scratch=$(mktemp -d)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch
suffix=
if [ -n "$language" ]; then
    # The app follows the system: LANGUAGE for the texts, LC_ALL for the numbers and dates.
    # (bash itself may warn that the system has no such locale: Qt brings its own data, so silence it.)
    { export LANGUAGE=$language LC_ALL=${language}_${language^^}.UTF-8; } 2>/dev/null
    suffix=-$language
fi
sleep 1

# The id of the visible window whose title matches $1 (a regular expression), once it shows.
find_window() {
    local id
    for _ in $(seq 1 50); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1) && [ -n "$id" ] && break
        sleep 0.2
    done
    echo "$id"
}
# Shows the main window full-screen and gives it the keyboard.
window() {
    local id
    id=$(find_window "Arr Score Exporter")
    xdotool windowmove "$id" 0 0 windowsize "$id" 1600 1000 windowfocus --sync "$id" 2>/dev/null || true
    echo "$id"
}
shot() {
    sleep "${2:-1.5}"
    # In another language only the views with the most text.
    if [ -n "$language" ] && [[ " welcome library-demo candidates changes dashboard " != *" $1 "* ]]; then return; fi
    import -window root "$out/$1$suffix.png"
    echo "$out/$1$suffix.png"
}
keys() { xdotool key --window "$win" --delay 120 "$@"; }
# Saves the dialog titled $2 alone as $1.png, then closes it.
dialog() {
    local id
    id=$(find_window "^$2\$")
    sleep 1; import -window "$id" "$out/$1.png"; echo "$out/$1.png"
    xdotool key --window "$id" Escape
}

# The welcome page: a first start with nothing configured.
"$app" & pids+=($!)
sleep 3; win=$(window); shot welcome
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# A first demo sync, so that the next one has changes to show (the demo library moves on between syncs); the
# demo then checks its top candidates for better releases and searches a few, which the next start shows.
"$app" --demo & pids+=($!)
sleep 10
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# The demo library, synced again, each view in turn.
"$app" --demo & pids+=($!)
sleep 12; win=$(window)
keys ctrl+1 ctrl+t Down Down; shot library-demo
keys ctrl+2 ctrl+t Down Down; shot candidates
keys ctrl+3; shot formats
keys ctrl+4; shot profiles
keys ctrl+5; shot changes
keys ctrl+6; shot dashboard 3
keys ctrl+7 ctrl+t Down; shot searches
keys ctrl+8 ctrl+t Down; shot audit
keys ctrl+9; shot compare 3
# The Help menu's dialogs, each on its own: keyboard shortcuts (Ctrl+/), the problem report, About.
keys ctrl+slash; dialog shortcuts "Keyboard Shortcuts"
keys alt+h r; dialog problem-report "Report a Problem"
keys alt+h a; dialog about "About Arr Score Exporter"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

[ -z "$language" ] || exit 0
# The dashboard in the dark theme (Settings ▸ Appearance stores ui/theme).
mkdir -p "$XDG_CONFIG_HOME/arrscore"
printf '[ui]\ntheme=dark\n[window]\nview=5\n' >>"$XDG_CONFIG_HOME/arrscore/arrscore.conf"
"$app" --demo & pids+=($!)
sleep 12; win=$(window); shot dashboard-dark 3
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# Settings ▸ Notifications, with three targets in the throw-away configuration (the demo still opens).
cat >"$XDG_CONFIG_HOME/arrscore/arrscore.yaml" <<'YAML'
notify_after_sync: true
notifications:
  - name: discord
    type: discord
    url: https://discord.com/api/webhooks/0/screenshot
  - name: phone
    type: ntfy
    url: https://ntfy.sh
    topic: arrscore
    on: [failures]
  - name: mail
    type: email
    smtp_url: smtps://mail.example.org:465
    from: arrscore@example.org
    to: [me@example.org]
    min_changes: 10
YAML
sed -i 's/^theme=dark$/theme=light/' "$XDG_CONFIG_HOME/arrscore/arrscore.conf"
"$app" --demo & pids+=($!)
sleep 8; win=$(window)
keys ctrl+comma; sleep 2
settings=$(find_window '^Settings$')
xdotool windowfocus --sync "$settings" 2>/dev/null || true
xdotool key --window "$settings" --delay 200 ctrl+Tab ctrl+Tab
dialog settings-notifications "Settings"
