#!/usr/bin/env bash
# Refreshes the simulator's part of the API parser's seed corpus (fuzz/corpus/apiparser/sim-*.json): a tiny
# library of each server shape the client supports (Radarr 3, 4.7, 5; Sonarr 3, 4), every endpoint the
# client reads, as the simulator answers it, and one answer of each broken kind (malformed JSON, an HTML page).
# The real servers' samples (sample-*.json) come from tests/data/samples and are copied by hand.
#
#   fuzz/make-corpus.sh [ARRSIM]      (default: build/ci/sim/arrsim, else build/asan/sim/arrsim)
set -euo pipefail
cd "$(dirname "$0")/.."
arrsim=${1:-}
for candidate in build/ci/sim/arrsim build/asan/sim/arrsim; do
    [ -n "$arrsim" ] || { [ -x "$candidate" ] && arrsim=$candidate; }
done
[ -x "${arrsim:-}" ] || { echo "make-corpus.sh: no arrsim found; build the target arrsim first" >&2; exit 1; }
out=fuzz/corpus/apiparser
key=fuzzcorpuskey0123456789abcdef00
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# start TYPE VERSION [FAULT]: runs arrsim with a tiny library and sets $base to its API URL.
start() {
    local fault=()
    [ -n "${3:-}" ] && fault=(--fault "$3")
    "$arrsim" --type "$1" --version "$2" --movies 3 --series 2 --episodes-per-series 2 --seed 3 \
        --api-key "$key" "${fault[@]}" >"$work/log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        base=$(sed -n 's/^listening on //p' "$work/log")
        [ -n "$base" ] && { base="$base/api/v3"; return; }
        sleep 0.1
    done
    echo "make-corpus.sh: arrsim did not start: $(cat "$work/log")" >&2
    exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
get() { curl -sf -H "X-Api-Key: $key" "$base/$2" -o "$out/sim-$1.json"; }

# Profiles and formats are large and the same in every version of a server: only the newest's are kept.
for version in 3.2.2.5080 4.7.4.7758 5.14.0.9383; do
    start radarr "$version"
    v=radarr-${version%%.*}
    get "$v-system-status" system/status
    get "$v-movie" "movie?excludeLocalCovers=true"
    get "$v-moviefile" "moviefile?movieId=1&movieId=2"
    if [ "${version%%.*}" = 5 ]; then
        get "$v-qualityprofile" qualityprofile
        get "$v-customformat" customformat
    fi
    stop
done
for version in 3.0.10.1567 4.0.9.2244; do
    start sonarr "$version"
    v=sonarr-${version%%.*}
    get "$v-system-status" system/status
    get "$v-series" series
    get "$v-episode" "episode?seriesId=1"
    get "$v-episodefile" "episodefile?seriesId=1"
    # Sonarr 3 has no custom formats (and its profiles no scores).
    if [ "${version%%.*}" = 4 ]; then
        get "$v-qualityprofile" qualityprofile
        get "$v-customformat" customformat
    fi
    stop
done
for fault in malformed html; do
    start radarr 5.14.0.9383 "$fault"
    curl -s -H "X-Api-Key: $key" "$base/movie" -o "$out/sim-fault-$fault.json"
    stop
done
ls "$out" | wc -l | xargs echo "make-corpus.sh: inputs in $out:"
