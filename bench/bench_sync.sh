#!/bin/bash
# Times the real `arrscore sync` against arrsim, one case at a time, with /usr/bin/time -v (wall time,
# peak RSS of the CLI), and compares the requests the simulator saw with the fewest the API allows.
#
#   bench/bench_sync.sh [--build DIR] [--latency MS] [--keep] [CASE...]
#
# CASE: radarr5 (Radarr 5.x, 10,000 movies), sonarr4 (Sonarr v4, 1,000 series / 50,000 episode files),
# radarr4 (Radarr 4.7.4, one request per movie: the contrast). Default: all three, in that order.
# DIR defaults to build/bench (see bench/run-all.sh). Everything the CLI reads or writes lives in a
# temporary folder with its own HOME and XDG directories (removed at the end unless --keep); the
# environment is cleared (env -i), so a RADARR_URL or config of the user's is never picked up.
# Exit status: 0 when every goal is met, 1 when one is missed, 2 when a case could not run.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build/bench"
latency=20
keep=0
cases=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$(cd "$2" && pwd); shift 2 ;;
        --latency) latency=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        radarr5|sonarr4|radarr4) cases+=("$1"); shift ;;
        *) echo "bench_sync.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ ${#cases[@]} -gt 0 ] || cases=(radarr5 sonarr4 radarr4)

