#!/bin/bash
# Builds the benchmarks optimised in their own build folder and runs them all, printing everything:
#
#   bench/run-all.sh [BUILD_DIR]        (default build/bench)
#
# Configures BUILD_DIR with CMAKE_BUILD_TYPE=Release and no tests, with the GUI when Qt's Widgets and Charts
# are there (without it otherwise), builds only arrscore, arrsim, bench_sim, bench_storage, bench_export,
# bench_report, bench_floor and (GUI) bench_gui, then runs bench_sim, bench_storage, bench_export,
# bench_report, bench_gui (offscreen, 300,000 files) and bench_sync.sh one after the other (never in
# parallel: they would measure each other). Set
# ARRSCORE_BENCH_PG to a postgresql:// URL to include PostgreSQL in bench_storage
# (tests/support/pg-server.sh start DIR PORT prints one).
# Exit status: 0 when everything ran and met its goals, 1 otherwise.
set -u

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/bench}
jobs=${ARRSCORE_BENCH_JOBS:-2}

generator=()
command -v ninja >/dev/null 2>&1 && [ ! -f "$build/Makefile" ] && generator=(-G Ninja)
configure() {
    cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DARRSCORE_TESTS=OFF \
        -DARRSCORE_GUI="$1" -DARRSCORE_BENCH=ON >/dev/null
}
gui=ON
if ! configure ON 2>/dev/null; then
    gui=OFF
    configure OFF || exit 1
fi
echo "== build: $build (Release, ARRSCORE_TESTS=OFF, ARRSCORE_GUI=$gui) =="
targets=(arrscore arrsim bench_sim bench_storage bench_export bench_report bench_floor)
[ "$gui" = ON ] && targets+=(bench_gui)
cmake --build "$build" --parallel "$jobs" --target "${targets[@]}" || exit 1

status=0
echo
echo "== machine =="
echo "$(nproc) CPUs: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); $(uname -sr)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== $build/bench/bench_sim =="
"$build/bench/bench_sim" || status=1

echo
echo "== $build/bench/bench_storage =="
"$build/bench/bench_storage" || status=1

echo
echo "== $build/bench/bench_export =="
"$build/bench/bench_export" || status=1

echo
echo "== $build/bench/bench_report =="
"$build/bench/bench_report" || status=1

echo
if [ "$gui" = ON ]; then
    echo "== $build/bench/bench_gui (offscreen) =="
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_gui" || status=1
else
    echo "== bench_gui skipped: the GUI could not be configured (Qt Widgets or Charts missing) =="
fi

echo
echo "== bench/bench_sync.sh --build $build =="
"$here/bench/bench_sync.sh" --build "$build" || status=1
exit $status