arrscore="$build/app/arrscore"
arrsim="$build/sim/arrsim"
for tool in "$arrscore" "$arrsim" /usr/bin/time curl jq sqlite3; do
    if [ ! -x "$tool" ] && ! command -v "$tool" >/dev/null 2>&1; then
        echo "bench_sync.sh: $tool not found (build with bench/run-all.sh, or apt-get install time curl jq sqlite3)" >&2
        exit 2
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/arrscore-bench-sync.XXXXXX")
sim_pid=""
cleanup() {
    if [ -n "$sim_pid" ]; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    if [ "$keep" -eq 1 ]; then
        echo "kept $work (configurations, databases, /usr/bin/time -v and simulator logs)"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts arrsim with the given arguments; sets sim_pid and sim_url.
start_sim() {
    local log="$1"; shift
    "$arrsim" --port 0 --latency-ms "$latency" "$@" >"$log" 2>&1 &
    sim_pid=$!
    local tries=0
    until grep -qs '^listening on ' "$log"; do
        if ! kill -0 "$sim_pid" 2>/dev/null || [ "$tries" -ge 1200 ]; then
            echo "bench_sync.sh: arrsim did not start:" >&2
            cat "$log" >&2
            exit 2
        fi
        sleep 0.1
        tries=$((tries + 1))
    done
    sim_url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
    sim_url=${sim_url%/}
}

stop_sim() {
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=""
}

# "h:mm:ss.ss" or "m:ss.ss" → seconds
to_seconds() {
    echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}

failures=0
summary=()

run_case() {
    local name=$1 type=$2 goal_wall=$3 goal_rss_mb=$4; shift 4
    local sim_args=("$@")
    local dir="$work/$name"
    mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/cache" "$dir/runtime"
    chmod 700 "$dir/runtime"

    echo
    echo "== $name: arrsim ${sim_args[*]} --latency-ms $latency =="
    local started
    started=$(date +%s.%N)
    start_sim "$dir/arrsim.log" "${sim_args[@]}"
    echo "simulator ready in $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s at $sim_url"

    cat >"$dir/arrscore.yaml" <<EOF
database: $dir/history.db
instances:
  - name: $name
    type: $type
    url: $sim_url
    api_key: 0a1b2c3d4e5f60718293a4b5c6d7e8f9
EOF
    local load_before
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    local status=0
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" \
        XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/runtime" \
        /usr/bin/time -v -o "$dir/time.txt" "$arrscore" --config "$dir/arrscore.yaml" sync \
        >"$dir/stdout.txt" 2>"$dir/stderr.txt" || status=$?
    curl -sf "$sim_url/__sim/stats" >"$dir/stats.json" || echo '{}' >"$dir/stats.json"
    # The simulator shares the 2 cores; its CPU time (generating the library included) says how much.
    local sim_cpu
    sim_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$sim_pid/stat" 2>/dev/null || echo "?")
    stop_sim
    if [ "$status" -ne 0 ]; then
        echo "arrscore sync failed (exit $status):"
        cat "$dir/stderr.txt"
        failures=$((failures + 1))
        summary+=("$name: FAILED (exit $status)")
        return
    fi

    local wall rss_kb rss_mb cpu_user cpu_sys
    wall=$(to_seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time.txt")")
    rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.txt")
    # Decimal megabytes (the stricter reading of "250 MB"), and MiB alongside.
    rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
    cpu_user=$(sed -n 's/.*User time (seconds): //p' "$dir/time.txt")
    cpu_sys=$(sed -n 's/.*System time (seconds): //p' "$dir/time.txt")

    local files items requests cli_requests minimum
    files=$(sqlite3 "$dir/history.db" "SELECT file_count FROM snapshots WHERE complete = 1 ORDER BY id DESC LIMIT 1")
    cli_requests=$(sqlite3 "$dir/history.db" "SELECT request_count FROM snapshots WHERE complete = 1 ORDER BY id DESC LIMIT 1")
    items=$(sqlite3 "$dir/history.db" "SELECT count(DISTINCT item_id) FROM file_versions")
    requests=$(jq -r '.total // 0' "$dir/stats.json")
    if [ "$name" = radarr4 ]; then
        # Radarr < 5.0.2 has no moviefile?movieFileIds= batch: one moviefile?movieId= per movie with a file
        minimum=$((4 + files))
    elif [ "$type" = radarr ]; then
        # status + qualityprofile + customformat + movie + moviefile in batches of 200
        minimum=$((4 + (files + 199) / 200))
    else
        # status + qualityprofile + customformat + series + (episodefile + episode) per series with files
        minimum=$((4 + 2 * items))
    fi
    local over
    over=$(awk -v r="$requests" -v m="$minimum" 'BEGIN { printf "%.1f", (r - m) * 100 / m }')

    local verdict_wall verdict_rss verdict_req
    verdict_wall=$(awk -v w="$wall" -v g="$goal_wall" 'BEGIN { print (g == "-" ? "(no goal)" : (w < g ? "ok, goal < " g " s" : "MISSED, goal < " g " s")) }')
    verdict_rss=$(awk -v r="$rss_mb" -v g="$goal_rss_mb" 'BEGIN { print (g == "-" ? "(no goal)" : (r < g ? "ok, goal < " g " MB" : "MISSED, goal < " g " MB")) }')
    if [ "$name" = radarr4 ]; then
        verdict_req="(no batch endpoint before Radarr 5.0.2; a 5.x server needs $((4 + (files + 199) / 200)); no goal)"
    else
        verdict_req=$(awk -v o="$over" 'BEGIN { print (o <= 5 ? "ok, goal within 5 %" : "MISSED, goal within 5 %") }')
    fi
    case "$verdict_wall $verdict_rss $verdict_req" in *MISSED*) failures=$((failures + 1)) ;; esac

    printf '%-26s %s\n' "files stored" "$files (in $items items)"
    printf '%-26s %s s   %s\n' "wall time (CLI)" "$wall" "$verdict_wall"
    printf '%-26s %s s user + %s s system\n' "CPU time (CLI)" "$cpu_user" "$cpu_sys"
    printf '%-26s %s s (generating the library included)\n' "CPU time (simulator)" "$sim_cpu"
    printf '%-26s %s MB (%s MiB, %s KiB)   %s\n' "peak RSS (CLI)" "$rss_mb" "$((rss_kb / 1024))" "$rss_kb" "$verdict_rss"
    printf '%-26s %s (CLI counted %s; minimum %s, %s %% over)   %s\n' "requests (simulator)" \
        "$requests" "$cli_requests" "$minimum" "$over" "$verdict_req"
    printf '%-26s %s\n' "requests by path" "$(jq -c '.paths // {}' "$dir/stats.json")"
    printf '%-26s %s\n' "responses by status" "$(jq -c '.statuses // {}' "$dir/stats.json")"
    printf '%-26s %s\n' "peak server concurrency" "$(jq -r '.peakConcurrency // "?"' "$dir/stats.json")"
    printf '%-26s %s → %s\n' "load average (1 min)" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)"
    printf '%-26s %s\n' "CLI said" "$(tr '\n' ' ' <"$dir/stderr.txt")"
    echo "reproduce this case:      bench/bench_sync.sh --build $build --latency $latency $name"
    echo "  which runs:             $arrsim --port 0 --latency-ms $latency ${sim_args[*]}"
    echo "                          /usr/bin/time -v $arrscore --config $dir/arrscore.yaml sync"
    echo "  (arrscore.yaml: database $dir/history.db, one $type instance at the simulator's URL;"
    echo "   the folder is removed at the end unless --keep)"
    summary+=("$(printf '%-8s %7s s wall  %5s MB RSS  %6s requests (min %s, +%s %%)' "$name" "$wall" "$rss_mb" "$requests" "$minimum" "$over")")
}

echo "bench_sync.sh: $(nproc) CPUs, $(uname -sr), latency $latency ms per request; arrscore from $build"
for c in "${cases[@]}"; do
    case "$c" in
        radarr5) run_case radarr5 radarr 3 - --type radarr --version 5.14.0.9383 --movies 10000 ;;
        sonarr4) run_case sonarr4 sonarr 15 250 --type sonarr --version 4.0.9.2244 --series 1000 --episode-files 50000 ;;
        radarr4) run_case radarr4 radarr - - --type radarr --version 4.7.4 --movies 10000 ;;
    esac
done

echo
echo "== summary =="
for line in "${summary[@]}"; do echo "$line"; done
[ "$failures" -eq 0 ] || { echo "$failures case(s) missed a goal or failed"; exit 1; }
